import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const PAGASA = '7f0d2c4e-4a44-4b8f-8f55-1d2e3f4a5b6c';
const MYRIA = '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
const name = (text: string) => ({ nl: text, fr: text, de: text, en: text });

function directoryEntry(id: string, orgName: string) {
  return {
    id,
    type: 'specialised_centre',
    name: orgName,
    shortName: null,
    country: 'BE',
    regionCode: null,
    judicialDistrict: null,
    servesDistricts: [],
    workingLanguages: [],
    phone: null,
    email: null,
    website: null,
    hours: null,
    officeAddress: null,
    onCall: [],
  };
}

function routes(session: ReturnType<typeof demoSession>, sent: FakeRequest[]) {
  return {
    '/api/session': { status: 200, body: session },
    '/api/action-plan': {
      status: 200,
      body: {
        plan: { code: 'nap-2021-2025', title: name('Action plan'), startYear: 2021, endYear: 2025 },
        chapters: [],
        bodies: [],
        statuses: { not_started: 0, ongoing: 0, done: 0, postponed: 0, dropped: 0 },
      },
    },
    '/api/action-plan/projects': { status: 200, body: { data: [] } },
    'GET /api/action-plan/bodies': { status: 200, body: { data: [{ code: 'centres', name: name('Specialised centres'), organisationIds: [MYRIA] }] } },
    '/api/directory': { status: 200, body: { data: [directoryEntry(PAGASA, 'PAG-ASA'), directoryEntry(MYRIA, 'Myria')], page: { total: 2 } } },
    'PUT /api/action-plan/bodies/centres/organisations': (r: FakeRequest) => {
      sent.push(r);
      return { status: 204 };
    },
  };
}

describe('linking responsible bodies to organisations', { timeout: 20_000 }, () => {
  it('lets the coordination bureau add an organisation to a body and sends the whole list', async () => {
    const sent: FakeRequest[] = [];
    renderApp('/action-plan', routes(demoSession({ capabilities: ['profile.manage', 'knowledge.edit'] }), sent));
    fireEvent.click(await screen.findByRole('button', { name: 'Manage responsible bodies' }));
    const field = await screen.findByRole('combobox', { name: 'Organisations acting for Specialised centres' });
    const row = field.closest('li') as HTMLElement;
    expect(within(row).getByRole('button', { name: 'Save links' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(field);
    fireEvent.click(await screen.findByRole('option', { name: 'PAG-ASA' }));
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Save links' }));
      await Promise.resolve();
    });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({ organisationIds: [MYRIA, PAGASA] });
  });

  it('is not offered to a responsible body’s own users', async () => {
    renderApp('/action-plan', routes(demoSession(), []));
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Manage responsible bodies' })).toBeNull();
  });
});
