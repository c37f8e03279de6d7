import { and, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '@keten/shared';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { verifyAudit } from '../../apps/server/src/audit/audit-verify.ts';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { oidcFlows, organisationOidc } from '../../apps/server/src/auth/oidc.schema.ts';
import { isSafeReturnTo, providerProvedMfa } from '../../apps/server/src/auth/oidc.service.ts';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { sessions } from '../../apps/server/src/sessions/session.schema.ts';
import { users } from '../../apps/server/src/users/user.schema.ts';
import { demoUser, loginAs, sessionCookie, type LoggedIn } from '../support/auth.ts';
import { startTestIdp, type TestIdp } from '../support/oidc-provider.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const PUBLIC_URL = 'https://keten.test';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
const PAGASA = demoOrganisationId('centre-pagasa');

let t: TestApp;
let idp: TestIdp;
let admin: LoggedIn;

beforeAll(async () => {
  idp = await startTestIdp({
    redirectUri: CALLBACK,
    accounts: {
      amira: { email: 'Caseworker@PagAsa.example.be', emailVerified: true },
      bram: { email: 'admin@pagasa.example.be', emailVerified: true },
      ghost: { email: 'nobody@pagasa.example.be', emailVerified: true },
      sofie: { email: 'caseworker@payoke.example.be', emailVerified: true },
      unverified: { email: 'coordination@pagasa.example.be', emailVerified: false },
    },
  });
  t = await createTestApp({ demo: true, env: { KETEN_PUBLIC_URL: PUBLIC_URL, KETEN_OIDC_ALLOW_HTTP: 'true' } });
  admin = await loginAs(t.app, t.database, 'platform-admin');
  const put = await configure({ trustProviderMfa: true });
  expect(put.statusCode, put.body).toBe(200);
});
afterAll(async () => {
  await t.close();
  await idp.close();
});

function configure(overrides: { trustProviderMfa: boolean; enabled?: boolean; clientSecret?: string | null }) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/admin/organisations/${PAGASA}/oidc`,
    headers: admin.headers,
    payload: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, enabled: true, ...overrides },
  });
}

/** Starts at Keten, logs in at the provider, and returns Keten's answer to the callback. */
async function oidcLogin(account: string, amr: string[], returnTo?: string): Promise<{ res: LightMyRequestResponse; callbackUrl: string; stateCookie: string }> {
  const start = await t.app.inject({
    method: 'GET',
    url: `/api/auth/oidc/${PAGASA}/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`,
  });
  expect(start.statusCode, start.body).toBe(302);
  const state = start.cookies.find((c) => c.name === 'keten_oidc_state');
  expect(state).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc/callback' });
  const back = await idp.authorize(String(start.headers.location), { account, amr });
  const callbackUrl = back.pathname + back.search;
  const stateCookie = `keten_oidc_state=${state?.value ?? ''}`;
  const res = await t.app.inject({ method: 'GET', url: callbackUrl, headers: { cookie: stateCookie } });
  return { res, callbackUrl, stateCookie };
}

const sessionCountOf = async (userId: string): Promise<number> =>
  (await t.database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId))).length;

const lastFailure = async () => {
  const [row] = await t.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'auth.login_failed'))
    .orderBy(sql`${auditEvents.occurredAt} DESC`)
    .limit(1);
  return row;
};

describe('OpenID Connect login through a real provider', () => {
  it('lists the organisations that offer it, publicly', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/providers' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ data: { id: string; name: string }[] }>().data).toEqual([{ id: PAGASA, name: expect.stringMatching(/PAG-ASA/) as unknown }]);
  });

  it('sends the browser to the provider with PKCE S256, state and nonce', async () => {
    const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${PAGASA}/start` });
    expect(start.statusCode).toBe(302);
    const url = new URL(String(start.headers.location));
    expect(url.origin).toBe(idp.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: idp.clientId,
      redirect_uri: CALLBACK,
      response_type: 'code',
      code_challenge_method: 'S256',
      scope: 'openid email',
    });
    for (const p of ['code_challenge', 'state', 'nonce']) {
      expect(url.searchParams.get(p)?.length).toBeGreaterThanOrEqual(43);
    }
    const [flow] = await t.database.db.select().from(oidcFlows).where(eq(oidcFlows.state, url.searchParams.get('state') ?? ''));
    expect(flow?.organisationId).toBe(PAGASA);
    expect(flow?.codeVerifier).not.toBe(url.searchParams.get('code_challenge'));
  });

  it('logs in when the provider proves MFA (amr mfa): the cookie opens a session with Keten roles', async () => {
    const { res } = await oidcLogin('amira', ['pwd', 'mfa'], '/cases?tab=mine');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/cases?tab=mine');
    const cookie = res.cookies.find((c) => c.name === 'keten_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: sessionCookie(res) } });
    expect(me.statusCode).toBe(200);
    const info = me.json<SessionInfo>();
    expect(info.user).toMatchObject({ id: demoUser('caseworker').id, organisationId: PAGASA, roles: ['centre_caseworker'] });
    const [s] = await t.database.db.select().from(sessions).where(eq(sessions.id, info.session.id));
    expect(s?.authMethod).toBe('oidc');
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'auth.login_succeeded'), eq(auditEvents.recordId, info.session.id)));
    expect(audit?.details).toMatchObject({ method: 'oidc', userId: demoUser('caseworker').id });
  });

  it('asks for the Keten TOTP code when the provider did not prove MFA, then opens an oidc_totp session', async () => {
    const u = demoUser('caseworker');
    await t.database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, u.id));
    const { res } = await oidcLogin('amira', ['pwd']);
    expect(res.statusCode).toBe(302);
    expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    const location = new URL(String(res.headers.location), PUBLIC_URL);
    expect(location.pathname).toBe('/login/second-factor');
    const pendingToken = location.searchParams.get('pending') ?? '';
    const step2 = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) },
    });
    expect(step2.statusCode, step2.body).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: sessionCookie(step2) } });
    expect(me.json<SessionInfo>().user.id).toBe(u.id);
    const [s] = await t.database.db.select().from(sessions).where(eq(sessions.id, me.json<SessionInfo>().session.id));
    expect(s?.authMethod).toBe('oidc_totp');
  });

  it("ignores the provider's MFA when the organisation does not trust it", async () => {
    expect((await configure({ trustProviderMfa: false })).statusCode).toBe(200);
    try {
      const { res } = await oidcLogin('amira', ['pwd', 'mfa']);
      expect(res.statusCode).toBe(302);
      expect(String(res.headers.location)).toMatch(/^\/login\/second-factor\?pending=/);
      expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    } finally {
      expect((await configure({ trustProviderMfa: true })).statusCode).toBe(200);
    }
  });

  it('refuses a user with neither provider MFA nor an enrolled TOTP, and accepts them with provider MFA', async () => {
    const u = demoUser('org-admin');
    await t.database.db.update(users).set({ totpSecret: null, totpEnrolledAt: null }).where(eq(users.id, u.id));
    const before = await sessionCountOf(u.id);
    const { res } = await oidcLogin('bram', ['pwd']);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/login?error=oidc_second_factor_required');
    expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    expect(await sessionCountOf(u.id)).toBe(before);
    expect((await lastFailure())?.details).toMatchObject({ cause: 'second_factor_missing', method: 'oidc', userId: u.id });

    const withMfa = await oidcLogin('bram', ['hwk']);
    expect(withMfa.res.headers.location).toBe('/');
    expect(await sessionCountOf(u.id)).toBe(before + 1);
  });

  it('opens no session for an e-mail address Keten does not know, and does not audit the address', async () => {
    const { res } = await oidcLogin('ghost', ['mfa']);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/login?error=oidc_no_account');
    expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    const failure = await lastFailure();
    expect(failure?.details).toEqual({ cause: 'unknown_account', method: 'oidc' });
    expect(JSON.stringify(failure)).not.toContain('nobody@');
  });

  it("opens no session for a user of ANOTHER organisation, even with that user's verified e-mail", async () => {
    const other = demoUser('caseworker-payoke');
    const before = await sessionCountOf(other.id);
    const { res } = await oidcLogin('sofie', ['mfa']);
    expect(res.headers.location).toBe('/login?error=oidc_no_account');
    expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    expect(await sessionCountOf(other.id)).toBe(before);
    expect((await lastFailure())?.details).toEqual({ cause: 'unknown_account', method: 'oidc' });
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const { res } = await oidcLogin('unverified', ['mfa']);
    expect(res.headers.location).toBe('/login?error=oidc_email_unverified');
    expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
  });
});

