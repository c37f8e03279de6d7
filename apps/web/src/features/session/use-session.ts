import type { Capability, SessionInfo } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { ApiError, apiRequest } from '../../lib/api.ts';
import { sessionQueryKey, sessionQueryOptions } from './session-query.ts';

export { sessionQueryKey } from './session-query.ts';

/** The signed-in user, as `GET /api/session` describes them. */
export type SessionUser = SessionInfo['user'];

/** The current session (`data` is `null` when nobody is signed in). */
export function useSession() {
  return useQuery(sessionQueryOptions);
}

/** The signed-in user, or null (also while the session is still loading). */
export function useSessionUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

/** Whether the signed-in user holds at least one of the capabilities. The server decides again on every request. */
export function hasAnyCapability(user: SessionUser | null, capabilities: readonly Capability[]): boolean {
  return user !== null && capabilities.some((c) => user.capabilities.includes(c));
}

/** Queries that hold no personal data and survive a logout. */
const KEPT_ON_LOGOUT = new Set(['meta', 'session']);

/**
 * Ends the session on the server, forgets everything this page loaded for the user, and goes to the
 * login page. The navigation comes first, so the page that required a session does not redirect.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    meta: { authFlow: true },
    mutationFn: async () => {
      try {
        await apiRequest('/api/auth/logout', { method: 'POST' });
      } catch (error) {
        // 401: the session had already ended, which is what the user wants.
        if (!(error instanceof ApiError && error.status === 401)) {
          throw error;
        }
      }
    },
    onSuccess: async () => {
      await router.navigate({ to: '/login', search: { signedOut: true } });
      queryClient.setQueryData(sessionQueryKey, null);
      queryClient.removeQueries({
        predicate: (query) => !KEPT_ON_LOGOUT.has(String(query.queryKey[0])),
      });
    },
  });
}
