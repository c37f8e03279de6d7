import type { SignalDecision } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';
import { PresentedSignalSchema, signalQueryKey } from '../signals/signal-api.ts';

export const TRIAGE_STATUS_FILTERS = ['open', 'decided', 'all'] as const;
export const TRIAGE_SORTS = ['urgent', 'newest', 'oldest'] as const;
export const TRIAGE_KIND_FILTERS = ['professional', 'anonymous', 'public_report'] as const;

export interface TriageFilters {
  status: (typeof TRIAGE_STATUS_FILTERS)[number];
  sort: (typeof TRIAGE_SORTS)[number];
  kind?: (typeof TRIAGE_KIND_FILTERS)[number] | undefined;
  district?: string | undefined;
}

const QueueSchema = z.object({ data: z.array(PresentedSignalSchema), page: z.object({ total: z.number() }) });

export const triageQueryKey = ['triage'] as const;

/** `GET /api/triage`: the signals routed to my organisation (the server scopes and audits). */
export function useTriageQueue(filters: TriageFilters) {
  const params = new URLSearchParams({ status: filters.status, sort: filters.sort });
  if (filters.kind) {
    params.set('kind', filters.kind);
  }
  if (filters.district) {
    params.set('district', filters.district);
  }
  return useQuery({
    queryKey: [...triageQueryKey, filters],
    queryFn: ({ signal }) => apiGet(`/api/triage?${params.toString()}`, QueueSchema, signal),
    staleTime: 0,
  });
}

export function useDecide(signalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: SignalDecision; reason: string; version: number }) =>
      apiRequest(`/api/signals/${signalId}/decision`, {
        method: 'POST',
        body,
        parser: z.object({ status: z.string(), version: z.number() }),
      }),
    // Not awaited: the caller's own callbacks run first (the panel remounts once the new version loads).
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: signalQueryKey(signalId) });
      void queryClient.invalidateQueries({ queryKey: triageQueryKey });
    },
  });
}
