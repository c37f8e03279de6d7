import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations, UI_LANGUAGES, type CatalogueDefinition, type UiLanguage } from '@keten/shared';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import { DESKTOP, formatViolations, launchBrowser, newContext, PHONE, runAxe, SCREENSHOT_DIR, screenshot as fullPageShot } from '../support/browser.ts';
import { REPO_ROOT, startServer, type ServerProcess } from '../support/server-process.ts';

// The built app (npm run build:web) on the real server with the demo organisations and users: the
// national rapporteur (Myria) sees protected national aggregates, a centre's coordinator
// (PAG-ASA) the unprotected figures of the centre's own signals.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-statistics-browser-'));
const RAPPORTEUR = 'analyse@myria.example.be';
const CENTRE = 'coordination@pagasa.example.be';
const CTDC_SAMPLE = path.resolve(REPO_ROOT, '../shared/reference/ctdc_k_anon_sample.csv');
/** A family name given to every seeded person: it must never appear on a statistics page. */
const FAMILY_NAME = 'Statisticescu';
const poll: typeof expect.poll = (fn, options) => expect.poll(fn, { timeout: 15_000, ...options });

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
interface Session {
  storageState: StorageState;
  csrfToken: string;
}

let server: ServerProcess;
let browser: Browser;
let rapporteur: Session;
let centre: Session;

/** Signs a demo user in through the real two steps (once per user: a TOTP code cannot be reused). */
async function signIn(email: string): Promise<Session> {
  const context = await newContext(browser, PHONE);
  const step1 = await context.request.post(`${server.url}/api/auth/login`, { data: { email, password: DEMO_PASSWORD } });
  expect(step1.status(), await step1.text()).toBe(200);
  const { pendingToken } = (await step1.json()) as { pendingToken: string };
  const step2 = await context.request.post(`${server.url}/api/auth/second-factor`, {
    data: { pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) },
  });
  expect(step2.status(), await step2.text()).toBe(200);
  const csrfToken = ((await step2.json()) as { csrfToken: string }).csrfToken;
  const storageState = await context.storageState();
  await context.close();
  return { storageState, csrfToken };
}

/**
 * Sixteen fictional signals by the centre: twelve women, four men (a cell under the threshold of
 * 5 in the national figures), labour and sexual exploitation, three nationalities.
 */
async function seedSignals(session: Session): Promise<void> {
  const context = await browser.newContext({ storageState: session.storageState });
  const catalogues = (await (await context.request.get(`${server.url}/api/catalogues`)).json()) as { data: CatalogueDefinition[] };
  const general = catalogues.data.find((c) => c.key === 'general');
  if (!general) {
    throw new Error('no general catalogue');
  }
  for (let i = 0; i < 16; i++) {
    const female = i < 12;
    const body = {
      id: randomUUID(),
      consent: 'yes',
      narrative: 'Fictional: works long hours without pay.',
      traces: [],
      indicators: {
        catalogueVersions: [{ key: general.key, version: general.version }],
        ticks: general.indicators.slice(0, 2).map((x) => ({ catalogue: general.key, id: x.id })),
      },
      assessment: { forms: [i % 3 === 0 ? 'sexual' : 'labour'], smuggling: 'none', exploitationCountry: 'BE' },
      context: {
        encounteredOn: '2026-11-02',
        judicialDistrict: i % 2 === 0 ? 'brussels' : 'antwerp',
        municipality: 'Anderlecht',
        sector: i % 2 === 0 ? 'construction' : 'hospitality',
        howEncountered: 'patrol_or_check',
        immediateDanger: false,
      },
      person: {
        familyName: FAMILY_NAME,
        givenName: `Ana${i}`,
        minor: 'no',
        ageYears: 20 + i,
        gender: female ? 'female' : 'male',
        nationality: ['RO', 'NG', 'BE'][i % 3],
        languages: ['ro'],
        interpreterNeeded: false,
        unaccompanied: null,
        personCount: 1,
      },
    };
    const res = await context.request.post(`${server.url}/api/signals`, { data: body, headers: { 'x-csrf-token': session.csrfToken } });
    expect(res.status(), await res.text()).toBe(201);
  }
  await context.close();
}

