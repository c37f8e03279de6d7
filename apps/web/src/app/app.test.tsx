import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n.ts';
import { demoMeta, demoSession, renderApp, unauthenticated } from '../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('app frame', () => {
  it('has the landmarks, a skip link to the main content and the home page', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /chain against human trafficking/i }),
    ).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    const main = screen.getByRole('main');
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip.getAttribute('href')).toBe(`#${main.id}`);
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(document.title).toBe('Home — Keten');
  });

  it('switches the language at once, sets <html lang> and remembers the choice', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: /chain against human trafficking/i });
    const languages = screen.getByRole('radiogroup', { name: 'Language' });

    fireEvent.click(within(languages).getByLabelText(/Nederlands/));

    expect(await screen.findByRole('heading', { level: 1, name: /keten tegen mensenhandel/i })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de hoofdinhoud' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem('keten.language')).toBe('nl');
    expect(screen.getByRole('radiogroup', { name: 'Taal' })).toBeTruthy();

    fireEvent.click(within(languages).getByLabelText(/Français/));
    expect(await screen.findByRole('heading', { level: 1, name: /traite des êtres humains/i })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');

    fireEvent.click(within(languages).getByLabelText(/Deutsch/));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Kette gegen Menschenhandel/i }),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });

  it('shows the demo banner and the version when the deployment is a demo', async () => {
    renderApp('/');
    expect(await screen.findByText('Demo — fictional data')).toBeTruthy();
    expect((await screen.findByTestId('app-version')).textContent).toContain('Version 1.2.3');
  });

  it('shows no demo banner on a real deployment', async () => {
    renderApp('/', {
      '/api/meta': { status: 200, body: { ...demoMeta, demo: false } },
      '/api/session': unauthenticated,
    });
    await screen.findByTestId('app-version');
    expect(screen.queryByText('Demo — fictional data')).toBeNull();
  });

  it('shows no user while signed out', async () => {
    renderApp('/');
    await screen.findByTestId('app-version');
    expect(screen.queryByTestId('session-user')).toBeNull();
  });

  it('shows the signed-in user and switches to their preferred language', async () => {
    renderApp('/', {
      '/api/meta': { status: 200, body: demoMeta },
      '/api/session': {
        status: 200,
        body: demoSession({ displayName: 'Lena Maes', organisationName: 'Sürya', language: 'fr' }),
      },
    });
    expect((await screen.findAllByText('Lena Maes')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Sürya').length).toBeGreaterThan(0);
    // Screen readers hear who is signed in, in the user's language (header on desktop, menu on phones).
    expect((await screen.findAllByText('Session de Lena Maes')).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('fr');
  });

  it('renders the 404 page for an unknown route, with a link home that works', async () => {
    renderApp('/does/not/exist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    // Still inside the frame: navigation and language switch stay available.
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(document.title).toBe('Page not found — Keten');

    const home = screen.getByRole('link', { name: 'Back to the home page' });
    expect(home.getAttribute('href')).toBe('/');
    await act(async () => {
      fireEvent.click(home);
      await Promise.resolve();
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /chain against human trafficking/i }),
    ).toBeTruthy();
  });

  it('keeps working when the API is unreachable', async () => {
    renderApp('/', { '/api/meta': { status: 0 }, '/api/session': { status: 0 } });
    expect(
      await screen.findByRole('heading', { level: 1, name: /chain against human trafficking/i }),
    ).toBeTruthy();
    expect(screen.queryByText('Demo — fictional data')).toBeNull();
  });
});
