import { registerRecurring } from '../jobs/recurring.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { DRAFT_SWEEP_JOB, sweepDrafts } from './draft-sweep.ts';

const HOUR = 3_600_000;

export function registerSignalJobs(queue: JobQueue): void {
  registerRecurring(queue, DRAFT_SWEEP_JOB, 6 * HOUR, async (_job, ctx) => {
    await sweepDrafts(ctx.db);
  });
}
