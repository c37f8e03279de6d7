import {
  ContentPageSchema,
  DirectoryEntrySchema,
  VictimInfoIndexSchema,
  type ContentAudience,
  type ContentPage,
  type CreateContentPage,
  type UpdateContentPage,
} from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

/** Until the server's setting has loaded (a fraction of a second), the quick exit still leaves. */
export const FALLBACK_QUICK_EXIT_URL = 'https://www.meteo.be/';

export function useVictimInfoIndex(lang: string, audience: ContentAudience) {
  return useQuery({
    queryKey: ['victim-info', 'index', lang, audience],
    queryFn: ({ signal }) => apiGet(`/api/victim-info?lang=${encodeURIComponent(lang)}&audience=${audience}`, VictimInfoIndexSchema, signal),
    staleTime: 5 * 60_000,
  });
}

/** The configured neutral site (KETEN_QUICK_EXIT_URL), from the public victim-info index. */
export function useQuickExitUrl() {
  return useQuery({
    queryKey: ['victim-info', 'quick-exit'],
    queryFn: async ({ signal }) => (await apiGet('/api/victim-info?lang=nl&audience=adult', VictimInfoIndexSchema, signal)).quickExitUrl,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useVictimPage(slug: string, lang: string, audience: ContentAudience) {
  return useQuery({
    queryKey: ['victim-info', 'page', slug, lang, audience],
    queryFn: ({ signal }) =>
      apiGet(`/api/victim-info/${encodeURIComponent(slug)}?lang=${encodeURIComponent(lang)}&audience=${audience}`, ContentPageSchema, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Help organisations for the "where to get help" page (public directory, one source of truth). */
export function useHelpContacts(uiLang: string) {
  return useQuery({
    queryKey: ['directory', 'help', uiLang],
    queryFn: async ({ signal }) =>
      (
        await apiGet(`/api/directory?lang=${encodeURIComponent(uiLang)}`, z.object({ data: z.array(DirectoryEntrySchema) }), signal)
      ).data.filter((d) => d.type === 'specialised_centre' || d.type === 'guardianship_service'),
    staleTime: 10 * 60_000,
  });
}

// --- editing (knowledge.edit) ------------------------------------------------------------------

const PageListSchema = z.object({ data: z.array(ContentPageSchema) });

export function useAllContentPages(language: string | null) {
  return useQuery({
    queryKey: ['content-pages', language],
    queryFn: ({ signal }) => apiGet(`/api/content-pages${language ? `?language=${encodeURIComponent(language)}` : ''}`, PageListSchema, signal),
  });
}

export function useCreateContentPage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContentPage) => apiRequest('/api/content-pages', { method: 'POST', body, parser: ContentPageSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['content-pages'] }),
  });
}

export function useUpdateContentPage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateContentPage }): Promise<ContentPage> =>
      apiRequest(`/api/content-pages/${id}`, { method: 'PATCH', body, parser: ContentPageSchema }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['content-pages'] });
      await queryClient.invalidateQueries({ queryKey: ['victim-info'] });
    },
  });
}
