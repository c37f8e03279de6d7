import { and, eq, isNull, sql } from 'drizzle-orm';
import type { RequestContext } from './actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { recordAccess } from './access.schema.ts';

type RecordType = 'signal' | 'victim_file';
type GrantRelationship = 'owner' | 'referred' | 'shared';
type RevokeCause = 'declined' | 'withdrawn' | 'share_ended' | 'transferred' | 'revoked';

/**
 * Grants an organisation access to a record (accepting a referral, an open request, an explicit
 * share, or creating it as owner). Audited in the caller's transaction.
 */
export async function grantAccess(
  tx: Tx,
  ctx: RequestContext,
  input: { recordType: RecordType; recordId: string; organisationId: string; relationship: GrantRelationship; reason?: string | null; expiresAt?: Date | null },
  /** `embedded`: the caller's own audit event lists this grant (e.g. `signal.submitted` → routedTo). */
  options: { audit: 'own_event' | 'embedded' } = { audit: 'own_event' },
): Promise<string> {
  if (input.relationship === 'shared' && (!input.reason || !input.expiresAt)) {
    // access-model: an explicit share always has a reason and an end date.
    throw new AppError('domain_rule', 'A share needs a reason and an end date', { reason: 'share_needs_reason_and_end' });
  }
  const grantedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const [row] = await tx
    .insert(recordAccess)
    .values({
      recordType: input.recordType,
      recordId: input.recordId,
      organisationId: input.organisationId,
      relationship: input.relationship,
      reason: input.reason ?? null,
      expiresAt: input.expiresAt ?? null,
      grantedBy,
    })
    .returning({ id: recordAccess.id });
  if (!row) {
    throw new Error('grant insert returned nothing');
  }
  if (options.audit === 'embedded') {
    return row.id;
  }
  await recordAudit(tx, ctx, {
    action: 'access.granted',
    recordType: input.recordType,
    recordId: input.recordId,
    details: {
      grantId: row.id,
      organisationId: input.organisationId,
      relationship: input.relationship,
      expiresAt: input.expiresAt ? input.expiresAt.toISOString() : null,
    },
  });
  return row.id;
}

/**
 * Revokes an organisation's active grants of one kind on a record, at once (declined, withdrawn…).
 * With `grantId`, only that grant: an organisation may hold several grants of one kind on a record
 * for different reasons (a referral, an open procedure request, triage), and ending one reason
 * must not end the others.
 */
export async function revokeAccess(
  tx: Tx,
  ctx: RequestContext,
  input: { recordType: RecordType; recordId: string; organisationId: string; relationship: GrantRelationship; cause: RevokeCause; grantId?: string },
): Promise<number> {
  const revokedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const rows = await tx
    .update(recordAccess)
    .set({ revokedAt: sql`now()`, revokedBy })
    .where(
      and(
        eq(recordAccess.recordType, input.recordType),
        eq(recordAccess.recordId, input.recordId),
        eq(recordAccess.organisationId, input.organisationId),
        eq(recordAccess.relationship, input.relationship),
        isNull(recordAccess.revokedAt),
        input.grantId === undefined ? undefined : eq(recordAccess.id, input.grantId),
      ),
    )
    .returning({ id: recordAccess.id });
  for (const r of rows) {
    await recordAudit(tx, ctx, {
      action: 'access.revoked',
      recordType: input.recordType,
      recordId: input.recordId,
      details: { grantId: r.id, organisationId: input.organisationId, relationship: input.relationship, cause: input.cause },
    });
  }
  return rows.length;
}

/**
 * Moves ownership between organisations (transfer between centres, once the receiving centre
 * accepts). The former owner keeps no access; the audit keeps the trail.
 */
export async function transferOwnership(
  tx: Tx,
  ctx: RequestContext,
  input: { recordType: RecordType; recordId: string; fromOrganisationId: string; toOrganisationId: string },
): Promise<void> {
  const revoked = await revokeAccess(tx, ctx, { ...input, organisationId: input.fromOrganisationId, relationship: 'owner', cause: 'transferred' });
  if (revoked === 0) {
    throw new AppError('conflict', 'The record is not owned by the transferring organisation', { reason: 'not_owner' });
  }
  // A shared/referred grant the receiver held for the transfer is superseded by ownership.
  for (const relationship of ['shared', 'referred'] as const) {
    await revokeAccess(tx, ctx, { ...input, organisationId: input.toOrganisationId, relationship, cause: 'transferred' });
  }
  await grantAccess(tx, ctx, { recordType: input.recordType, recordId: input.recordId, organisationId: input.toOrganisationId, relationship: 'owner' });
  await recordAudit(tx, ctx, {
    action: 'record.transferred',
    recordType: input.recordType,
    recordId: input.recordId,
    details: { fromOrganisationId: input.fromOrganisationId, toOrganisationId: input.toOrganisationId },
  });
}
