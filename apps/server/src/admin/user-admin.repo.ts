import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { PageInfo, Role, UserStatus } from '@keten/shared';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { userRoles, users } from '../users/user.schema.ts';
import type { UserAdminScope } from './admin-scope.ts';

/** The columns an administrator works with: never the password hash, TOTP secret or recovery codes. */
const adminColumns = {
  id: users.id,
  organisationId: users.organisationId,
  email: users.email,
  displayName: users.displayName,
  jobTitle: users.jobTitle,
  language: users.language,
  status: users.status,
  totpEnrolledAt: users.totpEnrolledAt,
  /** Whether a password is set (never the hash itself). */
  hasPassword: sql<boolean>`(${users.passwordHash} IS NOT NULL)`,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  version: users.version,
};

export interface AdminUserRow {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  language: (typeof users.$inferSelect)['language'];
  status: UserStatus;
  totpEnrolledAt: Date | null;
  hasPassword: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  version: number;
  roles: Role[];
}

async function rolesOf(db: Executor, userIds: string[]): Promise<Map<string, Role[]>> {
  const out = new Map<string, Role[]>();
  if (userIds.length === 0) {
    return out;
  }
  const rows = await db.select().from(userRoles).where(inArray(userRoles.userId, userIds)).orderBy(asc(userRoles.role));
  for (const r of rows) {
    out.set(r.userId, [...(out.get(r.userId) ?? []), r.role]);
  }
  return out;
}

/** Users of the scope's organisation, by name. */
export async function findUsers(
  db: Executor,
  scope: UserAdminScope,
  query: { page: number; pageSize: number; status?: UserStatus | undefined },
): Promise<{ rows: AdminUserRow[]; page: PageInfo }> {
  const where = and(eq(users.organisationId, scope.organisationId), query.status ? eq(users.status, query.status) : undefined);
  const rows = await db
    .select(adminColumns)
    .from(users)
    .where(where)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] })),
    page: { page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 },
  };
}

/**
 * One user of the scope's organisation, or 404 — also when the user exists in another
 * organisation: the scope is part of the query, not a check afterwards.
 */
export async function getUserInScope(db: Executor, scope: UserAdminScope, userId: string, options: { forUpdate?: boolean } = {}): Promise<AdminUserRow> {
  const q = db
    .select(adminColumns)
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, scope.organisationId)));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  if (!row) {
    throw notFound('No such user');
  }
  const roles = await rolesOf(db, [row.id]);
  return { ...row, roles: roles.get(row.id) ?? [] };
}
