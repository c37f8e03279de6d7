import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicOrganisationSchema, type AccountRequest, type AdminUser, type TotpEnrolment } from '@keten/shared';
import { accountRequests } from '../../apps/server/src/account-requests/account-request.schema.ts';
import { ACCOUNT_REQUEST_PURGE_JOB, scheduleAccountRequestPurge } from '../../apps/server/src/account-requests/account-request-purge.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { verifyAudit } from '../../apps/server/src/audit/audit-verify.ts';
import { hashToken } from '../../apps/server/src/auth/tokens.ts';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { jobs } from '../../apps/server/src/jobs/job.schema.ts';
import { invitations, users } from '../../apps/server/src/users/user.schema.ts';
import { loginAs, sessionCookie, type LoggedIn } from '../support/auth.ts';
import { invitationToken, parseMessage, startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const PAGASA = demoOrganisationId('centre-pagasa');
const PAYOKE = demoOrganisationId('centre-payoke');
const GOOD_PASSWORD = 'Kalme-rivier-op-dinsdag-42';

let smtp: TestSmtpServer;
let t: TestApp;
let admin: LoggedIn;
let ipCounter = 0;

/** Each submission from its own address: the form allows 5 per IP per hour. */
const submit = (body: Record<string, unknown>, ip = `10.30.0.${++ipCounter}`) =>
  t.app.inject({ method: 'POST', url: '/api/account-requests', payload: body, remoteAddress: ip });

const request = (email: string, language: 'nl' | 'fr' | 'de' | 'en', organisationId = PAGASA) => ({
  organisationId,
  name: 'Lies Demo-Vos',
  email,
  jobTitle: 'Maatschappelijk werker',
  reason: 'Begeleiding van slachtoffers in de opvang',
  language,
});

async function pendingRequestId(email: string): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: '/api/admin/account-requests', headers: { cookie: admin.cookie } });
  expect(res.statusCode).toBe(200);
  const found = res.json<{ data: AccountRequest[] }>().data.find((r) => r.email === email);
  if (!found) {
    throw new Error(`no pending request for ${email}`);
  }
  return found.id;
}

async function approve(email: string, roles: string[]): Promise<AdminUser> {
  const id = await pendingRequestId(email);
  const res = await t.app.inject({ method: 'POST', url: `/api/admin/account-requests/${id}/approve`, headers: admin.headers, payload: { roles } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AdminUser>();
}

function lastMailTo(address: string) {
  const mails = smtp.to(address);
  const mail = mails.at(-1);
  if (!mail) {
    throw new Error(`no mail to ${address}`);
  }
  return mail;
}

beforeAll(async () => {
  smtp = await startSmtpServer({ reject: (address) => address.startsWith('bounce.') });
  t = await createTestApp({ demo: true, env: { SMTP_URL: smtp.url, KETEN_PUBLIC_URL: 'https://keten.example/' } });
  admin = await loginAs(t.app, t.database, 'org-admin');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('the public request form', () => {
  it('lists organisations with id, name and type only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/organisations' });
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: Record<string, unknown>[] }>().data;
    const pagasa = data.find((o) => o.id === PAGASA);
    expect(pagasa).toEqual({ id: PAGASA, name: 'PAG-ASA', type: 'specialised_centre' });
    for (const o of data) {
      expect(Object.keys(o).sort()).toEqual(['id', 'name', 'type']);
      PublicOrganisationSchema.parse(o);
    }
  });

  it('refuses an address outside the organisation’s mail domains (422 email_domain)', async () => {
    const res = await submit(request('lies.vos@gmail.example.com', 'nl'));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'domain_rule', details: { reason: 'email_domain' } } });
    // Payoke's domain is not PAG-ASA's.
    expect((await submit(request('lies.vos@payoke.example.be', 'nl'))).statusCode).toBe(422);
  });

  it('answers a duplicate request and an existing account exactly like a new request', async () => {
    const first = await submit(request('dup.demo@pagasa.example.be', 'nl'));
    const duplicate = await submit(request('DUP.Demo@pagasa.example.be', 'en'));
    const existing = await submit(request('caseworker@pagasa.example.be', 'nl'));
    for (const res of [first, duplicate, existing]) {
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ status: 'received' });
    }
    const rows = await t.database.db.select().from(accountRequests).where(sql`lower(${accountRequests.email}) in ('dup.demo@pagasa.example.be', 'caseworker@pagasa.example.be')`);
    expect(rows).toHaveLength(1);
  });

  it('limits submissions to 5 per IP address per hour', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) {
      answers.push((await submit(request(`rate${i}@gmail.example.com`, 'nl'), '10.99.0.1')).statusCode);
    }
    expect(answers).toEqual([422, 422, 422, 422, 422, 429]);
  });

  it('tells the organisation’s administrators that a request waits, without the requester’s details', async () => {
    await submit(request('notice.demo@pagasa.example.be', 'nl'));
    await t.jobs.drain();
    const notice = lastMailTo('admin@pagasa.example.be');
    expect(notice.subject).toBe('Nieuwe accountaanvraag op Keten');
    expect(notice.text).toContain('https://keten.example/admin/account-requests');
    expect(notice.raw).not.toContain('notice.demo');
    expect(notice.raw).not.toContain('Lies Demo-Vos');
  });
});

