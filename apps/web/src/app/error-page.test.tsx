import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n.ts';
import { AppErrorBoundary } from './error-page.tsx';

function Broken(): never {
  throw new Error('secret internals at db.query (/srv/keten/repo.ts:42)');
}

function renderBroken() {
  return render(
    <MantineProvider env="test">
      <I18nextProvider i18n={i18n}>
        <AppErrorBoundary>
          <Broken />
        </AppErrorBoundary>
      </I18nextProvider>
    </MantineProvider>,
  );
}

describe('AppErrorBoundary', () => {
  beforeEach(() => {
    // React and the boundary log the error for developers; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows a friendly translated message and a reload button, never the error itself', async () => {
    await i18n.changeLanguage('en');
    const { container } = renderBroken();
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
    expect(container.textContent).not.toContain('secret internals');
    expect(container.textContent).not.toContain('repo.ts');
  });

  it('speaks the chosen language', async () => {
    await i18n.changeLanguage('nl');
    renderBroken();
    expect(screen.getByRole('heading', { name: 'Er is iets misgelopen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeTruthy();
  });

  it('reloads the page on request', async () => {
    await i18n.changeLanguage('en');
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    renderBroken();
    screen.getByRole('button', { name: 'Reload page' }).click();
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
