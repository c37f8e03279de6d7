import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { INVITATION_HOURS, type InvitationInfo, type InvitationPurpose, type Role } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { confirmTotpEnrolment, startTotpEnrolment, type EnrolmentStart } from '../auth/enrolment.service.ts';
import { checkPassword, hashPassword, verifyPassword } from '../auth/password.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Executor, Tx } from '../db/types.ts';
import { domainRule, notFound } from '../http/errors.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { revokeAllSessionsOf } from '../sessions/session.service.ts';
import { invitations, userRoles, users } from '../users/user.schema.ts';

/*
 * Invitation links: single use, 72 hours, and only the SHA-256 of the token is stored (like
 * sessions and API tokens), so a copy of the database yields no usable link. The plain token
 * exists in the job that mails it, in the mail, and in the person's browser — nowhere else.
 */

/** Deletes a user's unused links: a new link, a disabled account or an accepted link ends them all. */
export async function invalidateOpenInvitations(tx: Executor, userId: string, exceptId?: string): Promise<number> {
  const rows = await tx
    .delete(invitations)
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt), exceptId === undefined ? undefined : ne(invitations.id, exceptId)))
    .returning({ id: invitations.id });
  return rows.length;
}

/**
 * Creates a new link for a user (replacing any open one) and returns its plain token for the mail.
 * The kind follows from the account: `invited` → invitation; `active` without an enrolled second
 * factor → enrolment after a reset. Null when there is nothing to send any more (disabled,
 * deleted, or already enrolled again).
 */
export async function createInvitation(
  tx: Tx,
  ctx: RequestContext,
  userId: string,
): Promise<{ token: string; invitationId: string; expiresAt: Date; purpose: InvitationPurpose } | null> {
  const [user] = await tx
    .select({ id: users.id, status: users.status, totpEnrolledAt: users.totpEnrolledAt })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!user) {
    return null;
  }
  const purpose: InvitationPurpose | null =
    user.status === 'invited' ? 'invitation' : user.status === 'active' && user.totpEnrolledAt === null ? 'mfa_reset' : null;
  if (!purpose) {
    return null;
  }
  const replaced = await invalidateOpenInvitations(tx, user.id);
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_HOURS * 3_600_000);
  const [row] = await tx
    .insert(invitations)
    .values({ userId: user.id, tokenHash: hashToken(token), expiresAt, createdBy: null })
    .returning({ id: invitations.id });
  if (!row) {
    throw new Error('invitation insert returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'invitation.created',
    recordType: 'invitation',
    recordId: row.id,
    details: { invitationId: row.id, userId: user.id, purpose, expiresAt: expiresAt.toISOString(), replaced },
  });
  return { token, invitationId: row.id, expiresAt, purpose };
}

interface LoadedInvitation {
  invitationId: string;
  expiresAt: Date;
  purpose: InvitationPurpose;
  user: typeof users.$inferSelect;
  organisationName: string;
  organisationType: string;
}

/**
 * The invitation behind a token. Unknown, used, or belonging to a disabled account: 404, the same
 * answer for all three. Expired: 422, so the page can say "ask your administrator for a new link".
 */
async function loadInvitation(db: Executor, token: string, options: { forUpdate?: boolean } = {}): Promise<LoadedInvitation> {
  const q = db
    .select({ invitation: invitations, user: users, organisationName: organisations.name, organisationType: organisations.type })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt)));
  const [row] = options.forUpdate ? await q.for('update', { of: invitations }) : await q;
  if (!row || row.user.status === 'disabled') {
    throw notFound('No such invitation, or it was already used');
  }
  if (row.invitation.expiresAt.getTime() <= Date.now()) {
    throw domainRule('The invitation has expired; ask your administrator for a new one', { reason: 'invitation_expired' });
  }
  return {
    invitationId: row.invitation.id,
    expiresAt: row.invitation.expiresAt,
    purpose: row.user.status === 'invited' ? 'invitation' : 'mfa_reset',
    user: row.user,
    organisationName: row.organisationName,
    organisationType: row.organisationType,
  };
}

/** The invited person acts as themselves from here on: their own audit stream, their own id. */
async function inviteeContext(tx: Executor, base: RequestContext, inv: LoadedInvitation): Promise<RequestContext> {
  const roles = await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, inv.user.id));
  return {
    ...base,
    actor: {
      kind: 'user',
      userId: inv.user.id,
      organisationId: inv.user.organisationId,
      organisationType: inv.organisationType,
      roles: roles.map((r): Role => r.role),
      sessionId: null,
    },
  };
}

