import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { OrganisationType } from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { AppError, notFound } from '../http/errors.ts';
import { organisations } from '../organisations/organisation.schema.ts';

/**
 * What an administrator may reach. Repositories filter every query by it, so a record outside the
 * scope is simply not found (404), never "forbidden": an organisation administrator cannot even
 * learn that another organisation's user or request exists.
 */
export type AdminScope = { kind: 'platform' } | { kind: 'organisation'; organisationId: string };

export const PLATFORM_SCOPE: AdminScope = { kind: 'platform' };

/** The `where` condition of a scope on a table's organisation column (undefined = everything). */
export function inScope(column: PgColumn, scope: AdminScope): SQL | undefined {
  return scope.kind === 'platform' ? undefined : eq(column, scope.organisationId);
}

/**
 * The organisation whose users and account requests are being administered, and how it was
 * reached: as its own administrator (`org.users.manage`) or as a platform administrator
 * (`platform.users.manage`, any organisation).
 */
export interface UserAdminScope {
  organisationId: string;
  organisationType: OrganisationType;
  viaPlatform: boolean;
}

/** `organisation`: /api/admin/… for one's own organisation; `platform`: /api/admin/organisations/:organisationId/… */
export type UserAdminVariant = 'organisation' | 'platform';

/**
 * Resolves the scope of a user-administration request. An organisation administrator's scope is
 * their own organisation, whatever the request says; a platform administrator names one, and an
 * unknown one is not found.
 */
export async function resolveUserAdminScope(
  db: Executor,
  actor: Actor,
  variant: UserAdminVariant,
  organisationId: string | undefined,
): Promise<UserAdminScope> {
  if (actor.kind !== 'user') {
    throw new AppError('forbidden', 'Only people administer users');
  }
  const target = variant === 'organisation' ? actor.organisationId : organisationId;
  if (!target) {
    throw notFound('No such organisation');
  }
  const [org] = await db.select({ id: organisations.id, type: organisations.type }).from(organisations).where(eq(organisations.id, target));
  if (!org) {
    throw notFound('No such organisation');
  }
  return { organisationId: org.id, organisationType: org.type, viaPlatform: variant === 'platform' };
}

/**
 * Path parameters of a user-administration route: the platform variant's URL names the
 * organisation (`/api/admin/organisations/:organisationId/...`), the organisation variant's does not.
 */
export function variantParams<S extends z.ZodRawShape>(variant: UserAdminVariant, shape: S) {
  return variant === 'platform' ? z.object({ ...shape, organisationId: z.uuid() }) : z.object(shape);
}

/** The organisation named in a platform route's path (undefined on organisation routes). */
export function organisationIdParam(params: object): string | undefined {
  return 'organisationId' in params && typeof params.organisationId === 'string' ? params.organisationId : undefined;
}
