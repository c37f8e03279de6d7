import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import {
  apiError,
  demoSession,
  renderApp,
  unauthenticated,
  type FakeRequest,
} from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const PENDING = 'pending-token-0123456789abcdef';

function type(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submit(name: RegExp | string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

/** A session endpoint that answers 401 until the second step succeeded. */
function sessionAfterLogin() {
  let signedIn = false;
  return {
    session: () => (signedIn ? { status: 200, body: demoSession() } : unauthenticated),
    secondFactor: (request: FakeRequest) => {
      const { code, recoveryCode } = request.body as { code?: string; recoveryCode?: string };
      if (code === '123456' || recoveryCode === 'abcde-12345') {
        signedIn = true;
        return { status: 200, body: demoSession() };
      }
      return apiError(401, 'unauthenticated', { reason: 'invalid_code' });
    },
  };
}

describe('login', { timeout: 20_000 }, () => {
  it('sends a signed-out visitor of a protected page to the login page, then back after both steps', async () => {
    const server = sessionAfterLogin();
    const { router, requests } = renderApp('/profile', {
      '/api/session': () => server.session(),
      'POST /api/auth/login': (request) => {
        const { password } = request.body as { password: string };
        return password === 'correct horse battery'
          ? { status: 200, body: { step: 'second_factor', pendingToken: PENDING } }
          : apiError(401, 'unauthenticated', { reason: 'invalid_credentials' });
      },
      'POST /api/auth/second-factor': (request) => server.secondFactor(request),
      '/api/me/sessions': { status: 200, body: { data: [] } },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Keten' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/profile' });
    expect(screen.getByRole('link', { name: 'Request an account' }).getAttribute('href')).toBe(
      '/request-account',
    );

    // Wrong password: one message for every failure, and the password is cleared.
    type(/^E-mail address/, 'amira@pagasa.example.be');
    type(/^Password/, 'wrong password here');
    await submit('Continue');
    expect(await screen.findByText('The e-mail address or the password is not correct.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Password/).value).toBe('');

    type(/^Password/, 'correct horse battery');
    await submit('Continue');
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm that it is you' })).toBeTruthy();
    // The half-login stays out of the address bar.
    expect(router.state.location.href).toBe('/login/second-factor');

    const code = screen.getByLabelText(/^Verification code/);
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');

    type(/^Verification code/, '000000');
    await submit('Sign in');
    expect(await screen.findByText(/This code is not correct/)).toBeTruthy();

    type(/^Verification code/, '123456');
    await submit('Sign in');
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/profile');
    expect(screen.getAllByText('Amira Demo-Benali').length).toBeGreaterThan(0);

    const steps = requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body]);
    expect(steps).toEqual([
      ['/api/auth/login', { email: 'amira@pagasa.example.be', password: 'wrong password here' }],
      ['/api/auth/login', { email: 'amira@pagasa.example.be', password: 'correct horse battery' }],
      ['/api/auth/second-factor', { pendingToken: PENDING, code: '000000' }],
      ['/api/auth/second-factor', { pendingToken: PENDING, code: '123456' }],
    ]);
  });

  it('checks the fields with the shared schema, in the user’s language, and focuses the first problem', async () => {
    const { requests } = renderApp('/login');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Keten' });
    await submit('Continue');
    const email = screen.getByLabelText(/^E-mail address/);
    expect(await screen.findByText('Enter your e-mail address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // The message is linked to the field.
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ')[0] ?? '')?.textContent).toBe(
      'Enter your e-mail address.',
    );
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await act(async () => {
      await i18n.changeLanguage('nl');
    });
    await submit('Doorgaan');
    expect(await screen.findByText('Vul uw e-mailadres in.')).toBeTruthy();
  });

  it('shows how long to wait when sign-in is throttled, counting down', async () => {
    renderApp('/login', {
      '/api/session': unauthenticated,
      'POST /api/auth/login': apiError(429, 'rate_limited', { retryAfterSeconds: 2 }, { 'Retry-After': '2' }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Keten' });
    type(/^E-mail address/, 'amira@pagasa.example.be');
    type(/^Password/, 'whatever it is');
    await submit('Continue');
    expect(await screen.findByText('Too many attempts')).toBeTruthy();
    expect(screen.getByTestId('throttle-remaining').textContent).toBe('You can try again in 2 seconds.');
    expect(await screen.findByText('You can try again in 1 second.', {}, { timeout: 2500 })).toBeTruthy();
    expect(await screen.findByText('You can try again now.', {}, { timeout: 2500 })).toBeTruthy();
  });

  it('says so when the second step comes too late, and starts again', async () => {
    renderApp('/login', {
      '/api/session': unauthenticated,
      'POST /api/auth/login': { status: 200, body: { step: 'second_factor', pendingToken: PENDING } },
      'POST /api/auth/second-factor': apiError(401, 'unauthenticated', { reason: 'login_expired' }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Keten' });
    type(/^E-mail address/, 'amira@pagasa.example.be');
    type(/^Password/, 'correct horse battery');
    await submit('Continue');
    await screen.findByRole('heading', { level: 1, name: 'Confirm that it is you' });
    type(/^Verification code/, '123 456');
    await submit('Sign in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign-in expired' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start again' }).getAttribute('href')).toBe('/login');
  });

  it('accepts a recovery code instead of the app’s code', async () => {
    const server = sessionAfterLogin();
    const { requests, router } = renderApp('/login', {
      '/api/session': () => server.session(),
      'POST /api/auth/login': { status: 200, body: { step: 'second_factor', pendingToken: PENDING } },
      'POST /api/auth/second-factor': (request) => server.secondFactor(request),
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Keten' });
    type(/^E-mail address/, 'amira@pagasa.example.be');
    type(/^Password/, 'correct horse battery');
    await submit('Continue');
    await screen.findByRole('heading', { level: 1, name: 'Confirm that it is you' });
    fireEvent.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Recovery code/)));
    type(/^Recovery code/, 'abcde-12345');
    await submit('Sign in');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(requests.find((r) => r.path === '/api/auth/second-factor')?.body).toEqual({
      pendingToken: PENDING,
      recoveryCode: 'abcde-12345',
    });
  });

  it('continues a sign-in through the organisation that still needs the code (?pending=)', async () => {
    const server = sessionAfterLogin();
    const { router, requests } = renderApp(`/login/second-factor?pending=${PENDING}`, {
      '/api/session': () => server.session(),
      'POST /api/auth/second-factor': (request) => server.secondFactor(request),
    });
    await screen.findByRole('heading', { level: 1, name: 'Confirm that it is you' });
    // The token leaves the address bar at once.
    await waitFor(() => expect(router.state.location.href).toBe('/login/second-factor'));
    type(/^Verification code/, '123456');
    await submit('Sign in');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(requests.find((r) => r.path === '/api/auth/second-factor')?.body).toEqual({
      pendingToken: PENDING,
      code: '123456',
    });
  });

  it('offers the organisations’ own sign-in and explains a refused one', async () => {
    renderApp('/login?error=oidc_no_account', {
      '/api/session': unauthenticated,
      '/api/auth/oidc/providers': {
        status: 200,
        body: { data: [{ id: '9d3c3a39-2b0f-4f4e-8d1f-0c1f2e3d4c5b', name: 'FOD Justitie' }] },
      },
    });
    expect(await screen.findByText(/there is no active Keten account/)).toBeTruthy();
    const button = await screen.findByRole('link', { name: 'Sign in with FOD Justitie' });
    expect(button.getAttribute('href')).toBe('/api/auth/oidc/9d3c3a39-2b0f-4f4e-8d1f-0c1f2e3d4c5b/start');
  });

  it('signs out with the CSRF token and forgets the user', async () => {
    let signedIn = true;
    const { router, requests } = renderApp('/profile', {
      '/api/session': () => (signedIn ? { status: 200, body: demoSession() } : unauthenticated),
      '/api/me/sessions': { status: 200, body: { data: [] } },
      'POST /api/auth/logout': () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'My profile' });
    fireEvent.click(screen.getByTestId('session-user'));
    await act(async () => {
      fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
      await Promise.resolve();
    });
    expect(await screen.findByText('You have signed out.')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByTestId('session-user')).toBeNull();
    const logout = requests.find((r) => r.path === '/api/auth/logout');
    expect(logout?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
  });
});
