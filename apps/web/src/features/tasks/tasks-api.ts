import { TaskSchema, type Task } from '@keten/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

export const tasksQueryKey = ['tasks'] as const;

const TaskListSchema = z.object({ data: z.array(TaskSchema) });
const CalendarSchema = z.object({ data: z.array(TaskSchema.extend({ date: z.string() })) });
export type CalendarTask = Task & { date: string };

/** `GET /api/tasks?mine=true`: deadlines assigned to me or to nobody in my organisation. */
export function useMyTasks(status: 'open' | 'done') {
  return useQuery({
    queryKey: [...tasksQueryKey, 'mine', status],
    queryFn: ({ signal }) => apiGet(`/api/tasks?mine=true&status=${status}`, TaskListSchema, signal),
    staleTime: 0,
  });
}

/** `GET /api/tasks/calendar`: my organisation's deadlines between two dates. */
export function useTaskCalendar(from: string, to: string) {
  return useQuery({
    queryKey: [...tasksQueryKey, 'calendar', from, to],
    queryFn: ({ signal }) => apiGet(`/api/tasks/calendar?from=${from}&to=${to}`, CalendarSchema, signal),
  });
}

/** `POST /api/tasks/:id/done`: the assignee or the organisation's coordinator (the server decides). */
export function useMarkTaskDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/tasks/${id}/done`, { method: 'POST', body: { done: true }, parser: TaskSchema }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: tasksQueryKey }),
  });
}

const FileListSchema = z.object({ data: z.array(z.object({ id: z.string(), reference: z.string() })) });

/** The references of the files my organisation may open (no personal data, not audited). */
export function useFileReferences() {
  return useQuery({
    queryKey: ['victim-files', 'list'],
    queryFn: ({ signal }) => apiGet('/api/victim-files', FileListSchema, signal),
    select: (body) => new Map(body.data.map((f) => [f.id, f.reference])),
  });
}

/** First and last ISO date of the month that contains `isoDate`. */
export function monthRange(isoDate: string): { from: string; to: string } {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${String(y)}-${mm}-01`, to: `${String(y)}-${mm}-${String(last).padStart(2, '0')}` };
}
