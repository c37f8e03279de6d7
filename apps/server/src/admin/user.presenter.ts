import { ROLES_BY_ORGANISATION_TYPE, type AdminUser, type OrganisationType } from '@keten/shared';
import type { AdminUserRow } from './user-admin.repo.ts';

/**
 * What an administrator sees of a colleague: identity at work, roles, status and last login —
 * never secrets, and nothing of any record (administrators administer, they do not read files).
 */
export function presentAdminUser(row: AdminUserRow, organisationType: OrganisationType): AdminUser {
  return {
    id: row.id,
    organisationId: row.organisationId,
    email: row.email,
    displayName: row.displayName,
    jobTitle: row.jobTitle,
    language: row.language,
    status: row.status,
    roles: row.roles,
    mfaEnrolled: row.totpEnrolledAt !== null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    allowedRoles: [...ROLES_BY_ORGANISATION_TYPE[organisationType]],
  };
}
