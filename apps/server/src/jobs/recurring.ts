import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../db/types.ts';
import { jobs } from './job.schema.ts';
import type { ClaimedJob, JobHandler, JobQueue } from './queue.ts';

/** Enqueues a job of this kind unless one is already waiting (each run schedules the next). */
export async function scheduleOnce(db: Executor, queue: JobQueue, kind: string, runAt: Date = new Date(), exceptJobId?: string): Promise<void> {
  const waiting = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.status, 'queued'), ...(exceptJobId === undefined ? [] : [ne(jobs.id, exceptJobId)])))
    .limit(1);
  if (waiting.length === 0) {
    await queue.enqueue(db, kind, {}, { runAt });
  }
}

/**
 * A recurring job kept in the job table (so every server instance shares one schedule): the
 * handler runs, then the next run is enqueued `intervalMs` later.
 */
export function registerRecurring(queue: JobQueue, kind: string, intervalMs: number, run: JobHandler): void {
  queue.register(kind, async (job: ClaimedJob, ctx) => {
    try {
      await run(job, ctx);
    } finally {
      await scheduleOnce(ctx.db, queue, kind, new Date(Date.now() + intervalMs), job.id);
    }
  });
}
