import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { apiError, fakeApi } from '../../test/render-app.tsx';
import { IssueForm } from '../partner-requests/request-forms.tsx';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import type { PresentedFile, ProcedureView } from './procedure-api.ts';
import { ProcedurePanelView } from './procedure-panel.tsx';

const FILE_ID = '00000000-0000-4000-8000-0000000000f1';
const TODAY = '2026-11-22';

function wrap(node: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider env="test">
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>{node}</QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
}

const procedure: ProcedureView = {
  id: '00000000-0000-4000-8000-000000000001',
  country: 'BE',
  configVersion: 1,
  phase: 'reflection',
  status: 'running',
  startedOn: '2026-11-01',
  endReason: null,
  endedOn: null,
  guardianName: null,
  guardianAppointedOn: null,
  version: 2,
  events: [
    {
      kind: 'transition',
      code: 'start_reflection',
      fromPhase: 'detection',
      toPhase: 'reflection',
      occurredOn: '2026-11-02',
      organisationId: null,
    },
  ],
  requests: [
    {
      id: '00000000-0000-4000-8000-0000000000aa',
      victimFileId: FILE_ID,
      kind: 'document',
      phase: 'reflection',
      documentCode: 'annex_15',
      transitionCode: null,
      toOrganisationId: '00000000-0000-4000-8000-0000000000cc',
      status: 'done',
      requestedAt: '2026-11-02T09:00:00.000Z',
      issuedOn: '2026-11-03',
      expiresOn: '2026-12-18',
      documentNumber: 'A15-000123',
      confirmed: null,
      handedOutOn: null,
      version: 2,
    },
  ],
  conditions: [
    {
      id: '00000000-0000-4000-8000-0000000000dd',
      condition: 'break_contact',
      status: 'breached',
      statedOn: '2026-11-20',
      source: 'federal_police_thb',
    },
  ],
};

const file = (actions: string[], sections = ['ID', 'PR']): PresentedFile => ({
  data: { id: FILE_ID, reference: 'VF-2026-0001', status: 'active', version: 3, minor: 'no', procedure },
  sections,
  relationship: actions.includes('update') ? 'owner' : 'referred',
  actions,
});

beforeEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('the procedure panel', () => {
  it('shows the configured phases, the document with days left, a breach with its source, and the owner’s steps', () => {
    wrap(
      <ProcedurePanelView
        file={file(['update', 'request_document'])}
        organisationType="specialised_centre"
        today={TODAY}
      />,
    );
    const timeline = screen.getByRole('list', { name: 'Phases' });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(BELGIAN_PROCEDURE.phases.length);
    expect(timeline.querySelector('[aria-current="step"]')?.textContent).toContain('Reflection period');
    expect(screen.getByText('26 days left')).toBeTruthy();
    expect(screen.getByText('Document number A15-000123')).toBeTruthy();
    const conditions = within(screen.getByRole('region', { name: 'Conditions' })).getAllByRole('listitem');
    expect(conditions).toHaveLength(
      BELGIAN_PROCEDURE.phases.find((p) => p.code === 'reflection')!.conditions.length,
    );
    expect(within(conditions[0]!).getByText('Breached')).toBeTruthy();
    expect(within(conditions[0]!).getByText(/Source: .*police/i)).toBeTruthy();
    expect(within(conditions[1]!).getByText('No statement recorded yet.')).toBeTruthy();
    const step = screen.getByTestId('step-statements_made');
    expect(within(step).getByRole('button', { name: 'Record this step' })).toBeTruthy();
    expect(within(step).getByRole('button', { name: 'Ask the magistrate to confirm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End the procedure' })).toBeTruthy();
    // The annex 15 of this phase has been issued: not offered a second time.
    expect(screen.queryByRole('button', { name: /Request the document/ })).toBeNull();
    expect(screen.getByText('The document of this phase has been requested.')).toBeTruthy();
  });

  it('offers no step to a partner who only sees the procedure', () => {
    wrap(<ProcedurePanelView file={file([])} organisationType="immigration_office" today={TODAY} />);
    expect(screen.queryByRole('button', { name: 'Record this step' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'End the procedure' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Request the document/ })).toBeNull();
    expect(screen.getByText('Your organisation has no step to take in this phase.')).toBeTruthy();
  });

  it('says so when the viewer may not see the procedure section', () => {
    wrap(
      <ProcedurePanelView
        file={{
          ...file([], ['ID']),
          data: { id: FILE_ID, reference: 'VF-2026-0001', status: 'active', version: 3 },
        }}
        organisationType="municipality"
        today={TODAY}
      />,
    );
    expect(screen.getByText('Your organisation does not see the procedure of this file.')).toBeTruthy();
  });

  it('explains the rule when the server refuses a step (422)', async () => {
    const api = fakeApi({
      'POST /api/victim-files/00000000-0000-4000-8000-0000000000f1/procedure/transitions': apiError(
        422,
        'domain_rule',
        {
          reason: 'needs_magistrate_confirmation',
          transition: 'statements_made',
          confirmBy: ['prosecutor_office', 'labour_auditor'],
          refused: false,
        },
      ),
    });
    wrap(
      <ProcedurePanelView
        file={file(['update', 'request_document'])}
        organisationType="specialised_centre"
        today={TODAY}
      />,
    );
    fireEvent.click(
      within(screen.getByTestId('step-statements_made')).getByRole('button', { name: 'Record this step' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record this step' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('must first confirm that the person is still regarded as a victim');
    expect(alert.textContent).toContain(i18n.t('organisationTypes.prosecutor_office'));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      transition: 'statements_made',
      version: 2,
    });
  });
});

describe('the Immigration Office’s entry of an issued document', () => {
  const request = {
    ...procedure.requests[0]!,
    status: 'open' as const,
    issuedOn: null,
    expiresOn: null,
    documentNumber: null,
    version: 1,
  };

  it('shows the date problems at their fields, in the user’s language, and sends nothing', async () => {
    const api = fakeApi({});
    await i18n.changeLanguage('nl');
    wrap(<IssueForm request={request} config={BELGIAN_PROCEDURE} file={null} />);
    const issued = screen.getByLabelText(/Afgiftedatum/);
    const expires = screen.getByLabelText(/Vervaldatum/);
    fireEvent.change(issued, { target: { value: '2999-01-01' } });
    fireEvent.change(expires, { target: { value: '2998-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afgegeven document registreren' }));
    await waitFor(() => expect(issued.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('De datum mag niet in de toekomst liggen.')).toBeTruthy();
    expect(screen.getByText('De vervaldatum moet na de afgiftedatum liggen.')).toBeTruthy();
    expect(screen.getByText('Dit veld is verplicht.')).toBeTruthy();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('suggests the expiry from the configured validity and sends the entry', async () => {
    const api = fakeApi({
      'POST /api/procedure/requests/00000000-0000-4000-8000-0000000000aa/issue': {
        status: 200,
        body: { ...request, status: 'done' },
      },
    });
    wrap(<IssueForm request={request} config={BELGIAN_PROCEDURE} file={null} />);
    const issued = screen.getByLabelText(/Issue date/);
    fireEvent.change(issued, { target: { value: '2026-11-01' } });
    expect(screen.getByLabelText<HTMLInputElement>(/Expiry date/).value).toBe('2026-12-16');
    fireEvent.change(screen.getByLabelText(/Document number/), { target: { value: 'A15-000777' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the issued document' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      issuedOn: '2026-11-01',
      expiresOn: '2026-12-16',
      documentNumber: 'A15-000777',
      version: 1,
    });
  });
});
