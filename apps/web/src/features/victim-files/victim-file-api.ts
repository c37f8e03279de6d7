import { VictimFileSearchResponseSchema, type JudicialTrack, type VictimFileUpdate } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

/** A victim file as the server's presenter cut it: only the sections and actions that came back. */
export const PresentedFileSchema = z.object({
  data: z.record(z.string(), z.unknown()),
  sections: z.array(z.string()),
  relationship: z.string(),
  actions: z.array(z.string()),
});
export type PresentedFile = z.infer<typeof PresentedFileSchema>;

const FileRowSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.string(),
  relationship: z.string(),
  caseworkerUserId: z.string().nullable(),
  createdAt: z.string(),
});
export type FileRow = z.infer<typeof FileRowSchema>;

export const NoteSchema = z.object({
  id: z.string(),
  section: z.string(),
  occurredOn: z.string(),
  text: z.string(),
  authorUserId: z.string().nullable().optional(),
  organisationId: z.string().nullable().optional(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof NoteSchema>;

const TimelineSchema = z.object({
  data: z.array(
    z.object({ at: z.string(), kind: z.string(), code: z.string(), organisationId: z.string().nullable() }),
  ),
});
export type TimelineEntry = z.infer<typeof TimelineSchema>['data'][number];

const AccessLogSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      occurredAt: z.string(),
      action: z.string(),
      sections: z.array(z.string()),
      breakGlass: z.boolean(),
      reason: z.string().nullable(),
      actorName: z.string().nullable(),
      organisationName: z.string().nullable(),
    }),
  ),
  page: z.object({ cursor: z.string().nullable() }),
});
export type AccessLogPage = z.infer<typeof AccessLogSchema>;

export const victimFilesKey = ['victim-files'] as const;
export const victimFileKey = (id: string) => ['victim-files', id] as const;

/** `GET /api/victim-files`: references and status only (no personal data). */
export function useVictimFiles() {
  return useQuery({
    queryKey: victimFilesKey,
    queryFn: ({ signal }) => apiGet('/api/victim-files', z.object({ data: z.array(FileRowSchema) }), signal),
    staleTime: 0,
  });
}

/** `GET /api/victim-files/:id`: one file, cut to the sections the viewer may see (audited). */
export function useVictimFile(id: string) {
  return useQuery({
    queryKey: victimFileKey(id),
    queryFn: ({ signal }) => apiGet(`/api/victim-files/${id}`, PresentedFileSchema, signal),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useTimeline(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...victimFileKey(id), 'timeline'],
    queryFn: ({ signal }) => apiGet(`/api/victim-files/${id}/timeline`, TimelineSchema, signal),
    enabled,
    retry: false,
  });
}

export function useAccessLog(id: string, enabled: boolean, limit: number) {
  return useQuery({
    queryKey: [...victimFileKey(id), 'access-log', limit],
    queryFn: ({ signal }) =>
      apiGet(`/api/records/victim_file/${id}/access-log?limit=${String(limit)}`, AccessLogSchema, signal),
    enabled,
    retry: false,
  });
}

function useInvalidateFile(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: victimFileKey(id) });
    void queryClient.invalidateQueries({ queryKey: victimFilesKey, exact: true });
  };
}

/** `PATCH /api/victim-files/:id` with the version the user started from (409 when stale). */
export function useUpdateFile(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateFile(id);
  return useMutation({
    mutationFn: (body: VictimFileUpdate) =>
      apiRequest(`/api/victim-files/${id}`, { method: 'PATCH', body, parser: PresentedFileSchema }),
    onSuccess: (presented) => {
      queryClient.setQueryData(victimFileKey(id), presented);
      invalidate();
    },
  });
}

export function useAssign(id: string) {
  const invalidate = useInvalidateFile(id);
  return useMutation({
    mutationFn: (body: { userId: string | null; version: number }) =>
      apiRequest(`/api/victim-files/${id}/assign`, {
        method: 'POST',
        body,
        parser: z.object({ version: z.number() }),
      }),
    onSettled: invalidate,
  });
}

export function useAddNote(id: string) {
  const invalidate = useInvalidateFile(id);
  return useMutation({
    mutationFn: (body: { section: 'PS' | 'PR' | 'JU'; occurredOn: string; text: string }) =>
      apiRequest(`/api/victim-files/${id}/notes`, {
        method: 'POST',
        body,
        parser: z.object({ id: z.string() }),
      }),
    onSuccess: invalidate,
  });
}

export function useUpdateJudicial(id: string) {
  const invalidate = useInvalidateFile(id);
  return useMutation({
    mutationFn: (body: JudicialTrack & { version: number }) =>
      apiRequest(`/api/victim-files/${id}/judicial`, {
        method: 'PUT',
        body,
        parser: z.record(z.string(), z.unknown()),
      }),
    onSuccess: invalidate,
  });
}

/** `GET /api/victim-files/search?q=`: by name (typo-tolerant) or document number (exact); audited. */
export function useFileSearch(q: string | null) {
  return useQuery({
    queryKey: [...victimFilesKey, 'search', q],
    queryFn: ({ signal }) =>
      apiGet(
        `/api/victim-files/search?${new URLSearchParams({ q: q ?? '' }).toString()}`,
        VictimFileSearchResponseSchema,
        signal,
      ),
    enabled: q !== null,
    retry: false,
  });
}