describe('the flow cannot be tampered with or replayed', () => {
  it('refuses a tampered state, and a callback from a browser that did not start the flow', async () => {
    const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${PAGASA}/start` });
    const stateCookie = `keten_oidc_state=${start.cookies.find((c) => c.name === 'keten_oidc_state')?.value ?? ''}`;
    const back = await idp.authorize(String(start.headers.location), { account: 'amira', amr: ['mfa'] });
    const genuineState = back.searchParams.get('state') ?? '';

    const tampered = new URL(back);
    tampered.searchParams.set('state', `${genuineState.slice(0, -2)}xx`);
    for (const attempt of [
      { url: tampered.pathname + tampered.search, cookie: stateCookie },
      // The attacker's own browser state cookie, matching their tampered state: no such flow.
      { url: tampered.pathname + tampered.search, cookie: `keten_oidc_state=${tampered.searchParams.get('state') ?? ''}` },
      // Login CSRF: the genuine callback link opened in another browser (no state cookie).
      { url: back.pathname + back.search, cookie: '' },
    ]) {
      const res = await t.app.inject({ method: 'GET', url: attempt.url, headers: attempt.cookie ? { cookie: attempt.cookie } : {} });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'bad_request', details: { reason: 'oidc_invalid_state' } } });
      expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    }
    // The genuine browser still completes its own login.
    const ok = await t.app.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: stateCookie } });
    expect(ok.statusCode).toBe(302);
    expect(ok.cookies.find((c) => c.name === 'keten_session')).toBeDefined();
  });

  it('refuses a reused state (the flow is single use)', async () => {
    const { res, callbackUrl, stateCookie } = await oidcLogin('amira', ['mfa']);
    expect(res.cookies.find((c) => c.name === 'keten_session')).toBeDefined();
    const before = await sessionCountOf(demoUser('caseworker').id);
    const replay = await t.app.inject({ method: 'GET', url: callbackUrl, headers: { cookie: stateCookie } });
    expect(replay.statusCode).toBe(400);
    expect(replay.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    expect(await sessionCountOf(demoUser('caseworker').id)).toBe(before);
  });

  it('refuses an expired flow', async () => {
    const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${PAGASA}/start` });
    const stateCookie = `keten_oidc_state=${start.cookies.find((c) => c.name === 'keten_oidc_state')?.value ?? ''}`;
    const back = await idp.authorize(String(start.headers.location), { account: 'amira', amr: ['mfa'] });
    await t.database.db
      .update(oidcFlows)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(oidcFlows.state, back.searchParams.get('state') ?? ''));
    const res = await t.app.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: stateCookie } });
    expect(res.statusCode).toBe(400);
  });

  it('does not accept a code that was not issued for the flow (provider error → failed login)', async () => {
    const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${PAGASA}/start` });
    const stateCookie = `keten_oidc_state=${start.cookies.find((c) => c.name === 'keten_oidc_state')?.value ?? ''}`;
    const back = await idp.authorize(String(start.headers.location), { account: 'amira', amr: ['mfa'] });
    back.searchParams.set('code', 'forged-code-value');
    const res = await t.app.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: stateCookie } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/login?error=oidc_failed');
    expect(res.cookies.find((c) => c.name === 'keten_session')).toBeUndefined();
    expect((await lastFailure())?.details).toEqual({ cause: 'provider_error', method: 'oidc' });
  });

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/\r\nLocation: https://evil.example', 'javascript:alert(1)', 'relative/path'])(
    'refuses the open redirect returnTo=%s',
    async (returnTo) => {
      const before = (await t.database.db.select().from(oidcFlows)).length;
      const res = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${PAGASA}/start?returnTo=${encodeURIComponent(returnTo)}` });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation_failed' } });
      expect((await t.database.db.select().from(oidcFlows)).length).toBe(before);
    },
  );

  it('answers 404 for an organisation without OpenID Connect', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${demoOrganisationId('centre-payoke')}/start` });
    expect(res.statusCode).toBe(404);
  });
});

describe('administration of the OpenID Connect settings', () => {
  it('stores the client secret encrypted and never returns it', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/organisations/${PAGASA}/oidc`, headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ issuer: idp.issuer, clientId: idp.clientId, hasClientSecret: true, redirectUri: CALLBACK, enabled: true });
    expect(res.body).not.toContain(idp.clientSecret);
    const [row] = await t.database.db.select().from(organisationOidc).where(eq(organisationOidc.organisationId, PAGASA));
    expect(row?.clientSecret?.toString('latin1')).not.toContain(idp.clientSecret);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'organisation.oidc_configured'));
    expect(audits.length).toBeGreaterThan(0);
    expect(JSON.stringify(audits)).not.toContain(idp.clientSecret);
  });

  it('is for platform administrators only', async () => {
    const orgAdmin = await loginAs(t.app, t.database, 'coordinator');
    const get = await t.app.inject({ method: 'GET', url: `/api/admin/organisations/${PAGASA}/oidc`, headers: { cookie: orgAdmin.cookie } });
    expect(get.statusCode).toBe(403);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/organisations/${PAGASA}/oidc`,
      headers: orgAdmin.headers,
      payload: { issuer: 'https://evil.example', clientId: 'x', trustProviderMfa: true, enabled: true },
    });
    expect(put.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/admin/organisations/${PAGASA}/oidc` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 404 for an unknown organisation', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/organisations/00000000-0000-4000-8000-000000000000/oidc',
      headers: admin.headers,
      payload: { issuer: 'https://idp.example', clientId: 'x', trustProviderMfa: true, enabled: true },
    });
    expect(res.statusCode).toBe(404);
  });

  it('hides a disabled configuration from the login page and refuses to start with it', async () => {
    expect((await configure({ trustProviderMfa: true, enabled: false })).statusCode).toBe(200);
    try {
      const list = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/providers' });
      expect(list.json<{ data: unknown[] }>().data).toEqual([]);
      const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${PAGASA}/start` });
      expect(start.statusCode).toBe(404);
    } finally {
      expect((await configure({ trustProviderMfa: true })).statusCode).toBe(200);
    }
  });

  it('answers 503 when the provider cannot be reached', async () => {
    const payoke = demoOrganisationId('centre-payoke');
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/organisations/${payoke}/oidc`,
      headers: admin.headers,
      // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
      payload: { issuer: 'http://127.0.0.1:9', clientId: 'keten', trustProviderMfa: true, enabled: true },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ hasClientSecret: false });
    try {
      const start = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${payoke}/start` });
      expect(start.statusCode).toBe(503);
      expect(start.json()).toMatchObject({ error: { code: 'unavailable' } });
    } finally {
      await t.database.db.delete(organisationOidc).where(eq(organisationOidc.organisationId, payoke));
    }
  });

  it('refuses a plain-http issuer unless KETEN_OIDC_ALLOW_HTTP is set', async () => {
    const strict = await createTestApp({ demo: true, env: { KETEN_PUBLIC_URL: PUBLIC_URL } });
    try {
      const platformAdmin = await loginAs(strict.app, strict.database, 'platform-admin');
      const res = await strict.app.inject({
        method: 'PUT',
        url: `/api/admin/organisations/${PAGASA}/oidc`,
        headers: platformAdmin.headers,
        payload: { issuer: idp.issuer, clientId: idp.clientId, trustProviderMfa: true, enabled: true },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation_failed', details: { issues: [{ path: 'body.issuer', code: 'https_required' }] } } });
    } finally {
      await strict.close();
    }
    expect(() => loadConfig({ NODE_ENV: 'production', KETEN_OIDC_ALLOW_HTTP: 'true', KETEN_SECRETS_FILE: '/etc/keten/secrets' })).toThrow(
      /KETEN_OIDC_ALLOW_HTTP/,
    );
  });

  it('keeps an audit chain that verifies', async () => {
    const report = await verifyAudit(t.database.db, t.secrets, { checkpointFile: `${t.config.dataDir}/audit-checkpoints.jsonl` });
    expect(report.ok).toBe(true);
  });
});

describe('rules', () => {
  it('counts only the documented amr values as provider MFA', () => {
    expect(providerProvedMfa(['mfa'])).toBe(true);
    expect(providerProvedMfa(['pwd', 'otp'])).toBe(true);
    expect(providerProvedMfa(['hwk'])).toBe(true);
    expect(providerProvedMfa(['swk', 'pin'])).toBe(true);
    expect(providerProvedMfa(['sc', 'pin'])).toBe(true);
    expect(providerProvedMfa(['swk'])).toBe(false);
    expect(providerProvedMfa(['pwd'])).toBe(false);
    expect(providerProvedMfa(['pwd', 'sms'])).toBe(false);
    expect(providerProvedMfa('mfa')).toBe(false);
    expect(providerProvedMfa(undefined)).toBe(false);
  });

  it('accepts only same-site paths as returnTo', () => {
    expect(isSafeReturnTo('/')).toBe(true);
    expect(isSafeReturnTo('/cases/1?tab=notes#top')).toBe(true);
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '/a b', '/\tx', 'evil', '']) {
      expect(isSafeReturnTo(bad)).toBe(false);
    }
  });
});
