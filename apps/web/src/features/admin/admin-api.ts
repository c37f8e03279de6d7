import {
  AccountRequestSchema,
  AdminSessionSchema,
  AdminUserSchema,
  AuditSearchResultSchema,
  IssuedApiTokenSchema,
  OrganisationSchema,
  PageInfoSchema,
  QueuedSchema,
  RevokedSessionsSchema,
  ServiceAccountSchema,
  type AccountRequestStatus,
  type AuditSearchQuery,
  type CreateOrganisation,
  type Role,
  type UpdateOrganisation,
  type UpdateUser,
  type UserStatus,
} from '@keten/shared';
import { JudicialDistrictRecordSchema } from '@keten/shared';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), page: PageInfoSchema });
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

/**
 * Where one organisation's users and requests are administered: an organisation administrator's
 * own (`/api/admin`), or, for a platform administrator, the organisation they chose
 * (`/api/admin/organisations/:id`). `null` while a platform administrator has not chosen yet.
 */
export type AdminTarget = { base: string; key: string } | null;

export function adminTarget(ownOrganisation: boolean, organisationId: string | undefined): AdminTarget {
  if (ownOrganisation) {
    return { base: '/api/admin', key: 'own' };
  }
  return organisationId
    ? { base: `/api/admin/organisations/${encodeURIComponent(organisationId)}`, key: organisationId }
    : null;
}

// --- organisations ------------------------------------------------------------------------------

const organisationsKey = ['admin', 'organisations'] as const;

/** Every organisation (platform administrator). The register is small: one page of 200. */
export function useAdminOrganisations(enabled = true) {
  return useQuery({
    queryKey: organisationsKey,
    queryFn: async ({ signal }) =>
      (await apiGet('/api/admin/organisations?pageSize=200', page(OrganisationSchema), signal)).data,
    enabled,
  });
}

/** One organisation as the server has it now (after a 409, to show what changed). */
export function fetchAdminOrganisation(id: string) {
  return apiGet(`/api/admin/organisations/${encodeURIComponent(id)}`, OrganisationSchema);
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisation) =>
      apiRequest('/api/admin/organisations', { method: 'POST', body, parser: OrganisationSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateOrganisation }) =>
      apiRequest(`/api/admin/organisations/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
        parser: OrganisationSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}

export function useJudicialDistricts() {
  return useQuery({
    queryKey: ['reference', 'judicial-districts'],
    queryFn: async ({ signal }) =>
      (await apiGet('/api/reference/judicial-districts', list(JudicialDistrictRecordSchema), signal)).data,
    staleTime: Infinity,
  });
}

// --- account requests ---------------------------------------------------------------------------

export function useAccountRequests(target: AdminTarget, status: AccountRequestStatus) {
  return useQuery({
    queryKey: ['admin', 'accountRequests', target?.key, status],
    queryFn: async ({ signal }) =>
      (
        await apiGet(
          `${target?.base ?? ''}/account-requests?status=${status}&pageSize=200`,
          page(AccountRequestSchema),
          signal,
        )
      ).data,
    enabled: target !== null,
    placeholderData: keepPreviousData,
  });
}

function useInvalidateAdmin() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['admin'] });
}

export function useApproveAccountRequest(target: AdminTarget) {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: Role[] }) =>
      apiRequest(`${target?.base ?? ''}/account-requests/${encodeURIComponent(id)}/approve`, {
        method: 'POST',
        body: { roles },
        parser: AdminUserSchema,
      }),
    onSettled: invalidate,
  });
}

export function useRefuseAccountRequest(target: AdminTarget) {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiRequest(`${target?.base ?? ''}/account-requests/${encodeURIComponent(id)}/refuse`, {
        method: 'POST',
        body: { reason },
        parser: AccountRequestSchema,
      }),
    onSettled: invalidate,
  });
}

// --- users --------------------------------------------------------------------------------------

export function useAdminUsers(target: AdminTarget, status: UserStatus | 'all') {
  return useQuery({
    queryKey: ['admin', 'users', target?.key, status],
    queryFn: async ({ signal }) =>
      (
        await apiGet(
          `${target?.base ?? ''}/users?pageSize=200${status === 'all' ? '' : `&status=${status}`}`,
          page(AdminUserSchema),
          signal,
        )
      ).data,
    enabled: target !== null,
    placeholderData: keepPreviousData,
  });
}

/** One user as the server has them now (after a 409, to show what changed). */
export function fetchAdminUser(target: AdminTarget, id: string) {
  return apiGet(`${target?.base ?? ''}/users/${encodeURIComponent(id)}`, AdminUserSchema);
}

export function useUpdateUser(target: AdminTarget) {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUser }) =>
      apiRequest(`${target?.base ?? ''}/users/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
        parser: AdminUserSchema,
      }),
    onSettled: invalidate,
  });
}

