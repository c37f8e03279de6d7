import { and, eq, sql } from 'drizzle-orm';
import {
  ROLES_BY_ORGANISATION_TYPE,
  isUiLanguage,
  type AccountRequest,
  type AdminUser,
  type CreateAccountRequest,
  type Role,
} from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import type { UserAdminScope } from '../admin/admin-scope.ts';
import { checkRoleChange, normaliseRoles } from '../admin/role-policy.ts';
import { presentAdminUser } from '../admin/user.presenter.ts';
import { getUserInScope } from '../admin/user-admin.repo.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { conflict, domainRule, notFound } from '../http/errors.ts';
import { enqueueInvitation } from '../invitations/invitation.jobs.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { enqueueMail } from '../mail/mail.jobs.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { userRoles, users } from '../users/user.schema.ts';
import { getAccountRequestInScope, type AccountRequestRow } from './account-request.repo.ts';
import { accountRequests } from './account-request.schema.ts';

export function presentAccountRequest(row: AccountRequestRow, scope: UserAdminScope): AccountRequest {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    email: row.email,
    jobTitle: row.jobTitle,
    reason: row.reason,
    language: isUiLanguage(row.language) ? row.language : 'nl',
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    refusalReason: row.refusalReason,
    allowedRoles: [...ROLES_BY_ORGANISATION_TYPE[scope.organisationType]],
  };
}

const actorUserId = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/**
 * A request from the public form. Only addresses in one of the organisation's own mail domains
 * are accepted: the domain is the first proof that the person works there (the administrator's
 * approval is the second). A duplicate pending request, or an address that already has an
 * account, is silently dropped and answered exactly like a new request, so that the form cannot
 * be used to find out who works for which partner of the chain.
 */
export async function submitAccountRequest(tx: Tx, ctx: RequestContext, queue: JobQueue, input: CreateAccountRequest): Promise<void> {
  const [org] = await tx
    .select({ id: organisations.id, emailDomains: organisations.emailDomains })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId));
  if (!org) {
    throw notFound('No such organisation');
  }
  const email = input.email.toLowerCase();
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!org.emailDomains.some((d) => d.toLowerCase() === domain)) {
    throw domainRule("The e-mail address must be in one of the organisation's own mail domains", { reason: 'email_domain' });
  }
  const [existingUser] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
  const [pending] = await tx
    .select({ id: accountRequests.id })
    .from(accountRequests)
    .where(and(sql`lower(${accountRequests.email}) = ${email}`, eq(accountRequests.status, 'pending')));
  if (existingUser || pending) {
    return;
  }
  const [row] = await tx
    .insert(accountRequests)
    .values({ organisationId: org.id, name: input.name, email, jobTitle: input.jobTitle, reason: input.reason, language: input.language })
    .returning({ id: accountRequests.id });
  if (!row) {
    throw new Error('account request insert returned nothing');
  }
  await enqueueMail(tx, queue, { template: 'account_request_pending', accountRequestId: row.id });
  await recordAudit(tx, ctx, {
    action: 'account_request.created',
    recordType: 'account_request',
    recordId: row.id,
    details: { accountRequestId: row.id, organisationId: org.id },
  });
}

/**
 * Approval creates the account as `invited` with the chosen roles and enqueues the invitation
 * job (which makes the single-use link and mails it after this transaction commits).
 */
export async function approveAccountRequest(
  tx: Tx,
  ctx: RequestContext,
  queue: JobQueue,
  scope: UserAdminScope,
  id: string,
  requestedRoles: readonly Role[],
): Promise<AdminUser> {
  const request = await getAccountRequestInScope(tx, scope, id, { forUpdate: true });
  const roles = normaliseRoles(requestedRoles);
  checkRoleChange(scope, [], roles);
  if (request.status !== 'pending') {
    throw conflict('The request was already decided', { status: request.status });
  }
  const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${request.email.toLowerCase()}`);
  if (taken) {
    throw conflict('An account with this e-mail address already exists', { reason: 'email_taken' });
  }
  const [user] = await tx
    .insert(users)
    .values({
      organisationId: request.organisationId,
      email: request.email.toLowerCase(),
      displayName: request.name,
      jobTitle: request.jobTitle,
      language: isUiLanguage(request.language) ? request.language : 'nl',
      status: 'invited',
    })
    .returning({ id: users.id });
  if (!user) {
    throw new Error('user insert returned nothing');
  }
  const grantedBy = actorUserId(ctx);
  await tx.insert(userRoles).values(roles.map((role) => ({ userId: user.id, role, grantedBy })));
  await tx
    .update(accountRequests)
    .set({ status: 'approved', decidedBy: grantedBy, decidedAt: sql`now()` })
    .where(eq(accountRequests.id, request.id));
  await enqueueInvitation(tx, queue, { userId: user.id });
  await recordAudit(tx, ctx, {
    action: 'user.created',
    recordType: 'user',
    recordId: user.id,
    details: { userId: user.id, organisationId: request.organisationId, roles },
  });
  await recordAudit(tx, ctx, {
    action: 'account_request.approved',
    recordType: 'account_request',
    recordId: request.id,
    details: { accountRequestId: request.id, userId: user.id, roles },
  });
  return presentAdminUser(await getUserInScope(tx, scope, user.id), scope.organisationType);
}

/** Refusal keeps the reason until the purge (it is mailed to the requester in their language). */
export async function refuseAccountRequest(
  tx: Tx,
  ctx: RequestContext,
  queue: JobQueue,
  scope: UserAdminScope,
  id: string,
  reason: string,
): Promise<AccountRequest> {
  const request = await getAccountRequestInScope(tx, scope, id, { forUpdate: true });
  if (request.status !== 'pending') {
    throw conflict('The request was already decided', { status: request.status });
  }
  const [after] = await tx
    .update(accountRequests)
    .set({ status: 'refused', refusalReason: reason, decidedBy: actorUserId(ctx), decidedAt: sql`now()` })
    .where(eq(accountRequests.id, request.id))
    .returning();
  if (!after) {
    throw new Error('account request update returned nothing');
  }
  await enqueueMail(tx, queue, { template: 'account_request_refused', accountRequestId: request.id });
  await recordAudit(tx, ctx, {
    action: 'account_request.rejected',
    recordType: 'account_request',
    recordId: request.id,
    details: { accountRequestId: request.id, cause: 'refused' },
  });
  return presentAccountRequest(after, scope);
}
