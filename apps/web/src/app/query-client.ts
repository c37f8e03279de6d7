import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api.ts';

/** Client errors (4xx) will not change on a retry; network and server errors may. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
        staleTime: 30_000,
      },
    },
  });
}
