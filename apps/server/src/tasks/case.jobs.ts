import type { Config } from '../config/config.ts';
import type { Executor } from '../db/types.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { registerRecurring, scheduleOnce } from '../jobs/recurring.ts';
import type { Mailer } from '../mail/mailer.ts';
import { CASE_MAIL_JOB, caseMailHandler } from './case-mail.ts';
import { DEADLINE_SCAN_INTERVAL_MS, DEADLINE_SCAN_JOB, scanDeadlines } from './deadline-scan.ts';

/** Background work of referrals and deadlines: the mails, and the recurring deadline scan. */
export function registerCaseJobs(queue: JobQueue, deps: { config: Config; mailer: Mailer }): void {
  queue.register(CASE_MAIL_JOB, caseMailHandler(deps));
  registerRecurring(queue, DEADLINE_SCAN_JOB, DEADLINE_SCAN_INTERVAL_MS, async (_job, { db }) => {
    await scanDeadlines(db, queue);
  });
}

export async function scheduleCaseJobs(db: Executor, queue: JobQueue): Promise<void> {
  await scheduleOnce(db, queue, DEADLINE_SCAN_JOB);
}
