import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations, UI_LANGUAGES } from '@keten/shared';
import { DESKTOP, formatViolations, launchBrowser, newContext, PHONE, runAxe, screenshot } from '../support/browser.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

// The built app (npm run build:web) served by the real server on a fresh embedded database.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-browser-'));
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const HEADINGS = {
  nl: /mensenhandel/i,
  fr: /traite des êtres humains/i,
  de: /Menschenhandel/i,
  en: /human trafficking/i,
} as const;

describe('the web shell in every language', () => {
  for (const lang of UI_LANGUAGES) {
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      it(`home page renders in ${lang} on ${label}, with the demo banner and no axe violations`, async () => {
        const context = await newContext(browser, viewport);
        await context.addInitScript((l) => window.localStorage.setItem('keten.language', l), lang);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(server.url);
        await expect.poll(() => page.locator('h1').first().textContent()).toMatch(HEADINGS[lang]);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await expect.poll(() => page.locator('[data-testid="demo-banner"]').textContent()).toContain(translations[lang].demo.banner);
        const violations = await runAxe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        await screenshot(page, `home-${lang}-${label}`);
        expect(errors).toEqual([]);
        await context.close();
      });
    }

    it(`unknown pages show the 404 page in ${lang}, accessible`, async () => {
      const context = await newContext(browser, PHONE);
      await context.addInitScript((l) => window.localStorage.setItem('keten.language', l), lang);
      const page = await context.newPage();
      const res = await page.goto(`${server.url}/this/does/not/exist`);
      expect(res?.status()).toBe(200); // the single-page app answers; the page itself says 404
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(translations[lang].notFound.title);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await screenshot(page, `not-found-${lang}-phone`);
      await context.close();
    });
  }

  it('switches language with the switch and remembers it', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('label:has-text("Deutsch")').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await page.reload();
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(HEADINGS.de);
    await context.close();
  });
});
