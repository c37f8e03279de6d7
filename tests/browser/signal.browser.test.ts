import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations, UI_LANGUAGES, type UiLanguage } from '@keten/shared';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import {
  DESKTOP,
  formatViolations,
  launchBrowser,
  newContext,
  PHONE,
  runAxe,
  SCREENSHOT_DIR,
  screenshot as fullPageShot,
} from '../support/browser.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

// The built app (npm run build:web) on the real server with the demo organisations and users.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-signal-browser-'));
const REPORTER = 'inspecteur@pz-demo-brussel.example.be';
/** Waits for a condition, longer than Vitest's one-second default (a loaded machine, argon2, PGlite). */
const poll: typeof expect.poll = (fn, options) => expect.poll(fn, { timeout: 10_000, ...options });
let server: ServerProcess;
let browser: Browser;
/** The reporter's signed-in session (cookie), shared by every language's context. */
let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;
let csrfToken: string;

/**
 * Signs a demo user in through the real two steps and returns the session for new contexts. Each
 * user signs in once: a TOTP code cannot be used twice.
 */
async function signIn(
  email: string,
): Promise<{ storageState: Awaited<ReturnType<BrowserContext['storageState']>>; csrfToken: string }> {
  const context = await newContext(browser, PHONE);
  const step1 = await context.request.post(`${server.url}/api/auth/login`, {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(step1.status(), await step1.text()).toBe(200);
  const { pendingToken } = (await step1.json()) as { pendingToken: string };
  const step2 = await context.request.post(`${server.url}/api/auth/second-factor`, {
    data: { pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) },
  });
  expect(step2.status(), await step2.text()).toBe(200);
  const csrf = ((await step2.json()) as { csrfToken: string }).csrfToken;
  const state = await context.storageState();
  await context.close();
  return { storageState: state, csrfToken: csrf };
}

beforeAll(async () => {
  server = await startServer({
    KETEN_DATA_DIR: dataDir,
    KETEN_DEMO: 'true',
    KETEN_PUBLIC_REPORT_POW_BITS: '8',
  });
  browser = await launchBrowser();
  ({ storageState, csrfToken } = await signIn(REPORTER));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A phone-sized page of the signed-in reporter, whose profile language is `lang`. */
async function reporterPage(
  lang: UiLanguage,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: PHONE,
    bypassCSP: true,
    locale: 'nl-BE',
    storageState,
  });
  const res = await context.request.patch(`${server.url}/api/me`, {
    data: { language: lang },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(res.status(), await res.text()).toBe(200);
  await context.addInitScript((l) => window.localStorage.setItem('keten.language', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function expectNoAxeViolations(page: Page, where: string) {
  const violations = await runAxe(page);
  expect(violations, `${where}\n${formatViolations(violations)}`).toEqual([]);
}

/** The whole page, from the top (scrolled, the fixed header would be drawn halfway down). */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await fullPageShot(page, name);
}

/** What the phone's screen shows now (a full-page capture would draw the sticky bar mid-page). */
async function screenShot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Each step of the Dutch journey, whole, for a reviewer to look at. */
async function stepShot(page: Page, lang: UiLanguage, step: string) {
  if (lang === 'nl') {
    await screenshot(page, `signal-step-${step}-nl-phone`);
  }
}

async function stepHeading(page: Page, title: string) {
  await poll(() => page.getByTestId('step-heading').textContent()).toContain(title);
}

describe('the signal wizard on a phone', () => {
  for (const lang of UI_LANGUAGES) {
    it(`a police officer signals a possible minor and is told to alert the Guardianship Service (${lang})`, async () => {
      const T = translations[lang];
      const W = T.signals.wizard;
      const { context, page, errors } = await reporterPage(lang);
      await page.goto(`${server.url}/signals/new`);
      await poll(() => page.locator('h1').first().textContent()).toBe(W.title);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);

      // 1. The situation.
      await stepHeading(page, W.steps.context);
      // Next without answering: the problems are named at their fields and focus goes to the first.
      await page.getByRole('button', { name: W.next, exact: true }).click();
      await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('signal-context-sector');
      await poll(() => page.getByLabel(W.context.sector).getAttribute('aria-invalid')).toBe('true');
      await poll(() => page.getByText(W.stepErrors).count()).toBe(1);
      await expectNoAxeViolations(page, `${lang} step context with errors`);
      await page.getByLabel(W.context.sector).selectOption('begging_street');
      await page.getByLabel(W.context.howEncountered).selectOption('patrol_or_check');
      await page.getByLabel(W.context.district).selectOption('brussels');
      await page.getByLabel(W.context.municipality).fill('Anderlecht');
      await expectNoAxeViolations(page, `${lang} step context`);
      await stepShot(page, lang, 'context');
      await page.getByRole('button', { name: W.next, exact: true }).click();

      // 2. The person: a possibly minor, unaccompanied foreigner.
      await stepHeading(page, W.steps.person);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('step-heading');
      await page.getByRole('group', { name: W.person.minor }).getByLabel(T.signals.vocab.tri.unsure).check();
      await page
        .getByRole('group', { name: W.person.unaccompanied })
        .getByLabel(T.signals.vocab.tri.yes)
        .check();
      await page.getByRole('switch', { name: W.person.identityUnknown }).check({ force: true });
      await page.getByRole('combobox', { name: W.person.nationality }).fill('Afgh');
      await page.getByRole('option', { name: 'Afghanistan' }).click();
      await page.getByLabel(W.person.ageYears).fill('15');

      // The guidance bar says what to do now; opened, it names the Guardianship Service.
      const alertTitle = T.signals.guidance.items.minor_guardianship_alert.title;
      await poll(() => page.getByTestId('guidance-alert').first().textContent()).toContain(alertTitle);
      const toggle = page.getByRole('button', { name: new RegExp(T.signals.guidance.title) });
      await toggle.click();
      const advice = page.locator('#guidance-bar-body');
      await poll(() => advice.getByRole('heading', { name: alertTitle }).count()).toBe(1);
      await poll(() => advice.locator('a[href^="tel:+32"]').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, `${lang} step person with guidance open`);
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await screenShot(page, `signal-guardianship-${lang}-phone`);
      await toggle.click();
      await page.getByRole('button', { name: W.next, exact: true }).click();

      // 3. Signs: tick one in the proposed list.
      await stepHeading(page, W.steps.indicators);
      await page.locator('input[id^="signal-indicator-"]').first().check();
      await expectNoAxeViolations(page, `${lang} step indicators`);
      await stepShot(page, lang, 'indicators');
      await page.getByRole('button', { name: W.next, exact: true }).click();

      // 4. Form of exploitation.
      await stepHeading(page, W.steps.forms);
      await page.getByLabel(T.signals.vocab.form.begging, { exact: true }).check();
      await expectNoAxeViolations(page, `${lang} step forms`);
      await stepShot(page, lang, 'forms');
      await page.getByRole('button', { name: W.next, exact: true }).click();

      // 5. Traces: a phone number, checked as it is typed.
      await stepHeading(page, W.steps.traces);
      await page.getByRole('button', { name: W.traces.add.phone, exact: true }).click();
      const value = page.getByLabel(W.traces.value);
      await value.fill('12');
      await value.blur();
      await poll(() => page.getByText(T.signals.validation.invalid_phone).count()).toBe(1);
      await value.fill('+32 470 00 00 99');
      await value.blur();
      await poll(() => page.getByText(T.signals.validation.invalid_phone).count()).toBe(0);
      await expectNoAxeViolations(page, `${lang} step traces`);
      await stepShot(page, lang, 'traces');
      await page.getByRole('button', { name: W.next, exact: true }).click();

      // 6. Consent: not needed for a possible minor.
      await stepHeading(page, W.steps.consent);
      await poll(() => page.getByTestId('minor-consent').count()).toBe(1);
      await expectNoAxeViolations(page, `${lang} step consent`);
      await stepShot(page, lang, 'consent');
      await page.getByRole('button', { name: W.next, exact: true }).click();

      // 7. Check and submit.
      await stepHeading(page, W.steps.review);
      await expectNoAxeViolations(page, `${lang} step review`);
      await stepShot(page, lang, 'review');
      await page.getByRole('button', { name: W.submit, exact: true }).click();
      const reference = page.getByTestId('signal-reference');
      await poll(() => reference.textContent(), { timeout: 20_000 }).toMatch(/^SIG-\d{4}-\d{6}$/);
      await poll(() => page.locator('h1').first().textContent()).toBe(W.done.title);
      await expectNoAxeViolations(page, `${lang} submitted`);
      await screenshot(page, `signal-submitted-${lang}-phone`);
      if (lang === 'en') {
        // My signals: the reference, its status, and the signal itself (the reporter's own view).
        const ref = (await reference.textContent()) ?? '';
        await page.getByRole('link', { name: W.done.toMySignals }).click();
        await poll(() => page.getByRole('link', { name: ref }).count()).toBe(1);
        await expectNoAxeViolations(page, 'my signals');
        await page.getByRole('link', { name: ref }).click();
        await expect
          .poll(() => page.locator('h1').first().textContent())
          .toBe(T.signals.detail.title.replace('{{reference}}', ref));
        await poll(() => page.getByText(T.signals.vocab.status.received).count()).toBeGreaterThan(0);
        await expectNoAxeViolations(page, 'my signal');
        await screenshot(page, 'signal-detail-en-phone');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('drafts', () => {
  it('are saved as the officer types, listed under my signals, and deleted after confirmation', async () => {
    const T = translations.en;
    const { context, page, errors } = await reporterPage('en');
    await page.goto(`${server.url}/signals/new`);
    await page.getByLabel(T.signals.wizard.context.sector).selectOption('hotel');
    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 })
      .toMatch(/Draft saved at \d\d:\d\d/);
    await poll(() => new URL(page.url()).searchParams.get('draft')).toMatch(/^[0-9a-f-]{36}$/);
    // The address now names the draft, so a reload resumes it.
    await page.reload();
    await poll(() => page.getByLabel(T.signals.wizard.context.sector).inputValue()).toBe('hotel');
    // On a desk the advice is a side panel next to the form.
    await page.setViewportSize(DESKTOP);
    await poll(() => page.getByRole('complementary', { name: T.signals.guidance.title }).count()).toBe(1);
    await expectNoAxeViolations(page, 'wizard on a desk');
    await screenShot(page, 'signal-wizard-en-desktop');

    await page.goto(`${server.url}/signals`);
    const del = page.getByRole('button', { name: /^Delete the draft of/ });
    await poll(() => del.count()).toBeGreaterThan(0);
    const before = await del.count();
    await expectNoAxeViolations(page, 'my drafts');
    await del.first().click();
    const dialog = page.getByRole('dialog', { name: T.signals.drafts.confirmTitle });
    await poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: T.signals.drafts.delete }).click();
    await poll(() => del.count()).toBe(before - 1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the public report form', () => {
  it('shows 112 and the centres first, is accessible, and sends a report with the proof-of-work', async () => {
    const T = translations.nl.publicReport;
    const context = await newContext(browser, PHONE);
    await context.addInitScript(() => window.localStorage.setItem('keten.language', 'nl'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/report`);
    await poll(() => page.locator('h1').first().textContent()).toBe(T.title);
    await poll(() => page.locator('a[href="tel:112"]').count()).toBe(1);
    await expectNoAxeViolations(page, 'public report form');
    await screenshot(page, 'public-report-nl-phone');

    await page
      .getByLabel(T.description)
      .fill(
        'Fictief: kinderen bedelen elke dag aan het station en geven het geld af aan een man in een auto.',
      );
    await page
      .getByRole('group', { name: T.minorInvolved })
      .getByLabel(translations.nl.signals.vocab.tri.yes)
      .check();
    await page.getByLabel(T.district).selectOption('brussels');
    await page
      .getByRole('group', { name: T.immediateDanger })
      .getByLabel(translations.nl.signals.vocab.yesNo.yes)
      .check();
    await poll(() => page.getByText(T.dangerNow).count()).toBe(1);
    await expectNoAxeViolations(page, 'public report, danger now');
    await page
      .getByRole('group', { name: T.immediateDanger })
      .getByLabel(translations.nl.signals.vocab.yesNo.no)
      .check();
    await page.getByRole('button', { name: T.submit }).click();
    await expect
      .poll(() => page.getByTestId('public-reference').textContent(), { timeout: 30_000 })
      .toMatch(/^PUB-\d{4}-\d{6}$/);
    await expectNoAxeViolations(page, 'public report sent');
    await screenshot(page, 'public-report-sent-nl-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('triage by a specialised centre', () => {
  it('shows the urgent signals first, opens one with the texts of its list version, and decides it after confirmation', async () => {
    const T = translations.en;
    // A signal of the reporter (made through the API so this story stands on its own).
    const reporter = await browser.newContext({ storageState });
    const catalogues = (await (await reporter.request.get(`${server.url}/api/catalogues`)).json()) as {
      data: { key: string; version: number; indicators: { id: string }[] }[];
    };
    const general = catalogues.data.find((c) => c.key === 'general')!;
    const made = await reporter.request.post(`${server.url}/api/signals`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        id: randomUUID(),
        context: {
          encounteredOn: new Date().toISOString().slice(0, 10),
          judicialDistrict: 'brussels',
          sector: 'begging_street',
          howEncountered: 'patrol_or_check',
          immediateDanger: false,
        },
        person: {
          minor: 'unsure',
          gender: 'unknown',
          nationality: 'AF',
          languages: [],
          interpreterNeeded: null,
          unaccompanied: 'yes',
          personCount: 1,
        },
        indicators: {
          catalogueVersions: [{ key: 'general', version: general.version }],
          ticks: [{ catalogue: 'general', id: general.indicators[0]!.id }],
        },
        assessment: { forms: ['begging'], smuggling: 'none', exploitationCountry: 'BE' },
        traces: [],
        consent: 'not_needed_minor',
      },
    });
    expect(made.status(), await made.text()).toBe(201);
    await reporter.close();

    const session = await signIn('caseworker@pagasa.example.be');
    const context = await browser.newContext({
      viewport: PHONE,
      bypassCSP: true,
      locale: 'nl-BE',
      storageState: session.storageState,
    });
    await context.request.patch(`${server.url}/api/me`, {
      data: { language: 'en' },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/triage`);
    await poll(() => page.locator('h1').first().textContent()).toBe(T.triage.title);
    // Possible minors are flagged.
    await poll(() => page.getByText(T.triage.flags.possibleMinor).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'triage queue');
    await screenshot(page, 'triage-queue-en-phone');

    await page.getByRole('link', { name: /^SIG-/ }).first().click();
    await poll(() => page.locator('h1').first().textContent()).toMatch(/SIG-\d{4}-\d{6}/);
    await expect
      .poll(() => page.getByRole('heading', { name: T.signals.wizard.steps.indicators }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByText(T.signals.guidance.items.minor_guardianship_alert.title).count())
      .toBe(1);
    await expectNoAxeViolations(page, 'triage signal');
    await page
      .getByRole('group', { name: T.triage.decision.legend })
      .getByLabel(T.signals.vocab.decision.refer, { exact: true })
      .check();
    await page
      .getByLabel(T.triage.decision.reason)
      .fill('Fictional: possible minor, refer to the youth services.');
    await page.getByRole('button', { name: T.triage.decision.submit }).click();
    const dialog = page.getByRole('dialog', { name: T.triage.decision.confirmTitle });
    await poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: T.triage.decision.confirm }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: T.signals.vocab.status.referred }).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'triage-decided-en-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('indicator-list administration', () => {
  it('publishes a new version of a list and shows the server’s field errors', async () => {
    const T = translations.en.catalogueAdmin;
    const session = await signIn('bureau@strafrechtelijkbeleid.example.be');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
      locale: 'nl-BE',
      storageState: session.storageState,
    });
    await context.request.patch(`${server.url}/api/me`, {
      data: { language: 'en' },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/catalogues`);
    await poll(() => page.locator('h1').first().textContent()).toBe(T.title);
    await expectNoAxeViolations(page, 'catalogue list');
    await page.getByRole('button', { name: /New version of .General signs/ }).click();
    await poll(() => page.getByRole('heading', { name: /New version 2 of/ }).count()).toBe(1);

    // An empty Dutch title: the server refuses it and the field says so.
    await page.getByLabel('Title (Nederlands)').fill('');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await poll(() => page.locator('#catalogue-title-nl').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'catalogue editor with errors');
    await screenshot(page, 'catalogue-editor-errors-en-desktop');

    await page.getByLabel('Title (Nederlands)').fill('Algemene signalen van mensenhandel (herzien)');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Version 2' }).count()).toBe(1);
    await context.close();
  });
});
