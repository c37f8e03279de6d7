import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { apiError, demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';
import { conflictingFields, mergeValues } from './conflict.ts';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('merging a stale edit', () => {
  const keys = ['familyName', 'givenName', 'birthDate', 'nationality'];
  const base = { familyName: 'Fictivescu', givenName: 'Ion', birthDate: null, nationality: 'RO' };
  const mine = { familyName: 'Fictivescu-Pop', givenName: 'Ion', birthDate: '1990-02-03', nationality: 'RO' };
  const theirs = { familyName: 'Fictivescu', givenName: 'Ioan', birthDate: '1991-01-01', nationality: 'RO' };

  it('asks only about fields both people changed, differently', () => {
    // familyName: only I changed it; givenName: only they did; birthDate: both, differently.
    expect(conflictingFields(base, mine, theirs, keys)).toEqual(['birthDate']);
    expect(conflictingFields(base, mine, { ...theirs, birthDate: '1990-02-03' }, keys)).toEqual([]);
    // Empty text and null are the same "nothing".
    expect(conflictingFields({ a: null }, { a: '' }, { a: 'x' }, ['a'])).toEqual([]);
  });

  it('keeps my changes, takes theirs elsewhere, and follows the choice per field', () => {
    expect(mergeValues(base, mine, theirs, keys, {})).toEqual({
      familyName: 'Fictivescu-Pop',
      givenName: 'Ioan',
      birthDate: '1990-02-03',
      nationality: 'RO',
    });
    expect(mergeValues(base, mine, theirs, keys, { birthDate: 'theirs' })).toEqual({
      familyName: 'Fictivescu-Pop',
      givenName: 'Ioan',
      birthDate: '1991-01-01',
      nationality: 'RO',
    });
  });
});

const FILE_ID = '6f2b6c1e-2b1a-4c3d-9e8f-0a1b2c3d4e5f';
const caseworker = demoSession({
  capabilities: ['profile.manage', 'record.read', 'record.write', 'referral.send', 'audit.record_access_log'],
});

function presented(version: number, data: Record<string, unknown>) {
  return {
    data: {
      id: FILE_ID,
      reference: 'VF-2026-000042',
      status: 'active',
      closingReason: null,
      caseworkerUserId: null,
      version,
      createdAt: '2026-11-20T10:00:00.000Z',
      familyName: 'Fictivescu',
      givenName: 'Ion',
      aliases: [],
      birthDate: null,
      nationality: 'RO',
      documentNumbers: [],
      minor: 'no',
      unaccompanied: null,
      languages: ['ro'],
      interpreterNeeded: true,
      supportPlan: [],
      psychosocialNotes: [],
      ...data,
    },
    sections: ['ID', 'PS'],
    relationship: 'owner',
    actions: ['update', 'add_note'],
  };
}

/** The server: a colleague already saved version 3 (a given name and a date of birth). */
function server() {
  let current = presented(3, { givenName: 'Ioan', birthDate: '1991-01-01' });
  const patches: Record<string, unknown>[] = [];
  return {
    patches,
    get: () => ({ status: 200, body: presented(2, {}) }),
    patch: (request: FakeRequest) => {
      const body = request.body as { version: number; identity: Record<string, unknown> };
      patches.push(body);
      if (body.version !== current.data.version) {
        return apiError(409, 'conflict', {
          reason: 'stale_version',
          currentVersion: current.data.version,
          current: current.data,
        });
      }
      current = presented(current.data.version + 1, { ...body.identity });
      return { status: 200, body: current };
    },
  };
}

describe('editing the identity of a victim file someone else just saved (409)', { timeout: 20_000 }, () => {
  it('shows the saved version next to mine and saves my choice field by field on the new version', async () => {
    const api = server();
    renderApp(`/victim-files/${FILE_ID}`, {
      '/api/session': { status: 200, body: caseworker },
      [`GET /api/victim-files/${FILE_ID}`]: () => api.get(),
      [`PATCH /api/victim-files/${FILE_ID}`]: (request) => api.patch(request),
      [`GET /api/victim-files/${FILE_ID}/timeline`]: apiError(403, 'forbidden'),
      '/api/directory': { status: 200, body: { data: [] } },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Victim file VF-2026-000042' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Identity' });
    fireEvent.click(within(section).getByRole('button', { name: 'Edit: Identity' }));
    fireEvent.change(within(section).getByLabelText('Family name'), { target: { value: 'Fictivescu-Pop' } });
    fireEvent.change(within(section).getByLabelText('Date of birth'), { target: { value: '1990-02-03' } });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });

    const panel = await within(section).findByTestId('conflict-panel');
    expect(within(panel).getByText('Someone else saved this file while you were editing')).toBeTruthy();
    // Only the date of birth needs a choice: the family name was mine alone, the given name theirs alone.
    const choice = within(panel).getByRole('group', { name: 'Keep for Date of birth' });
    expect(within(choice).getByText('1990-02-03')).toBeTruthy();
    expect(within(choice).getByText('1991-01-01')).toBeTruthy();
    expect(within(panel).queryByRole('group', { name: 'Keep for Family name' })).toBeNull();
    // Nothing I typed was lost.
    expect(within(section).getByLabelText<HTMLInputElement>('Family name').value).toBe('Fictivescu-Pop');
    expect(within(section).getByLabelText<HTMLInputElement>('Given name').value).toBe('Ion');

    fireEvent.click(within(choice).getByRole('radio', { name: /Saved version/ }));
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Save the merge' }));
      await Promise.resolve();
    });
    expect(await within(section).findByText('Saved.')).toBeTruthy();
    expect(api.patches).toHaveLength(2);
    expect(api.patches[0]).toMatchObject({
      version: 2,
      identity: { familyName: 'Fictivescu-Pop', givenName: 'Ion', birthDate: '1990-02-03' },
    });
    // On version 3: my family name, their given name, and their date of birth as I chose.
    expect(api.patches[1]).toMatchObject({
      version: 3,
      identity: { familyName: 'Fictivescu-Pop', givenName: 'Ioan', birthDate: '1991-01-01' },
    });
  });

  it('"Take theirs" puts the saved version in the form and sends nothing', async () => {
    const api = server();
    renderApp(`/victim-files/${FILE_ID}`, {
      '/api/session': { status: 200, body: caseworker },
      [`GET /api/victim-files/${FILE_ID}`]: () => api.get(),
      [`PATCH /api/victim-files/${FILE_ID}`]: (request) => api.patch(request),
      [`GET /api/victim-files/${FILE_ID}/timeline`]: apiError(403, 'forbidden'),
      '/api/directory': { status: 200, body: { data: [] } },
    });
    const section = await screen.findByRole('region', { name: 'Identity' });
    fireEvent.click(within(section).getByRole('button', { name: 'Edit: Identity' }));
    fireEvent.change(within(section).getByLabelText('Date of birth'), { target: { value: '1990-02-03' } });
    // A look at another tab keeps the unsaved input.
    fireEvent.click(screen.getByRole('tab', { name: 'Support plan' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(within(section).getByLabelText<HTMLInputElement>('Date of birth').value).toBe('1990-02-03');
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    const panel = await within(section).findByTestId('conflict-panel');
    fireEvent.click(within(panel).getByRole('button', { name: 'Take theirs' }));
    expect(within(section).queryByTestId('conflict-panel')).toBeNull();
    expect(within(section).getByLabelText<HTMLInputElement>('Date of birth').value).toBe('1991-01-01');
    expect(within(section).getByLabelText<HTMLInputElement>('Given name').value).toBe('Ioan');
    expect(api.patches).toHaveLength(1);
  });
});
