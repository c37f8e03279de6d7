import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionInfoSchema } from '@keten/shared';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { verifyAudit } from '../../apps/server/src/audit/audit-verify.ts';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import { loginThrottle, sessions } from '../../apps/server/src/sessions/session.schema.ts';
import { users } from '../../apps/server/src/users/user.schema.ts';
import { demoUser, loginAs } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true, env: { KETEN_LOGIN_DELAY_AFTER: '3', KETEN_LOGIN_LOCK_AFTER: '6', KETEN_LOGIN_LOCK_MINUTES: '15' } });
});
afterAll(async () => {
  await t.close();
});

const step1 = (email: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

describe('login with password and TOTP', () => {
  it('logs a demo user in with password + TOTP and returns the session with its CSRF token', async () => {
    const s = await loginAs(t.app, t.database, 'caseworker');
    expect(SessionInfoSchema.parse(s.info).user).toMatchObject({
      email: 'caseworker@pagasa.example.be',
      organisationName: expect.stringMatching(/PAG-ASA/) as unknown,
      roles: ['centre_caseworker'],
    });
    expect(s.info.user.capabilities).toContain('record.read');
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: { id: string } }>().user.id).toBe(demoUser('caseworker').id);
  });

  it('sets an httpOnly, Secure, SameSite=Strict cookie', async () => {
    const u = demoUser('magistrate');
    await t.database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, u.id));
    const r1 = await step1(u.email, DEMO_PASSWORD);
    const r2 = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { pendingToken: r1.json<{ pendingToken: string }>().pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) },
    });
    const cookie = r2.cookies.find((c) => c.name === 'keten_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  });

  it('refuses a replayed TOTP code', async () => {
    const u = demoUser('immigration');
    await t.database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, u.id));
    const code = await currentTotp(DEMO_TOTP_SECRET);
    const first = await step1(u.email, DEMO_PASSWORD, '10.0.5.1');
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/second-factor', payload: { pendingToken: first.json<{ pendingToken: string }>().pendingToken, code } });
    expect(ok.statusCode).toBe(200);
    const again = await step1(u.email, DEMO_PASSWORD, '10.0.5.1');
    const replay = await t.app.inject({ method: 'POST', url: '/api/auth/second-factor', payload: { pendingToken: again.json<{ pendingToken: string }>().pendingToken, code } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'unauthenticated', details: { reason: 'invalid_code' } } });
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const unknown = await step1('nobody@pagasa.example.be', 'whatever-password-1', '10.0.1.1');
    const wrong = await step1(demoUser('coordinator').email, 'not-the-password-1', '10.0.1.2');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('audits failures without the typed identifier, and the chain verifies', async () => {
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.login_failed'));
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('nobody@pagasa');
    const report = await verifyAudit(t.database.db, t.secrets, { checkpointFile: `${t.config.dataDir}/audit-checkpoints.jsonl` });
    expect(report.ok).toBe(true);
  });
});

describe('lockout and progressive delay', () => {
  it('delays after repeated failures, then locks the account, for unknown accounts alike', async () => {
    for (const email of [demoUser('guardianship').email, 'ghost@voogdij-tutelles.example.be']) {
      const answers: number[] = [];
      for (let i = 0; i < 4; i++) {
        // Bypass the waiting period to reach the lock quickly: move the last failure back in time.
        await t.database.db.execute(sql`UPDATE login_throttle SET last_failure_at = now() - interval '10 minutes' WHERE key LIKE 'acct:%'`);
        answers.push((await step1(email, `wrong-password-${i}-xx`, `10.1.${i}.1`)).statusCode);
      }
      expect(answers).toEqual([401, 401, 401, 401]);
      // Within the delay: throttled, whatever the password.
      const throttled = await step1(email, 'another-wrong-one', '10.1.9.1');
      expect(throttled.statusCode).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      for (let i = 0; i < 2; i++) {
        await t.database.db.execute(sql`UPDATE login_throttle SET last_failure_at = now() - interval '10 minutes' WHERE key LIKE 'acct:%'`);
        await step1(email, `wrong-password-more-${i}`, `10.2.${i}.1`);
      }
      const [row] = await t.database.db
        .select()
        .from(loginThrottle)
        .where(and(sql`${loginThrottle.key} LIKE 'acct:%'`, sql`${loginThrottle.lockedUntil} > now()`));
      expect(row).toBeDefined();
    }
    // Locked: even the right password is refused with 429.
    const locked = await step1(demoUser('guardianship').email, DEMO_PASSWORD, '10.3.0.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('limits login requests per IP at the HTTP level too', async () => {
    const limited = await createTestApp({ env: { KETEN_LOGIN_RATE_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `n${i}@example.be`, password: 'wrong-password-123' }, remoteAddress: '10.8.8.8' });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('locks an IP address after its own limit', async () => {
    const ipTest = await createTestApp({ demo: true, env: { KETEN_LOGIN_IP_LOCK_AFTER: '3', KETEN_LOGIN_DELAY_AFTER: '100', KETEN_LOGIN_LOCK_AFTER: '100' } });
    try {
      for (let i = 0; i < 3; i++) {
        const r = await ipTest.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `x${i}@example.be`, password: 'wrong-password-123' }, remoteAddress: '10.9.9.9' });
        expect(r.statusCode).toBe(401);
      }
      const blocked = await ipTest.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demoUser('caseworker').email, password: DEMO_PASSWORD },
        remoteAddress: '10.9.9.9',
      });
      expect(blocked.statusCode).toBe(429);
      const otherIp = await ipTest.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demoUser('caseworker').email, password: DEMO_PASSWORD },
        remoteAddress: '10.9.9.10',
      });
      expect(otherIp.statusCode).toBe(200);
    } finally {
      await ipTest.close();
    }
  });
});

