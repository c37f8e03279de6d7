import { ROLES_BY_ORGANISATION_TYPE, type OrganisationType, type Role } from '@keten/shared';
import { AppError, domainRule } from '../http/errors.ts';

/**
 * Which roles an administrator may hand out. Two rules, checked in this order:
 *  1. adding or removing `platform_admin` is for platform administrators only (403): an
 *     organisation administrator of the operator must not be able to make themselves or a
 *     colleague all-powerful, nor take that power away unnoticed by the platform;
 *  2. every role must fit the organisation's type (ROLES_BY_ORGANISATION_TYPE; 422 otherwise).
 */
export function checkRoleChange(
  scope: { organisationType: OrganisationType; viaPlatform: boolean },
  before: readonly Role[],
  after: readonly Role[],
): void {
  const touchesPlatformAdmin = before.includes('platform_admin') !== after.includes('platform_admin');
  if (touchesPlatformAdmin && !scope.viaPlatform) {
    throw new AppError('forbidden', 'Only a platform administrator grants or withdraws platform_admin', { reason: 'platform_admin_role' });
  }
  const allowed: readonly Role[] = ROLES_BY_ORGANISATION_TYPE[scope.organisationType];
  const misfits = after.filter((r) => !allowed.includes(r));
  if (misfits.length > 0) {
    throw domainRule(`Roles not available in a ${scope.organisationType} organisation: ${misfits.join(', ')}`, {
      reason: 'role_not_allowed',
      roles: misfits,
      allowed,
    });
  }
}

/** Sorted, without duplicates: the stored form of a role set. */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].sort();
}
