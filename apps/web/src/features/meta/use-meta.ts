import { MetaSchema, type Meta } from '@keten/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api.ts';

export const metaQueryKey = ['meta'] as const;

/** What this deployment is (version, demo mode); public, and fixed for the life of the page. */
export function useMeta() {
  return useQuery<Meta>({
    queryKey: metaQueryKey,
    queryFn: ({ signal }) => apiGet('/api/meta', MetaSchema, signal),
    staleTime: Infinity,
  });
}
