import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { csrfSourceFor, sessionQueryKey } from '../features/session/session-query.ts';
import { ApiError, setCsrfSource } from '../lib/api.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** `authFlow`: a 401 is an expected answer (wrong password), not a sign that the session ended. */
    queryMeta: { authFlow?: boolean };
    mutationMeta: { authFlow?: boolean };
  }
}

/**
 * Client errors (4xx) will not change on a retry; network and server errors may. A 401 anywhere
 * else than the login steps means the session ended (idle timeout, revoked elsewhere): the session
 * is asked again, so the pages that need one send the user to the login page.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, meta: { authFlow?: boolean } | undefined) => {
    if (error instanceof ApiError && error.status === 401 && !meta?.authFlow) {
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== sessionQueryKey[0]) {
          onError(error, query.meta);
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onError(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
  setCsrfSource(csrfSourceFor(queryClient));
  return queryClient;
}
