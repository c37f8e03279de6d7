import { SessionInfoSchema, type SessionInfo } from '@keten/shared';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiGet } from '../../lib/api.ts';

export const sessionQueryKey = ['session'] as const;

/** `GET /api/session`: the signed-in user with the CSRF token, or `null` when nobody is signed in. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    return await apiGet('/api/session', SessionInfoSchema, signal);
  } catch (error) {
    // 401: not signed in. 404: a server without sessions (older build): treated the same.
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: 60_000,
});

/** The CSRF token of the session in the cache, for `api.ts`. */
export function csrfSourceFor(queryClient: QueryClient) {
  return {
    token: () => queryClient.getQueryData<SessionInfo | null>(sessionQueryKey)?.csrfToken ?? null,
    refresh: async () => {
      const info = await queryClient.query({ ...sessionQueryOptions, staleTime: 0 });
      return info?.csrfToken ?? null;
    },
  };
}
