import { and, count, desc, eq } from 'drizzle-orm';
import type { AccountRequestStatus, PageInfo } from '@keten/shared';
import type { UserAdminScope } from '../admin/admin-scope.ts';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { accountRequests } from './account-request.schema.ts';

export type AccountRequestRow = typeof accountRequests.$inferSelect;

/** Requests addressed to the scope's organisation, newest first. */
export async function findAccountRequests(
  db: Executor,
  scope: UserAdminScope,
  query: { status: AccountRequestStatus; page: number; pageSize: number },
): Promise<{ rows: AccountRequestRow[]; page: PageInfo }> {
  const where = and(eq(accountRequests.organisationId, scope.organisationId), eq(accountRequests.status, query.status));
  const rows = await db
    .select()
    .from(accountRequests)
    .where(where)
    .orderBy(desc(accountRequests.createdAt), desc(accountRequests.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(accountRequests).where(where);
  return { rows, page: { page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 } };
}

/** One request of the scope's organisation, or 404 (also when it belongs to another organisation). */
export async function getAccountRequestInScope(
  db: Executor,
  scope: UserAdminScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AccountRequestRow> {
  const q = db
    .select()
    .from(accountRequests)
    .where(and(eq(accountRequests.id, id), eq(accountRequests.organisationId, scope.organisationId)));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) {
    throw notFound('No such account request');
  }
  return row;
}