describe('from request to first login', () => {
  const email = 'lies.vos@pagasa.example.be';
  let userId: string;
  let token: string;
  let enrolment: TotpEnrolment;

  it('approval with roles that do not fit the organisation is refused', async () => {
    expect((await submit(request(email, 'fr'))).statusCode).toBe(202);
    const id = await pendingRequestId(email);
    const misfit = await t.app.inject({ method: 'POST', url: `/api/admin/account-requests/${id}/approve`, headers: admin.headers, payload: { roles: ['immigration_officer'] } });
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json()).toMatchObject({ error: { code: 'domain_rule', details: { reason: 'role_not_allowed', roles: ['immigration_officer'] } } });
    const platform = await t.app.inject({ method: 'POST', url: `/api/admin/account-requests/${id}/approve`, headers: admin.headers, payload: { roles: ['platform_admin'] } });
    expect(platform.statusCode).toBe(403);
  });

  it('approval creates an invited user and the invitation arrives by SMTP, in the requester’s language', async () => {
    const user = await approve(email, ['centre_caseworker']);
    expect(user).toMatchObject({ email, status: 'invited', roles: ['centre_caseworker'], mfaEnrolled: false, organisationId: PAGASA });
    userId = user.id;
    // Nothing is mailed before the job runs, and the job holds ids only.
    expect(smtp.to(email)).toHaveLength(0);
    const queued = await t.database.db.select().from(jobs).where(eq(jobs.kind, 'invitation.send'));
    expect(JSON.stringify(queued.map((j) => j.payload))).not.toContain('@');
    await t.jobs.drain();
    const mail = lastMailTo(email);
    expect(mail.subject).toBe('Votre compte sur Keten');
    expect(mail.text).toContain('https://keten.example/invitation/');
    expect(mail.html).toContain('Activer le compte');
    token = invitationToken(mail);
    // Only the SHA-256 of the token is stored.
    const rows = await t.database.db.select().from(invitations).where(eq(invitations.userId, userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashToken(token));
    const dump = await t.database.db.execute(sql`SELECT * FROM invitations, jobs`);
    expect(JSON.stringify(dump)).not.toContain(token);
  });

  it('shows who the link is for', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email, displayName: 'Lies Demo-Vos', organisationName: 'PAG-ASA', purpose: 'invitation' });
  });

  it('refuses a common password, accepts a good one and starts TOTP enrolment', async () => {
    const weak = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/password`, payload: { password: 'qwertyuiop123' } });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ error: { code: 'domain_rule', details: { reason: 'password', problem: 'common' } } });
    const ok = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/password`, payload: { password: GOOD_PASSWORD } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    enrolment = ok.json<TotpEnrolment>();
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Keten%3A.*secret=/);
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('confirms with a TOTP code, activates the account and returns recovery codes once', async () => {
    const current = await currentTotp(enrolment.manualKey);
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/confirm`,
      payload: { code: current === '000000' ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ error: { details: { reason: 'totp_code' } } });
    const ok = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/confirm`, payload: { code: current } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, userId));
    expect(row?.status).toBe('active');
  });

  it('works once: a used link is not found', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(404);
    const again = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/confirm`, payload: { code: await currentTotp(enrolment.manualKey) } });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('logs in with the new password and authenticator', async () => {
    // The confirmation used this time step; a login within the same 30 s would be a replay.
    await t.database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, userId));
    const step1 = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: GOOD_PASSWORD }, remoteAddress: '10.31.0.1' });
    expect(step1.statusCode, step1.body).toBe(200);
    const step2 = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { pendingToken: step1.json<{ pendingToken: string }>().pendingToken, code: await currentTotp(enrolment.manualKey) },
      remoteAddress: '10.31.0.1',
    });
    expect(step2.statusCode, step2.body).toBe(200);
    expect(step2.json()).toMatchObject({ user: { id: userId, roles: ['centre_caseworker'], language: 'fr' } });
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: sessionCookie(step2) } });
    expect(me.statusCode).toBe(200);
  });
});

describe('invitation expiry and re-sending', () => {
  const email = 'expiry.demo@pagasa.example.be';
  let userId: string;
  let oldToken: string;

  it('an expired link answers 422 invitation_expired', async () => {
    await submit(request(email, 'en'));
    userId = (await approve(email, ['centre_coordinator'])).id;
    await t.jobs.drain();
    oldToken = invitationToken(lastMailTo(email));
    await t.database.db.update(invitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(invitations.userId, userId));
    for (const res of [
      await t.app.inject({ method: 'GET', url: `/api/invitations/${oldToken}` }),
      await t.app.inject({ method: 'POST', url: `/api/invitations/${oldToken}/password`, payload: { password: GOOD_PASSWORD } }),
    ]) {
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: { code: 'domain_rule', details: { reason: 'invitation_expired' } } });
    }
  });

  it('the administrator re-sends: a new link works and the old one is gone', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/admin/users/${userId}/invitation`, headers: admin.headers });
    expect(res.statusCode).toBe(202);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${oldToken}` })).statusCode).toBe(404);
    await t.jobs.drain();
    const mail = lastMailTo(email);
    expect(mail.subject).toBe('Your Keten account');
    const fresh = invitationToken(mail);
    expect(fresh).not.toBe(oldToken);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${fresh}` })).statusCode).toBe(200);
  });
});

