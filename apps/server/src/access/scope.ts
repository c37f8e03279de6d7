import { and, eq, gt, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Relationship } from '@keten/shared';
import type { Executor } from '../db/types.ts';
import type { Actor } from './actor.ts';
import { breakGlassGrants, recordAccess } from './access.schema.ts';
import { RELATIONSHIP_STRENGTH } from './policy.ts';

type RecordType = 'signal' | 'victim_file';

const activeGrant = () => and(isNull(recordAccess.revokedAt), or(isNull(recordAccess.expiresAt), gt(recordAccess.expiresAt, sql`now()`)));

/**
 * The scope filter every repository of personal records puts in its WHERE clause: the record is
 * visible when the actor's organisation holds an active grant on it, or the user holds an active
 * break-glass grant. Anything else is simply not found. System and anonymous actors see nothing
 * here; named system work uses its own queries.
 */
export function inScope(actor: Actor, recordType: RecordType, idColumn: SQLWrapper): SQL {
  if (actor.kind !== 'user') {
    return sql`false`;
  }
  return sql`(${idColumn} IN (
      SELECT ${recordAccess.recordId} FROM ${recordAccess}
      WHERE ${recordAccess.recordType} = ${recordType}
        AND ${recordAccess.organisationId} = ${actor.organisationId}
        AND ${recordAccess.revokedAt} IS NULL
        AND (${recordAccess.expiresAt} IS NULL OR ${recordAccess.expiresAt} > now()))
    OR ${idColumn} IN (
      SELECT ${breakGlassGrants.recordId} FROM ${breakGlassGrants}
      WHERE ${breakGlassGrants.recordType} = ${recordType}
        AND ${breakGlassGrants.userId} = ${actor.userId}
        AND ${breakGlassGrants.expiresAt} > now()))`;
}

/** How the actor relates to one record (the strongest active grant), or `none`. */
export async function relationshipTo(db: Executor, actor: Actor, recordType: RecordType, recordId: string): Promise<Relationship> {
  const map = await relationshipsTo(db, actor, recordType, [recordId]);
  return map.get(recordId) ?? 'none';
}

export async function relationshipsTo(db: Executor, actor: Actor, recordType: RecordType, recordIds: readonly string[]): Promise<Map<string, Relationship>> {
  const out = new Map<string, Relationship>();
  if (actor.kind !== 'user' || recordIds.length === 0) {
    return out;
  }
  const ids = [...recordIds];
  const grants = await db
    .select({ recordId: recordAccess.recordId, relationship: recordAccess.relationship })
    .from(recordAccess)
    .where(
      and(
        eq(recordAccess.recordType, recordType),
        eq(recordAccess.organisationId, actor.organisationId),
        sql`${recordAccess.recordId} = ANY(${sql.param(ids)}::uuid[])`,
        activeGrant(),
      ),
    );
  for (const g of grants) {
    const prev = out.get(g.recordId);
    if (!prev || RELATIONSHIP_STRENGTH[g.relationship] > RELATIONSHIP_STRENGTH[prev]) {
      out.set(g.recordId, g.relationship);
    }
  }
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length > 0) {
    const glass = await db
      .select({ recordId: breakGlassGrants.recordId })
      .from(breakGlassGrants)
      .where(
        and(
          eq(breakGlassGrants.recordType, recordType),
          eq(breakGlassGrants.userId, actor.userId),
          sql`${breakGlassGrants.recordId} = ANY(${sql.param(missing)}::uuid[])`,
          gt(breakGlassGrants.expiresAt, sql`now()`),
        ),
      );
    for (const g of glass) {
      out.set(g.recordId, 'break_glass');
    }
  }
  return out;
}

/** The organisation that owns a record, for notices and transfers (system use; no personal data). */
export async function ownerOf(db: Executor, recordType: RecordType, recordId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: recordAccess.organisationId })
    .from(recordAccess)
    .where(and(eq(recordAccess.recordType, recordType), eq(recordAccess.recordId, recordId), eq(recordAccess.relationship, 'owner'), activeGrant()));
  return row?.organisationId ?? null;
}
