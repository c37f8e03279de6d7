import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Config } from '../config/config.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db, Executor } from '../db/types.ts';
import { pendingLogins, type AuthMethod } from '../sessions/session.schema.ts';
import { checkThrottle, clearThrottle, recordFailure } from '../sessions/login-throttle.ts';
import { createSession, loadSessionUser } from '../sessions/session.service.ts';
import { recoveryCodes, users } from '../users/user.schema.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';
import { hashToken, keyedHash, randomToken } from './tokens.ts';
import { verifyTotp } from './totp.ts';

export const PENDING_LOGIN_MINUTES = 5;

export interface AuthDeps {
  db: Db;
  config: Config;
  cipher: FieldCipher;
  /** Key for hashing e-mail addresses in throttle keys and recovery codes. */
  hashKey: Buffer;
}

export type LoginOutcome =
  | { ok: true; step: 'second_factor'; pendingToken: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type SecondFactorOutcome =
  | { ok: true; session: { id: string; token: string; csrfToken: string; expiresAt: Date }; userId: string }
  | { ok: false; reason: 'invalid' | 'expired' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export const accountKey = (deps: AuthDeps, email: string): string => `acct:${keyedHash(deps.hashKey, email.trim().toLowerCase())}`;
const ipKey = (ip: string | null): string => `ip:${ip ?? 'unknown'}`;

/**
 * Step 1: e-mail + password. The answer is the same for an unknown account, a wrong password, a
 * disabled account or a user without a second factor — and so is the time it takes. Failures are
 * committed (they count towards delay and lock) even though the request fails.
 */
export async function passwordStep(deps: AuthDeps, ctx: RequestContext, input: { email: string; password: string }): Promise<LoginOutcome> {
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(deps, email), ipKey(ctx.ip)];
  const verdict = await checkThrottle(deps.db, keys, deps.config.login);
  if (verdict.blocked) {
    await deps.db.transaction(async (tx) => {
      await recordAudit(tx, ctx, { action: 'auth.login_failed', details: { cause: 'throttled', method: 'password' } });
    });
    return { ok: false, reason: 'throttled', retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const [user] = await deps.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const usable = user && user.status === 'active' && user.passwordHash && user.totpSecret && user.totpEnrolledAt;
  const passwordOk = usable && user.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  return deps.db.transaction(async (tx) => {
    if (!user || !usable || !passwordOk) {
      for (const k of keys) {
        await recordFailure(tx, k, deps.config.login);
      }
      const cause = !user ? 'unknown_account' : user.status === 'disabled' ? 'account_disabled' : 'bad_password';
      await recordAudit(tx, ctx, {
        action: 'auth.login_failed',
        ...(user ? { recordType: 'user' as const, recordId: user.id } : {}),
        details: { cause, method: 'password', ...(user ? { userId: user.id } : {}) },
      });
      return { ok: false, reason: 'invalid' } as const;
    }
    const pendingToken = randomToken();
    await tx.insert(pendingLogins).values({
      userId: user.id,
      tokenHash: hashToken(pendingToken),
      method: 'password',
      expiresAt: new Date(Date.now() + PENDING_LOGIN_MINUTES * 60_000),
    });
    return { ok: true, step: 'second_factor', pendingToken } as const;
  });
}

/** Starts the second step for a user already proven by another means (OIDC without MFA). */
export async function createPendingLogin(tx: Executor, userId: string, method: 'password' | 'oidc'): Promise<string> {
  const pendingToken = randomToken();
  await tx.insert(pendingLogins).values({
    userId,
    tokenHash: hashToken(pendingToken),
    method,
    expiresAt: new Date(Date.now() + PENDING_LOGIN_MINUTES * 60_000),
  });
  return pendingToken;
}

/**
 * Step 2: a TOTP code (replay-protected) or a one-time recovery code. Success opens a session and
 * clears the account's failure count.
 */
export async function secondFactorStep(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { pendingToken: string; code?: string | undefined; recoveryCode?: string | undefined; userAgent: string | null },
): Promise<SecondFactorOutcome> {
  const [pending] = await deps.db
    .select()
    .from(pendingLogins)
    .where(and(eq(pendingLogins.tokenHash, hashToken(input.pendingToken)), gt(pendingLogins.expiresAt, new Date())));
  if (!pending) {
    return { ok: false, reason: 'expired' };
  }
  const [user] = await deps.db.select().from(users).where(eq(users.id, pending.userId));
  if (!user || user.status !== 'active' || !user.totpSecret) {
    return { ok: false, reason: 'expired' };
  }
  const keys = [accountKey(deps, user.email), ipKey(ctx.ip)];
  const verdict = await checkThrottle(deps.db, keys, deps.config.login);
  if (verdict.blocked) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const secret = deps.cipher.decrypt(user.totpSecret, { table: 'users', row: user.id, column: 'totp_secret' });
  return deps.db.transaction(async (tx) => {
    let method: AuthMethod | null = null;
    let step: number | null = null;
    if (input.code) {
      step = await verifyTotp(secret, input.code.replace(/\s/g, ''), user.totpLastStep);
      if (step !== null) {
        method = pending.method === 'oidc' ? 'oidc_totp' : 'password_totp';
      }
    } else if (input.recoveryCode) {
      const hash = keyedHash(deps.hashKey, normaliseRecoveryCode(input.recoveryCode));
      const used = await tx
        .update(recoveryCodes)
        .set({ usedAt: sql`now()` })
        .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hash), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      if (used.length > 0) {
        method = 'password_recovery_code';
      }
    }
    if (!method) {
      for (const k of keys) {
        await recordFailure(tx, k, deps.config.login);
      }
      await recordAudit(tx, ctx, {
        action: 'auth.login_failed',
        recordType: 'user',
        recordId: user.id,
        details: { cause: 'bad_second_factor', userId: user.id, method: input.recoveryCode ? 'recovery_code' : 'totp' },
      });
      return { ok: false, reason: 'invalid' } as const;
    }
    await tx.delete(pendingLogins).where(eq(pendingLogins.id, pending.id));
    await clearThrottle(tx, keys[0] ?? '');
    await tx
      .update(users)
      .set({ lastLoginAt: sql`now()`, ...(step !== null ? { totpLastStep: step } : {}) })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, { userId: user.id, method, ip: ctx.ip, userAgent: input.userAgent }, deps.config.sessions);
    const sessionUser = await loadSessionUser(tx, user.id);
    const userCtx: RequestContext = {
      ...ctx,
      actor: {
        kind: 'user',
        userId: user.id,
        organisationId: user.organisationId,
        organisationType: sessionUser?.organisationType ?? '',
        roles: sessionUser?.roles ?? [],
        sessionId: session.id,
      },
    };
    await recordAudit(tx, userCtx, {
      action: 'auth.login_succeeded',
      recordType: 'session',
      recordId: session.id,
      details: { userId: user.id, sessionId: session.id, method },
    });
    return { ok: true, session, userId: user.id } as const;
  });
}

/** Recovery codes are shown as xxxxx-xxxxx; typing is forgiving about case, spaces and dashes. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}
