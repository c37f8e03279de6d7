import { InvitationInfoSchema, RecoveryCodesSchema, TotpEnrolmentSchema } from '@keten/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiRequest } from '../../lib/api.ts';

const base = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** Who the invitation is for. 404: unknown or already used; 422 `invitation_expired`. */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => apiGet(base(token), InvitationInfoSchema, signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** Sets the password (or, for a second-factor reset, proves it) and starts the authenticator enrolment. */
export function useInvitationPassword(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      apiRequest(`${base(token)}/password`, {
        method: 'POST',
        body: { password },
        parser: TotpEnrolmentSchema,
      }),
  });
}

/** Confirms the authenticator with a first code; the answer holds the recovery codes, once. */
export function useInvitationConfirm(token: string) {
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest(`${base(token)}/confirm`, { method: 'POST', body: { code }, parser: RecoveryCodesSchema }),
  });
}
