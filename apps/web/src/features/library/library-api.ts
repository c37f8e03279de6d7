import {
  DocumentListSchema,
  DocumentSchema,
  ErrorBodySchema,
  NewsItemSchema,
  NewsListSchema,
  type CreateDocument,
  type CreateNewsItem,
  type KnowledgeTopic,
  type LibraryDocument,
  type UpdateDocument,
  type UpdateNewsItemSchema,
} from '@keten/shared';
import type { z } from 'zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiRequest, codeForStatus } from '../../lib/api.ts';

export interface LibraryFilter {
  q: string;
  topic: KnowledgeTopic | null;
  language: string | null;
}

function query(filter: LibraryFilter): string {
  const params = new URLSearchParams({ pageSize: '50' });
  if (filter.q.trim()) {
    params.set('q', filter.q.trim());
  }
  if (filter.topic) {
    params.set('topic', filter.topic);
  }
  if (filter.language) {
    params.set('language', filter.language);
  }
  return params.toString();
}

/** Lists depend on who is signed in: the server cuts them by classification. */
export function useDocuments(filter: LibraryFilter, viewer: string | null) {
  return useQuery({
    queryKey: ['library', 'documents', filter, viewer],
    queryFn: ({ signal }) => apiGet(`/api/documents?${query(filter)}`, DocumentListSchema, signal),
  });
}

export function useNews(filter: LibraryFilter, viewer: string | null) {
  return useQuery({
    queryKey: ['library', 'news', filter, viewer],
    queryFn: ({ signal }) => apiGet(`/api/news?${query(filter)}`, NewsListSchema, signal),
  });
}

/** Sends the file's bytes as they are; the server sniffs the type (the browser's claim is ignored). */
async function uploadFile(id: string, file: File, csrfToken: string | null): Promise<LibraryDocument> {
  const response = await fetch(`/api/documents/${id}/file?fileName=${encodeURIComponent(file.name)}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream', accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: file,
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(body);
    throw parsed.success
      ? new ApiError(parsed.data.error.code, response.status, parsed.data.error.message, parsed.data.error.details)
      : new ApiError(codeForStatus(response.status), response.status, `HTTP ${response.status}`);
  }
  return DocumentSchema.parse(body);
}

export function useCreateDocument(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ meta, file }: { meta: CreateDocument; file: File }) => {
      const created = await apiRequest('/api/documents', { method: 'POST', body: meta, parser: DocumentSchema });
      return uploadFile(created.id, file, csrfToken);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  });
}

export function useCreateNews() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNewsItem) => apiRequest('/api/news', { method: 'POST', body, parser: NewsItemSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  });
}

export function useRemoveLibraryItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id }: { kind: 'documents' | 'news'; id: string }) => apiRequest(`/api/${kind}/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  });
}

/** Reclassifies or corrects a document's description (optimistic locking), and replaces its file if one is given. */
export function useUpdateDocument(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body, file }: { id: string; body: UpdateDocument; file: File | null }) => {
      const updated = await apiRequest(`/api/documents/${id}`, { method: 'PATCH', body, parser: DocumentSchema });
      return file ? uploadFile(id, file, csrfToken) : updated;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  });
}

export function useUpdateNews() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof UpdateNewsItemSchema> }) =>
      apiRequest(`/api/news/${id}`, { method: 'PATCH', body, parser: NewsItemSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  });
}
