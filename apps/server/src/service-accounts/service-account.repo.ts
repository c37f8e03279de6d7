import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { PageInfo } from '@keten/shared';
import { inScope, type AdminScope } from '../admin/admin-scope.ts';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { apiTokens, serviceAccounts } from './service-account.schema.ts';

export type ServiceAccountRow = typeof serviceAccounts.$inferSelect;
/** A token as listed: never its hash. */
export interface ApiTokenListRow {
  id: string;
  serviceAccountId: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export async function tokensOf(db: Executor, serviceAccountIds: string[]): Promise<Map<string, ApiTokenListRow[]>> {
  const out = new Map<string, ApiTokenListRow[]>();
  if (serviceAccountIds.length === 0) {
    return out;
  }
  const rows = await db
    .select({
      id: apiTokens.id,
      serviceAccountId: apiTokens.serviceAccountId,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(inArray(apiTokens.serviceAccountId, serviceAccountIds))
    .orderBy(desc(apiTokens.createdAt));
  for (const r of rows) {
    out.set(r.serviceAccountId, [...(out.get(r.serviceAccountId) ?? []), r]);
  }
  return out;
}

export async function findServiceAccounts(
  db: Executor,
  scope: AdminScope,
  query: { page: number; pageSize: number; organisationId?: string | undefined },
): Promise<{ rows: ServiceAccountRow[]; page: PageInfo }> {
  const where = and(
    inScope(serviceAccounts.organisationId, scope),
    query.organisationId ? eq(serviceAccounts.organisationId, query.organisationId) : undefined,
  );
  const rows = await db
    .select()
    .from(serviceAccounts)
    .where(where)
    .orderBy(asc(serviceAccounts.name), asc(serviceAccounts.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(serviceAccounts).where(where);
  return { rows, page: { page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 } };
}

export async function getServiceAccount(db: Executor, scope: AdminScope, id: string, options: { forUpdate?: boolean } = {}): Promise<ServiceAccountRow> {
  const q = db
    .select()
    .from(serviceAccounts)
    .where(and(eq(serviceAccounts.id, id), inScope(serviceAccounts.organisationId, scope)));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) {
    throw notFound('No such service account');
  }
  return row;
}
