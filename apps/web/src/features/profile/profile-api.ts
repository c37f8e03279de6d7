import { RecoveryCodesSchema, SessionListItemSchema, TotpEnrolmentSchema } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

const mySessionsKey = ['me', 'sessions'] as const;
const MySessionsSchema = z.object({ data: z.array(SessionListItemSchema) });

/** My active sessions, this one marked `current`. */
export function useMySessions() {
  return useQuery({
    queryKey: mySessionsKey,
    queryFn: async ({ signal }) => (await apiGet('/api/me/sessions', MySessionsSchema, signal)).data,
    staleTime: 0,
  });
}

export function useRevokeMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mySessionsKey }),
  });
}

export interface Reauthentication {
  password: string;
  code: string;
}

/** Starts a new authenticator after proving password and current code; the old one works until confirmed. */
export function useStartMfaReset() {
  return useMutation({
    mutationFn: (body: Reauthentication) =>
      apiRequest('/api/me/mfa/reset', { method: 'POST', body, parser: TotpEnrolmentSchema }),
  });
}

export function useConfirmMfaReset() {
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest('/api/me/mfa/confirm', { method: 'POST', body: { code }, parser: RecoveryCodesSchema }),
  });
}

/** New recovery codes; the old ones stop working at once. */
export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: (body: Reauthentication) =>
      apiRequest('/api/me/recovery-codes', { method: 'POST', body, parser: RecoveryCodesSchema }),
  });
}
