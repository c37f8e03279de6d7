import { and, eq, lt, ne, or } from 'drizzle-orm';
import { ACCOUNT_REQUEST_RETENTION_DAYS } from '@keten/shared';
import { systemActor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db, Executor } from '../db/types.ts';
import { scheduleOnce } from '../jobs/recurring.ts';
import type { JobHandler, JobQueue } from '../jobs/queue.ts';
import { accountRequests } from './account-request.schema.ts';

export const ACCOUNT_REQUEST_PURGE_JOB = 'account_request.purge';
const DAY_MS = 86_400_000;

/**
 * Data minimisation (GDPR art. 5(1)(c) and (e)): a request holds a name, a work address and a
 * motivation of someone who may never get an account. Requests nobody handled within 30 days,
 * and decided requests 30 days after the decision (the account, if any, now holds what is
 * needed), are deleted. The audit keeps ids only, so the trail survives without the data.
 */
export async function purgeAccountRequests(db: Db, options: { now?: Date; requestId?: string | null } = {}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - ACCOUNT_REQUEST_RETENTION_DAYS * DAY_MS);
  return db.transaction(async (tx) => {
    const purged = await tx
      .delete(accountRequests)
      .where(
        or(
          and(eq(accountRequests.status, 'pending'), lt(accountRequests.createdAt, cutoff)),
          and(ne(accountRequests.status, 'pending'), lt(accountRequests.decidedAt, cutoff)),
        ),
      )
      .returning({ id: accountRequests.id, organisationId: accountRequests.organisationId, status: accountRequests.status });
    const ctx = { actor: systemActor('purge'), requestId: options.requestId ?? null, ip: null };
    for (const row of purged) {
      await recordAudit(tx, ctx, {
        action: 'account_request.purged',
        recordType: 'account_request',
        recordId: row.id,
        details: {
          accountRequestId: row.id,
          organisationId: row.organisationId,
          cause: row.status === 'pending' ? 'unhandled_30_days' : 'decided_30_days',
        },
      });
    }
    return purged.length;
  });
}

/** Enqueues the next purge unless one is already waiting (called at start and by each run). */
export async function scheduleAccountRequestPurge(db: Executor, queue: JobQueue, runAt: Date = new Date(), exceptJobId?: string): Promise<void> {
  await scheduleOnce(db, queue, ACCOUNT_REQUEST_PURGE_JOB, runAt, exceptJobId);
}

/** Daily: each run first schedules the next one (24 h later), then purges. */
export function accountRequestPurgeHandler(queue: JobQueue): JobHandler {
  return async (job, { db }) => {
    await scheduleAccountRequestPurge(db, queue, new Date(Date.now() + DAY_MS), job.id);
    await purgeAccountRequests(db, { requestId: job.id });
  };
}
