import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations, UI_LANGUAGES, type UiLanguage } from '@keten/shared';
import { DESKTOP, formatViolations, launchBrowser, newContext, PHONE, runAxe, screenshot } from '../support/browser.ts';
import { freePort, startServer, type ServerProcess } from '../support/server-process.ts';

// The public referral guide and the pages for victims, in the built app on a fresh embedded
// database with demo data. The quick exit goes to a local stand-in for the neutral site.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-guide-browser-'));
let server: ServerProcess;
let browser: Browser;
let neutral: Server;
let neutralUrl = '';

beforeAll(async () => {
  const port = await freePort();
  neutral = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather today</h1></html>');
  });
  await new Promise<void>((resolve) => neutral.listen(port, '127.0.0.1', resolve));
  neutralUrl = `http://127.0.0.1:${port}/weather`;
  server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true', KETEN_QUICK_EXIT_URL: neutralUrl });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise<void>((resolve) => (neutral ? neutral.close(() => resolve()) : resolve()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(lang: UiLanguage, viewport: { width: number; height: number }) {
  const context = await newContext(browser, viewport);
  await context.addInitScript((l) => window.localStorage.setItem('keten.language', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** No element wider than the phone screen (a horizontal scroll bar is a broken phone layout). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the referral guide on a phone, in every language', () => {
  for (const lang of UI_LANGUAGES) {
    it(`${lang}: role choice and the doctor's path are accessible, fit the screen, and show 112, the centres and the timeline`, async () => {
      const { context, page, errors } = await open(lang, PHONE);
      await page.goto(`${server.url}/guide`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(translations[lang].guide.title);
      await expect.poll(() => page.locator('[data-testid^="guide-role-"]').count()).toBe(8);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, `guide-${lang}-phone`);

      await page.locator('[data-testid="guide-role-doctor"]').click();
      await expect.poll(() => page.url()).toContain('/guide/doctor');
      await expect.poll(() => page.locator('[data-step="contact_centre"]').count()).toBe(1);
      await expect.poll(() => page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const centre of ['PAG-ASA', 'Payoke', 'Sürya']) {
        expect(text).toContain(centre);
      }
      expect(await page.locator('.mantine-Timeline-item').count()).toBe(5);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, `guide-doctor-${lang}-phone`);

      // The minor's path: the Guardianship Service comes right after 112.
      await page.getByRole('switch').check();
      await expect.poll(() => page.url()).toContain('minor=true');
      await expect.poll(() => page.locator('li[data-step]').nth(1).getAttribute('data-step')).toBe('alert_guardianship_service');

      const leaflet = await page.request.get(`${server.url}/api/guide/doctor/leaflet.pdf?lang=${lang}`);
      expect(leaflet.headers()['content-type']).toBe('application/pdf');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("the citizen's path links the report form; the victim's path has the quick exit", async () => {
    const { context, page } = await open('en', PHONE);
    await page.goto(`${server.url}/guide/citizen`);
    await expect.poll(() => page.locator('a[href="/report"]').count()).toBe(1);
    await screenshot(page, 'guide-citizen-en-phone');
    await page.goto(`${server.url}/guide/self`);
    await expect.poll(() => page.locator('[data-testid="quick-exit"]').count()).toBe(1);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('I think I am a victim');
    await expectAccessible(page);
    await screenshot(page, 'guide-self-en-phone');
    await context.close();
  });
});

describe('information for victims and the quick exit', () => {
  it('the pages are accessible on a phone, in adult and child versions, and right-to-left text is set as such', async () => {
    const { context, page, errors } = await open('fr', PHONE);
    await page.goto(`${server.url}/help`);
    await expect.poll(() => page.locator('[data-testid^="victim-page-"]').count()).toBe(5);
    await expectAccessible(page);
    await screenshot(page, 'help-fr-phone');
    await page.locator('[data-testid="victim-page-where-to-get-help"]').click();
    await expect.poll(() => page.locator('[data-testid="victim-page"] h1').textContent()).toBe('Où trouver de l’aide ?');
    await expect.poll(() => page.locator('a[href^="tel:+32"]').count()).toBeGreaterThan(2);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'help-where-to-get-help-fr-phone');
    await page.goto(`${server.url}/help/your-rights?lang=en&audience=child`);
    await expect.poll(() => page.locator('[data-testid="victim-page"] h1').textContent()).toBe('Your rights (for young people)');
    await expectAccessible(page);
    await screenshot(page, 'help-your-rights-child-en-phone');
    // A language added as data (the demo's Arabic page) is set right to left.
    await page.goto(`${server.url}/help/where-to-get-help?lang=ar`);
    await expect.poll(() => page.locator('[data-testid="victim-page"]').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-testid="victim-page"]').getAttribute('lang')).toBe('ar');
    await expectAccessible(page);
    await screenshot(page, 'help-where-to-get-help-ar-phone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('quick exit: leaves for the neutral site, history does not grow, and Back does not return to the victim pages', async () => {
    const { context, page } = await open('nl', PHONE);
    await page.goto(`${server.url}/guide`);
    await page.goto(`${server.url}/help`);
    await expect.poll(() => page.locator('[data-testid^="victim-page-"]').count()).toBe(5);
    const entries = await page.evaluate(() => history.length);
    // Inside the victim section every navigation replaces the current entry.
    await page.locator('[data-testid="victim-page-your-rights"]').click();
    await expect.poll(() => page.url()).toContain('/help/your-rights');
    await page.locator('label', { hasText: translations.nl.victimInfo.forChildren }).click();
    await expect.poll(() => page.url()).toContain('audience=child');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect.poll(() => page.locator('[data-testid="quick-exit"]').getAttribute('data-ready')).toBe('true');

    await page.locator('[data-testid="quick-exit"]').click();
    await expect.poll(() => page.url()).toBe(neutralUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Weather today');
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${server.url}/guide`);
    expect(page.url()).not.toContain('/help');
    await context.close();
  });

  it('pressing Escape three times is a quick exit too', async () => {
    const { context, page } = await open('de', DESKTOP);
    await page.goto(`${server.url}/help/what-is-trafficking?lang=de`);
    await expect.poll(() => page.locator('[data-testid="quick-exit"]').getAttribute('data-ready')).toBe('true');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toBe(neutralUrl);
    await context.close();
  });
});

describe('directory and library (public)', () => {
  it('are accessible on desktop and phone', async () => {
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const { context, page, errors } = await open('en', viewport);
      await page.goto(`${server.url}/directory`);
      await expect.poll(() => page.getByText('PAG-ASA', { exact: true }).count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await screenshot(page, `directory-en-${label}`);
      await page.goto(`${server.url}/library`);
      await expect.poll(() => page.locator('main h2').count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await screenshot(page, `library-en-${label}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