export function useResendInvitation(target: AdminTarget) {
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`${target?.base ?? ''}/users/${encodeURIComponent(id)}/invitation`, {
        method: 'POST',
        parser: QueuedSchema,
      }),
  });
}

export function useResetUserMfa(target: AdminTarget) {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`${target?.base ?? ''}/users/${encodeURIComponent(id)}/mfa-reset`, {
        method: 'POST',
        parser: AdminUserSchema,
      }),
    onSettled: invalidate,
  });
}

export function useUserSessions(target: AdminTarget, userId: string | null) {
  return useQuery({
    queryKey: ['admin', 'userSessions', target?.key, userId],
    queryFn: async ({ signal }) =>
      (
        await apiGet(
          `${target?.base ?? ''}/users/${encodeURIComponent(userId ?? '')}/sessions`,
          list(AdminSessionSchema),
          signal,
        )
      ).data,
    enabled: target !== null && userId !== null,
    staleTime: 0,
  });
}

export function useRevokeUserSession(target: AdminTarget) {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ userId, sessionId }: { userId: string; sessionId: string }) =>
      apiRequest(
        `${target?.base ?? ''}/users/${encodeURIComponent(userId)}/sessions/${encodeURIComponent(sessionId)}`,
        { method: 'DELETE' },
      ),
    onSettled: invalidate,
  });
}

export function useRevokeAllUserSessions(target: AdminTarget) {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest(`${target?.base ?? ''}/users/${encodeURIComponent(userId)}/sessions`, {
        method: 'DELETE',
        parser: RevokedSessionsSchema,
      }),
    onSettled: invalidate,
  });
}

// --- service accounts ---------------------------------------------------------------------------

const serviceAccountsKey = ['admin', 'serviceAccounts'] as const;

export function useServiceAccounts() {
  return useQuery({
    queryKey: serviceAccountsKey,
    queryFn: async ({ signal }) =>
      (await apiGet('/api/admin/service-accounts?pageSize=200', page(ServiceAccountSchema), signal)).data,
  });
}

export function useCreateServiceAccount() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (body: { organisationId: string; name: string; capabilities: string[] }) =>
      apiRequest('/api/admin/service-accounts', { method: 'POST', body, parser: ServiceAccountSchema }),
    onSettled: invalidate,
  });
}

export function useDisableServiceAccount() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/admin/service-accounts/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: invalidate,
  });
}

export function useIssueApiToken() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, expiresAt }: { id: string; expiresAt: string | null }) =>
      apiRequest(`/api/admin/service-accounts/${encodeURIComponent(id)}/tokens`, {
        method: 'POST',
        body: { expiresAt },
        parser: IssuedApiTokenSchema,
      }),
    onSettled: invalidate,
  });
}

export function useRevokeApiToken() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, tokenId }: { id: string; tokenId: string }) =>
      apiRequest(
        `/api/admin/service-accounts/${encodeURIComponent(id)}/tokens/${encodeURIComponent(tokenId)}`,
        {
          method: 'DELETE',
        },
      ),
    onSettled: invalidate,
  });
}

// --- audit --------------------------------------------------------------------------------------

export type AuditFilters = Omit<AuditSearchQuery, 'cursor' | 'limit'>;

function auditQueryString(filters: AuditFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') {
      params.set(key, value);
    }
  }
  if (cursor) {
    params.set('cursor', cursor);
  }
  params.set('limit', '50');
  return params.toString();
}

/** Audit search, newest first, 50 at a time ("load more" follows the cursor). */
export function useAuditSearch(filters: AuditFilters | null) {
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ pageParam, signal }) =>
      apiGet(
        `/api/admin/audit?${auditQueryString(filters ?? {}, pageParam)}`,
        AuditSearchResultSchema,
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.cursor,
    enabled: filters !== null,
    staleTime: 0,
  });
}
