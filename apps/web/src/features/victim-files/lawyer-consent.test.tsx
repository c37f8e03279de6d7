import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const FILE_ID = '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const caseworker = demoSession({
  organisationName: 'PAG-ASA',
  organisationType: 'specialised_centre',
  roles: ['centre_caseworker'],
  capabilities: ['profile.manage', 'record.read', 'record.write'],
});

const file = (lawyerConsent: unknown) => ({
  status: 200,
  body: {
    data: {
      id: FILE_ID,
      reference: 'VF-2026-000042',
      status: 'active',
      closingReason: null,
      caseworkerUserId: null,
      version: 6,
      createdAt: '2026-11-20T10:00:00.000Z',
      supportPlan: [],
      psychosocialNotes: [],
      lawyerConsent,
    },
    sections: ['PS'],
    relationship: 'owner',
    actions: ['update', 'add_note'],
  },
});

describe('the lawyer consent on a victim file', { timeout: 20_000 }, () => {
  it('asks for at least one part, then records the ticked parts with the file version', async () => {
    const posts: unknown[] = [];
    renderApp(`/victim-files/${FILE_ID}`, {
      '/api/session': { status: 200, body: caseworker },
      [`GET /api/victim-files/${FILE_ID}`]: file(null),
      [`GET /api/victim-files/${FILE_ID}/timeline`]: { status: 200, body: { data: [] } },
      '/api/directory': { status: 200, body: { data: [] } },
      [`POST /api/victim-files/${FILE_ID}/lawyer-consent`]: (request: FakeRequest) => {
        posts.push(request.body);
        return { status: 200, body: { version: 7 } };
      },
    });
    const form = await screen.findByRole('form', { name: 'What the person agreed to share with their lawyer' });
    expect(within(form).getByText(/Nothing recorded yet/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Record consent' }));
    expect(await within(form).findByText('Tick at least one part.')).toBeTruthy();
    expect(posts).toHaveLength(0);
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Judicial' }));
    fireEvent.change(within(form).getByLabelText(/Consent given on/), { target: { value: '2026-11-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record consent' }));
    expect(await within(form).findByText('Consent recorded.')).toBeTruthy();
    expect(posts).toEqual([{ sections: ['JU'], recordedOn: '2026-11-01', version: 6 }]);
  });
});