export async function getInvitationInfo(db: Executor, token: string): Promise<InvitationInfo> {
  const inv = await loadInvitation(db, token);
  return {
    email: inv.user.email,
    displayName: inv.user.displayName,
    organisationName: inv.organisationName,
    expiresAt: inv.expiresAt.toISOString(),
    purpose: inv.purpose,
  };
}

export type PasswordStepOutcome =
  | { ok: true; enrolment: EnrolmentStart }
  /** MFA reset: the current password was wrong. The caller counts the failure (throttling). */
  | { ok: false; userId: string; email: string };

/**
 * Step 1 of accepting a link. A new account chooses its password (NIST SP 800-63B checks); an
 * account whose second factor was reset proves its current password, so that the mailbox alone
 * does not give the account away. Both then get a fresh TOTP secret to enrol.
 */
export async function setInvitationPassword(
  tx: Tx,
  crypto: AppCrypto,
  base: RequestContext,
  token: string,
  password: string,
): Promise<PasswordStepOutcome> {
  const inv = await loadInvitation(tx, token, { forUpdate: true });
  if (inv.purpose === 'invitation') {
    const problem = checkPassword(password, { email: inv.user.email });
    if (problem) {
      throw domainRule('The password is not strong enough', { reason: 'password', problem });
    }
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password), updatedAt: sql`now()` })
      .where(eq(users.id, inv.user.id));
  } else if (!inv.user.passwordHash || !(await verifyPassword(inv.user.passwordHash, password))) {
    return { ok: false, userId: inv.user.id, email: inv.user.email };
  }
  const enrolment = await startTotpEnrolment(tx, crypto.cipher, { id: inv.user.id, email: inv.user.email });
  await recordAudit(tx, await inviteeContext(tx, base, inv), {
    action: 'invitation.password_set',
    recordType: 'invitation',
    recordId: inv.invitationId,
    details: { invitationId: inv.invitationId, userId: inv.user.id, purpose: inv.purpose },
  });
  return { ok: true, enrolment };
}

/**
 * Step 2: the first TOTP code proves the authenticator holds the secret. The account becomes
 * active, the link is used up (and any other open link of the user is deleted), and one-time
 * recovery codes are returned — shown once, stored as keyed hashes.
 */
export async function confirmInvitation(
  tx: Tx,
  crypto: AppCrypto,
  base: RequestContext,
  token: string,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const inv = await loadInvitation(tx, token, { forUpdate: true });
  if (!inv.user.passwordHash || !inv.user.totpSecret || inv.user.totpEnrolledAt !== null) {
    throw domainRule('Set the password first', { reason: 'password_required' });
  }
  const confirmed = await confirmTotpEnrolment(tx, crypto.cipher, crypto.hashKey, inv.user.id, code);
  if (!confirmed) {
    throw domainRule('The code is not correct; check the time on your phone and try the next code', { reason: 'totp_code' });
  }
  await tx
    .update(users)
    .set({ status: 'active', version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, inv.user.id));
  await tx.update(invitations).set({ usedAt: sql`now()` }).where(eq(invitations.id, inv.invitationId));
  await invalidateOpenInvitations(tx, inv.user.id, inv.invitationId);
  const ctx = await inviteeContext(tx, base, inv);
  if (inv.purpose === 'mfa_reset') {
    // Sessions were ended by the reset; end any that appeared since, as the factor changed.
    for (const sessionId of await revokeAllSessionsOf(tx, inv.user.id, inv.user.id)) {
      await recordAudit(tx, ctx, {
        action: 'session.revoked',
        recordType: 'session',
        recordId: sessionId,
        details: { sessionId, userId: inv.user.id, cause: 'second_factor_reset' },
      });
    }
  }
  await recordAudit(tx, ctx, {
    action: 'invitation.accepted',
    recordType: 'invitation',
    recordId: inv.invitationId,
    details: { invitationId: inv.invitationId, userId: inv.user.id, purpose: inv.purpose },
  });
  await recordAudit(tx, ctx, {
    action: 'user.mfa_enrolled',
    recordType: 'user',
    recordId: inv.user.id,
    details: { userId: inv.user.id, via: inv.purpose },
  });
  return confirmed;
}