describe('a failed delivery', () => {
  it('is retried later, and the job keeps no address in its error', async () => {
    const email = 'bounce.demo@pagasa.example.be';
    await submit(request(email, 'nl'));
    const user = await approve(email, ['centre_caseworker']);
    await t.jobs.drain();
    const [job] = await t.database.db.select().from(jobs).where(and(eq(jobs.kind, 'invitation.send'), sql`${jobs.payload}->>'userId' = ${user.id}`));
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(job?.lastError).toBe('Mail delivery failed: EENVELOPE (SMTP 550)');
  });
});

describe('refusal', () => {
  it('mails the reason to the requester in their language and keeps nothing else pending', async () => {
    const email = 'refused.demo@pagasa.example.be';
    await submit(request(email, 'de'));
    const id = await pendingRequestId(email);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/account-requests/${id}/refuse`,
      headers: admin.headers,
      payload: { reason: 'Bitte beantragen Sie den Zugang über Ihre Leitung.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'refused', refusalReason: 'Bitte beantragen Sie den Zugang über Ihre Leitung.' });
    // Deciding twice is a conflict.
    const again = await t.app.inject({ method: 'POST', url: `/api/admin/account-requests/${id}/refuse`, headers: admin.headers, payload: { reason: 'nochmals' } });
    expect(again.statusCode).toBe(409);
    await t.jobs.drain();
    const mail = lastMailTo(email);
    expect(mail.subject).toBe('Ihr Antrag auf ein Konto bei Keten');
    expect(mail.text).toContain('Bitte beantragen Sie den Zugang über Ihre Leitung.');
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'account_request.rejected'), eq(auditEvents.recordId, id)));
    expect(audit?.details).toEqual({ accountRequestId: id, cause: 'refused' });
  });
});

describe('the 30-day purge', () => {
  it('deletes requests not handled within 30 days, audits ids only and schedules the next run', async () => {
    await submit(request('old.demo@payoke.example.be', 'nl', PAYOKE));
    await submit(request('recent.demo@payoke.example.be', 'nl', PAYOKE));
    const [old] = await t.database.db.select().from(accountRequests).where(eq(accountRequests.email, 'old.demo@payoke.example.be'));
    await t.database.db.update(accountRequests).set({ createdAt: sql`now() - interval '31 days'` }).where(eq(accountRequests.email, 'old.demo@payoke.example.be'));
    await scheduleAccountRequestPurge(t.database.db, t.jobs);
    await t.jobs.drain();
    const left = await t.database.db.select({ email: accountRequests.email }).from(accountRequests).where(eq(accountRequests.organisationId, PAYOKE));
    expect(left.map((r) => r.email)).toEqual(['recent.demo@payoke.example.be']);
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'account_request.purged'));
    expect(audit).toMatchObject({ actorKind: 'system', actorId: 'purge', recordType: 'account_request', recordId: old?.id });
    expect(audit?.details).toEqual({ accountRequestId: old?.id, organisationId: PAYOKE, cause: 'unhandled_30_days' });
    expect(JSON.stringify(audit)).not.toContain('old.demo');
    const [next] = await t.database.db.select().from(jobs).where(and(eq(jobs.kind, ACCOUNT_REQUEST_PURGE_JOB), eq(jobs.status, 'queued')));
    expect(next?.runAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
  });

  it('leaves an audit trail that verifies', async () => {
    const report = await verifyAudit(t.database.db, t.secrets, { checkpointFile: path.join(t.config.dataDir, 'audit-checkpoints.jsonl') });
    expect(report.ok).toBe(true);
  });
});

describe('without SMTP_URL', () => {
  it('writes each mail as an .eml file in the outbox folder', async () => {
    const local = await createTestApp({ demo: true });
    try {
      const res = await local.app.inject({
        method: 'POST',
        url: '/api/account-requests',
        payload: request('outbox.demo@pagasa.example.be', 'nl'),
        remoteAddress: '10.40.0.1',
      });
      expect(res.statusCode).toBe(202);
      await local.jobs.drain();
      const dir = local.config.mail.outboxDir;
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const file = path.join(dir, files[0]!);
      expect(files[0]).not.toContain('@');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const raw = readFileSync(file, 'utf8');
      expect(raw).toMatch(/^To: admin@pagasa\.example\.be$/m);
      expect(parseMessage(raw).subject).toBe('Nieuwe accountaanvraag op Keten');
    } finally {
      await local.close();
    }
  });
});
