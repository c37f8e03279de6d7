import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  InvitationInfoSchema,
  InvitationPasswordSchema,
  InvitationTokenParamsSchema,
  RecoveryCodesSchema,
  TotpConfirmSchema,
  TotpEnrolmentSchema,
} from '@keten/shared';
import { recordAudit } from '../audit/audit.service.ts';
import { accountKey, type AuthDeps } from '../auth/login.service.ts';
import { AppError, domainRule } from '../http/errors.ts';
import { checkThrottle, recordFailure } from '../sessions/login-throttle.ts';
import { confirmInvitation, getInvitationInfo, setInvitationPassword } from './invitation.service.ts';

const READ_RATE = { max: 30, timeWindow: '1 minute' };
const WRITE_RATE = { max: 10, timeWindow: '1 minute' };

/**
 * The token is in the path (the link mailed to the person), so these routes log at `warn` only:
 * the "incoming request" line would otherwise write a live invitation token to the log.
 */
const QUIET = 'warn' as const;

/** Accepting an invitation or an enrolment link (public: the token is the credential). */
export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const authDeps = (): AuthDeps => ({ db: db(), config: app.deps.config, cipher: app.deps.crypto.cipher, hashKey: app.deps.crypto.hashKey });

  app.get(
    '/api/invitations/:token',
    {
      logLevel: QUIET,
      config: { permission: 'public', rateLimit: READ_RATE },
      schema: {
        tags: ['accounts'],
        summary: 'Who the link is for (unknown or used: 404; expired: 422 invitation_expired)',
        params: InvitationTokenParamsSchema,
        response: { 200: InvitationInfoSchema },
      },
    },
    async (req) => getInvitationInfo(db(), req.params.token),
  );

  app.post(
    '/api/invitations/:token/password',
    {
      logLevel: QUIET,
      config: { permission: 'public', rateLimit: WRITE_RATE },
      schema: {
        tags: ['accounts'],
        summary: 'Choose a password (new account) or confirm the current one (second-factor reset); starts TOTP enrolment',
        params: InvitationTokenParamsSchema,
        body: InvitationPasswordSchema,
        response: { 200: TotpEnrolmentSchema },
      },
    },
    async (req, reply) => {
      const { token } = req.params;
      // A reset link asks for the current password: throttle guesses like a login does.
      const info = await getInvitationInfo(db(), token);
      const throttleKey = info.purpose === 'mfa_reset' ? accountKey(authDeps(), info.email) : null;
      if (throttleKey) {
        const verdict = await checkThrottle(db(), [throttleKey], app.deps.config.login);
        if (verdict.blocked) {
          void reply.header('retry-after', String(verdict.retryAfterSeconds));
          throw new AppError('rate_limited', 'Too many failed attempts; try again later', { retryAfterSeconds: verdict.retryAfterSeconds });
        }
      }
      const outcome = await db().transaction((tx) => setInvitationPassword(tx, app.deps.crypto, req.ctx, token, req.body.password));
      if (!outcome.ok) {
        // The failure is committed although the request fails: it counts towards the lock.
        await db().transaction(async (tx) => {
          if (throttleKey) {
            await recordFailure(tx, throttleKey, app.deps.config.login);
          }
          await recordAudit(tx, req.ctx, {
            action: 'auth.login_failed',
            recordType: 'user',
            recordId: outcome.userId,
            details: { cause: 'bad_password', userId: outcome.userId, method: 'password' },
          });
        });
        throw domainRule('The password is not correct', { reason: 'password', problem: 'incorrect' });
      }
      // The enrolment secret is in this response: no cache may keep it.
      void reply.header('cache-control', 'no-store');
      return outcome.enrolment;
    },
  );

  app.post(
    '/api/invitations/:token/confirm',
    {
      logLevel: QUIET,
      config: { permission: 'public', rateLimit: WRITE_RATE },
      schema: {
        tags: ['accounts'],
        summary: 'Confirm the authenticator with a first code: activates the account; returns recovery codes (shown once)',
        params: InvitationTokenParamsSchema,
        body: TotpConfirmSchema,
        response: { 200: RecoveryCodesSchema },
      },
    },
    async (req, reply) => {
      const result = await db().transaction((tx) => confirmInvitation(tx, app.deps.crypto, req.ctx, req.params.token, req.body.code));
      void reply.header('cache-control', 'no-store');
      return result;
    },
  );
};
