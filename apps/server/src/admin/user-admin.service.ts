import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { AdminUser, Role, UpdateUser, UserStatus } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { conflict, domainRule, notFound } from '../http/errors.ts';
import { enqueueInvitation } from '../invitations/invitation.jobs.ts';
import { invalidateOpenInvitations } from '../invitations/invitation.service.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { sessions } from '../sessions/session.schema.ts';
import { revokeAllSessionsOf, revokeSession } from '../sessions/session.service.ts';
import { recoveryCodes, userRoles, users } from '../users/user.schema.ts';
import type { UserAdminScope } from './admin-scope.ts';
import { checkRoleChange, normaliseRoles } from './role-policy.ts';
import { presentAdminUser } from './user.presenter.ts';
import { getUserInScope } from './user-admin.repo.ts';

type SessionEndCause = 'administrator' | 'second_factor_reset' | 'account_disabled';

const actorUserId = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const isSelf = (ctx: RequestContext, userId: string): boolean => actorUserId(ctx) === userId;

/**
 * Ends a user's sessions (all, or all but one), one audit event per session. Their cookies get
 * 401 on the next request: sessions are looked up in the database on every request.
 */
export async function endUserSessions(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
  cause: SessionEndCause,
  exceptSessionId?: string,
): Promise<number> {
  let ended: string[];
  if (exceptSessionId === undefined) {
    ended = await revokeAllSessionsOf(tx, userId, actorUserId(ctx));
  } else {
    const open = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, exceptSessionId)));
    ended = [];
    for (const s of open) {
      if (await revokeSession(tx, s.id, actorUserId(ctx))) {
        ended.push(s.id);
      }
    }
  }
  for (const sessionId of ended) {
    await recordAudit(tx, ctx, {
      action: 'session.revoked',
      recordType: 'session',
      recordId: sessionId,
      details: { sessionId, userId, cause },
    });
  }
  return ended.length;
}

const sameRoles = (a: readonly Role[], b: readonly Role[]): boolean => a.length === b.length && a.every((r, i) => r === b[i]);

/**
 * An administrator's change to a user: roles, disabled/enabled, name, job title. Optimistic
 * locking on `version` (409 with the current version when stale). Administrators cannot change
 * their own roles or disable themselves: granting oneself rights is what segregation of duties
 * forbids, and a colleague or the platform administrator must do it.
 */
export async function updateUser(tx: Tx, ctx: RequestContext, scope: UserAdminScope, userId: string, input: UpdateUser): Promise<AdminUser> {
  const before = await getUserInScope(tx, scope, userId, { forUpdate: true });
  if (before.version !== input.version) {
    throw conflict('The user was changed by someone else; reload and try again', { currentVersion: before.version });
  }
  const changes: Record<string, { before: string | string[] | null; after: string | string[] | null }> = {};
  const fields: string[] = [];
  const patch: Partial<typeof users.$inferInsert> = {};
  const grantedBy = actorUserId(ctx);

  const roles = input.roles ? normaliseRoles(input.roles) : before.roles;
  const rolesChanged = !sameRoles(roles, before.roles);
  let status: UserStatus = before.status;
  if (input.disabled === true) {
    status = 'disabled';
  } else if (input.disabled === false && before.status === 'disabled') {
    // Back to where the person was: active when they had completed their enrolment.
    status = before.hasPassword ? 'active' : 'invited';
  }
  const statusChanged = status !== before.status;
  if ((rolesChanged || statusChanged) && isSelf(ctx, userId)) {
    throw domainRule('You cannot change your own roles or status', { reason: 'own_account' });
  }
  if (rolesChanged) {
    checkRoleChange(scope, before.roles, roles);
    const removed = before.roles.filter((r) => !roles.includes(r));
    const added = roles.filter((r) => !before.roles.includes(r));
    if (removed.length > 0) {
      await tx.delete(userRoles).where(and(eq(userRoles.userId, userId), inArray(userRoles.role, removed)));
    }
    if (added.length > 0) {
      await tx.insert(userRoles).values(added.map((role) => ({ userId, role, grantedBy })));
    }
    changes.roles = { before: before.roles, after: roles };
  }
  if (statusChanged) {
    patch.status = status;
    changes.status = { before: before.status, after: status };
  }
  if (input.displayName !== undefined && input.displayName !== before.displayName) {
    patch.displayName = input.displayName;
    fields.push('displayName');
  }
  if (input.jobTitle !== undefined && input.jobTitle !== before.jobTitle) {
    patch.jobTitle = input.jobTitle;
    fields.push('jobTitle');
  }
  if (!rolesChanged && Object.keys(patch).length === 0) {
    return presentAdminUser(before, scope.organisationType);
  }
  const [after] = await tx
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ version: users.version });
  if (statusChanged && status === 'disabled') {
    // A disabled account keeps no way in: its sessions end and its open links die.
    await endUserSessions(tx, ctx, userId, 'account_disabled');
    await invalidateOpenInvitations(tx, userId);
    await recordAudit(tx, ctx, { action: 'user.disabled', recordType: 'user', recordId: userId, details: { userId } });
  } else if (statusChanged && (status === 'active' || status === 'invited')) {
    await recordAudit(tx, ctx, { action: 'user.enabled', recordType: 'user', recordId: userId, details: { userId, status } });
  }
  await recordAudit(tx, ctx, {
    action: 'user.updated',
    recordType: 'user',
    recordId: userId,
    details: {
      userId,
      changes: { ...changes, version: { before: before.version, after: after?.version ?? before.version + 1 } },
      ...(fields.length > 0 ? { fields } : {}),
    },
  });
  return presentAdminUser(await getUserInScope(tx, scope, userId), scope.organisationType);
}

