import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { OrganisationType as SharedOrganisationType, PageInfo } from '@keten/shared';
import { inScope, type AdminScope } from '../admin/admin-scope.ts';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { organisations, type OrganisationType } from './organisation.schema.ts';

/**
 * The organisation types of the database schema and of the shared package must be the same list:
 * this line stops compiling when one of them changes alone.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const ORGANISATION_TYPES_AGREE: Same<OrganisationType, SharedOrganisationType> = true;

export type OrganisationRow = typeof organisations.$inferSelect;

/** For the public request form: names and kinds only (no contact data, never anything about shelters). */
export async function findPublicOrganisations(db: Executor): Promise<{ id: string; name: string; type: OrganisationType }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .orderBy(asc(organisations.name), asc(organisations.id));
}

export async function findOrganisations(
  db: Executor,
  scope: AdminScope,
  query: { page: number; pageSize: number; type?: OrganisationType | undefined },
): Promise<{ rows: OrganisationRow[]; page: PageInfo }> {
  const where: SQL | undefined = and(inScope(organisations.id, scope), query.type ? eq(organisations.type, query.type) : undefined);
  const rows = await db
    .select()
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(organisations).where(where);
  return { rows, page: { page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 } };
}

/** One organisation in the scope, or 404. `forUpdate` locks it for an edit in this transaction. */
export async function getOrganisation(db: Executor, scope: AdminScope, id: string, options: { forUpdate?: boolean } = {}): Promise<OrganisationRow> {
  const q = db
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), inScope(organisations.id, scope)));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) {
    throw notFound('No such organisation');
  }
  return row;
}