beforeAll(async () => {
  server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true' });
  browser = await launchBrowser();
  rapporteur = await signIn(RAPPORTEUR);
  centre = await signIn(CENTRE);
  await seedSignals(centre);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A page of a signed-in user whose profile language is `lang`. */
async function userPage(session: Session, lang: UiLanguage, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'nl-BE', storageState: session.storageState });
  const res = await context.request.patch(`${server.url}/api/me`, { data: { language: lang }, headers: { 'x-csrf-token': session.csrfToken } });
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

async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await fullPageShot(page, name);
}

/** Opens the dashboard and waits until every panel has drawn its chart. */
async function openDashboard(page: Page, lang: UiLanguage) {
  const S = translations[lang].statisticsUi;
  await page.goto(`${server.url}/statistics`);
  await poll(() => page.locator('h1').first().textContent()).toBe(S.dashboard.title);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  // Timeline, year and ten dimension panels (twelve charts, each an SVG drawing with a name),
  // then the chain's four tables.
  await poll(() => page.locator('[data-testid="chart"] [role="img"] svg').count()).toBe(16);
  await poll(() => page.getByText(translations[lang].common.loading).count()).toBe(0);
}

/** The gender panel: its chart has a name, and its table alternative opens and holds the figures. */
async function genderTable(page: Page, lang: UiLanguage) {
  const S = translations[lang].statisticsUi;
  const panel = page.getByRole('region', { name: S.dimensions.gender, exact: true });
  const chart = panel.locator('[role="img"][aria-label]');
  await poll(() => chart.getAttribute('aria-label')).toContain(`${S.dashboard.unitSignals} — ${S.dimensions.gender}`);
  await panel.locator('summary').click();
  const table = panel.getByRole('table');
  await poll(() => table.isVisible()).toBe(true);
  return table;
}

/** Two good rows and two bad ones (the HTCDS API test's rows): fictional people only. */
const HTCDS_ROWS = [
  { prs_FirstName: 'Mara', prs_SecondName: 'Fictiva', prs_Citizenship: ['MD'], vic_TypeOfExploitation: ['ForcedBegging'], ext_be_judicial_district: 'liege' },
  { prs_FirstName: 'Bad', prs_Birthdate: '1990-13-45', vic_TypeOfExploitation: ['Dancing'], ext_be_judicial_district: 'atlantis' },
  { prs_FirstName: 'Lea', vic_TypeOfExploitation: ['ForcedMarriage'] },
  { prs_FirstName: 'Zoe', cas_Status: 'Closed', cas_ReasonForCaseClosure: 'Returned home (fictional)', vic_TypeOfExploitation: ['SexualExploitation'] },
];

