import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect.ts';

describe('safeRedirect', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeRedirect('/profile')).toBe('/profile');
    expect(safeRedirect('/admin/users?organisation=x#top')).toBe('/admin/users?organisation=x#top');
  });

  it('refuses anything that could leave the site, and the login pages themselves', () => {
    for (const target of [
      'https://evil.example',
      '//evil.example/path',
      '/\\evil.example',
      'javascript:alert(1)',
      '/login',
      '/login/second-factor',
      '/pro\nfile',
      '',
      undefined,
      42,
    ]) {
      expect(safeRedirect(target), String(target)).toBe('/');
    }
  });
});
