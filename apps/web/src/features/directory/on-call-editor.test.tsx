import type { DirectoryEntry } from '@keten/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const OWN_ORG = '7f0d2c4e-4a44-4b8f-8f55-1d2e3f4a5b6c';
const OTHER_ORG = '2b8e1f0a-9c7d-4e6f-8a5b-3c2d1e0f9a8b';
const CONTACT_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

function entry(id: string, name: string, onCall: DirectoryEntry['onCall']): DirectoryEntry {
  return {
    id,
    type: 'specialised_centre',
    name,
    shortName: null,
    country: 'BE',
    regionCode: null,
    judicialDistrict: null,
    servesDistricts: [],
    workingLanguages: [],
    phone: '+32 2 511 64 64',
    email: null,
    website: null,
    hours: null,
    officeAddress: null,
    onCall,
  };
}

const ownContact = { id: CONTACT_ID, organisationId: OWN_ORG, label: 'Coordinator on duty', phone: '+32 2 511 64 65', email: null, hours: '24/7', judicialDistricts: [], version: 3 };

const orgAdmin = demoSession({ roles: ['organisation_admin'], capabilities: ['profile.manage', 'org.settings.manage'], organisationId: OWN_ORG });

function routes(requests: FakeRequest[]) {
  return {
    '/api/session': { status: 200, body: orgAdmin },
    '/api/directory': { status: 200, body: { data: [entry(OWN_ORG, 'PAG-ASA', [ownContact]), entry(OTHER_ORG, 'Payoke', [])], page: { total: 2 } } },
    [`POST /api/directory/${OWN_ORG}/on-call`]: (r: FakeRequest) => {
      requests.push(r);
      return { status: 201, body: { ...ownContact, id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', ...(r.body as object), version: 1 } };
    },
    [`PATCH /api/on-call-contacts/${CONTACT_ID}`]: (r: FakeRequest) => {
      requests.push(r);
      return { status: 200, body: { ...ownContact, ...(r.body as object), version: 4 } };
    },
    [`DELETE /api/on-call-contacts/${CONTACT_ID}`]: (r: FakeRequest) => {
      requests.push(r);
      return { status: 204 };
    },
  };
}

describe('on-call contacts in the directory', { timeout: 20_000 }, () => {
  it('lets an organisation administrator add a contact to their own organisation only, with messages for invalid fields', async () => {
    const sent: FakeRequest[] = [];
    renderApp('/directory', routes(sent));
    expect(await screen.findByRole('heading', { level: 1, name: /directory/i })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Add an on-call contact: PAG-ASA' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add an on-call contact: Payoke' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add an on-call contact: PAG-ASA' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Function/ }), { target: { value: 'x' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Phone/ }), { target: { value: 'call me' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('At least 2 characters.')).toBeTruthy();
    expect(within(dialog).getByText('Enter a phone number (digits, spaces, + ( ) . / -).')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Function/ }), { target: { value: 'Night line' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Phone/ }), { target: { value: '+32 2 511 00 00' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({ label: 'Night line', phone: '+32 2 511 00 00', email: null, hours: null, judicialDistricts: [] });
    expect(sent[0]?.headers.get('x-csrf-token')).toBe(orgAdmin.csrfToken);
  });

  it('edits with the loaded version and removes only after confirmation', async () => {
    const sent: FakeRequest[] = [];
    renderApp('/directory', routes(sent));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit: Coordinator on duty' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit on-call contact' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /When reachable/ }), { target: { value: 'weekdays 8-18' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.method).toBe('PATCH');
    expect(sent[0]?.body).toMatchObject({ version: 3, hours: 'weekdays 8-18', label: 'Coordinator on duty' });

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit on-call contact' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Remove: Coordinator on duty' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove on-call contact' });
    expect(sent).toHaveLength(1);
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(sent.map((r) => r.method)).toEqual(['PATCH', 'DELETE']));
  });

  it('shows no editing controls to a professional of another organisation', async () => {
    renderApp('/directory', {
      ...routes([]),
      '/api/session': { status: 200, body: demoSession({ organisationId: OTHER_ORG, capabilities: ['profile.manage', 'org.settings.manage'] }) },
    });
    expect(await screen.findByText('Coordinator on duty', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Edit: / })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add an on-call contact: PAG-ASA' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add an on-call contact: Payoke' })).toBeTruthy();
  });
});