describe('the HTCDS exchange', () => {
  it('a centre imports a file and reads the per-row report in its language (nl)', async () => {
    const S = translations.nl.statisticsUi;
    const { context, page, errors } = await userPage(centre, 'nl', DESKTOP);
    await page.goto(`${server.url}/statistics/htcds`);
    await poll(() => page.locator('h1').first().textContent()).toBe(S.htcds.title);
    await page.locator('input[type="file"]').setInputFiles({ name: 'htcds.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HTCDS_ROWS)) });
    await page.getByRole('button', { name: S.htcds.start }).click();
    const report = page.getByTestId('htcds-report');
    await poll(() => report.textContent()).toContain(translations.nl.exports.htcds.report.replace('{{imported}}', '2').replace('{{read}}', '4').replace('{{rejected}}', '2'));
    const problems = report.getByRole('table', { name: S.htcds.errorsCaption });
    await poll(() => problems.getByRole('row', { name: /prs_Birthdate/ }).textContent()).toContain(S.htcds.reasons.not_a_date);
    expect(await problems.getByRole('row', { name: /^3/ }).textContent()).toContain(S.htcds.reasons.no_belgian_form_of_exploitation);
    await expectNoAxeViolations(page, 'nl htcds report');
    await screenshot(page, 'statistics-htcds-nl-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the statistics dashboard', () => {
  for (const lang of UI_LANGUAGES) {
    it(`shows the rapporteur protected national figures, never a record (${lang}, desktop)`, async () => {
      const T = translations[lang];
      const S = T.statisticsUi;
      const { context, page, errors } = await userPage(rapporteur, lang, DESKTOP);
      await openDashboard(page, lang);
      await poll(() => page.getByTestId('disclosure-note').first().textContent()).toContain(S.disclosure.controlledSuppress.slice(0, 20));
      const table = await genderTable(page, lang);
      await poll(() => table.getByRole('row', { name: new RegExp(T.signals.vocab.gender.male) }).textContent()).toContain('<5');
      // Four men is under the threshold: hidden, and enough else hidden that it cannot be derived.
      expect(await table.locator('[data-suppressed]').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('body').textContent()).not.toContain(FAMILY_NAME);
      await expectNoAxeViolations(page, `${lang} rapporteur dashboard`);
      await screenshot(page, `statistics-dashboard-rapporteur-${lang}-desktop`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('fits a phone (nl)', async () => {
    const { context, page, errors } = await userPage(rapporteur, 'nl', PHONE);
    await openDashboard(page, 'nl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page, 'nl rapporteur dashboard on a phone');
    await screenshot(page, 'statistics-dashboard-rapporteur-nl-phone');
    // What the phone's screen shows: the top, and the cross table with its margins.
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'statistics-dashboard-rapporteur-nl-phone-top.png') });
    await page.getByRole('heading', { name: translations.nl.statisticsUi.dashboard.crossHeading }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'statistics-dashboard-rapporteur-nl-phone-cross.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a centre its own figures as they are', async () => {
    const T = translations.fr;
    const S = T.statisticsUi;
    const { context, page, errors } = await userPage(centre, 'fr', DESKTOP);
    await openDashboard(page, 'fr');
    await poll(() => page.getByTestId('disclosure-note').first().textContent()).toBe(S.disclosure.notControlled);
    const table = await genderTable(page, 'fr');
    await poll(() => table.getByRole('row', { name: new RegExp(T.signals.vocab.gender.male) }).textContent()).toContain('4');
    expect(await table.getByRole('row', { name: new RegExp(T.signals.vocab.gender.female) }).textContent()).toContain('12');
    expect(await table.locator('[data-suppressed]').count()).toBe(0);
    // The national filters are not offered to a centre: a free period instead.
    expect(await page.getByLabel(S.filters.from, { exact: true }).count()).toBe(1);
    expect(await page.getByLabel(S.filters.filterBy, { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'fr centre dashboard');
    await screenshot(page, 'statistics-dashboard-centre-fr-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a centre the victims it accompanies and the chain, and exports a table as a job (en)', async () => {
    const S = translations.en.statisticsUi;
    const { context, page, errors } = await userPage(centre, 'en', DESKTOP);
    await openDashboard(page, 'en');
    await page.getByText(S.units.victims, { exact: true }).click();
    await poll(() => page.getByRole('heading', { name: S.units.victimsHeading, level: 2 }).count()).toBe(1);
    // The two files imported from HTCDS are the centre's own: counted as they are.
    const centrePanel = page.getByRole('region', { name: S.dimensions.centre, exact: true });
    await poll(() => centrePanel.locator('[role="img"][aria-label]').getAttribute('aria-label')).toContain('total 2');
    await poll(() => page.getByTestId('duration-signalToReferral').count()).toBe(1);
    // Export the cross table as CSV: a progress bar, then a download link that works once ready.
    const cross = page.getByRole('region', { name: S.dashboard.crossHeading, exact: true });
    await cross.getByRole('button', { name: S.exportJob.start.replace('{{format}}', S.exportJob.csv) }).click();
    const link = cross.getByTestId('export-ready').getByRole('link');
    await poll(() => link.count(), { timeout: 60_000 }).toBe(1);
    expect(await cross.getByTestId('export-ready').textContent()).toContain(S.exportJob.expires.split('{{date}}')[0]);
    const file = await context.request.get(`${server.url}${(await link.getAttribute('href')) ?? ''}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('text/csv');
    expect(await file.text()).not.toContain('Fictiva');
    await expectNoAxeViolations(page, 'en centre dashboard, victims');
    await screenshot(page, 'statistics-dashboard-centre-victims-en-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the official tables', () => {
  it('the rapporteur publishes a release, then a revision with its reason, and reads what changed (de)', async () => {
    const S = translations.de.statisticsUi;
    const { context, page, errors } = await userPage(rapporteur, 'de', DESKTOP);
    await page.goto(`${server.url}/statistics/official`);
    await poll(() => page.locator('h1').first().textContent()).toBe(S.official.title);
    await page.getByLabel(S.official.period, { exact: true }).selectOption('2026');
    await poll(() => page.getByTestId('official-part-by_form').count()).toBe(1);
    await poll(() => page.getByText(S.official.noReleases).count()).toBe(1);
    await expectNoAxeViolations(page, 'de official tables');
    await screenshot(page, 'statistics-official-de-desktop');

    // First release: a confirmation, no reason needed.
    await page.getByTestId('publish-release').click();
    const dialog = page.getByRole('dialog', { name: S.official.publishTitle });
    await poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: S.official.publish }).click();
    await poll(() => page.getByText(S.official.published.replace('{{revision}}', '1')).count()).toBe(1);

    // The same period again is a revision: refused without a reason, published with one. The
    // same figures with the same protection are no revision at all; rounded instead, they are.
    await poll(() => dialog.count()).toBe(0);
    await page.getByTestId('publish-release').click();
    await dialog.getByLabel(S.official.reason).fill('Späte Eingaben der Zentren (fiktiv)');
    await dialog.getByRole('button', { name: S.official.publish }).click();
    await poll(() => dialog.getByText(S.official.noChange).count()).toBe(1);
    await dialog.getByRole('button', { name: translations.de.common.cancel }).click();
    await poll(() => dialog.count()).toBe(0);
    await page.getByLabel(S.disclosure.method, { exact: true }).selectOption('round');
    await page.getByTestId('publish-release').click();
    await poll(() => dialog.getByText(S.official.revisionBody).count()).toBe(1);
    await dialog.getByRole('button', { name: S.official.publish }).click();
    await poll(() => dialog.getByText(S.official.reasonRequired).count()).toBe(1);
    await expectNoAxeViolations(page, 'de revision dialog with error');
    await dialog.getByLabel(S.official.reason).fill('Späte Eingaben der Zentren (fiktiv)');
    await dialog.getByRole('button', { name: S.official.publish }).click();
    await poll(() => page.getByText(S.official.published.replace('{{revision}}', '2')).count()).toBe(1);

    await page.getByRole('button', { name: new RegExp(`${S.official.viewChanges} — 2026, ${S.official.revision} 2`) }).click();
    const changes = page.getByRole('dialog', { name: S.official.changesTitle.replace('{{revision}}', '2').replace('{{period}}', '2026') });
    await poll(() => changes.textContent()).toContain('Späte Eingaben der Zentren (fiktiv)');
    await poll(async () => (await changes.locator('table').count()) + (await changes.getByText(S.official.noChanges).count())).toBe(1);
    await expectNoAxeViolations(page, 'de release changes');
    await screenshot(page, 'statistics-official-revision-de-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the CTDC import', () => {
  it('imports the shared sample with a progress bar, then shows its summary and dashboard (en)', async () => {
    const S = translations.en.statisticsUi;
    const { context, page, errors } = await userPage(rapporteur, 'en', DESKTOP);
    await page.goto(`${server.url}/statistics/external`);
    await poll(() => page.locator('h1').first().textContent()).toBe(S.ctdc.title);
    await poll(() => page.getByText(S.ctdc.noDatasets).count()).toBe(1);
    await expectNoAxeViolations(page, 'ctdc page empty');
    await page.getByRole('button', { name: S.ctdc.start }).click();
    await poll(() => page.getByText(S.ctdc.noFile).count()).toBe(1);
    await page.locator('input[type="file"]').setInputFiles(CTDC_SAMPLE);
    await page.getByRole('button', { name: S.ctdc.start }).click();
    await poll(() => page.getByTestId('ctdc-rowsRead').textContent(), { timeout: 60_000 }).not.toBe('0');
    await poll(() => page.getByText(S.ctdc.status.done).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const imported = Number((await page.getByTestId('ctdc-rowsImported').textContent())?.replace(/\D/g, ''));
    const rejected = Number((await page.getByTestId('ctdc-rowsRejected').textContent())?.replace(/\D/g, ''));
    const read = Number((await page.getByTestId('ctdc-rowsRead').textContent())?.replace(/\D/g, ''));
    expect(imported + rejected).toBe(read);
    expect(imported).toBeGreaterThan(0);
    await poll(() => page.locator('[data-testid="chart"] [role="img"] svg').count()).toBe(10);
    await expectNoAxeViolations(page, 'ctdc page with a dataset');
    await screenshot(page, 'statistics-ctdc-en-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});
