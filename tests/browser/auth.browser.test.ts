import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations, UI_LANGUAGES, type UiLanguage } from '@keten/shared';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../../apps/server/src/demo/demo-users.ts';
import { DEMO_ORGANISATIONS } from '../../apps/server/src/demo/demo-organisations.ts';
import {
  DESKTOP,
  formatViolations,
  launchBrowser,
  newContext,
  PHONE,
  runAxe,
  screenshot,
} from '../support/browser.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

// The built app (npm run build -w @keten/web) served by the real server on a fresh embedded
// database with the demo data: the sign-in journey a caseworker depends on, in a real browser.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-browser-auth-'));
let server: ServerProcess;
let browser: Browser;

const caseworker = DEMO_USERS.find((u) => u.key === 'caseworker');
if (!caseworker) {
  throw new Error('the demo data has no caseworker');
}
const organisationName = DEMO_ORGANISATIONS.find((o) => o.key === caseworker.organisation)?.name ?? '';

beforeAll(async () => {
  // Plain http on 127.0.0.1: the session cookie cannot be `Secure` here.
  server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true', KETEN_COOKIE_SECURE: 'false' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openIn(
  lang: UiLanguage,
  viewport: { width: number; height: number },
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, viewport);
  await context.addInitScript((l) => window.localStorage.setItem('keten.language', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${url}`);
  return { page, errors };
}

/** Elements that stick out to the right of the viewport (nothing should on a 360 px phone). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && el.offsetParent !== null)
      // Inside a sideways-scrolling table, or text for screen readers only (clipped to 1 px).
      .filter(
        (el) =>
          !el.closest(
            '.mantine-ScrollArea-root, .mantine-Table-scrollContainer, .mantine-VisuallyHidden-root',
          ),
      )
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ').slice(0, 2).join('.')} "${(el.textContent ?? '').slice(0, 40)}"`,
      ),
  );
}

/** Signs a demo user in through both steps, in the language the page is in. */
async function signIn(
  page: Page,
  lang: UiLanguage,
  email: string,
  secondFactor: { totpSecret: string } | { recoveryCode: string },
): Promise<void> {
  const t = translations[lang];
  await expect.poll(() => page.locator('h1').first().textContent()).toBe(t.auth.login.title);
  await page.getByLabel(t.auth.login.email).fill(email);
  await page
    .locator('input[name="password"]')
    .fill('totpSecret' in secondFactor ? DEMO_PASSWORD : NEW_PASSWORD);
  await page.getByRole('button', { name: t.auth.login.submit }).click();
  await expect.poll(() => page.locator('h1').first().textContent()).toBe(t.auth.secondFactor.title);
  if ('totpSecret' in secondFactor) {
    await page.getByLabel(t.auth.secondFactor.code).fill(await currentTotp(secondFactor.totpSecret));
  } else {
    await page.getByRole('button', { name: t.auth.secondFactor.useRecovery }).click();
    await page.getByLabel(t.auth.secondFactor.recoveryCode).fill(secondFactor.recoveryCode);
  }
  await page.getByRole('button', { name: t.auth.secondFactor.submit }).click();
}

const NEW_PASSWORD = 'four calm rivers meet at dawn';

