import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { demoSession, renderApp, unauthenticated, type FakeRequest } from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

/** A server that keeps the user's language, as PATCH /api/me does. */
function languageServer(initial: 'nl' | 'fr' | 'de' | 'en') {
  let language = initial;
  return {
    session: () => ({ status: 200, body: demoSession({ language }) }),
    patch: (request: FakeRequest) => {
      language = (request.body as { language: typeof language }).language;
      return { status: 200, body: demoSession({ language }) };
    },
  };
}

describe('language per user', { timeout: 20_000 }, () => {
  it('saves the language chosen in the header for the signed-in user, with the CSRF token', async () => {
    const server = languageServer('en');
    const { requests, queryClient } = renderApp('/profile', {
      '/api/session': () => server.session(),
      '/api/me/sessions': { status: 200, body: { data: [] } },
      'PATCH /api/me': (request) => server.patch(request),
    });
    await screen.findByRole('heading', { level: 1, name: 'My profile' });

    await act(async () => {
      fireEvent.click(
        within(screen.getByRole('radiogroup', { name: 'Language' })).getByLabelText(/Nederlands/),
      );
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeTruthy();
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe('/api/me');
    expect(patch?.body).toEqual({ language: 'nl' });
    expect(patch?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    await waitFor(() =>
      expect(queryClient.getQueryData<{ user: { language: string } }>(['session'])?.user.language).toBe('nl'),
    );
    expect(await screen.findByText('Uw taal is opgeslagen.')).toBeTruthy();
  });

  it('saves it from the profile page too, and announces it', async () => {
    const server = languageServer('en');
    const { requests } = renderApp('/profile', {
      '/api/session': () => server.session(),
      '/api/me/sessions': { status: 200, body: { data: [] } },
      'PATCH /api/me': (request) => server.patch(request),
    });
    await screen.findByRole('heading', { level: 1, name: 'My profile' });
    const group = screen.getByRole('radiogroup', { name: /Language of Keten/ });
    await act(async () => {
      fireEvent.click(within(group).getByRole('radio', { name: 'Deutsch' }));
      await Promise.resolve();
    });
    expect(await screen.findByText('Ihre Sprache wurde gespeichert.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ language: 'de' });
  });

  it('only remembers the choice in the browser while signed out', async () => {
    const { requests } = renderApp('/', { '/api/session': unauthenticated });
    await screen.findByRole('heading', { level: 1, name: /chain against human trafficking/i });
    await act(async () => {
      fireEvent.click(
        within(screen.getByRole('radiogroup', { name: 'Language' })).getByLabelText(/Français/),
      );
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { level: 1, name: /traite des êtres humains/i })).toBeTruthy();
    expect(window.localStorage.getItem('keten.language')).toBe('fr');
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('lets the user’s saved language win over this browser’s on load', async () => {
    window.localStorage.setItem('keten.language', 'de');
    await i18n.changeLanguage('de');
    renderApp('/', { '/api/session': { status: 200, body: demoSession({ language: 'fr' }) } });
    expect(await screen.findByRole('heading', { level: 1, name: /traite des êtres humains/i })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('says so when saving fails, and keeps the chosen language on screen', async () => {
    const { requests } = renderApp('/profile', {
      '/api/session': { status: 200, body: demoSession({ language: 'en' }) },
      '/api/me/sessions': { status: 200, body: { data: [] } },
      'PATCH /api/me': { status: 0 },
    });
    await screen.findByRole('heading', { level: 1, name: 'My profile' });
    await act(async () => {
      fireEvent.click(
        within(screen.getByRole('radiogroup', { name: /Language of Keten/ })).getByRole('radio', {
          name: 'Nederlands',
        }),
      );
      await Promise.resolve();
    });
    expect(await screen.findByText(/Uw taal kon niet worden opgeslagen\./)).toBeTruthy();
    expect(requests.some((r) => r.method === 'PATCH')).toBe(true);
  });
});
