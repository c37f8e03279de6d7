import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  capabilitiesOf,
  LoginRequestSchema,
  LoginStepSchema,
  SecondFactorRequestSchema,
  SessionInfoSchema,
  SessionListItemSchema,
  UpdateProfileSchema,
  type SessionInfo,
} from '@keten/shared';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { AppError } from '../http/errors.ts';
import { SESSION_COOKIE } from '../http/auth-plugin.ts';
import { findActiveSessions, loadSessionUser, revokeSession } from '../sessions/session.service.ts';
import { sessions } from '../sessions/session.schema.ts';
import { users } from '../users/user.schema.ts';
import { passwordStep, secondFactorStep, type AuthDeps } from './login.service.ts';


export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const LOGIN_RATE = { max: app.deps.config.login.ratePerMinute, timeWindow: '1 minute' };
  const deps = (): AuthDeps => ({ db: app.deps.database.db, config: app.deps.config, cipher: app.deps.crypto.cipher, hashKey: app.deps.crypto.hashKey });
  const cookieOptions = () => ({ httpOnly: true, secure: app.deps.config.sessions.cookieSecure, sameSite: 'strict' as const, path: '/' });

  app.post(
    '/api/auth/login',
    {
      config: { permission: 'public', rateLimit: LOGIN_RATE },
      schema: { tags: ['auth'], summary: 'Step 1 of login: e-mail and password', body: LoginRequestSchema, response: { 200: LoginStepSchema } },
    },
    async (req, reply) => {
      const outcome = await passwordStep(deps(), req.ctx, req.body);
      if (outcome.ok) {
        return { step: outcome.step, pendingToken: outcome.pendingToken };
      }
      if (outcome.reason === 'throttled') {
        void reply.header('retry-after', String(outcome.retryAfterSeconds));
        throw new AppError('rate_limited', 'Too many failed attempts; try again later', { retryAfterSeconds: outcome.retryAfterSeconds });
      }
      throw new AppError('unauthenticated', 'The e-mail address or password is incorrect', { reason: 'invalid_credentials' });
    },
  );

  app.post(
    '/api/auth/second-factor',
    {
      config: { permission: 'public', rateLimit: LOGIN_RATE },
      schema: { tags: ['auth'], summary: 'Step 2 of login: TOTP code or a recovery code', body: SecondFactorRequestSchema, response: { 200: SessionInfoSchema } },
    },
    async (req, reply) => {
      const outcome = await secondFactorStep(deps(), req.ctx, { ...req.body, userAgent: req.headers['user-agent'] ?? null });
      if (!outcome.ok) {
        if (outcome.reason === 'throttled') {
          void reply.header('retry-after', String(outcome.retryAfterSeconds));
          throw new AppError('rate_limited', 'Too many failed attempts; try again later', { retryAfterSeconds: outcome.retryAfterSeconds });
        }
        throw new AppError(
          'unauthenticated',
          outcome.reason === 'expired' ? 'The login has expired; start again' : 'The code is incorrect',
          { reason: outcome.reason === 'expired' ? 'login_expired' : 'invalid_code' },
        );
      }
      void reply.setCookie(SESSION_COOKIE, outcome.session.token, cookieOptions());
      const info = await sessionInfo(app, outcome.userId, outcome.session.id, outcome.session.csrfToken, outcome.session.expiresAt);
      return info;
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } } },
    async (req, reply) => {
      const session = req.session;
      if (session) {
        await app.deps.database.db.transaction(async (tx) => {
          await revokeSession(tx, session.id, session.user.id);
          await recordAudit(tx, req.ctx, { action: 'auth.logged_out', recordType: 'session', recordId: session.id, details: { sessionId: session.id } });
        });
      }
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/session',
    { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: 'Who is logged in, with the CSRF token', response: { 200: SessionInfoSchema } } },
    async (req) => {
      const s = req.session;
      if (!s) {
        throw new AppError('unauthenticated', 'Log in first');
      }
      return sessionInfo(app, s.user.id, s.id, s.csrfToken, s.expiresAt);
    },
  );

  app.get(
    '/api/me/sessions',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'My active sessions', response: { 200: z.object({ data: z.array(SessionListItemSchema) }) } },
    },
    async (req) => {
      const s = req.session;
      if (!s) {
        throw new AppError('unauthenticated', 'Log in first');
      }
      const rows = await findActiveSessions(app.deps.database.db, s.user.id, app.deps.config.sessions);
      return {
        data: rows.map((r) => ({
          ...r,
          current: r.id === s.id,
          createdAt: r.createdAt.toISOString(),
          lastSeenAt: r.lastSeenAt.toISOString(),
          expiresAt: r.expiresAt.toISOString(),
        })),
      };
    },
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Revoke one of my sessions', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    },
    async (req, reply) => {
      const s = req.session;
      if (!s) {
        throw new AppError('unauthenticated', 'Log in first');
      }
      await app.deps.database.db.transaction(async (tx) => {
        // Scope first: another user's session is simply not found.
        const [target] = await tx.select({ id: sessions.id }).from(sessions).where(sql`${sessions.id} = ${req.params.id} AND ${sessions.userId} = ${s.user.id}`);
        if (!target || !(await revokeSession(tx, target.id, s.user.id))) {
          throw new AppError('not_found', 'No such session');
        }
        await recordAudit(tx, req.ctx, {
          action: 'session.revoked',
          recordType: 'session',
          recordId: target.id,
          details: { sessionId: target.id, userId: s.user.id, cause: 'logout' },
        });
      });
      if (req.params.id === s.id) {
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Update my preferences', body: UpdateProfileSchema, response: { 200: SessionInfoSchema } },
    },
    async (req) => {
      const s = req.session;
      if (!s) {
        throw new AppError('unauthenticated', 'Log in first');
      }
      await app.deps.database.db.transaction(async (tx) => {
        const [before] = await tx.select({ language: users.language }).from(users).where(eq(users.id, s.user.id)).for('update');
        await tx.update(users).set({ language: req.body.language, updatedAt: sql`now()` }).where(eq(users.id, s.user.id));
        await recordAudit(tx, req.ctx, {
          action: 'user.updated',
          recordType: 'user',
          recordId: s.user.id,
          details: { userId: s.user.id, changes: { language: { before: before?.language ?? null, after: req.body.language } } },
        });
      });
      return sessionInfo(app, s.user.id, s.id, s.csrfToken, s.expiresAt);
    },
  );
};

async function sessionInfo(
  app: FastifyInstance,
  userId: string,
  sessionId: string,
  csrfToken: string,
  expiresAt: Date,
): Promise<SessionInfo> {
  const user = await loadSessionUser(app.deps.database.db, userId);
  if (!user) {
    throw new AppError('unauthenticated', 'Log in first');
  }
  return {
    user: { ...user, language: user.language as SessionInfo['user']['language'], capabilities: capabilitiesOf(user.roles) },
    csrfToken,
    session: { id: sessionId, expiresAt: expiresAt.toISOString(), idleTimeoutMinutes: app.deps.config.sessions.idleMinutes },
  };
}
