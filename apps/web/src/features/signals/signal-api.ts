import type { CatalogueDefinition, DirectoryContact, SignalSubmission } from '@keten/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';
import { asDefinition, CatalogueSchema } from '../catalogues/catalogue-api.ts';

// --- live guidance ---------------------------------------------------------------------------------

const DirectoryContactSchema = z.object({
  organisationId: z.string(),
  type: z.string(),
  name: z.string(),
  servesDistricts: z.array(z.string()),
  workingLanguages: z.array(z.string()),
  country: z.string(),
  phone: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  hours: z
    .object({
      nl: z.string().optional(),
      fr: z.string().optional(),
      de: z.string().optional(),
      en: z.string().optional(),
    })
    .nullish()
    .transform((v) => v ?? undefined),
});

const GuidanceContextSchema = z
  .object({ catalogues: z.array(CatalogueSchema), directory: z.array(DirectoryContactSchema) })
  .transform((r): GuidanceContext => ({
    catalogues: r.catalogues.map(asDefinition),
    directory: r.directory,
  }));

export interface GuidanceContext {
  catalogues: CatalogueDefinition[];
  directory: DirectoryContact[];
}

export const guidanceContextQueryKey = ['signals', 'guidance-context'] as const;

/** `GET /api/signals/guidance-context`: the current lists and the contacts guidance points to. */
export function useGuidanceContext() {
  return useQuery(
    queryOptions({
      queryKey: guidanceContextQueryKey,
      queryFn: ({ signal }) => apiGet('/api/signals/guidance-context', GuidanceContextSchema, signal),
      staleTime: 5 * 60_000,
    }),
  );
}

// --- drafts ------------------------------------------------------------------------------------------

const DraftSavedSchema = z.object({ id: z.string(), updatedAt: z.string() });
export type DraftSaved = z.infer<typeof DraftSavedSchema>;

const DraftSummarySchema = z.object({ id: z.string(), step: z.string().nullable(), updatedAt: z.string() });
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

const DraftSchema = DraftSummarySchema.extend({ data: z.record(z.string(), z.unknown()) });
export type Draft = z.infer<typeof DraftSchema>;

export const draftsQueryKey = ['signal-drafts'] as const;

/** `PUT /api/signal-drafts/:id`: the whole form state, encrypted by the server. */
export function saveDraft(id: string, data: Record<string, unknown>, step: string): Promise<DraftSaved> {
  return apiRequest(`/api/signal-drafts/${id}`, {
    method: 'PUT',
    body: { data, step },
    parser: DraftSavedSchema,
  });
}

export function useDrafts() {
  return useQuery(
    queryOptions({
      queryKey: draftsQueryKey,
      queryFn: ({ signal }) =>
        apiGet('/api/signal-drafts', z.object({ data: z.array(DraftSummarySchema) }), signal),
      staleTime: 0,
    }),
  );
}

export function useDraft(id: string | undefined) {
  return useQuery({
    queryKey: [...draftsQueryKey, id],
    queryFn: ({ signal }) => apiGet(`/api/signal-drafts/${id ?? ''}`, DraftSchema, signal),
    enabled: id !== undefined,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/signal-drafts/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftsQueryKey }),
  });
}

// --- submission and my signals ------------------------------------------------------------------

const SubmittedSchema = z.object({ id: z.string(), reference: z.string(), kind: z.string() });
export type Submitted = z.infer<typeof SubmittedSchema>;

/** `POST /api/signals`: idempotent on the id, so a retry answers 200 with the same reference. */
export function submitSignal(body: SignalSubmission): Promise<Submitted> {
  return apiRequest('/api/signals', { method: 'POST', body, parser: SubmittedSchema });
}

export const SIGNAL_STATUSES = ['received', 'in_triage', 'referred', 'accepted', 'closed'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];
export const SIGNAL_KINDS = ['professional', 'anonymous', 'public_report'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

const MySignalSchema = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.string(),
  status: z.string(),
  createdAt: z.string(),
  mine: z.boolean(),
});
export type MySignal = z.infer<typeof MySignalSchema>;

