import { SignalSubmissionSchema } from '@keten/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n.ts';
import { demoMeta, renderApp } from '../../../test/render-app.tsx';
import { directory, generalCatalogue, referenceRoutes, reporterSession } from '../test/fixtures.tsx';
import { draftData, emptyState, isAnonymous, toSubmission, type SignalFormState } from './form-state.ts';

const ID = '0b7e3a52-4c1d-4e8f-9a6b-3c2d1e0f9a8b';

function adultWhoRefuses(): SignalFormState {
  const s = emptyState();
  return {
    ...s,
    context: {
      ...s.context,
      encounteredOn: '2026-11-20',
      judicialDistrict: 'brussels',
      municipality: 'Anderlecht',
      sector: 'construction',
      howEncountered: 'patrol_or_check',
      immediateDanger: false,
    },
    narrative: 'Fictional: Ion Fictivescu works 14 hours a day.',
    person: {
      ...s.person,
      givenName: 'Ion',
      familyName: 'Fictivescu',
      aliases: 'Nelu',
      birthDate: '1990-01-02',
      documentNumber: 'RO123456',
      ageYears: '34',
      minor: 'no',
      gender: 'male',
      nationality: 'RO',
    },
    indicators: {
      catalogues: ['general'],
      ticks: [{ catalogue: 'general', id: 'general.no_pay', note: '' }],
    },
    traces: [{ key: 't', kind: 'phone', value: '+32 470 00 00 99', note: 'the boss' }],
    consent: 'no',
  };
}

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('an adult who refuses referral: anonymous notification', () => {
  it('removes every identity field before saving, in the submission and in the draft', () => {
    const state = adultWhoRefuses();
    expect(isAnonymous(state)).toBe(true);
    const submission = toSubmission(ID, state, [generalCatalogue]);
    expect(SignalSubmissionSchema.safeParse(submission).success).toBe(true);
    expect(submission.person).not.toHaveProperty('familyName');
    expect(submission.person).not.toHaveProperty('givenName');
    expect(submission.person).not.toHaveProperty('aliases');
    expect(submission.person).not.toHaveProperty('birthDate');
    expect(submission.person).not.toHaveProperty('documentNumber');
    expect(submission.context).not.toHaveProperty('municipality');
    expect(submission).not.toHaveProperty('narrative');
    // What the chain needs to count and investigate stays.
    expect(submission.person.ageYears).toBe(34);
    expect(submission.traces).toEqual([{ kind: 'phone', value: '+32 470 00 00 99', note: 'the boss' }]);
    expect(JSON.stringify(draftData(state))).not.toMatch(/Fictivescu|Ion|Nelu|RO123456|Anderlecht|1990/);
  });

  it('a possible minor is never anonymous: no consent is needed', () => {
    const state = { ...adultWhoRefuses(), person: { ...adultWhoRefuses().person, minor: 'unsure' as const } };
    expect(isAnonymous(state)).toBe(false);
    expect(toSubmission(ID, state, [generalCatalogue]).consent).toBe('not_needed_minor');
  });

  it('greys out the identity fields, warns, and submits without identity', async () => {
    const posted: unknown[] = [];
    const routes = {
      '/api/meta': { status: 200, body: demoMeta },
      '/api/session': { status: 200, body: reporterSession },
      '/api/signals/guidance-context': { status: 200, body: { catalogues: [generalCatalogue], directory } },
      [`/api/signal-drafts/${ID}`]: {
        status: 200,
        body: { id: ID, step: 'person', data: adultWhoRefuses(), updatedAt: '2026-11-21T10:00:00.000Z' },
      },
      '/api/signal-drafts': { status: 200, body: { data: [] } },
      '/api/signals': { status: 201, body: { id: ID, reference: 'SIG-2026-000042', kind: 'anonymous' } },
      ...referenceRoutes,
    };
    const { container } = renderApp(`/signals/new?draft=${ID}`, routes);
    const fetchMock = vi.mocked(fetch);

    const given = await screen.findByLabelText<HTMLInputElement>('Given name');
    expect(given.disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Family name').disabled).toBe(true);
    expect(screen.getByText(/The person refuses referral: the signal is kept without identity/)).toBeTruthy();

    // Through to the last step.
    for (let n = 0; n < 5; n++) {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(await screen.findByRole('heading', { name: /Check and submit/ })).toBeTruthy();
    expect(screen.getByTestId('anonymous-notice')).toBeTruthy();
    expect(screen.getByText('Identity removed: anonymous notification.')).toBeTruthy();
    expect(within(container).queryByText(/Fictivescu/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Submit signal' }));
    expect(await screen.findByTestId('signal-reference')).toBeTruthy();
    const calls = fetchMock.mock.calls as unknown as [string, RequestInit | undefined][];
    for (const [, init] of calls) {
      if ((init?.method === 'POST' || init?.method === 'PUT') && typeof init.body === 'string') {
        posted.push(JSON.parse(init.body));
      }
    }
    const submitted = calls.find(([url, init]) => url === '/api/signals' && init?.method === 'POST');
    expect(typeof submitted?.[1]?.body).toBe('string');
    const body = JSON.parse(submitted?.[1]?.body as string) as Record<string, unknown>;
    expect(body.id).toBe(ID);
    expect(body.consent).toBe('no');
    await waitFor(() =>
      expect(JSON.stringify(posted)).not.toMatch(/Fictivescu|Nelu|RO123456|Anderlecht|1990-01-02/),
    );
  }, 30_000);
});
