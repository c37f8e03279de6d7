import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { systemActor, type RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/types.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { referrals } from '../referrals/referral.schema.ts';
import { userRoles, users } from '../users/user.schema.ts';
import { enqueueCaseMail } from './case-mail.ts';
import { tasks } from './task.schema.ts';

export const DEADLINE_SCAN_JOB = 'tasks.deadline_scan';
export const DEADLINE_SCAN_INTERVAL_MS = 15 * 60_000;
/** Rows handled per committed transaction: a long backlog never holds one long transaction. */
export const DEADLINE_SCAN_CHUNK = 100;

const ctx: RequestContext = { actor: systemActor('jobs'), requestId: null, ip: null };

export interface ScanResult {
  reminders: number;
  escalations: number;
  chunks: number;
}

/**
 * Turns due deadlines into reminders (in-app notice + mail job) and escalates unanswered
 * referrals (the sender is alerted, the recipient's coordinators are notified). Each chunk is its
 * own transaction and marks what it handled, so a crash loses nothing and repeats nothing.
 */
export async function scanDeadlines(db: Db, queue: JobQueue, now = new Date(), chunkSize = DEADLINE_SCAN_CHUNK): Promise<ScanResult> {
  const result: ScanResult = { reminders: 0, escalations: 0, chunks: 0 };
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(tasks)
        .where(and(eq(tasks.status, 'open'), isNull(tasks.remindedAt), lte(tasks.remindAt, now)))
        .orderBy(asc(tasks.remindAt))
        .limit(chunkSize)
        .for('update', { skipLocked: true });
      if (due.length === 0) {
        return 0;
      }
      // One statement for the chunk's notices and one for marking it reminded; a mail job each.
      await tx.insert(notifications).values(
        due.map((t) => ({
          organisationId: t.organisationId,
          userId: t.assigneeUserId,
          kind: 'task.due',
          payload: { taskId: t.id, kind: t.kind, recordType: t.recordType, recordId: t.recordId, leadDays: t.leadDays },
        })),
      );
      for (const t of due) {
        await enqueueCaseMail(tx, queue, { template: 'task_reminder', taskId: t.id });
      }
      await tx
        .update(tasks)
        .set({ remindedAt: now })
        .where(inArray(tasks.id, due.map((t) => t.id)));
      return due.length;
    });
    result.reminders += n;
    result.chunks += n > 0 ? 1 : 0;
    if (n < chunkSize) {
      break;
    }
  }
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const late = await tx
        .select()
        .from(referrals)
        .where(and(eq(referrals.status, 'sent'), isNull(referrals.escalatedAt), lte(referrals.answerDueAt, now)))
        .orderBy(asc(referrals.answerDueAt))
        .limit(chunkSize)
        .for('update', { skipLocked: true });
      for (const r of late) {
        await tx.insert(notifications).values({ organisationId: r.fromOrganisationId, userId: r.fromUserId, kind: 'referral.unanswered', payload: { referralId: r.id } });
        const coordinators = await tx
          .selectDistinct({ id: users.id })
          .from(users)
          .innerJoin(userRoles, eq(userRoles.userId, users.id))
          .where(and(eq(users.organisationId, r.toOrganisationId), eq(users.status, 'active'), eq(userRoles.role, 'centre_coordinator')));
        const targets = coordinators.length > 0 ? coordinators.map((c) => c.id) : [null];
        await tx.insert(notifications).values(targets.map((userId) => ({ organisationId: r.toOrganisationId, userId, kind: 'referral.escalated', payload: { referralId: r.id } })));
        await enqueueCaseMail(tx, queue, { template: 'referral_unanswered', referralId: r.id });
        await tx.update(referrals).set({ escalatedAt: now, updatedAt: sql`now()` }).where(eq(referrals.id, r.id));
        await recordAudit(tx, ctx, { action: 'referral.escalated', recordType: 'referral', recordId: r.id, details: { referralId: r.id, toOrganisationId: r.toOrganisationId } });
      }
      return late.length;
    });
    result.escalations += n;
    result.chunks += n > 0 ? 1 : 0;
    if (n < chunkSize) {
      break;
    }
  }
  return result;
}