export const mySignalsQueryKey = ['signals', 'mine'] as const;

export function useMySignals() {
  return useQuery({
    queryKey: mySignalsQueryKey,
    queryFn: ({ signal }) => apiGet('/api/signals/mine', z.object({ data: z.array(MySignalSchema) }), signal),
  });
}

/**
 * A signal as the server presents it to this viewer: only the sections they may see are in
 * `data`, and `actions` lists what they may do. The UI shows exactly that.
 */
export const PresentedSignalSchema = z.object({
  data: z.object({
    id: z.string(),
    reference: z.string(),
    kind: z.string(),
    status: z.string(),
    version: z.number(),
    createdAt: z.string(),
    encounteredOn: z.string().nullish(),
    judicialDistrict: z.string().nullish(),
    municipality: z.string().nullish(),
    sector: z.string().nullish(),
    howEncountered: z.string().nullish(),
    immediateDanger: z.boolean().optional(),
    minor: z.string().optional(),
    unaccompanied: z.string().nullish(),
    ageBand: z.string().nullish(),
    gender: z.string().nullish(),
    nationality: z.string().nullish(),
    languages: z.array(z.string()).optional(),
    interpreterNeeded: z.boolean().nullish(),
    personCount: z.number().optional(),
    forms: z.array(z.string()).optional(),
    smuggling: z.string().optional(),
    exploitationCountry: z.string().nullish(),
    indicators: z
      .array(
        z.object({
          catalogue: z.string(),
          id: z.string(),
          version: z.number().optional(),
          note: z.string().optional(),
        }),
      )
      .optional(),
    consent: z.string().optional(),
    guidanceCodes: z.array(z.string()).optional(),
    narrative: z.string().nullish(),
    traces: z
      .array(z.object({ id: z.string(), kind: z.string(), value: z.string(), note: z.string().nullish() }))
      .optional(),
    triageDecision: z.string().nullish(),
    triageReason: z.string().nullish(),
    reportingOrganisationName: z.string().nullish(),
    familyName: z.string().nullish(),
    givenName: z.string().nullish(),
    aliases: z.string().nullish(),
    birthDate: z.string().nullish(),
    documentNumber: z.string().nullish(),
    reporterContact: z
      .object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
      .nullish(),
  }),
  sections: z.array(z.string()),
  relationship: z.string(),
  actions: z.array(z.string()),
});
export type PresentedSignal = z.infer<typeof PresentedSignalSchema>;
export type SignalData = PresentedSignal['data'];

export function signalQueryKey(id: string) {
  return ['signals', 'one', id] as const;
}

export function useSignal(id: string) {
  return useQuery({
    queryKey: signalQueryKey(id),
    queryFn: ({ signal }) => apiGet(`/api/signals/${id}`, PresentedSignalSchema, signal),
    // Personal data: asked again on every visit (and audited by the server), not kept around.
    staleTime: 0,
    gcTime: 60_000,
  });
}

// --- questions between triage and the reporter ---------------------------------------------------

const QuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type Question = z.infer<typeof QuestionSchema>;

export function questionsQueryKey(signalId: string) {
  return ['signals', 'one', signalId, 'questions'] as const;
}

export function useQuestions(signalId: string, enabled = true) {
  return useQuery({
    queryKey: questionsQueryKey(signalId),
    queryFn: ({ signal }) =>
      apiGet(`/api/signals/${signalId}/questions`, z.object({ data: z.array(QuestionSchema) }), signal),
    enabled,
    staleTime: 0,
  });
}

export function useAnswerQuestion(signalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ questionId, answer }: { questionId: string; answer: string }) =>
      apiRequest(`/api/signals/${signalId}/questions/${questionId}/answer`, {
        method: 'POST',
        body: { answer },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionsQueryKey(signalId) }),
  });
}

export function useAskQuestion(signalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (question: string) =>
      apiRequest(`/api/signals/${signalId}/questions`, { method: 'POST', body: { question } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionsQueryKey(signalId) }),
  });
}
