import {
  ActionPlanBodySchema,
  ActionPlanOverviewSchema,
  ActionPlanProjectSchema,
  ProgressNoteSchema,
  type CreateProgressNote,
  type UpdateActionPlanProject,
} from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

export interface ProjectQuery {
  chapter?: number;
  body?: string;
  overdue?: boolean;
  asOf?: number;
}

export function useActionPlanOverview() {
  return useQuery({
    queryKey: ['action-plan', 'overview'],
    queryFn: ({ signal }) => apiGet('/api/action-plan', ActionPlanOverviewSchema, signal),
  });
}

export function useProjects(q: ProjectQuery) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q)) {
    if (value !== undefined) {
      params.set(key, String(value));
    }
  }
  return useQuery({
    queryKey: ['action-plan', 'projects', q],
    queryFn: ({ signal }) => apiGet(`/api/action-plan/projects?${params.toString()}`, z.object({ data: z.array(ActionPlanProjectSchema) }), signal),
  });
}

const ProjectDetailSchema = z.object({ project: ActionPlanProjectSchema, notes: z.array(ProgressNoteSchema) });

export function useProject(id: string) {
  return useQuery({
    queryKey: ['action-plan', 'project', id],
    queryFn: ({ signal }) => apiGet(`/api/action-plan/projects/${id}`, ProjectDetailSchema, signal),
  });
}

export function useAddNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgressNote) =>
      apiRequest(`/api/action-plan/projects/${id}/notes`, { method: 'POST', body, parser: z.object({ project: ActionPlanProjectSchema, note: ProgressNoteSchema }) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['action-plan'] }),
  });
}

export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateActionPlanProject) => apiRequest(`/api/action-plan/projects/${id}`, { method: 'PATCH', body, parser: ActionPlanProjectSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['action-plan'] }),
  });
}

export function useBodies(enabled: boolean) {
  return useQuery({
    queryKey: ['action-plan', 'bodies'],
    queryFn: ({ signal }) => apiGet('/api/action-plan/bodies', z.object({ data: z.array(ActionPlanBodySchema) }), signal),
    enabled,
  });
}

/** The coordination bureau links organisations to a responsible body; their users then update its projects. */
export function useLinkBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, organisationIds }: { code: string; organisationIds: string[] }) =>
      apiRequest(`/api/action-plan/bodies/${encodeURIComponent(code)}/organisations`, { method: 'PUT', body: { organisationIds } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['action-plan'] }),
  });
}
