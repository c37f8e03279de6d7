import type { OnCallContactInputSchema} from '@keten/shared';
import { DirectoryEntrySchema, JudicialDistrictRecordSchema, OnCallContactSchema, type OrganisationType } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

export interface DirectoryFilter {
  type: OrganisationType | null;
  district: string | null;
  language: string | null;
}

/** The directory as this viewer may see it (the server decides: public, or professional with on-call lines). */
export function useDirectory(lang: string, filter: DirectoryFilter, signedIn: boolean) {
  const params = new URLSearchParams({ lang });
  if (filter.type) {
    params.set('type', filter.type);
  }
  if (filter.district) {
    params.set('district', filter.district);
  }
  if (filter.language) {
    params.set('language', filter.language);
  }
  return useQuery({
    queryKey: ['directory', lang, filter, signedIn],
    queryFn: ({ signal }) => apiGet(`/api/directory?${params.toString()}`, z.object({ data: z.array(DirectoryEntrySchema) }), signal),
    staleTime: 60_000,
  });
}

export function useJudicialDistricts() {
  return useQuery({
    queryKey: ['reference', 'judicial-districts'],
    queryFn: ({ signal }) => apiGet('/api/reference/judicial-districts', z.object({ data: z.array(JudicialDistrictRecordSchema) }), signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export type OnCallInput = z.input<typeof OnCallContactInputSchema>;

/** Adds, edits and removes on-call contacts; every change reloads the directory. */
export function useOnCallMutations(organisationId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['directory'] });
  const create = useMutation({
    mutationFn: (body: OnCallInput) => apiRequest(`/api/directory/${organisationId}/on-call`, { method: 'POST', body, parser: OnCallContactSchema }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: OnCallInput & { version: number } }) =>
      apiRequest(`/api/on-call-contacts/${id}`, { method: 'PATCH', body, parser: OnCallContactSchema }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiRequest(`/api/on-call-contacts/${id}`, { method: 'DELETE' }),
    onSuccess,
  });
  return { create, update, remove };
}
