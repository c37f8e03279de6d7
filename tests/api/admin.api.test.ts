import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminSession, AdminUser, AuditEventView, Organisation, ServiceAccount, TotpEnrolment } from '@keten/shared';
import { accountRequests } from '../../apps/server/src/account-requests/account-request.schema.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { hashToken } from '../../apps/server/src/auth/tokens.ts';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { apiTokens } from '../../apps/server/src/service-accounts/service-account.schema.ts';
import { users } from '../../apps/server/src/users/user.schema.ts';
import { demoUser, loginAs, sessionCookie, type LoggedIn } from '../support/auth.ts';
import { invitationToken, startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const PAGASA = demoOrganisationId('centre-pagasa');
const PAYOKE = demoOrganisationId('centre-payoke');

let smtp: TestSmtpServer;
let t: TestApp;
let orgAdmin: LoggedIn;
let platform: LoggedIn;

const get = (url: string, who: { cookie: string }) => t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
const sessionWorks = async (cookie: string) => (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ demo: true, env: { SMTP_URL: smtp.url } });
  orgAdmin = await loginAs(t.app, t.database, 'org-admin');
  platform = await loginAs(t.app, t.database, 'platform-admin');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('an organisation administrator stays inside their organisation', () => {
  let payokeRequestId: string;
  const payokeUser = () => demoUser('caseworker-payoke').id;

  beforeAll(async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/account-requests',
      remoteAddress: '10.50.0.1',
      payload: { organisationId: PAYOKE, name: 'Noor Demo-Aerts', email: 'noor@payoke.example.be', jobTitle: 'Begeleider', reason: 'Nieuwe collega in Antwerpen', language: 'nl' },
    });
    expect(res.statusCode).toBe(202);
    const [row] = await t.database.db.select().from(accountRequests).where(eq(accountRequests.email, 'noor@payoke.example.be'));
    payokeRequestId = row!.id;
  });

  it("lists only PAG-ASA's users and requests", async () => {
    const list = await get('/api/admin/users?pageSize=200', orgAdmin);
    expect(list.statusCode).toBe(200);
    const body = list.json<{ data: AdminUser[]; page: { total: number } }>();
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((u) => u.organisationId === PAGASA)).toBe(true);
    expect(body.data.map((u) => u.id)).not.toContain(payokeUser());
    const requests = await get('/api/admin/account-requests', orgAdmin);
    expect(requests.json<{ data: { id: string }[] }>().data.map((r) => r.id)).not.toContain(payokeRequestId);
  });

  it("a story: PAG-ASA's administrator opens, edits and resets Payoke's caseworker → 404 every time", async () => {
    const id = payokeUser();
    const answers = [
      await get(`/api/admin/users/${id}`, orgAdmin),
      await get(`/api/admin/users/${id}/sessions`, orgAdmin),
      await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: orgAdmin.headers, payload: { version: 1, disabled: true } }),
      await t.app.inject({ method: 'POST', url: `/api/admin/users/${id}/mfa-reset`, headers: orgAdmin.headers }),
      await t.app.inject({ method: 'POST', url: `/api/admin/users/${id}/invitation`, headers: orgAdmin.headers }),
      await t.app.inject({ method: 'DELETE', url: `/api/admin/users/${id}/sessions`, headers: orgAdmin.headers }),
      await t.app.inject({ method: 'POST', url: `/api/admin/account-requests/${payokeRequestId}/approve`, headers: orgAdmin.headers, payload: { roles: ['centre_caseworker'] } }),
      await t.app.inject({ method: 'POST', url: `/api/admin/account-requests/${payokeRequestId}/refuse`, headers: orgAdmin.headers, payload: { reason: 'niet bij ons' } }),
    ];
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(row?.status).toBe('active');
    const [req] = await t.database.db.select().from(accountRequests).where(eq(accountRequests.id, payokeRequestId));
    expect(req?.status).toBe('pending');
  });

  it("cannot use the platform administrator's routes to reach Payoke (403)", async () => {
    expect((await get(`/api/admin/organisations/${PAYOKE}/users`, orgAdmin)).statusCode).toBe(403);
    expect((await get('/api/admin/organisations', orgAdmin)).statusCode).toBe(403);
    expect((await get('/api/admin/audit', orgAdmin)).statusCode).toBe(403);
  });
});

