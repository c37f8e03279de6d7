import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { apiError, demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const FILE_ID = '7a2b6c1e-2b1a-4c3d-9e8f-0a1b2c3d4e5f';
const investigator = demoSession({
  organisationName: 'FGP Brussel THB',
  organisationType: 'federal_police_thb',
  roles: ['police_investigator'],
  capabilities: ['profile.manage', 'record.read', 'record.write', 'referral.send', 'judicial.write'],
});

describe('a police investigator opens a file referred to the police', { timeout: 20_000 }, () => {
  it('sees only the sections and actions the server returned, and edits the judicial track', async () => {
    const puts: unknown[] = [];
    renderApp(`/victim-files/${FILE_ID}`, {
      '/api/session': { status: 200, body: investigator },
      [`GET /api/victim-files/${FILE_ID}`]: {
        status: 200,
        body: {
          data: {
            id: FILE_ID,
            reference: 'VF-2026-000007',
            status: 'active',
            closingReason: null,
            caseworkerUserId: null,
            version: 4,
            createdAt: '2026-11-20T10:00:00.000Z',
            judicial: { pvNumber: 'BR.12.LL.000123/2026', version: 2 },
            judicialNotes: [],
          },
          sections: ['JU'],
          relationship: 'referred',
          actions: ['edit_judicial'],
        },
      },
      [`GET /api/victim-files/${FILE_ID}/timeline`]: apiError(403, 'forbidden'),
      '/api/directory': { status: 200, body: { data: [] } },
      [`PUT /api/victim-files/${FILE_ID}/judicial`]: (request: FakeRequest) => {
        puts.push(request.body);
        return { status: 200, body: { ...(request.body as object), version: 3 } };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Victim file VF-2026-000007' })).toBeTruthy();
    // No identity, no support plan, no timeline, no access log, no refer, no status edit.
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Overview',
      'Notes',
      'Judicial and rights',
      'Attachments',
    ]);
    expect(screen.queryByRole('region', { name: 'Identity' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refer' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(screen.queryByText('Printable documents')).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Judicial and rights' }));
    const track = await screen.findByRole('region', { name: 'Judicial and rights track' });
    expect(within(track).getByText('BR.12.LL.000123/2026')).toBeTruthy();
    fireEvent.click(within(track).getByRole('button', { name: 'Edit: Judicial and rights track' }));
    fireEvent.change(within(track).getByLabelText('Police unit'), {
      target: { value: 'FGP Brussel — cel mensenhandel' },
    });
    fireEvent.change(within(track).getByLabelText('Compensation awarded (EUR)'), {
      target: { value: '2500' },
    });
    await act(async () => {
      fireEvent.click(within(track).getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    expect(await within(track).findByText('Saved.')).toBeTruthy();
    expect(puts).toEqual([
      expect.objectContaining({
        version: 2,
        pvNumber: 'BR.12.LL.000123/2026',
        policeUnit: 'FGP Brussel — cel mensenhandel',
        compensationAwarded: 2500,
      }),
    ]);
  });
});
