import { LoginStepSchema, SessionInfoSchema, type LoginRequest, type SessionInfo } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiGet, apiRequest } from '../../lib/api.ts';
import { sessionQueryKey } from '../session/session-query.ts';

/** Step 1: e-mail and password. A 401 here is the expected "wrong credentials", not a lost session. */
export function useLoginStep() {
  return useMutation({
    meta: { authFlow: true },
    mutationFn: (body: LoginRequest) =>
      apiRequest('/api/auth/login', { method: 'POST', body, parser: LoginStepSchema }),
  });
}

export type SecondFactorInput = { pendingToken: string } & (
  { code: string; recoveryCode?: undefined } | { recoveryCode: string; code?: undefined }
);

/** Step 2: the TOTP code or a recovery code; success opens the session (cookie) and returns it. */
export function useSecondFactorStep() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { authFlow: true },
    mutationFn: (body: SecondFactorInput) =>
      apiRequest('/api/auth/second-factor', { method: 'POST', body, parser: SessionInfoSchema }),
    onSuccess: (info: SessionInfo) => {
      queryClient.setQueryData(sessionQueryKey, info);
    },
  });
}

// --- the login in progress between the two steps ------------------------------------------------

/**
 * The pending token lives in memory only (not in the address bar or storage): it is half a login.
 * The query cache forgets it after five minutes without use, when the server has forgotten it too.
 */
const pendingLoginKey = ['auth', 'pendingLogin'] as const;

export interface PendingLogin {
  token: string;
  /** Where to go after the second step. */
  redirect: string;
}

export function usePendingLogin() {
  const queryClient = useQueryClient();
  return {
    read: () => queryClient.getQueryData<PendingLogin>(pendingLoginKey) ?? null,
    save: (pending: PendingLogin) => queryClient.setQueryData(pendingLoginKey, pending),
    clear: () => queryClient.removeQueries({ queryKey: pendingLoginKey }),
  };
}

// --- sign-in through the organisation's identity provider ---------------------------------------

/** `GET /api/auth/oidc/providers` (apps/server/src/auth/oidc.routes.ts). */
const OidcProvidersSchema = z.object({ data: z.array(z.object({ id: z.string(), name: z.string() })) });

export type OidcProvider = z.infer<typeof OidcProvidersSchema>['data'][number];

/** Organisations whose staff can sign in with their own identity provider; none when unavailable. */
export function useOidcProviders() {
  return useQuery({
    queryKey: ['auth', 'oidcProviders'],
    queryFn: async ({ signal }) => {
      try {
        return (await apiGet('/api/auth/oidc/providers', OidcProvidersSchema, signal)).data;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          return [];
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** A full-page navigation to the provider; it sends the browser back to `returnTo` (a path here). */
export function oidcStartUrl(organisationId: string, returnTo: string): string {
  const query = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  return `/api/auth/oidc/${encodeURIComponent(organisationId)}/start${query}`;
}

/** The codes the server puts in `/login?error=…` after a failed sign-in through an organisation. */
export const OIDC_LOGIN_ERRORS = [
  'oidc_no_account',
  'oidc_failed',
  'oidc_email_unverified',
  'oidc_second_factor_required',
] as const;
export type OidcLoginError = (typeof OIDC_LOGIN_ERRORS)[number];

export function isOidcLoginError(value: unknown): value is OidcLoginError {
  return typeof value === 'string' && (OIDC_LOGIN_ERRORS as readonly string[]).includes(value);
}
