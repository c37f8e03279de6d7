import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { auditEvents } from './audit.schema.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;

export interface AuditEventFilter {
  actorId?: string;
  recordType?: string;
  recordId?: string;
  action?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** The acting organisation. */
  organisationId?: string;
}

export interface AuditPageRequest {
  cursor?: string | null;
  /** 1–200, default 50. */
  limit?: number;
}

export interface AuditEventPage {
  data: AuditEventRow[];
  page: { cursor: string | null };
}

const CursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

function encodeCursor(row: AuditEventRow): string {
  return Buffer.from(JSON.stringify([row.occurredAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = CursorSchema.safeParse(parsed);
  if (!result.success) {
    throw new AppError('bad_request', 'The page cursor is not valid');
  }
  return { at: new Date(result.data[0]), id: result.data[1] };
}

/**
 * Audit events, newest first, filtered; keyset-paginated on (occurred_at, id) so a page deep into
 * the trail costs the same as the first. The caller authorises (audit.search, or an organisation's
 * own record access log) and audits the search itself ('audit.searched').
 */
export async function findAuditEvents(
  db: Executor,
  filter: AuditEventFilter,
  page: AuditPageRequest = {},
): Promise<AuditEventPage> {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? 50), 1), 200);
  const conditions: (SQL | undefined)[] = [
    filter.actorId === undefined ? undefined : eq(auditEvents.actorId, filter.actorId),
    filter.recordType === undefined ? undefined : eq(auditEvents.recordType, filter.recordType),
    filter.recordId === undefined ? undefined : eq(auditEvents.recordId, filter.recordId),
    filter.action === undefined ? undefined : eq(auditEvents.action, filter.action),
    filter.organisationId === undefined
      ? undefined
      : eq(auditEvents.actorOrganisationId, filter.organisationId),
    filter.from === undefined ? undefined : gte(auditEvents.occurredAt, filter.from),
    filter.to === undefined ? undefined : lt(auditEvents.occurredAt, filter.to),
  ];
  if (page.cursor) {
    const c = decodeCursor(page.cursor);
    conditions.push(
      sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${c.at.toISOString()}::timestamptz, ${c.id}::uuid)`,
    );
  }
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit + 1);
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, page: { cursor: rows.length > limit && last ? encodeCursor(last) : null } };
}