describe('a caseworker is not an administrator', () => {
  it('gets 403 on every administration route', async () => {
    const cw = await loginAs(t.app, t.database, 'caseworker');
    const answers = [
      await get('/api/admin/users', cw),
      await get('/api/admin/account-requests', cw),
      await get(`/api/admin/users/${demoUser('coordinator').id}`, cw),
      await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${demoUser('caseworker').id}`, headers: cw.headers, payload: { version: 1, roles: ['organisation_admin'] } }),
      await get('/api/admin/organisations', cw),
      await get('/api/admin/service-accounts', cw),
      await t.app.inject({ method: 'POST', url: '/api/admin/service-accounts', headers: cw.headers, payload: { organisationId: PAGASA, name: 'x-scraper', capabilities: ['metrics.read'] } }),
      await get('/api/admin/audit', cw),
      await get('/api/metrics', cw),
    ];
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });
});

describe('roles, status and optimistic locking', () => {
  it('changes roles with the loaded version; a stale version answers 409 with the current one', async () => {
    const id = demoUser('caseworker').id;
    const before = (await get(`/api/admin/users/${id}`, orgAdmin)).json<AdminUser>();
    expect(before.allowedRoles).toEqual(['centre_caseworker', 'centre_coordinator', 'organisation_admin']);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${id}`,
      headers: orgAdmin.headers,
      payload: { version: before.version, roles: ['centre_caseworker', 'centre_coordinator'] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<AdminUser>()).toMatchObject({ roles: ['centre_caseworker', 'centre_coordinator'], version: before.version + 1 });
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: orgAdmin.headers, payload: { version: before.version, roles: ['centre_caseworker'] } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict', details: { currentVersion: before.version + 1 } } });
    const back = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: orgAdmin.headers, payload: { version: before.version + 1, roles: ['centre_caseworker'] } });
    expect(back.statusCode).toBe(200);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user.updated'), eq(auditEvents.recordId, id)))
      .orderBy(sql`${auditEvents.occurredAt} desc`)
      .limit(1);
    expect(audit?.details).toMatchObject({ userId: id, changes: { roles: { before: ['centre_caseworker', 'centre_coordinator'], after: ['centre_caseworker'] } } });
  });

  it('refuses roles that do not fit, and changes to one’s own account', async () => {
    const cw = (await get(`/api/admin/users/${demoUser('caseworker').id}`, orgAdmin)).json<AdminUser>();
    const misfit = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${cw.id}`, headers: orgAdmin.headers, payload: { version: cw.version, roles: ['police_investigator'] } });
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json()).toMatchObject({ error: { code: 'domain_rule', details: { reason: 'role_not_allowed' } } });
    const self = (await get(`/api/admin/users/${demoUser('org-admin').id}`, orgAdmin)).json<AdminUser>();
    const own = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${self.id}`,
      headers: orgAdmin.headers,
      payload: { version: self.version, roles: ['organisation_admin', 'centre_coordinator'] },
    });
    expect(own.statusCode).toBe(422);
    expect(own.json()).toMatchObject({ error: { details: { reason: 'own_account' } } });
  });

  it('disabling ends the sessions at once; enabling restores the account', async () => {
    const cw = await loginAs(t.app, t.database, 'caseworker');
    const user = (await get(`/api/admin/users/${demoUser('caseworker').id}`, orgAdmin)).json<AdminUser>();
    const off = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${user.id}`, headers: orgAdmin.headers, payload: { version: user.version, disabled: true } });
    expect(off.statusCode).toBe(200);
    expect(off.json<AdminUser>().status).toBe('disabled');
    expect(await sessionWorks(cw.cookie)).toBe(401);
    const on = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${user.id}`, headers: orgAdmin.headers, payload: { version: user.version + 1, disabled: false } });
    expect(on.json<AdminUser>().status).toBe('active');
    expect((await loginAs(t.app, t.database, 'caseworker')).info.user.id).toBe(user.id);
  });

  it('an organisation edit with a stale version answers 409', async () => {
    const org = (await get(`/api/admin/organisations/${PAYOKE}`, platform)).json<Organisation>();
    const ok = await t.app.inject({ method: 'PATCH', url: `/api/admin/organisations/${PAYOKE}`, headers: platform.headers, payload: { version: org.version, servesDistricts: ['antwerp', 'limburg'] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Organisation>().version).toBe(org.version + 1);
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/admin/organisations/${PAYOKE}`, headers: platform.headers, payload: { version: org.version, name: 'Payoke vzw' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict', details: { currentVersion: org.version + 1 } } });
  });
});

describe('sessions', () => {
  it("the organisation administrator revokes a colleague's session → that cookie gets 401", async () => {
    const coord = await loginAs(t.app, t.database, 'coordinator');
    const list = await get(`/api/admin/users/${demoUser('coordinator').id}/sessions`, orgAdmin);
    expect(list.statusCode).toBe(200);
    const sessions = list.json<{ data: AdminSession[] }>().data;
    expect(sessions.map((s) => s.id)).toContain(coord.info.session.id);
    const res = await t.app.inject({ method: 'DELETE', url: `/api/admin/users/${demoUser('coordinator').id}/sessions/${coord.info.session.id}`, headers: orgAdmin.headers });
    expect(res.statusCode).toBe(204);
    expect(await sessionWorks(coord.cookie)).toBe(401);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'session.revoked'), eq(auditEvents.recordId, coord.info.session.id)));
    expect(audit?.details).toMatchObject({ cause: 'administrator', userId: demoUser('coordinator').id });
  });

  it("the platform administrator sees any organisation's users (no record data) and ends their sessions", async () => {
    const payoke = await loginAs(t.app, t.database, 'caseworker-payoke');
    const list = await get(`/api/admin/organisations/${PAYOKE}/users`, platform);
    expect(list.statusCode).toBe(200);
    const found = list.json<{ data: AdminUser[] }>().data.find((u) => u.id === demoUser('caseworker-payoke').id);
    expect(Object.keys(found ?? {}).sort()).toEqual(
      ['allowedRoles', 'createdAt', 'displayName', 'email', 'id', 'jobTitle', 'language', 'lastLoginAt', 'mfaEnrolled', 'organisationId', 'roles', 'status', 'version'].sort(),
    );
    // Another organisation's user under the wrong organisation's path is not found.
    expect((await get(`/api/admin/organisations/${PAGASA}/users/${demoUser('caseworker-payoke').id}`, platform)).statusCode).toBe(404);
    const all = await t.app.inject({ method: 'DELETE', url: `/api/admin/organisations/${PAYOKE}/users/${demoUser('caseworker-payoke').id}/sessions`, headers: platform.headers });
    expect(all.statusCode).toBe(200);
    expect(all.json<{ revoked: number }>().revoked).toBeGreaterThanOrEqual(1);
    expect(await sessionWorks(payoke.cookie)).toBe(401);
  });
});

describe('organisations, service accounts and API tokens', () => {
  let orgId: string;
  let account: ServiceAccount;
  let token: string;
  let tokenId: string;

  it('the platform administrator creates an organisation; it appears on the public form', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: platform.headers,
      payload: {
        type: 'ngo',
        name: 'Demo vzw Uitweg',
        regionCode: 'BE-VLG',
        judicialDistrict: 'antwerp',
        servesDistricts: ['antwerp'],
        workingLanguages: ['nl', 'en'],
        emailDomains: ['Uitweg.Example.be'],
        publicContact: { phone: '+3230000099', website: 'https://uitweg.example.be' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const org = res.json<Organisation>();
    expect(org).toMatchObject({ type: 'ngo', version: 1, emailDomains: ['uitweg.example.be'], country: 'BE' });
    orgId = org.id;
    const pub = await t.app.inject({ method: 'GET', url: '/api/public/organisations' });
    expect(pub.json<{ data: unknown[] }>().data).toContainEqual({ id: orgId, name: 'Demo vzw Uitweg', type: 'ngo' });
    // The new organisation's first administrator: a request approved by the platform administrator.
    await t.app.inject({
      method: 'POST',
      url: '/api/account-requests',
      remoteAddress: '10.50.0.2',
      payload: { organisationId: orgId, name: 'An Demo-Peeters', email: 'an@uitweg.example.be', jobTitle: 'Coördinator', reason: 'Eerste beheerder van onze organisatie', language: 'nl' },
    });
    const pending = await get(`/api/admin/organisations/${orgId}/account-requests`, platform);
    const [req] = pending.json<{ data: { id: string }[] }>().data;
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/admin/organisations/${orgId}/account-requests/${req!.id}/approve`,
      headers: platform.headers,
      payload: { roles: ['organisation_admin'] },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<AdminUser>()).toMatchObject({ organisationId: orgId, roles: ['organisation_admin'], status: 'invited' });
  });

  it('refuses capabilities outside SERVICE_CAPABILITIES (422)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/service-accounts',
      headers: platform.headers,
      payload: { organisationId: orgId, name: 'monitoring', capabilities: ['metrics.read', 'record.read'] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'domain_rule', details: { reason: 'capability_not_allowed', capabilities: ['record.read'] } } });
  });

  it('creates a service account and a token shown once and stored hashed', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/service-accounts',
      headers: platform.headers,
      payload: { organisationId: orgId, name: 'monitoring', capabilities: ['metrics.read'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    account = created.json<ServiceAccount>();
    const issued = await t.app.inject({ method: 'POST', url: `/api/admin/service-accounts/${account.id}/tokens`, headers: platform.headers, payload: {} });
    expect(issued.statusCode, issued.body).toBe(201);
    ({ token, id: tokenId } = issued.json<{ token: string; id: string }>());
    expect(token).toMatch(/^ktn_/);
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('the token authenticates as Bearer for its capability only', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const metrics = await t.app.inject({ method: 'GET', url: '/api/metrics', headers: auth });
    expect(metrics.statusCode, metrics.body).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body).toMatch(/^keten_jobs\{status="queued"\} \d+$/m);
    expect(metrics.body).toMatch(/^keten_sessions_active \d+$/m);
    expect(metrics.body).toMatch(/^keten_audit_events \d+$/m);
    expect(metrics.body).not.toContain('@');
    for (const url of ['/api/admin/users', '/api/admin/audit', '/api/session', `/api/admin/service-accounts/${account.id}`]) {
      expect((await t.app.inject({ method: 'GET', url, headers: auth })).statusCode, url).toBe(403);
    }
    const listed = (await get(`/api/admin/service-accounts/${account.id}`, platform)).json<ServiceAccount>();
    expect(listed.tokens).toEqual([expect.objectContaining({ id: tokenId, prefix: token.slice(0, 10), revokedAt: null })]);
    expect(listed.tokens[0]?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('a revoked token answers 401', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: `/api/admin/service-accounts/${account.id}/tokens/${tokenId}`, headers: platform.headers });
    expect(res.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    const actions = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.recordType, 'api_token'));
    expect(actions.map((a) => a.action).sort()).toEqual(['api_token.issued', 'api_token.revoked']);
  });
});

