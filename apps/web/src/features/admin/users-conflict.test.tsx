import type { AdminUser } from '@keten/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { apiError, demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const admin = demoSession({
  displayName: 'Bram Demo-Smets',
  roles: ['organisation_admin'],
  capabilities: ['profile.manage', 'org.users.manage', 'org.settings.manage'],
});

const colleague: AdminUser = {
  id: '3c1e4f52-8a7b-4c6d-9e0f-1a2b3c4d5e6f',
  organisationId: admin.user.organisationId,
  email: 'sofie@pagasa.example.be',
  displayName: 'Sofie Janssens',
  jobTitle: 'Begeleider',
  language: 'nl',
  status: 'active',
  roles: ['centre_caseworker'],
  mfaEnrolled: true,
  lastLoginAt: '2030-01-01T09:00:00.000Z',
  createdAt: '2029-06-01T09:00:00.000Z',
  version: 2,
  allowedRoles: ['centre_caseworker', 'centre_coordinator', 'organisation_admin'],
};

/** The server: someone else already saved version 3 (made Sofie an administrator too). */
function server() {
  let current: AdminUser = { ...colleague, version: 3, roles: ['centre_caseworker', 'organisation_admin'] };
  const patches: unknown[] = [];
  return {
    patches,
    list: () => ({ status: 200, body: { data: [colleague], page: { page: 1, pageSize: 200, total: 1 } } }),
    get: () => ({ status: 200, body: current }),
    patch: (request: FakeRequest) => {
      const body = request.body as { version: number; roles: AdminUser['roles'] };
      patches.push(body);
      if (body.version !== current.version) {
        return apiError(409, 'conflict', { currentVersion: current.version });
      }
      current = { ...current, roles: body.roles, version: current.version + 1 };
      return { status: 200, body: current };
    },
  };
}

describe('changing roles when someone else changed the user first (409)', { timeout: 20_000 }, () => {
  it('shows the current roles next to mine, and re-applies my change on the new version', async () => {
    const api = server();
    renderApp('/admin/users', {
      '/api/session': { status: 200, body: admin },
      '/api/admin/users': () => api.list(),
      [`GET /api/admin/users/${colleague.id}`]: () => api.get(),
      [`PATCH /api/admin/users/${colleague.id}`]: (request) => api.patch(request),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
    const row = (await screen.findByText('Sofie Janssens')).closest('tr');
    expect(row).toBeTruthy();

    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Actions/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Change roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Sofie Janssens' });
    // Only the roles of a specialised centre are offered.
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['centre_caseworker', 'centre_coordinator', 'organisation_admin']);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Centre coordinator/ }));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await Promise.resolve();
    });

    const notice = await within(dialog).findByRole('alert');
    expect(within(notice).getByText('Someone else changed this in the meantime')).toBeTruthy();
    await waitFor(() => expect(within(notice).getByText('Organisation administrator')).toBeTruthy());
    const [now, mine] = ['Now saved:', 'Your change:'].map(
      (label) => within(notice).getByText(label).parentElement,
    );
    expect(
      within(now as HTMLElement)
        .getAllByText(/Centre caseworker|Organisation administrator/)
        .map((e) => e.textContent),
    ).toEqual(['Centre caseworker', 'Organisation administrator']);
    expect(
      within(mine as HTMLElement)
        .getAllByText(/Centre/)
        .map((e) => e.textContent),
    ).toEqual(['Centre caseworker', 'Centre coordinator']);
    // My choice is still ticked, nothing was lost.
    expect(
      within(dialog).getByRole<HTMLInputElement>('checkbox', { name: /Centre coordinator/ }).checked,
    ).toBe(true);

    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save my change again' }));
      await Promise.resolve();
    });
    expect(await screen.findByText('The roles of Sofie Janssens have been saved.')).toBeTruthy();
    expect(api.patches).toEqual([
      { version: 2, roles: ['centre_caseworker', 'centre_coordinator'] },
      { version: 3, roles: ['centre_caseworker', 'centre_coordinator'] },
    ]);
  });

  it('asks before disabling an account, and does not offer to change one’s own', async () => {
    const self = {
      ...colleague,
      id: admin.user.id,
      displayName: 'Bram Demo-Smets',
      email: 'admin@pagasa.example.be',
    };
    const patched: unknown[] = [];
    renderApp('/admin/users', {
      '/api/session': { status: 200, body: admin },
      '/api/admin/users': {
        status: 200,
        body: { data: [colleague, self], page: { page: 1, pageSize: 200, total: 2 } },
      },
      [`PATCH /api/admin/users/${colleague.id}`]: (request) => {
        patched.push(request.body);
        return { status: 200, body: { ...colleague, status: 'disabled', version: 3 } };
      },
    });
    const ownRow = (await screen.findByText('Bram Demo-Smets', { selector: 'span' })).closest(
      'tr',
    ) as HTMLElement;
    fireEvent.click(within(ownRow).getByRole('button', { name: /Actions/ }));
    expect(
      (await screen.findByRole('menuitem', { name: 'Change roles' })).hasAttribute('disabled') ||
        screen.getByRole('menuitem', { name: 'Change roles' }).getAttribute('data-disabled') === 'true',
    ).toBe(true);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });

    const row = screen.getByText('Sofie Janssens').closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /Actions/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Disable account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable the account of Sofie Janssens?' });
    expect(patched).toEqual([]);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Disable account' }));
      await Promise.resolve();
    });
    expect(await screen.findByText('The account of Sofie Janssens has been disabled.')).toBeTruthy();
    expect(patched).toEqual([{ version: 2, disabled: true }]);
  });
});