/** A new invitation link for an invited user; the old links stop working at once. */
export async function resendInvitation(tx: Tx, ctx: RequestContext, queue: JobQueue, scope: UserAdminScope, userId: string): Promise<void> {
  const user = await getUserInScope(tx, scope, userId, { forUpdate: true });
  if (user.status !== 'invited') {
    throw domainRule('Only invited users get an invitation link; reset the second factor of an active user instead', { reason: 'not_invited' });
  }
  await invalidateOpenInvitations(tx, user.id);
  await enqueueInvitation(tx, queue, { userId: user.id });
  await recordAudit(tx, ctx, { action: 'invitation.requested', recordType: 'user', recordId: user.id, details: { userId: user.id, purpose: 'invitation' } });
}

/**
 * Clears a user's second factor (lost phone): TOTP secret and recovery codes are deleted, every
 * session ends, and a single-use enrolment link is mailed. Following the link also asks for the
 * current password, so whoever reads the mailbox cannot take the account with the link alone.
 * Administrators reset their own factor in their profile (with re-authentication), not here.
 */
export async function resetUserMfa(tx: Tx, ctx: RequestContext, queue: JobQueue, scope: UserAdminScope, userId: string): Promise<AdminUser> {
  const user = await getUserInScope(tx, scope, userId, { forUpdate: true });
  if (isSelf(ctx, userId)) {
    throw domainRule('Reset your own second factor in your profile', { reason: 'own_account' });
  }
  if (user.status === 'disabled') {
    throw domainRule('The account is disabled; enable it first', { reason: 'user_disabled' });
  }
  if (user.status === 'invited') {
    // Nothing enrolled yet: a fresh invitation is the reset.
    await resendInvitation(tx, ctx, queue, scope, userId);
    return presentAdminUser(await getUserInScope(tx, scope, userId), scope.organisationType);
  }
  await tx
    .update(users)
    .set({ totpSecret: null, totpEnrolledAt: null, totpLastStep: null, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await invalidateOpenInvitations(tx, userId);
  await endUserSessions(tx, ctx, userId, 'second_factor_reset');
  await enqueueInvitation(tx, queue, { userId });
  await recordAudit(tx, ctx, { action: 'user.mfa_reset', recordType: 'user', recordId: userId, details: { userId, cause: 'administrator' } });
  await recordAudit(tx, ctx, { action: 'invitation.requested', recordType: 'user', recordId: userId, details: { userId, purpose: 'mfa_reset' } });
  return presentAdminUser(await getUserInScope(tx, scope, userId), scope.organisationType);
}

/** Ends one session of a user in scope; another user's or organisation's session is not found. */
export async function revokeUserSession(tx: Tx, ctx: RequestContext, scope: UserAdminScope, userId: string, sessionId: string): Promise<void> {
  const user = await getUserInScope(tx, scope, userId);
  const [target] = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, user.id)));
  if (!target || !(await revokeSession(tx, target.id, actorUserId(ctx)))) {
    throw notFound('No such session');
  }
  await recordAudit(tx, ctx, {
    action: 'session.revoked',
    recordType: 'session',
    recordId: target.id,
    details: { sessionId: target.id, userId: user.id, cause: 'administrator' },
  });
}

export async function revokeUserSessions(tx: Tx, ctx: RequestContext, scope: UserAdminScope, userId: string): Promise<number> {
  const user = await getUserInScope(tx, scope, userId);
  return endUserSessions(tx, ctx, user.id, 'administrator');
}
