import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { apiError, renderApp, unauthenticated, type FakeRoute } from '../../test/render-app.tsx';

const TOKEN = 'invitation-token-0123456789abcdef';
const BASE = `/api/invitations/${TOKEN}`;

const invitation = {
  email: 'nadia.peeters@pagasa.example.be',
  displayName: 'Nadia Peeters',
  organisationName: 'PAG-ASA',
  expiresAt: '2030-03-01T12:00:00.000Z',
  purpose: 'invitation',
};

const enrolment = {
  manualKey: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  otpauthUri: 'otpauth://totp/Keten:nadia?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Keten',
  qrDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
};

const CODES = ['a1b2c-3d4e5', 'f6a7b-8c9d0', 'e1f2a-3b4c5', 'd6e7f-8a9b0'];

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

function renderInvitation(routes: Record<string, FakeRoute> = {}) {
  return renderApp(`/invitation/${TOKEN}`, {
    '/api/session': unauthenticated,
    [BASE]: { status: 200, body: invitation },
    ...routes,
  });
}

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function click(name: RegExp | string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

function rule(text: RegExp) {
  const item = screen.getByText(text).closest('li');
  if (!item) {
    throw new Error(`no rule ${String(text)}`);
  }
  return item;
}

describe('invitation', { timeout: 20_000 }, () => {
  it('shows whose invitation it is and the password rules while typing (length, not the e-mail; no composition rules)', async () => {
    renderInvitation();
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a password' })).toBeTruthy();
    expect(
      screen.getByText(/Welcome, Nadia Peeters\. You have been invited to Keten by PAG-ASA\./),
    ).toBeTruthy();
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();

    const hint = screen.getByTestId('password-hint');
    // The hint is the field's description: read out with it.
    const password = screen.getByLabelText(/^New password/);
    expect(password.getAttribute('aria-describedby')).toContain(hint.parentElement?.id ?? 'missing');
    expect(within(hint).queryByText(/uppercase|special character is required|digit/i)).toBeNull();

    type(/^New password/, 'short one');
    expect(rule(/At least 12 characters \(now 9\)/).getAttribute('data-met')).toBe('false');
    expect(within(rule(/At least 12/)).getByText(/not yet met/)).toBeTruthy();

    type(/^New password/, 'four calm rivers at dawn');
    expect(rule(/At least 12 characters \(now 24\)/).getAttribute('data-met')).toBe('true');
    expect(rule(/Does not contain your e-mail address/).getAttribute('data-met')).toBe('true');

    type(/^New password/, 'nadia.peeters rules all');
    expect(rule(/Does not contain your e-mail address/).getAttribute('data-met')).toBe('false');
  });

  it('refuses what the browser can see, and shows the server’s verdict on a common password at the field', async () => {
    const { requests } = renderInvitation({
      [`POST ${BASE}/password`]: apiError(422, 'domain_rule', { reason: 'password', problem: 'common' }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Choose a password' });

    type(/^New password/, 'too short');
    await click('Continue');
    expect(await screen.findByText('This password is too short: use at least 12 characters.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^New password/)));

    type(/^New password/, 'passwordpassword1');
    type(/^Repeat the password/, 'passwordpassword2');
    await click('Continue');
    expect(await screen.findByText('The two passwords are not the same.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    type(/^Repeat the password/, 'passwordpassword1');
    await click('Continue');
    expect(await screen.findByText(/This password is too common and easy to guess/)).toBeTruthy();
    expect(screen.getByLabelText(/^New password/).getAttribute('aria-invalid')).toBe('true');
  });

  it('enrols the authenticator and shows the recovery codes once, behind an “I have saved them” gate', async () => {
    const { router, requests } = renderInvitation({
      [`POST ${BASE}/password`]: { status: 200, body: enrolment },
      [`POST ${BASE}/confirm`]: (request) =>
        (request.body as { code: string }).code === '654321'
          ? { status: 200, body: { recoveryCodes: CODES } }
          : apiError(422, 'domain_rule', { reason: 'totp_code' }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Choose a password' });
    type(/^New password/, 'four calm rivers at dawn');
    type(/^Repeat the password/, 'four calm rivers at dawn');
    await click('Continue');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Set up your authenticator app' });
    // Focus moves to the new step, so reading starts there.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const qr = screen.getByRole('img', { name: /QR code to add Keten to your authenticator app/ });
    expect(qr.getAttribute('src')).toBe(enrolment.qrDataUrl);
    expect(screen.getByTestId('manual-key').textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(screen.getByRole('button', { name: 'Copy key' })).toBeTruthy();

    type(/^Code from your app/, '111111');
    await click('Confirm');
    expect(await screen.findByText(/This code is not correct/)).toBeTruthy();

    type(/^Code from your app/, '654321');
    await click('Confirm');
    expect(await screen.findByRole('heading', { level: 1, name: 'Save your recovery codes' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Your recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES);
    for (const name of ['Copy codes', 'Download', 'Print']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }

    // Not without confirming they are saved.
    await click('Continue to sign in');
    expect(await screen.findByText('Confirm that you have saved your recovery codes.')).toBeTruthy();
    const checkbox = screen.getByRole('checkbox', { name: 'I have saved my recovery codes in a safe place' });
    expect(document.activeElement).toBe(checkbox);
    expect(router.state.location.pathname).toBe(`/invitation/${TOKEN}`);

    fireEvent.click(checkbox);
    await click('Continue to sign in');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      `${BASE}/password`,
      `${BASE}/confirm`,
      `${BASE}/confirm`,
    ]);
  });

  it('says clearly when the link has expired or cannot be used', async () => {
    renderInvitation({ [BASE]: apiError(422, 'domain_rule', { reason: 'invitation_expired' }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation has expired' }),
    ).toBeTruthy();
    expect(screen.getByText(/Invitation links are valid for 72 hours/)).toBeTruthy();
  });

  it('says clearly when the link is unknown or used', async () => {
    renderInvitation({ [BASE]: apiError(404, 'not_found') });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link cannot be used' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'To the sign-in page' }).getAttribute('href')).toBe('/login');
  });
});