/** The invitation link mailed to `to` (the embedded server writes mails to its outbox as .eml). */
function invitationTokenFor(to: string): string | null {
  const outbox = path.join(dataDir, 'outbox');
  if (!existsSync(outbox)) {
    return null;
  }
  for (const file of readdirSync(outbox)) {
    // Quoted-printable soft line breaks and escapes, so the link reads in one piece.
    const mail = readFileSync(path.join(outbox, file), 'utf8')
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
    if (mail.includes(to)) {
      const match = /\/invitation\/([A-Za-z0-9_-]{20,200})/.exec(mail);
      if (match?.[1]) {
        return match[1];
      }
    }
  }
  return null;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('the login page in every language', () => {
  for (const lang of UI_LANGUAGES) {
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      it(`renders in ${lang} on ${label}`, async () => {
        const { page, errors } = await openIn(lang, viewport, '/login');
        const t = translations[lang];
        await expect.poll(() => page.locator('h1').first().textContent()).toBe(t.auth.login.title);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await expect
          .poll(() => page.getByRole('link', { name: t.auth.login.requestAccount }).count())
          .toBe(1);
        // Nothing sticks out sideways on a 360 px phone.
        expect(await overflowing(page)).toEqual([]);
        if (label === 'desktop') {
          await expectNoAxeViolations(page);
        }
        await screenshot(page, `login-${lang}-${label}`);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('signing in as a caseworker', () => {
  it('goes from a protected page through both steps to the profile, shows the session, and signs out', async () => {
    const { page, errors } = await openIn('nl', DESKTOP, '/profile');
    const nl = translations.nl;

    // Not signed in: the login page, which will bring the user back.
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(nl.auth.login.title);
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/profile');
    await expectNoAxeViolations(page);

    await page.getByLabel(nl.auth.login.email).fill(caseworker.email);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: nl.auth.login.submit }).click();

    await expect.poll(() => page.locator('h1').first().textContent()).toBe(nl.auth.secondFactor.title);
    const code = page.getByLabel(nl.auth.secondFactor.code);
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await expectNoAxeViolations(page);
    await screenshot(page, 'second-factor-nl-desktop');

    await code.fill(await currentTotp(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();

    // Back where the user came from, with their name and organisation in the header.
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(nl.profile.title);
    expect(new URL(page.url()).pathname).toBe('/profile');
    const header = page.getByRole('banner');
    await expect.poll(() => header.getByTestId('session-user').innerText()).toContain(caseworker.displayName);
    expect(await header.getByTestId('session-user').innerText()).toContain(organisationName);

    // The session list shows this browser, marked as this device.
    const sessions = page.getByRole('table', { name: nl.sessions.caption });
    await expect.poll(() => sessions.getByText(nl.sessions.thisDevice).count()).toBe(1);
    expect(await sessions.getByText(nl.sessions.methods.password_totp).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'profile-nl-desktop');

    // Sign out from the account menu.
    await header.getByTestId('session-user').click();
    await page.getByRole('menuitem', { name: nl.session.logout }).click();
    await expect.poll(() => page.getByText(nl.auth.login.signedOut).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByTestId('session-user').count()).toBe(0);

    // The session is really gone: the profile sends back to the login page.
    await page.goto(`${server.url}/profile`);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(nl.auth.login.title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the profile on a phone too', async () => {
    // A second login of the same user in the same 30 s would be a replayed code: use a recovery
    // code instead? No — sign in as another demo user, whose code step is separate.
    const coordinator = DEMO_USERS.find((u) => u.key === 'coordinator');
    if (!coordinator) {
      throw new Error('the demo data has no coordinator');
    }
    const { page, errors } = await openIn('fr', PHONE, '/login?redirect=%2Fprofile');
    const fr = translations.fr;
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(fr.auth.login.title);
    await page.getByLabel(fr.auth.login.email).fill(coordinator.email);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: fr.auth.login.submit }).click();
    await page.getByLabel(fr.auth.secondFactor.code).fill(await currentTotp(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: fr.auth.secondFactor.submit }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(fr.profile.title);
    await expect.poll(() => page.getByText(fr.sessions.thisDevice).count()).toBe(1);
    expect(await overflowing(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await screenshot(page, 'profile-fr-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('requesting an account', () => {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`offers the chain's organisations and explains who decides (${label})`, async () => {
      const { page, errors } = await openIn('en', viewport, '/request-account');
      const en = translations.en;
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(en.accountRequest.title);
      await expect.poll(() => page.getByText(en.accountRequest.decidedBy).count()).toBe(1);
      // The organisations have arrived when the picker's placeholder is no longer "Loading…".
      await expect
        .poll(() =>
          page.getByRole('combobox', { name: en.accountRequest.organisation }).getAttribute('placeholder'),
        )
        .toBe(en.accountRequest.organisationPlaceholder);
      await expectNoAxeViolations(page);
      await screenshot(page, `request-account-en-${label}`);

      // An empty submit names every missing field and puts the cursor on the first.
      await page.getByRole('button', { name: en.accountRequest.submit }).click();
      await expect.poll(() => page.getByText(en.accountRequest.organisationRequired).count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('from an account request to the first sign-in', () => {
  it('request → approval by the organisation administrator → invitation → password, authenticator, recovery codes → sign-in', async () => {
    const newcomer = { name: 'Nora Demo-Nieuw', email: 'nora.nieuw@pagasa.example.be' };

    // 1. The newcomer asks for an account (public form, English).
    {
      const { page, errors } = await openIn('en', DESKTOP, '/request-account');
      const en = translations.en;
      const picker = page.getByRole('combobox', { name: en.accountRequest.organisation });
      await expect
        .poll(() => picker.getAttribute('placeholder'))
        .toBe(en.accountRequest.organisationPlaceholder);
      await picker.click();
      await picker.fill('PAG');
      await page.getByRole('option', { name: organisationName }).click();
      await page.getByLabel(en.accountRequest.name).fill(newcomer.name);
      await page.getByLabel(en.accountRequest.email).fill(newcomer.email);
      await page.getByLabel(en.accountRequest.jobTitle).fill('Begeleider');
      await page
        .getByLabel(en.accountRequest.reason)
        .fill('I support victims in the Brussels shelter team and keep their files.');
      await page.getByRole('button', { name: en.accountRequest.submit }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: en.accountRequest.sent.title }).count())
        .toBe(1);
      await expectNoAxeViolations(page);
      await screenshot(page, 'request-account-sent-en-desktop');
      expect(errors).toEqual([]);
      await page.context().close();
    }

    // 2. The administrator of the organisation approves it with a role.
    {
      const orgAdmin = DEMO_USERS.find((u) => u.key === 'org-admin');
      if (!orgAdmin) {
        throw new Error('the demo data has no organisation administrator');
      }
      const nl = translations.nl;
      const { page, errors } = await openIn('nl', DESKTOP, '/admin/account-requests');
      await signIn(page, 'nl', orgAdmin.email, { totpSecret: DEMO_TOTP_SECRET });
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(nl.admin.requests.title);
      const row = page.getByRole('row').filter({ hasText: newcomer.email });
      await expect.poll(() => row.count()).toBe(1);
      await expectNoAxeViolations(page);
      await screenshot(page, 'admin-account-requests-nl-desktop');
      await row.getByRole('button', { name: nl.admin.requests.approve }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: nl.roles.centre_caseworker }).check();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: nl.admin.requests.approveSubmit }).click();
      await expect.poll(() => page.getByText(newcomer.email, { exact: false }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('status').filter({ hasText: newcomer.name }).count()).toBe(1);

      // The users page lists the newcomer as invited.
      await page.getByRole('link', { name: nl.nav.users }).click();
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(nl.admin.users.title);
      await expect.poll(() => page.getByRole('row').filter({ hasText: newcomer.email }).count()).toBe(1);
      expect(await page.getByRole('row').filter({ hasText: newcomer.email }).innerText()).toContain(
        nl.admin.users.statuses.invited,
      );
      await expectNoAxeViolations(page);
      await screenshot(page, 'admin-users-nl-desktop');
      await page.setViewportSize(PHONE);
      // The layout follows the new width (media queries, then React's phone layout of the table).
      await expect.poll(() => overflowing(page)).toEqual([]);
      await expectNoAxeViolations(page);
      await screenshot(page, 'admin-users-nl-phone');
      expect(errors).toEqual([]);
      await page.context().close();
    }

    // 3. The invitation arrives by mail (a job sends it after the approval commits).
    await expect.poll(() => invitationTokenFor(newcomer.email), { timeout: 30_000 }).not.toBeNull();
    const token = invitationTokenFor(newcomer.email) ?? '';

    // 4. The newcomer sets up the account on a phone.
    {
      const en = translations.en;
      const { page, errors } = await openIn('en', PHONE, `/invitation/${token}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(en.invitation.steps.password);
      await expectNoAxeViolations(page);
      await page.locator('input[name="password"]').fill(NEW_PASSWORD);
      await page.locator('input[name="repeat"]').fill(NEW_PASSWORD);
      await screenshot(page, 'invitation-password-en-phone');
      await page.getByRole('button', { name: en.common.continue }).click();

      await expect.poll(() => page.locator('h1').first().textContent()).toBe(en.invitation.steps.enrol);
      const key = ((await page.getByTestId('manual-key').textContent()) ?? '').replace(/\s+/g, '');
      expect(key).toMatch(/^[A-Z2-7]{16,}$/);
      expect(await overflowing(page)).toEqual([]);
      await expectNoAxeViolations(page);
      await screenshot(page, 'invitation-enrol-en-phone');
      await page.getByLabel(en.mfa.enrol.code).fill(await currentTotp(key));
      await page.getByRole('button', { name: en.mfa.enrol.confirm }).click();

      await expect.poll(() => page.locator('h1').first().textContent()).toBe(en.invitation.steps.codes);
      const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
      expect(codes.length).toBeGreaterThanOrEqual(8);
      await expectNoAxeViolations(page);
      await screenshot(page, 'invitation-codes-en-phone');
      await page.getByRole('checkbox', { name: en.recoveryCodes.confirm }).check();
      await page.getByRole('button', { name: en.invitation.continueToLogin }).click();

      // 5. First sign-in, with a recovery code (the app's current code was just used to confirm).
      await signIn(page, 'en', newcomer.email, { recoveryCode: codes[0] ?? '' });
      await expect.poll(() => page.getByTestId('session-user').innerText()).toContain(newcomer.name);
      await page.goto(`${server.url}/profile`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(en.profile.title);
      await expect.poll(() => page.getByText(newcomer.email).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByText(en.sessions.methods.password_recovery_code).count()).toBe(1);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('platform administration', () => {
  it('lists organisations, service accounts and the audit trail, accessibly', async () => {
    const platformAdmin = DEMO_USERS.find((u) => u.key === 'platform-admin');
    if (!platformAdmin) {
      throw new Error('the demo data has no platform administrator');
    }
    const de = translations.de;
    const { page, errors } = await openIn('de', DESKTOP, '/admin/organisations');
    await signIn(page, 'de', platformAdmin.email, { totpSecret: DEMO_TOTP_SECRET });

    await expect.poll(() => page.locator('h1').first().textContent()).toBe(de.admin.organisations.title);
    await expect.poll(() => page.getByRole('row').filter({ hasText: organisationName }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-organisations-de-desktop');

    // The editor opens with the organisation's values, and closes without saving.
    await page
      .getByRole('row')
      .filter({ hasText: organisationName })
      .getByRole('button', { name: de.common.edit })
      .click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('input[name="name"]').inputValue()).toBe(organisationName);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: de.common.cancel }).click();

    await page.getByRole('link', { name: de.nav.serviceAccounts }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(de.admin.serviceAccounts.title);
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-service-accounts-de-desktop');

    await page.getByRole('link', { name: de.nav.audit }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(de.admin.audit.title);
    // The trail of this very run: sign-ins, the approval, the invitation.
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'auth.login_succeeded' }).count())
      .toBeGreaterThan(0);
    await page.getByLabel(de.admin.audit.action).fill('auth.login_failed');
    await page.getByRole('button', { name: de.admin.audit.search }).click();
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'auth.login_succeeded' }).count())
      .toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'admin-audit-de-desktop');

    // A platform administrator chooses whose users to manage.
    await page.goto(`${server.url}/admin/users`);
    const picker = page.getByRole('combobox', { name: de.admin.organisationPicker.label });
    await expect.poll(() => picker.count()).toBe(1);
    await picker.click();
    await picker.fill('PAG');
    await page.getByRole('option', { name: new RegExp(`^${organisationName}`) }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: caseworker.email }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('organisation')).toMatch(/^[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
