import { CtdcSummarySchema, ExternalDatasetSchema, type CtdcGroupBy, type ExternalDataset } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

const datasetsKey = ['external-datasets'] as const;
const busy = (d: ExternalDataset | undefined) => d !== undefined && (d.status === 'queued' || d.status === 'running');
/** How often a running import is asked for its progress. */
const POLL_MS = 1000;

/** `GET /api/external-datasets`: every imported dataset, newest first. */
export function useDatasets() {
  return useQuery({
    queryKey: datasetsKey,
    queryFn: ({ signal }) => apiGet('/api/external-datasets', z.object({ data: z.array(ExternalDatasetSchema) }), signal),
    refetchInterval: (q) => (q.state.data?.data.some(busy) ? POLL_MS : false),
  });
}

/** One dataset's import status; asked again every second while the import runs. */
export function useDataset(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...datasetsKey, id],
    enabled: id !== null,
    queryFn: async ({ signal }) => {
      const ds = await apiGet(`/api/external-datasets/${id ?? ''}`, ExternalDatasetSchema, signal);
      if (!busy(ds)) {
        void queryClient.invalidateQueries({ queryKey: datasetsKey, exact: true });
      }
      return ds;
    },
    refetchInterval: (q) => (busy(q.state.data) ? POLL_MS : false),
  });
}

/** `POST /api/external-datasets/ctdc`: starts the import job with the file's text. */
export function useStartCtdcImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { csv: string; name?: string }) =>
      apiRequest('/api/external-datasets/ctdc', { method: 'POST', body, parser: ExternalDatasetSchema }),
    onSuccess: (ds) => {
      queryClient.setQueryData([...datasetsKey, ds.id], ds);
      void queryClient.invalidateQueries({ queryKey: datasetsKey, exact: true });
    },
  });
}

/** A dataset's counts by one field, disclosure-controlled by the server. */
export function useCtdcSummary(id: string, groupBy: CtdcGroupBy) {
  return useQuery({
    queryKey: [...datasetsKey, id, 'summary', groupBy],
    queryFn: ({ signal }) => apiGet(`/api/external-datasets/${id}/summary?groupBy=${groupBy}`, CtdcSummarySchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
