import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { auditEvents } from '../audit/audit.schema.ts';
import type { Executor } from '../db/types.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { users } from '../users/user.schema.ts';

export interface AccessLogEntry {
  id: string;
  occurredAt: string;
  action: string;
  sections: string[];
  breakGlass: boolean;
  reason: string | null;
  actorName: string | null;
  organisationName: string | null;
}

/**
 * "Who opened this file": the audit rows about one record, newest first, with the acting person
 * and organisation named. Only the owning organisation asks (the route checks).
 */
export async function findAccessLog(
  db: Executor,
  recordType: string,
  recordId: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ data: AccessLogEntry[]; page: { cursor: string | null } }> {
  let cursorCond = sql`true`;
  if (page.cursor) {
    const [at, id] = Buffer.from(page.cursor, 'base64url').toString().split('|');
    if (at && id) {
      const when = new Date(at);
      cursorCond = or(lt(auditEvents.occurredAt, when), and(eq(auditEvents.occurredAt, when), lt(auditEvents.id, id))) ?? sql`true`;
    }
  }
  const rows = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      sections: auditEvents.sections,
      breakGlass: auditEvents.breakGlass,
      reason: auditEvents.reason,
      actorName: users.displayName,
      organisationName: organisations.name,
    })
    .from(auditEvents)
    .leftJoin(users, sql`${users.id}::text = ${auditEvents.actorId}`)
    .leftJoin(organisations, eq(organisations.id, auditEvents.actorOrganisationId))
    .where(and(eq(auditEvents.recordType, recordType), eq(auditEvents.recordId, recordId), cursorCond))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(page.limit + 1);
  const more = rows.length > page.limit;
  const data = rows.slice(0, page.limit).map((r) => ({
    ...r,
    occurredAt: r.occurredAt.toISOString(),
  }));
  const last = data.at(-1);
  return { data, page: { cursor: more && last ? Buffer.from(`${last.occurredAt}|${last.id}`).toString('base64url') : null } };
}
