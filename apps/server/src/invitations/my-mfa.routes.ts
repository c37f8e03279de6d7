import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReauthenticateSchema, RecoveryCodesSchema, TotpConfirmSchema, TotpEnrolmentSchema } from '@keten/shared';
import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../access/actor.ts';
import { endUserSessions } from '../admin/user-admin.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { confirmTotpEnrolment, issueRecoveryCodes, startTotpEnrolment } from '../auth/enrolment.service.ts';
import { accountKey, type AuthDeps } from '../auth/login.service.ts';
import { verifyPassword } from '../auth/password.ts';
import { verifyTotp } from '../auth/totp.ts';
import type { ResolvedSession } from '../sessions/session.service.ts';
import { checkThrottle, recordFailure } from '../sessions/login-throttle.ts';
import { AppError, domainRule } from '../http/errors.ts';
import { recoveryCodes, users } from '../users/user.schema.ts';

/** Re-authentication guesses are throttled per IP here and per account by the login throttle. */
const SENSITIVE_RATE = { max: 10, timeWindow: '15 minutes' };

function sessionOf(req: { session: ResolvedSession | null }): ResolvedSession {
  if (!req.session) {
    throw new AppError('unauthenticated', 'Log in first');
  }
  return req.session;
}

/**
 * Security changes on one's own account: reset the second factor, confirm the new one, renew
 * recovery codes. Each asks for the current password AND a current TOTP code, so that a session
 * left open on a shared computer is not enough to take the account over.
 */
export const myMfaRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const authDeps = (): AuthDeps => ({ db: db(), config: app.deps.config, cipher: app.deps.crypto.cipher, hashKey: app.deps.crypto.hashKey });

  /** Checks password + code; returns the accepted TOTP step (to store, against replay). */
  async function reauthenticate(ctx: RequestContext, reply: FastifyReply, session: ResolvedSession, input: { password: string; code: string }): Promise<number> {
    const key = accountKey(authDeps(), session.user.email);
    const verdict = await checkThrottle(db(), [key], app.deps.config.login);
    if (verdict.blocked) {
      void reply.header('retry-after', String(verdict.retryAfterSeconds));
      throw new AppError('rate_limited', 'Too many failed attempts; try again later', { retryAfterSeconds: verdict.retryAfterSeconds });
    }
    const userId = session.user.id;
    const [user] = await db()
      .select({ passwordHash: users.passwordHash, totpSecret: users.totpSecret, totpEnrolledAt: users.totpEnrolledAt, totpLastStep: users.totpLastStep })
      .from(users)
      .where(eq(users.id, userId));
    const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : false;
    let step: number | null = null;
    if (passwordOk && user?.totpSecret && user.totpEnrolledAt) {
      const secret = app.deps.crypto.cipher.decrypt(user.totpSecret, { table: 'users', row: userId, column: 'totp_secret' });
      step = await verifyTotp(secret, input.code.replace(/\s/g, ''), user.totpLastStep);
    }
    if (step === null) {
      await db().transaction(async (tx) => {
        await recordFailure(tx, key, app.deps.config.login);
        await recordAudit(tx, ctx, {
          action: 'auth.login_failed',
          recordType: 'user',
          recordId: userId,
          details: passwordOk ? { cause: 'bad_second_factor', userId, method: 'totp' } : { cause: 'bad_password', userId, method: 'password' },
        });
      });
      throw new AppError('forbidden', 'The password or the code is not correct', { reason: 'reauthentication_failed' });
    }
    return step;
  }

  app.post(
    '/api/me/mfa/reset',
    {
      config: { permission: 'authenticated', rateLimit: SENSITIVE_RATE },
      schema: {
        tags: ['profile'],
        summary: 'Replace my authenticator (password + current code); ends my other sessions; confirm with /api/me/mfa/confirm',
        body: ReauthenticateSchema,
        response: { 200: TotpEnrolmentSchema },
      },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      await reauthenticate(req.ctx, reply, session, req.body);
      const enrolment = await db().transaction(async (tx) => {
        const userId = session.user.id;
        const started = await startTotpEnrolment(tx, app.deps.crypto.cipher, { id: userId, email: session.user.email });
        // The old factor's recovery codes die with it.
        await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
        await tx.update(users).set({ version: sql`${users.version} + 1` }).where(eq(users.id, userId));
        await endUserSessions(tx, req.ctx, userId, 'second_factor_reset', session.id);
        await recordAudit(tx, req.ctx, { action: 'user.mfa_reset', recordType: 'user', recordId: userId, details: { userId, cause: 'self' } });
        return started;
      });
      void reply.header('cache-control', 'no-store');
      return enrolment;
    },
  );

  app.post(
    '/api/me/mfa/confirm',
    {
      config: { permission: 'authenticated', rateLimit: SENSITIVE_RATE },
      schema: {
        tags: ['profile'],
        summary: 'Confirm my new authenticator with a code; returns new recovery codes (shown once)',
        body: TotpConfirmSchema,
        response: { 200: RecoveryCodesSchema },
      },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      const result = await db().transaction(async (tx) => {
        const userId = session.user.id;
        const [user] = await tx.select({ totpSecret: users.totpSecret, totpEnrolledAt: users.totpEnrolledAt }).from(users).where(eq(users.id, userId)).for('update');
        if (!user?.totpSecret || user.totpEnrolledAt) {
          throw domainRule('No new authenticator is waiting for confirmation', { reason: 'no_enrolment' });
        }
        const confirmed = await confirmTotpEnrolment(tx, app.deps.crypto.cipher, app.deps.crypto.hashKey, userId, req.body.code);
        if (!confirmed) {
          throw domainRule('The code is not correct; check the time on your phone and try the next code', { reason: 'totp_code' });
        }
        await recordAudit(tx, req.ctx, { action: 'user.mfa_enrolled', recordType: 'user', recordId: userId, details: { userId, via: 'self' } });
        return confirmed;
      });
      void reply.header('cache-control', 'no-store');
      return result;
    },
  );

  app.post(
    '/api/me/recovery-codes',
    {
      config: { permission: 'authenticated', rateLimit: SENSITIVE_RATE },
      schema: {
        tags: ['profile'],
        summary: 'Replace my recovery codes (password + current code); the old ones stop working',
        body: ReauthenticateSchema,
        response: { 200: RecoveryCodesSchema },
      },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      const step = await reauthenticate(req.ctx, reply, session, req.body);
      const codes = await db().transaction(async (tx) => {
        const userId = session.user.id;
        await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
        const issued = await issueRecoveryCodes(tx, app.deps.crypto.hashKey, userId);
        await recordAudit(tx, req.ctx, {
          action: 'user.recovery_codes_issued',
          recordType: 'user',
          recordId: userId,
          details: { userId, count: issued.length },
        });
        return issued;
      });
      void reply.header('cache-control', 'no-store');
      return { recoveryCodes: codes };
    },
  );
};
