import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations, type CatalogueDefinition, type Translation, type UiLanguage } from '@keten/shared';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import {
  DESKTOP,
  formatViolations,
  launchBrowser,
  PHONE,
  runAxe,
  screenshot as fullPageShot,
} from '../support/browser.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

/*
 * The protection procedure across its partners, each with their own login in their own browser
 * context: the police refer a signal to PAG-ASA → the centre accepts and requests annex 15 → the
 * Immigration Office issues it (and the municipality hands it out) → the reflection period's end
 * appears in the centre's tasks → the complaint needs the reference magistrate's confirmation, who
 * confirms → the centre records the complaint and requests the attestation of immatriculation.
 * Every page: axe 0 violations and a screenshot (test-results/screenshots/journey-*.png).
 */

const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-journey-browser-'));
const poll: typeof expect.poll = (fn, options) => expect.poll(fn, { timeout: 15_000, ...options });
let server: ServerProcess;
let browser: Browser;

interface Person {
  email: string;
  language: UiLanguage;
  viewport: { width: number; height: number };
  context: BrowserContext;
  page: Page;
  csrf: string;
  errors: string[];
}
const people: Partial<Record<Who, Person>> = {};

const USERS = {
  reporter: { email: 'inspecteur@pz-demo-brussel.example.be', language: 'nl', viewport: PHONE },
  caseworker: { email: 'caseworker@pagasa.example.be', language: 'nl', viewport: DESKTOP },
  immigration: { email: 'minteh@dvz-oe.example.be', language: 'nl', viewport: DESKTOP },
  magistrate: { email: 'magistrat.reference@parquet-bruxelles.example.be', language: 'fr', viewport: PHONE },
  municipality: { email: 'loket@stad-demo-antwerpen.example.be', language: 'nl', viewport: PHONE },
} as const;
type Who = keyof typeof USERS;

/** Signs in through the real two steps, in a context of its own (separate cookies). */
async function signIn(who: Who): Promise<Person> {
  const { email, language, viewport } = USERS[who];
  const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'nl-BE' });
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
  await context.addInitScript((l) => window.localStorage.setItem('keten.language', l), language);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { email, language, viewport, context, page, csrf, errors };
}

const person = (who: Who): Person => {
  const p = people[who];
  if (!p) {
    throw new Error(`${who} is not signed in`);
  }
  return p;
};
const T = (who: Who): Translation => translations[USERS[who].language];

async function expectNoAxeViolations(page: Page, where: string) {
  const violations = await runAxe(page);
  expect(violations, `${where}\n${formatViolations(violations)}`).toEqual([]);
}

let shot = 0;
/** Axe on the page as it is, then a full-page screenshot for the reviewer. */
async function step(who: Who, name: string) {
  const { page, viewport } = person(who);
  // A modal fading in is measured half-transparent: wait until transitions have finished.
  await poll(() =>
    page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length),
  ).toBe(0);
  // A transition that has not started yet is not "running": also wait until every open dialog and
  // the elements around it are fully opaque.
  await poll(() =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[role="dialog"], .mantine-Modal-overlay')).every((el) => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          if (getComputedStyle(e).opacity !== '1') {
            return false;
          }
        }
        return true;
      }),
    ),
  ).toBe(true);
  await expectNoAxeViolations(page, `${who}: ${name}`);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  shot += 1;
  await fullPageShot(
    page,
    `journey-${String(shot).padStart(2, '0')}-${who}-${name}-${viewport === PHONE ? 'phone' : 'desktop'}`,
  );
}

async function heading(page: Page, text: string) {
  await poll(() => page.getByRole('heading', { level: 1, name: text }).count()).toBe(1);
}

