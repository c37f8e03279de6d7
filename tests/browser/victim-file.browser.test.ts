import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations, type RoutingProposal } from '@keten/shared';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import {
  DESKTOP,
  formatViolations,
  launchBrowser,
  newContext,
  PHONE,
  runAxe,
  screenshot,
} from '../support/browser.ts';
import { signalFactory } from '../support/cases.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import type { TestApp } from '../support/test-app.ts';

// The built app (npm run build:web) on the real server with the demo organisations and users.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-victim-file-browser-'));
const REPORTER = 'inspecteur@pz-demo-brussel.example.be';
const CASEWORKER = 'caseworker@pagasa.example.be';
const nl = translations.nl;
const C = nl.cases;
const poll: typeof expect.poll = (fn, options) => expect.poll(fn, { timeout: 15_000, ...options });

let server: ServerProcess;
let browser: Browser;
let reporter: { context: BrowserContext; csrf: string };

/** Signs a demo user in through the API (each user once: a TOTP code cannot be used twice). */
async function apiSignIn(email: string): Promise<{ context: BrowserContext; csrf: string }> {
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
  return { context, csrf: ((await step2.json()) as { csrfToken: string }).csrfToken };
}

async function post<T>(
  request: APIRequestContext,
  csrf: string,
  url: string,
  data: unknown,
  status = 201,
): Promise<T> {
  const res = await request.post(`${server.url}${url}`, { data, headers: { 'x-csrf-token': csrf } });
  expect(res.status(), `${url}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

/** The signal factory of the API tests, reading the catalogues over HTTP from the real server. */
async function signals(request: APIRequestContext) {
  const catalogues: unknown = await (await request.get(`${server.url}/api/catalogues`)).json();
  return signalFactory({
    app: { inject: () => Promise.resolve({ json: () => catalogues }) },
  } as unknown as TestApp);
}

async function expectNoAxeViolations(page: Page, where: string) {
  const violations = await runAxe(page);
  expect(violations, `${where}\n${formatViolations(violations)}`).toEqual([]);
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await screenshot(page, name);
}

beforeAll(async () => {
  server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true' });
  browser = await launchBrowser();
  reporter = await apiSignIn(REPORTER);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a centre caseworker works in a victim file', () => {
  it('opens the file, edits the support plan, adds a note, sees the timeline; answers a referral in the inbox', async () => {
    // Fixtures: two signals by the police; the second is referred to the centre by the police officer.
    const make = await signals(reporter.context.request);
    const first = await post<{ id: string }>(reporter.context.request, reporter.csrf, '/api/signals', make());
    const second = await post<{ id: string }>(
      reporter.context.request,
      reporter.csrf,
      '/api/signals',
      make({ person: { familyName: 'Fictieva', givenName: 'Mara', gender: 'female' } }),
    );
    const proposals = await reporter.context.request.get(
      `${server.url}/api/referrals/proposals?sourceType=signal&sourceId=${second.id}`,
    );
    expect(proposals.status(), await proposals.text()).toBe(200);
    const centre = ((await proposals.json()) as { data: RoutingProposal[] }).data.find(
      (p) => p.type === 'specialised_centre' && p.name.includes('PAG'),
    );
    expect(centre).toBeTruthy();

    // The caseworker signs in through the two steps of the login page.
    const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true, locale: 'nl-BE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/victim-files`);
    await poll(() => page.locator('h1').first().textContent()).toBe(nl.auth.login.title);
    await page.getByLabel(nl.auth.login.email).fill(CASEWORKER);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: nl.auth.login.submit }).click();
    await poll(() => page.locator('h1').first().textContent()).toBe(nl.auth.secondFactor.title);
    await page.getByLabel(nl.auth.secondFactor.code).fill(await currentTotp(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
    await poll(() => page.locator('h1').first().textContent()).toBe(C.list.title);

    // The centre accepts the first signal in triage and opens its file (the caseworker's own session).
    const csrf = (
      (await (await context.request.get(`${server.url}/api/session`)).json()) as { csrfToken: string }
    ).csrfToken;
    await post(
      context.request,
      csrf,
      `/api/signals/${first.id}/decision`,
      { decision: 'accept', reason: 'Fictional intake', version: 1 },
      200,
    );
    const file = await post<{ id: string; reference: string }>(context.request, csrf, '/api/victim-files', {
      signalId: first.id,
    });
    await post(reporter.context.request, reporter.csrf, '/api/referrals', {
      source: { type: 'signal', id: second.id },
      toOrganisationId: centre?.organisationId,
      purpose: centre?.purpose,
      urgent: true,
      consentRecordedOn: new Date().toISOString().slice(0, 10),
    });

    // The list: the file, by reference only.
    await page.reload();
    const link = page.getByRole('link', { name: file.reference });
    await poll(() => link.count()).toBe(1);
    // Search by name, with a typo: the file is found in the centre's scope.
    await page.locator('#file-search').fill('Fictivscu');
    await page.getByRole('button', { name: C.list.searchButton }).click();
    const results = page.getByRole('table', { name: C.list.results });
    await poll(() => results.getByRole('link', { name: file.reference }).count()).toBe(1);
    expect(await results.getByRole('cell', { name: C.list.matchedOn.name, exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'victim files list');
    await shot(page, 'victim-files-list-nl-desktop');
    await page.getByRole('button', { name: C.list.clear }).click();
    await poll(() => results.count()).toBe(0);
    await link.click();
    await poll(() => page.locator('h1').first().textContent()).toBe(
      C.file.title.replace('{{reference}}', file.reference),
    );
    const identity = page.getByRole('region', { name: C.file.identity });
    await poll(() => identity.getByText('Fictivescu').count()).toBe(1);
    await expectNoAxeViolations(page, 'victim file overview');
    await shot(page, 'victim-file-overview-nl-desktop');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'victim file overview on a phone');
    await shot(page, 'victim-file-overview-nl-phone');
    await page.setViewportSize(DESKTOP);

    // Referring the file: the routing rules' proposals, each with the rule that proposed it.
    await page.getByRole('button', { name: C.refer.open }).click();
    const refer = page.getByRole('dialog', { name: C.refer.title });
    const proposed = refer.getByRole('group', { name: new RegExp(C.refer.proposedLegend) });
    await poll(() => proposed.getByRole('radio').count()).toBeGreaterThan(1);
    await poll(() =>
      page.locator('.mantine-Modal-overlay').evaluate((e) => getComputedStyle(e).opacity),
    ).toBe('1');
    await refer.getByRole('button', { name: C.refer.send }).click();
    await poll(() => proposed.getByText(nl.validation.required).count()).toBe(1);
    await expectNoAxeViolations(page, 'referral dialog');
    await screenshot(page, 'referral-dialog-nl-desktop');
    await refer.getByRole('button', { name: nl.common.cancel }).click();
    await poll(() => refer.count()).toBe(0);

    // The support plan: one support type with an objective and dates.
    await page.getByRole('tab', { name: C.file.tabs.support }).click();
    const plan = page.getByRole('region', { name: C.plan.title });
    await poll(() => plan.getByText(C.plan.empty).count()).toBe(1);
    await plan.getByRole('button', { name: `${C.file.edit}: ${C.plan.title}` }).click();
    await plan.getByRole('button', { name: C.plan.add }).click();
    await plan.getByLabel(C.plan.type).selectOption('Legal');
    // Saving without an objective names the problem at the field.
    await plan.getByRole('button', { name: C.file.save, exact: true }).click();
    await poll(() => plan.getByText(nl.validation.required).count()).toBe(1);
    await plan.getByLabel(C.plan.objective).fill('Find a lawyer for the civil party claim');
    await plan.getByLabel(C.plan.reviewOn).fill('2027-01-15');
    await expectNoAxeViolations(page, 'support plan being edited');
    await plan.getByRole('button', { name: C.file.save, exact: true }).click();
    await poll(() => plan.getByText(C.file.saved).count()).toBe(1);
    expect(await plan.getByText('Find a lawyer for the civil party claim').count()).toBe(1);
    expect(await plan.getByText(C.supportType.Legal).count()).toBe(1);

    // A dated psychosocial note.
    await page.getByRole('tab', { name: C.file.tabs.notes }).click();
    const form = page.locator('#add-note');
    await form.getByLabel(C.notes.sectionLabel).selectOption('PS');
    await form
      .getByLabel(C.notes.text)
      .fill('Fictional: first conversation with an interpreter; she sleeps badly.');
    await form.getByRole('button', { name: C.notes.save }).click();
    await poll(() => form.getByText(C.notes.added).count()).toBe(1);
    const psNotes = page.getByRole('region', { name: C.notes.section.PS });
    await poll(() =>
      psNotes.getByText('Fictional: first conversation with an interpreter; she sleeps badly.').count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'notes');
    await shot(page, 'victim-file-notes-nl-desktop');

    // An attachment (checked by its bytes, stored encrypted).
    await page.getByRole('tab', { name: C.file.tabs.attachments }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'verklaring.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% fictional statement\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: C.attachments.upload, exact: true }).click();
    await poll(() => page.getByText(C.attachments.uploaded).count()).toBe(1);
    await poll(() =>
      page.getByRole('table', { name: C.attachments.caption }).getByText('verklaring.pdf').count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'attachments');
    await shot(page, 'victim-file-attachments-nl-desktop');

    // The timeline shows what just happened, in words.
    await page.getByRole('tab', { name: C.file.tabs.timeline }).click();
    const timeline = page.getByRole('region', { name: C.timeline.title });
    await poll(() => timeline.getByText(C.event.victim_file.created).count()).toBeGreaterThan(0);
    await poll(() => timeline.getByText(C.event.victim_file.updated).count()).toBeGreaterThan(0);
    await poll(() => timeline.getByText(C.event.victim_file.note_added).count()).toBeGreaterThan(0);
    await poll(() => timeline.getByText(C.event.victim_file.attachment_added).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'timeline');
    await shot(page, 'victim-file-timeline-nl-desktop');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'timeline on a phone');
    await shot(page, 'victim-file-timeline-nl-phone');

    // Who opened this file: the caseworker's own openings are listed.
    await page.getByRole('tab', { name: C.file.tabs.access }).click();
    await poll(() => page.getByText('Amira Demo-Benali').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'access log on a phone');

    // The referrals inbox: the urgent referral from the police, accepted with a confirmation.
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/referrals`);
    await poll(() => page.locator('h1').first().textContent()).toBe(C.inbox.title);
    await poll(() => page.getByText(C.inbox.urgent).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'referrals inbox');
    await shot(page, 'referrals-inbox-nl-desktop');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'referrals inbox on a phone');
    await shot(page, 'referrals-inbox-nl-phone');
    await page.getByRole('button', { name: C.inbox.accept, exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: C.inbox.acceptTitle });
    await poll(() => dialog.count()).toBe(1);
    // Once the opening transition is over (axe would otherwise measure colours mid-fade).
    await poll(() =>
      page.locator('.mantine-Modal-overlay').evaluate((e) => getComputedStyle(e).opacity),
    ).toBe('1');
    await poll(() =>
      dialog.evaluate((e) => getComputedStyle(e.closest('.mantine-Modal-content') ?? e).opacity),
    ).toBe('1');
    await expectNoAxeViolations(page, 'accepting a referral');
    await dialog.getByRole('button', { name: C.inbox.accept, exact: true }).click();
    await poll(() => page.getByText(C.inbox.accepted).count()).toBe(1);
    // Accepting a signal's referral opened a new victim file for the centre.
    await page.getByRole('status').getByRole('link', { name: C.inbox.openFile }).click();
    await poll(() => page.locator('h1').first().textContent()).toMatch(/VF-/);
    await poll(() => page.getByRole('region', { name: C.file.identity }).getByText('Fictieva').count()).toBe(
      1,
    );

    // A signal in triage can be referred onward from its page, with the same dialog.
    await page.goto(`${server.url}/triage/${first.id}`);
    await page.getByRole('button', { name: C.refer.open }).click();
    const fromSignal = page.getByRole('dialog', { name: C.refer.title });
    await poll(() =>
      fromSignal
        .getByRole('group', { name: new RegExp(C.refer.proposedLegend) })
        .getByRole('radio')
        .count(),
    ).toBeGreaterThan(1);
    await fromSignal.getByRole('button', { name: nl.common.cancel }).click();

    expect(errors).toEqual([]);
    await context.close();
  });
});
