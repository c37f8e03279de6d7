import { ProcedureRequestSchema, type OrganisationType, type ProcedureRequest } from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { DUTCH_PROCEDURE } from '@keten/shared/procedure/netherlands';
import type { ProcedureConfig } from '@keten/shared/procedure/types';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

/** The configurations the server runs (procedure.machine.ts): the UI draws from the same data. */
export const PROCEDURE_CONFIGS: Record<'BE' | 'NL', ProcedureConfig> = {
  BE: BELGIAN_PROCEDURE,
  NL: DUTCH_PROCEDURE,
};

export function configOf(country: string): ProcedureConfig | null {
  return country === 'BE' || country === 'NL' ? PROCEDURE_CONFIGS[country] : null;
}

/** The PR section of a victim file as `procedureView` (server) sends it. */
export const ProcedureViewSchema = z.object({
  id: z.string(),
  country: z.string(),
  configVersion: z.number(),
  phase: z.string(),
  status: z.enum(['running', 'ended']),
  startedOn: z.string(),
  endReason: z.string().nullable(),
  endedOn: z.string().nullable(),
  guardianName: z.string().nullable(),
  guardianAppointedOn: z.string().nullable(),
  version: z.number(),
  events: z.array(
    z.object({
      kind: z.string(),
      code: z.string(),
      fromPhase: z.string().nullable(),
      toPhase: z.string().nullable(),
      occurredOn: z.string(),
      organisationId: z.string().nullable(),
    }),
  ),
  requests: z.array(ProcedureRequestSchema),
  conditions: z.array(
    z.object({
      id: z.string(),
      condition: z.string(),
      status: z.enum(['met', 'breached']),
      statedOn: z.string(),
      source: z.string().nullable(),
    }),
  ),
});
export type ProcedureView = z.infer<typeof ProcedureViewSchema>;

/** `GET /api/victim-files/:id`, cut by the server to the sections this viewer may see. */
export const PresentedFileSchema = z.object({
  data: z
    .object({
      id: z.string(),
      reference: z.string(),
      status: z.string(),
      version: z.number(),
      familyName: z.string().nullable().optional(),
      givenName: z.string().nullable().optional(),
      birthDate: z.string().nullable().optional(),
      nationality: z.string().nullable().optional(),
      minor: z.string().optional(),
      unaccompanied: z.string().nullable().optional(),
      procedure: ProcedureViewSchema.nullable().optional(),
      documentToHandOut: ProcedureRequestSchema.nullable().optional(),
    })
    .loose(),
  sections: z.array(z.string()),
  relationship: z.string(),
  actions: z.array(z.string()),
});
export type PresentedFile = z.infer<typeof PresentedFileSchema>;

// Under the file page's key (its invalidations reach this), but its own entry: the parsers differ.
export const victimFileQueryKey = (id: string) => ['victim-files', id, 'procedure-view'] as const;
export const procedureRequestsQueryKey = ['procedure-requests'] as const;

export function useVictimFile(id: string, enabled = true) {
  return useQuery({
    queryKey: victimFileQueryKey(id),
    queryFn: ({ signal }) => apiGet(`/api/victim-files/${id}`, PresentedFileSchema, signal),
    enabled,
    retry: false,
  });
}

const ProcedureStateSchema = z.object({
  id: z.string(),
  phase: z.string(),
  status: z.string(),
  version: z.number(),
});

type ProcedureCall =
  | { kind: 'start'; body: { country: 'BE' | 'NL'; startedOn: string } }
  | { kind: 'transition'; body: { transition: string; occurredOn: string; version: number } }
  | { kind: 'end'; body: { reason: string; endedOn: string; version: number } }
  | { kind: 'document'; body: { requestedOn: string } }
  | { kind: 'confirmation'; body: { transition: string } }
  | {
      kind: 'condition';
      body: { condition: string; status: 'met' | 'breached'; statedOn: string; source?: OrganisationType };
    }
  | { kind: 'guardian'; body: { guardianName: string; appointedOn: string } };

const PATHS: Record<ProcedureCall['kind'], string> = {
  start: '',
  transition: '/transitions',
  end: '/end',
  document: '/document-requests',
  confirmation: '/confirmation-requests',
  condition: '/conditions',
  guardian: '/guardian',
};

/** Every write of the procedure panel: the server checks the rules and answers 422 with the rule. */
export function useProcedureAction(fileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: ProcedureCall) =>
      apiRequest(`/api/victim-files/${fileId}/procedure${PATHS[call.kind]}`, {
        method: 'POST',
        body: call.body,
        parser:
          call.kind === 'transition' || call.kind === 'end' || call.kind === 'start'
            ? ProcedureStateSchema
            : undefined,
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['victim-files'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

const RequestListSchema = z.object({ data: z.array(ProcedureRequestSchema) });

/** `GET /api/procedure/requests`: what is addressed to my organisation. */
export function useProcedureRequests(status: 'open' | 'done' | 'all') {
  return useQuery({
    queryKey: [...procedureRequestsQueryKey, status],
    queryFn: ({ signal }) => apiGet(`/api/procedure/requests?status=${status}`, RequestListSchema, signal),
    staleTime: 0,
  });
}

type RequestAnswer =
  | {
      kind: 'issue';
      body: {
        issuedOn: string;
        expiresOn: string | null;
        documentNumber: string;
        version: number;
        handOutOrganisationId?: string;
      };
    }
  | { kind: 'confirm'; body: { confirmed: boolean; answeredOn: string; version: number } }
  | { kind: 'hand-out'; body: { handedOutOn: string; version: number } };

export function useAnswerRequest(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: RequestAnswer): Promise<ProcedureRequest> =>
      apiRequest(`/api/procedure/requests/${requestId}/${answer.kind}`, {
        method: 'POST',
        body: answer.body,
        parser: ProcedureRequestSchema,
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: procedureRequestsQueryKey });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

/** Today as an ISO date in the user's own time zone (what a person means by "today"). */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${String(y)}-${m}-${d}`;
}