const today = () => {
  const d = new Date();
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The victim file page (apps/web/src/features/victim-files) with its procedure tab open. */
async function openProcedure(page: Page, fileId: string, t: Translation) {
  await page.goto(`${server.url}/victim-files/${fileId}`);
  const panel = page.getByTestId('procedure-panel');
  const tab = page.getByRole('tab', { name: t.cases.file.tabs.procedure, exact: true });
  await poll(async () => (await panel.count()) + (await tab.count())).toBeGreaterThan(0);
  if ((await panel.count()) === 0) {
    await tab.click();
  }
  await poll(() => panel.getByRole('heading', { name: t.procedureUi.panel.title }).count()).toBe(1);
  return panel;
}

beforeAll(async () => {
  server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true' });
  browser = await launchBrowser();
  for (const who of Object.keys(USERS) as Who[]) {
    people[who] = await signIn(who);
  }
}, 180_000);
afterAll(async () => {
  for (const p of Object.values(people)) {
    await p.context.close();
  }
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the protection procedure across four partners', () => {
  let signalId = '';
  let fileId = '';
  let reference = '';

  it('1. the police record a signal and refer it to PAG-ASA (with consent)', async () => {
    const { context, page, csrf } = person('reporter');
    // The wizard has its own journey (signal.browser.test.ts): here the signal is recorded through
    // the API with the police officer's session; its referral and every page after are UI.
    const catalogues = (await (await context.request.get(`${server.url}/api/catalogues`)).json()) as {
      data: CatalogueDefinition[];
    };
    const general = catalogues.data.find((c) => c.key === 'general');
    expect(general).toBeDefined();
    const submitted = await context.request.post(`${server.url}/api/signals`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        id: randomUUID(),
        consent: 'yes',
        narrative: 'Fictional: works 14 hours a day in a massage parlour, passport kept by the employer.',
        traces: [],
        indicators: {
          catalogueVersions: [{ key: general!.key, version: general!.version }],
          ticks: general!.indicators.slice(0, 2).map((i) => ({ catalogue: general!.key, id: i.id })),
        },
        assessment: { forms: ['sexual'], smuggling: 'none', exploitationCountry: 'BE' },
        context: {
          encounteredOn: today(),
          judicialDistrict: 'brussels',
          municipality: 'Anderlecht',
          sector: 'construction',
          howEncountered: 'patrol_or_check',
          immediateDanger: false,
        },
        person: {
          familyName: 'Fictivescu',
          givenName: 'Ioana',
          minor: 'no',
          ageYears: 29,
          gender: 'female',
          nationality: 'RO',
          languages: ['ro'],
          interpreterNeeded: true,
          unaccompanied: null,
          personCount: 1,
          documentNumber: 'RO7654321',
        },
      },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    signalId = ((await submitted.json()) as { id: string }).id;
    // The officer refers the signal from its page: the routing rules propose PAG-ASA for Brussels.
    const C = T('reporter').cases;
    await page.goto(`${server.url}/signals/${signalId}`);
    await page.getByRole('button', { name: C.refer.open }).click();
    const dialog = page.getByRole('dialog', { name: C.refer.title });
    await poll(() => dialog.getByRole('radio', { name: /PAG-ASA/ }).count()).toBe(1);
    await dialog.getByRole('radio', { name: /PAG-ASA/ }).check();
    await dialog.getByRole('radio', { name: C.refer.consentGiven }).check();
    await dialog.getByLabel(C.refer.consentDate).fill(today());
    await step('reporter', 'refer-dialog');
    await dialog.getByRole('button', { name: C.refer.send }).click();
    await poll(() => dialog.count()).toBe(0);
    await poll(() => page.getByText(/PAG-ASA/).count()).toBeGreaterThan(0);

    await page.goto(`${server.url}/signals`);
    await heading(page, T('reporter').signals.mine.title);
    await poll(() => page.getByRole('link', { name: /^SIG-/ }).count()).toBeGreaterThan(0);
    await step('reporter', 'my-signals');
  });

  it('2. the centre accepts the referral in its inbox; the victim file opens', async () => {
    const { page } = person('caseworker');
    const t = T('caseworker');
    await page.goto(`${server.url}/referrals`);
    await heading(page, t.cases.inbox.title);
    const accept = page.getByRole('button', { name: t.cases.inbox.accept, exact: true });
    await poll(() => accept.count()).toBe(1);
    await step('caseworker', 'referral-inbox');
    await accept.click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.count()).toBe(1);
    await step('caseworker', 'referral-accept-dialog');
    await dialog.getByRole('button', { name: t.cases.inbox.accept, exact: true }).click();
    // The accepted referral links to the file the centre now owns.
    const open = page.getByRole('link', { name: t.cases.inbox.openFile }).first();
    await poll(() => open.count()).toBeGreaterThan(0);
    const href = await open.getAttribute('href');
    fileId = href?.split('/').pop() ?? '';
    expect(fileId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('3. the centre starts the procedure, the reflection period, and requests annex 15', async () => {
    const { page } = person('caseworker');
    const t = T('caseworker');
    const P = t.procedureUi.panel;
    const panel = await openProcedure(page, fileId, t);
    reference = (await page.locator('h1').first().textContent()) ?? '';
    await panel.getByRole('button', { name: P.start }).click();
    await poll(() => panel.getByRole('list', { name: P.timelineTitle }).count()).toBe(1);
    // The current phase is marked on the configured timeline.
    await poll(() => panel.locator('[aria-current="step"]').textContent()).toContain(
      'Opsporing en identificatie',
    );
    const reflection = panel.getByTestId('step-start_reflection');
    await reflection.getByRole('button', { name: P.recordStep }).click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: P.recordStep }).click();
    await poll(() => panel.locator('[aria-current="step"]').textContent()).toContain('Reflectieperiode');
    const request = panel.getByRole('button', { name: /Bijlage 15|annex 15/i });
    await poll(() => request.count()).toBe(1);
    await step('caseworker', 'procedure-reflection');
    await request.click();
    await poll(() => panel.getByText(P.awaitingIssue).count()).toBe(1);
    await step('caseworker', 'procedure-annex15-requested');
  });

  it('4. the Immigration Office sees the request in its own screen and records annex 15', async () => {
    const { page } = person('immigration');
    const t = T('immigration');
    const D = t.procedureUi.partner.documents;
    await page.goto(`${server.url}/procedure/documents`);
    await heading(page, D.title);
    const card = page.getByTestId('procedure-request').first();
    await poll(() => card.getByText('Fictivescu', { exact: false }).count()).toBeGreaterThan(0);
    // A future issue date is refused at the field, in Dutch, before anything is sent.
    const issued = card.getByLabel(D.issuedOn);
    await issued.fill('2999-01-01');
    await card.getByRole('button', { name: D.submit }).click();
    await poll(() => card.getByText(t.procedureUi.validation.dateInFuture).count()).toBe(1);
    await step('immigration', 'annex15-validation');
    await issued.fill(today());
    await card.getByLabel(D.documentNumber).fill('A15-2026-000123');
    // The person collects it at the municipality (the configuration names who hands it out).
    const handOut = card.getByLabel(D.handOutBy);
    await poll(() => handOut.count()).toBe(1);
    const antwerp = await handOut.locator('option', { hasText: 'Antwerpen' }).first().getAttribute('value');
    await handOut.selectOption(antwerp ?? '');
    await card.getByRole('button', { name: D.submit }).click();
    await poll(() => page.getByText(D.empty).count()).toBe(1);
    await page
      .getByRole('radio', { name: t.procedureUi.partner.filters.done })
      .click({ force: true })
      .catch(() => undefined);
    await step('immigration', 'annex15-issued');
  });

  it('4b. the municipality sees the one document to hand out and marks it handed out', async () => {
    const { page } = person('municipality');
    const H = T('municipality').procedureUi.partner.handOuts;
    await page.goto(`${server.url}/procedure/hand-outs`);
    await heading(page, H.title);
    const card = page.getByTestId('procedure-request').first();
    await poll(() => card.getByText('Fictivescu', { exact: false }).count()).toBeGreaterThan(0);
    await step('municipality', 'hand-out');
    await card.getByRole('button', { name: H.submit }).click();
    await poll(() => page.getByText(H.empty).count()).toBe(1);
  });

  it('5. the end of the reflection period appears in the centre’s tasks, as a list and on the calendar', async () => {
    const { page } = person('caseworker');
    const t = T('caseworker');
    await page.goto(`${server.url}/tasks`);
    await heading(page, t.procedureUi.tasks.title);
    await poll(() => page.getByText(t.procedureUi.tasks.kind.reflection_ending).count()).toBeGreaterThan(0);
    await step('caseworker', 'tasks');
    await page.getByRole('tab', { name: t.procedureUi.tasks.views.calendar }).click();
    await poll(() => page.getByText(t.procedureUi.tasks.calendar.keyboardHelp).count()).toBe(1);
    // The weekday names follow the user's language (Dutch: "ma", not "Mo").
    await poll(() => page.locator('th').first().textContent()).toMatch(/^ma/i);
    // Forward to the month of the deadline (45 days on): its day names its task; choosing it lists it.
    const due = page.getByRole('button', {
      name: new RegExp(t.procedureUi.tasks.calendar.dayTasks_one.replace('{{count}}', '1')),
    });
    const now = new Date();
    const then = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 45);
    const months = then.getFullYear() * 12 + then.getMonth() - (now.getFullYear() * 12 + now.getMonth());
    for (let i = 0; i < months; i += 1) {
      await page.getByRole('button', { name: t.procedureUi.tasks.calendar.next }).click();
    }
    await poll(() => due.count()).toBe(1);
    await due.click();
    await poll(() =>
      page
        .getByRole('region', { name: /Taken op/ })
        .getByText(t.procedureUi.tasks.kind.reflection_ending)
        .count(),
    ).toBe(1);
    await step('caseworker', 'tasks-calendar');
  });

  it('6. the complaint needs the magistrate first: the refusal explains the rule; the centre asks for the confirmation', async () => {
    const { page } = person('caseworker');
    const t = T('caseworker');
    const P = t.procedureUi.panel;
    const panel = await openProcedure(page, fileId, t);
    await poll(() => panel.getByText(P.daysLeft_other.replace('{{count}}', '45')).count()).toBe(1);
    const complaint = panel.getByTestId('step-statements_made');
    await complaint.getByRole('button', { name: P.recordStep }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: P.recordStep }).click();
    const refusal = panel.getByRole('alert');
    await poll(() => refusal.textContent()).toContain('De referentiemagistraat');
    await step('caseworker', 'complaint-refused-with-rule');
    await complaint.getByRole('button', { name: P.requestConfirmation }).click();
    await poll(() => complaint.getByText(P.confirmationRequested).count()).toBe(1);
    await step('caseworker', 'confirmation-requested');
  });

  it('7. the reference magistrate confirms in her own screen (in French)', async () => {
    const { page } = person('magistrate');
    const t = T('magistrate');
    const C = t.procedureUi.partner.confirmations;
    await page.goto(`${server.url}/procedure/confirmations`);
    await heading(page, C.title);
    const card = page.getByTestId('procedure-request').first();
    await poll(() => card.getByText('Fictivescu', { exact: false }).count()).toBeGreaterThan(0);
    await card.getByRole('button', { name: C.submit }).click();
    await poll(() => card.getByText(t.procedureUi.validation.required).count()).toBe(1);
    await card.getByLabel(C.yes).check();
    await step('magistrate', 'confirmation');
    await card.getByRole('button', { name: C.submit }).click();
    const dialog = page.getByRole('dialog');
    await poll(() => dialog.count()).toBe(1);
    await step('magistrate', 'confirmation-dialog');
    await dialog.getByRole('button', { name: C.submit }).click();
    await poll(() => page.getByText(C.empty).count()).toBe(1);
  });

  it('8. the centre records the complaint and requests the attestation of immatriculation', async () => {
    const { page } = person('caseworker');
    const t = T('caseworker');
    const P = t.procedureUi.panel;
    const panel = await openProcedure(page, fileId, t);
    const complaint = panel.getByTestId('step-statements_made');
    await poll(() => complaint.getByText(P.confirmationOk).count()).toBe(1);
    await complaint.getByRole('button', { name: P.recordStep }).click();
    await page.getByRole('dialog').getByRole('button', { name: P.recordStep }).click();
    await poll(() => panel.locator('[aria-current="step"]').textContent()).toContain('Voorlopig verblijf');
    const request = panel.getByRole('button', { name: /immatriculatie/i });
    await poll(() => request.count()).toBe(1);
    await request.click();
    await poll(() => panel.getByText(P.awaitingIssue).count()).toBe(1);
    await step('caseworker', 'attestation-requested');
    expect(reference).not.toBe('');
    for (const p of Object.values(people)) {
      expect(p.errors, p.email).toEqual([]);
    }
  });
});
