import { BREAK_GLASS_ROLES, type Role } from '@keten/shared';
import type { RequestContext } from './actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { breakGlassGrants } from './access.schema.ts';
import { breakGlassExpiry } from './policy.ts';
import { ownerOf, relationshipTo } from './scope.ts';

export const BREAK_GLASS_MIN_REASON = 15;

/**
 * Break-glass (access-model.md): a user of a marked role opens a record outside their scope after
 * typing a reason. ID + SG only, 24 hours, the owning organisation is notified, the audit flags it.
 */
export async function openBreakGlass(
  tx: Tx,
  ctx: RequestContext,
  input: { recordType: 'signal' | 'victim_file'; recordId: string; reason: string },
): Promise<{ grantId: string; expiresAt: Date }> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || !actor.roles.some((r) => BREAK_GLASS_ROLES.includes(r as Role))) {
    throw new AppError('forbidden', 'Your role cannot use break-glass access');
  }
  const reason = input.reason.trim();
  if (reason.length < BREAK_GLASS_MIN_REASON) {
    throw new AppError('validation_failed', 'Give the reason for emergency access', {
      issues: [{ path: 'body.reason', code: 'too_small', message: `at least ${BREAK_GLASS_MIN_REASON} characters` }],
    });
  }
  const owner = await ownerOf(tx, input.recordType, input.recordId);
  if (!owner) {
    throw new AppError('not_found', 'No such record');
  }
  const current = await relationshipTo(tx, actor, input.recordType, input.recordId);
  if (current !== 'none') {
    throw new AppError('domain_rule', 'You already have access to this record', { reason: 'already_in_scope', relationship: current });
  }
  const expiresAt = breakGlassExpiry();
  const [grant] = await tx
    .insert(breakGlassGrants)
    .values({ userId: actor.userId, organisationId: actor.organisationId, recordType: input.recordType, recordId: input.recordId, reason, expiresAt })
    .returning({ id: breakGlassGrants.id });
  if (!grant) {
    throw new Error('break-glass insert returned nothing');
  }
  await tx.insert(notifications).values({
    organisationId: owner,
    kind: 'break_glass.opened',
    payload: { recordType: input.recordType, recordId: input.recordId, grantId: grant.id, byOrganisationId: actor.organisationId, byUserId: actor.userId },
  });
  await recordAudit(tx, ctx, {
    action: 'break_glass.opened',
    recordType: input.recordType,
    recordId: input.recordId,
    sections: ['ID', 'SG'],
    reason,
    breakGlass: true,
    details: { grantId: grant.id, ownerOrganisationId: owner, expiresAt: expiresAt.toISOString() },
  });
  return { grantId: grant.id, expiresAt };
}