describe('sessions', () => {
  it('requires the CSRF token on state-changing requests', async () => {
    const s = await loginAs(t.app, t.database, 'coordinator');
    const noToken = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: s.cookie }, payload: { language: 'de' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ error: { code: 'forbidden', details: { reason: 'csrf' } } });
    const wrongToken = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) }, payload: { language: 'de' } });
    expect(wrongToken.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: s.headers, payload: { language: 'de' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ user: { language: string } }>().user.language).toBe('de');
  });

  it('expires after the idle timeout and after the absolute lifetime', async () => {
    const idle = await loginAs(t.app, t.database, 'investigator');
    await t.database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = ${idle.info.session.id}`);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: idle.cookie } })).statusCode).toBe(401);

    const old = await loginAs(t.app, t.database, 'investigator');
    await t.database.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = ${old.info.session.id}`);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: old.cookie } })).statusCode).toBe(401);
  });

  it('lets users list and revoke their own sessions, but not find anyone else\'s', async () => {
    const a = await loginAs(t.app, t.database, 'rapporteur');
    const b = await loginAs(t.app, t.database, 'rapporteur');
    const list = await t.app.inject({ method: 'GET', url: '/api/me/sessions', headers: { cookie: a.cookie } });
    const ids = list.json<{ data: { id: string; current: boolean }[] }>().data;
    expect(ids.map((x) => x.id)).toEqual(expect.arrayContaining([a.info.session.id, b.info.session.id]));
    expect(ids.find((x) => x.id === a.info.session.id)?.current).toBe(true);

    const other = await loginAs(t.app, t.database, 'financial');
    const foreign = await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${other.info.session.id}`, headers: a.headers });
    expect(foreign.statusCode).toBe(404);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${b.info.session.id}`, headers: a.headers });
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: b.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: a.cookie } })).statusCode).toBe(200);
  });

  it('logs out and the cookie no longer works', async () => {
    const s = await loginAs(t.app, t.database, 'editor');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    const [row] = await t.database.db.select().from(sessions).where(eq(sessions.id, s.info.session.id));
    expect(row?.revokedAt).not.toBeNull();
  });

  it('stops working when the user is disabled', async () => {
    const s = await loginAs(t.app, t.database, 'municipality');
    await t.database.db.update(users).set({ status: 'disabled' }).where(eq(users.id, demoUser('municipality').id));
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('logs in with a one-time recovery code, once', async () => {
    const { issueRecoveryCodes } = await import('../../apps/server/src/auth/enrolment.service.ts');
    const u = demoUser('org-admin');
    const codes = await t.database.db.transaction((tx) => issueRecoveryCodes(tx, t.crypto.hashKey, u.id));
    const use = async () => {
      const r1 = await step1(u.email, DEMO_PASSWORD, '10.4.0.1');
      return t.app.inject({
        method: 'POST',
        url: '/api/auth/second-factor',
        payload: { pendingToken: r1.json<{ pendingToken: string }>().pendingToken, recoveryCode: codes[0]!.toUpperCase() },
      });
    };
    expect((await use()).statusCode).toBe(200);
    expect((await use()).statusCode).toBe(401);
  });
});
