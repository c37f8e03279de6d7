import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { capabilitiesOf, type Role, type Task, type TaskKind } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Executor, Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { userOf } from '../victim-files/victim-file.repo.ts';
import { tasks } from './task.schema.ts';

type TaskRow = typeof tasks.$inferSelect;

/** Reminders before a document expires, in days (issue: 30/14/7). Operational, not legal. */
export const EXPIRY_LEAD_DAYS = [30, 14, 7] as const;
/** How long a magistrate's confirmation may stay open before it becomes a reminder. */
export const CONFIRMATION_ANSWER_DAYS = 14;

const DAY_MS = 86_400_000;

export interface NewTask {
  kind: TaskKind;
  recordType: 'victim_file' | 'referral';
  recordId: string;
  organisationId: string;
  assigneeUserId?: string | null;
  dueAt: Date;
  leadDays?: number | null;
  dedupeKey: string;
}

/** Creates a task unless one with the same key exists (generation is idempotent). */
export async function upsertTask(tx: Executor, t: NewTask): Promise<void> {
  const remindAt = new Date(t.dueAt.getTime() - (t.leadDays ?? 0) * DAY_MS);
  await tx
    .insert(tasks)
    .values({ ...t, assigneeUserId: t.assigneeUserId ?? null, leadDays: t.leadDays ?? null, remindAt })
    .onConflictDoNothing({ target: tasks.dedupeKey });
}

/** The expiry reminders of one issued document (30/14/7 days before), or a reflection ending. */
export async function documentExpiryTasks(tx: Executor, input: { requestId: string; victimFileId: string; organisationId: string; assigneeUserId: string | null; expiresOn: string; reflection: boolean }): Promise<void> {
  const dueAt = new Date(`${input.expiresOn}T00:00:00Z`);
  for (const lead of EXPIRY_LEAD_DAYS) {
    await upsertTask(tx, {
      kind: input.reflection ? 'reflection_ending' : 'document_expiring',
      recordType: 'victim_file',
      recordId: input.victimFileId,
      organisationId: input.organisationId,
      assigneeUserId: input.assigneeUserId,
      dueAt,
      leadDays: lead,
      dedupeKey: `document:${input.requestId}:${String(lead)}`,
    });
  }
}

/** Closes the open tasks whose key starts with a prefix (the deadline was met or superseded). */
export async function closeTasks(tx: Executor, dedupePrefix: string): Promise<void> {
  await tx
    .update(tasks)
    .set({ status: 'done' })
    .where(and(eq(tasks.status, 'open'), sql`${tasks.dedupeKey} LIKE ${`${dedupePrefix}%`}`));
}

export function taskView(t: TaskRow, now = new Date()): Task {
  return {
    id: t.id,
    kind: t.kind,
    recordType: t.recordType,
    recordId: t.recordId,
    organisationId: t.organisationId,
    assigneeUserId: t.assigneeUserId,
    dueAt: t.dueAt.toISOString(),
    leadDays: t.leadDays,
    status: t.status,
    overdue: t.status === 'open' && t.dueAt.getTime() < now.getTime(),
  };
}

/** The open tasks of an organisation, optionally only those for one user (assigned to them or to nobody). */
export async function findTasks(db: Executor, input: { organisationId: string; userId: string; mine: boolean; from?: Date; to?: Date; status?: 'open' | 'done' }): Promise<Task[]> {
  const rows = await db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.organisationId, input.organisationId),
        inArray(tasks.status, input.status ? [input.status] : ['open']),
        input.mine ? or(eq(tasks.assigneeUserId, input.userId), isNull(tasks.assigneeUserId)) : undefined,
        input.from ? gte(tasks.dueAt, input.from) : undefined,
        input.to ? lte(tasks.dueAt, input.to) : undefined,
      ),
    )
    .orderBy(tasks.dueAt, tasks.leadDays)
    .limit(500);
  // One line per deadline: the 30/14/7-day reminders of one document show as the nearest one due.
  const now = new Date();
  const seen = new Set<string>();
  const out: Task[] = [];
  for (const r of rows) {
    const key = `${r.kind}:${r.recordId}:${r.dueAt.toISOString()}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    out.push(taskView(r, now));
  }
  return out;
}

/**
 * Marks a deadline done, or reopens it. Who: the assignee; for a task assigned to nobody, anyone
 * of the organisation it belongs to; and always the organisation's coordinator (who assigns the
 * work: `record.assign`). Another organisation's task is not found. The 30/14/7-day reminders of
 * one deadline are one line in the list, so they are closed (and reopened) together. Audited on
 * the task's record, so it shows in the file's timeline.
 */
export async function setTaskDone(tx: Tx, ctx: RequestContext, id: string, done: boolean): Promise<Task> {
  const me = userOf(ctx);
  const [task] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), eq(tasks.organisationId, me.organisationId)))
    .for('update');
  if (!task) {
    throw new AppError('not_found', 'No such task');
  }
  const coordinator = ctx.actor.kind === 'user' && capabilitiesOf(ctx.actor.roles as Role[]).includes('record.assign');
  const mine = task.assigneeUserId === null || task.assigneeUserId === me.userId;
  if (!mine && !coordinator) {
    throw new AppError('forbidden', 'Only the assignee or the coordinator can close this task', { reason: 'not_assignee' });
  }
  const target = done ? 'done' : 'open';
  if (task.status === target) {
    throw new AppError('conflict', done ? 'The task is already done' : 'The task is already open', { reason: 'task_status', status: task.status });
  }
  const siblings = and(
    eq(tasks.organisationId, task.organisationId),
    eq(tasks.kind, task.kind),
    eq(tasks.recordId, task.recordId),
    eq(tasks.dueAt, task.dueAt),
    eq(tasks.status, task.status),
  );
  const [updated] = await tx
    .update(tasks)
    .set(done ? { status: 'done', doneAt: sql`now()`, doneByUserId: me.userId } : { status: 'open', doneAt: null, doneByUserId: null })
    .where(siblings)
    .returning()
    .then((rows) => rows.filter((r) => r.id === task.id));
  if (!updated) {
    throw new Error('task update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: done ? 'task.completed' : 'task.reopened',
    recordType: task.recordType,
    recordId: task.recordId,
    details: { taskId: task.id, kind: task.kind },
  });
  return taskView(updated);
}