describe('audit search', () => {
  it('finds events by filter, pages with a cursor and audits the search itself', async () => {
    const first = await get('/api/admin/audit?action=session.revoked&limit=1', platform);
    expect(first.statusCode, first.body).toBe(200);
    const page1 = first.json<{ data: AuditEventView[]; page: { cursor: string | null } }>();
    expect(page1.data).toHaveLength(1);
    expect(page1.data[0]?.action).toBe('session.revoked');
    expect(page1.page.cursor).not.toBeNull();
    const second = await get(`/api/admin/audit?action=session.revoked&limit=1&cursor=${page1.page.cursor ?? ''}`, platform);
    const page2 = second.json<{ data: AuditEventView[] }>();
    expect(page2.data[0]?.id).not.toBe(page1.data[0]?.id);
    const searched = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'audit.searched'));
    expect(searched.length).toBeGreaterThanOrEqual(2);
    expect(searched[0]?.details).toEqual({ filterFields: ['action'], count: 1 });
  });
});

describe('second factor', () => {
  it('a user replaces their authenticator after re-authenticating; other sessions end', async () => {
    const other = await loginAs(t.app, t.database, 'coordinator');
    const me = await loginAs(t.app, t.database, 'coordinator');
    const code = await currentTotp(DEMO_TOTP_SECRET);
    const badPassword = await t.app.inject({ method: 'POST', url: '/api/me/mfa/reset', headers: me.headers, payload: { password: 'not-the-password-1', code } });
    expect(badPassword.statusCode).toBe(403);
    expect(badPassword.json()).toMatchObject({ error: { code: 'forbidden', details: { reason: 'reauthentication_failed' } } });
    const badCode = await t.app.inject({ method: 'POST', url: '/api/me/mfa/reset', headers: me.headers, payload: { password: DEMO_PASSWORD, code: code === '123456' ? '654321' : '123456' } });
    expect(badCode.statusCode).toBe(403);
    // The login used this time step: forget it, as the support helper does, to re-authenticate now.
    await t.database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, demoUser('coordinator').id));
    const ok = await t.app.inject({ method: 'POST', url: '/api/me/mfa/reset', headers: me.headers, payload: { password: DEMO_PASSWORD, code } });
    expect(ok.statusCode, ok.body).toBe(200);
    const enrolment = ok.json<TotpEnrolment>();
    expect(await sessionWorks(other.cookie)).toBe(401);
    expect(await sessionWorks(me.cookie)).toBe(200);
    const confirm = await t.app.inject({ method: 'POST', url: '/api/me/mfa/confirm', headers: me.headers, payload: { code: await currentTotp(enrolment.manualKey) } });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    // New recovery codes need the new factor (and a fresh time step).
    await t.database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, demoUser('coordinator').id));
    const codes = await t.app.inject({
      method: 'POST',
      url: '/api/me/recovery-codes',
      headers: me.headers,
      payload: { password: DEMO_PASSWORD, code: await currentTotp(enrolment.manualKey) },
    });
    expect(codes.statusCode, codes.body).toBe(200);
    const actions = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.recordId, demoUser('coordinator').id));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['user.mfa_reset', 'user.mfa_enrolled', 'user.recovery_codes_issued']));
  });

  it('an administrator resets a colleague’s factor: sessions end, a link is mailed, the password is asked again', async () => {
    const cw = await loginAs(t.app, t.database, 'caseworker');
    const id = demoUser('caseworker').id;
    const res = await t.app.inject({ method: 'POST', url: `/api/admin/users/${id}/mfa-reset`, headers: orgAdmin.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AdminUser>()).toMatchObject({ mfaEnrolled: false, status: 'active' });
    expect(await sessionWorks(cw.cookie)).toBe(401);
    // No login without a second factor.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: demoUser('caseworker').email, password: DEMO_PASSWORD } })).statusCode).toBe(401);
    await t.jobs.drain();
    const mail = smtp.to(demoUser('caseworker').email).at(-1)!;
    expect(mail.subject).toBe('Nieuwe authenticator koppelen op Keten');
    const token = invitationToken(mail);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).json()).toMatchObject({ purpose: 'mfa_reset' });
    const wrong = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/password`, payload: { password: 'Kalme-rivier-op-dinsdag-42' } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ error: { details: { reason: 'password', problem: 'incorrect' } } });
    const start = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/password`, payload: { password: DEMO_PASSWORD } });
    expect(start.statusCode, start.body).toBe(200);
    const { manualKey } = start.json<TotpEnrolment>();
    const done = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/confirm`, payload: { code: await currentTotp(manualKey) } });
    expect(done.statusCode, done.body).toBe(200);
    await t.database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, id));
    const step1 = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: demoUser('caseworker').email, password: DEMO_PASSWORD } });
    const step2 = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { pendingToken: step1.json<{ pendingToken: string }>().pendingToken, code: await currentTotp(manualKey) },
    });
    expect(step2.statusCode, step2.body).toBe(200);
    expect(await sessionWorks(sessionCookie(step2))).toBe(200);
  });
});

describe('the API document', () => {
  it('describes both mounts of user administration, with their path parameters', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> }>();
    const own = doc.paths['/api/admin/users/{id}']?.patch;
    const platformWide = doc.paths['/api/admin/organisations/{organisationId}/users/{id}']?.patch;
    expect(own?.parameters?.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(['id']);
    expect(platformWide?.parameters?.filter((p) => p.in === 'path').map((p) => p.name).sort()).toEqual(['id', 'organisationId']);
    for (const path of ['/api/account-requests', '/api/invitations/{token}/confirm', '/api/me/mfa/reset', '/api/admin/service-accounts/{id}/tokens', '/api/admin/audit', '/api/metrics']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
