import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import { DESKTOP, formatViolations, launchBrowser, PHONE, runAxe, screenshot } from '../support/browser.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

// The knowledge editor's screens in the built app on the demo data: the coordination bureau's
// editor uploads a document restricted to specialised centres; a centre's caseworker sees it, a
// police investigator (another organisation type) does not. An organisation administrator keeps
// the on-call lines of their own organisation in the directory.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-knowledge-edit-browser-'));
const EDITOR = 'redactie@strafrechtelijkbeleid.example.be';
const CENTRE_CASEWORKER = 'caseworker@pagasa.example.be';
const INVESTIGATOR = 'onderzoeker@fgp-brussel.example.be';
const ORG_ADMIN = 'admin@pagasa.example.be';
const TITLE = 'Fictional circular on shelter intake (browser test)';
const poll: typeof expect.poll = (fn, options) => expect.poll(fn, { timeout: 15_000, ...options });

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
let server: ServerProcess;
let browser: Browser;
const sessions = new Map<string, { storageState: StorageState; csrfToken: string }>();

/** Signs a demo user in through both steps (once per user: a TOTP code cannot be used twice). */
async function signIn(email: string): Promise<void> {
  const context = await browser.newContext();
  const step1 = await context.request.post(`${server.url}/api/auth/login`, { data: { email, password: DEMO_PASSWORD } });
  expect(step1.status(), await step1.text()).toBe(200);
  const { pendingToken } = (await step1.json()) as { pendingToken: string };
  const step2 = await context.request.post(`${server.url}/api/auth/second-factor`, { data: { pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) } });
  expect(step2.status(), await step2.text()).toBe(200);
  const csrfToken = ((await step2.json()) as { csrfToken: string }).csrfToken;
  sessions.set(email, { storageState: await context.storageState(), csrfToken });
  await context.close();
}

/** A page of the signed-in user, in English. */
async function pageOf(email: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const session = sessions.get(email);
  if (!session) {
    throw new Error(`not signed in: ${email}`);
  }
  const context = await browser.newContext({ viewport, bypassCSP: true, storageState: session.storageState });
  const res = await context.request.patch(`${server.url}/api/me`, { data: { language: 'en' }, headers: { 'x-csrf-token': session.csrfToken } });
  expect(res.status(), await res.text()).toBe(200);
  await context.addInitScript(() => window.localStorage.setItem('keten.language', 'en'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true' });
  browser = await launchBrowser();
  // One after the other: each second factor needs a fresh TOTP window per user, not per server.
  for (const email of [EDITOR, CENTRE_CASEWORKER, INVESTIGATOR, ORG_ADMIN]) {
    await signIn(email);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the knowledge editor', () => {
  it('uploads a document restricted to specialised centres; a centre sees it, the police do not', async () => {
    const { context, page, errors } = await pageOf(EDITOR, DESKTOP);
    await page.goto(`${server.url}/library`);
    await poll(() => page.locator('h1').first().textContent()).toBe('Library and news');
    await page.getByRole('button', { name: 'New document' }).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New document' }) });

    // Saving an empty form shows what is missing, in the user's language.
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(() => form.getByText('A title is required.').count()).toBe(1);
    await poll(() => form.getByText('Choose a file.').count()).toBe(1);

    await form.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await form.getByRole('combobox', { name: 'Who may see it' }).click();
    await page.getByRole('option', { name: 'Restricted' }).click();
    // Since the failed save the field shows its message; Mantine's pill box wraps the input.
    await poll(() => form.getByText('Choose at least one organisation type.').count()).toBe(1);
    await form.getByRole('combobox', { name: 'Organisation types' }).click({ force: true });
    await page.getByRole('option', { name: 'Specialised victim centre' }).click();
    await page.keyboard.press('Escape');
    await form.locator('input[type="file"]').setInputFiles({ name: 'circular.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% fictional\n%%EOF\n', 'latin1') });
    await expectAccessible(page);
    await screenshot(page, 'knowledge-edit-new-document');
    await form.getByRole('button', { name: 'Save' }).click();

    const card = page.locator('li').filter({ hasText: TITLE });
    await poll(() => card.count()).toBe(1);
    await poll(() => card.getByText('Restricted').count()).toBe(1);
    await poll(() => card.getByRole('link', { name: /Download PDF/ }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'knowledge-edit-library-editor');

    // The edit dialog (reclassification) is accessible too.
    await card.getByRole('button', { name: `Edit: ${TITLE}` }).click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.getByRole('button', { name: 'Save changes' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'knowledge-edit-edit-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(errors).toEqual([]);
    await context.close();

    const centre = await pageOf(CENTRE_CASEWORKER, PHONE);
    await centre.page.goto(`${server.url}/library`);
    await poll(() => centre.page.locator('li').filter({ hasText: TITLE }).count()).toBe(1);
    expect(await centre.page.getByRole('button', { name: 'New document' }).count()).toBe(0);
    await expectAccessible(centre.page);
    await screenshot(centre.page, 'knowledge-edit-library-centre-phone');
    await centre.context.close();

    const police = await pageOf(INVESTIGATOR, PHONE);
    await police.page.goto(`${server.url}/library`);
    // Wait for the list itself (another document, or the empty text), then check the restricted one is absent.
    await poll(() => police.page.locator('main').filter({ hasText: /Download|No file yet|Nothing found/ }).count()).toBeGreaterThan(0);
    expect(await police.page.getByText(TITLE).count()).toBe(0);
    const direct = await police.context.request.get(`${server.url}/api/documents?q=${encodeURIComponent('shelter intake')}`);
    expect(((await direct.json()) as { data: unknown[] }).data).toEqual([]);
    await expectAccessible(police.page);
    await police.context.close();
  });

  it('an organisation administrator adds an on-call line to their own organisation in the directory', async () => {
    const { context, page, errors } = await pageOf(ORG_ADMIN, PHONE);
    await page.goto(`${server.url}/directory`);
    const add = page.getByRole('button', { name: /^Add an on-call contact: PAG-ASA/ });
    await poll(() => add.count()).toBe(1);
    // Only their own organisation offers editing.
    expect(await page.getByRole('button', { name: /^Add an on-call contact: / }).count()).toBe(1);
    await add.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Function/ }).fill('Night duty (browser test)');
    await dialog.getByRole('textbox', { name: /Phone/ }).fill('abc');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await poll(() => dialog.getByText(/Enter a phone number/).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'knowledge-edit-on-call-phone');
    await dialog.getByRole('textbox', { name: /Phone/ }).fill('+32 2 511 00 99');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.getByRole('button', { name: 'Edit: Night duty (browser test)' }).count()).toBe(1);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
