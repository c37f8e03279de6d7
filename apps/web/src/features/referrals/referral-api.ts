import {
  ReferralSchema,
  RoutingProposalSchema,
  type ReferralCreate,
  type ReferralRespond,
} from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

export type ReferralSource = { type: 'signal' | 'victim_file'; id: string };

export const referralsKey = ['referrals'] as const;

/** `GET /api/referrals/proposals`: the recipients the routing rules propose, each with its rule. */
export function useProposals(source: ReferralSource, enabled: boolean) {
  return useQuery({
    queryKey: [...referralsKey, 'proposals', source.type, source.id],
    queryFn: ({ signal }) =>
      apiGet(
        `/api/referrals/proposals?sourceType=${source.type}&sourceId=${source.id}`,
        z.object({ data: z.array(RoutingProposalSchema) }),
        signal,
      ),
    enabled,
    retry: false,
  });
}

export function useReferrals(direction: 'incoming' | 'outgoing') {
  return useQuery({
    queryKey: [...referralsKey, direction],
    queryFn: ({ signal }) =>
      apiGet(`/api/referrals?direction=${direction}`, z.object({ data: z.array(ReferralSchema) }), signal),
    staleTime: 0,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: referralsKey });
    void queryClient.invalidateQueries({ queryKey: ['victim-files'] });
  };
}

export function useSendReferral() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ReferralCreate) =>
      apiRequest('/api/referrals', { method: 'POST', body, parser: ReferralSchema }),
    onSuccess: invalidate,
  });
}

export function useRespond() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: ReferralRespond & { id: string }) =>
      apiRequest(`/api/referrals/${id}/respond`, { method: 'POST', body, parser: ReferralSchema }),
    onSettled: invalidate,
  });
}

export function useWithdraw() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; reason: string; version: number }) =>
      apiRequest(`/api/referrals/${id}/withdraw`, { method: 'POST', body, parser: ReferralSchema }),
    onSettled: invalidate,
  });
}

const NoticeSchema = z.object({
  id: z.string(),
  kind: z.string(),
  payload: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** `GET /api/notifications`: my notices and my organisation's. */
export function useNotices() {
  return useQuery({
    queryKey: ['notifications'],
    queryFn: ({ signal }) => apiGet('/api/notifications', z.object({ data: z.array(NoticeSchema) }), signal),
    staleTime: 0,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
