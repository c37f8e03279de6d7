import type { Config } from '../config/config.ts';
import type { Executor } from '../db/types.ts';
import {
  ACCOUNT_REQUEST_PURGE_JOB,
  accountRequestPurgeHandler,
  scheduleAccountRequestPurge,
} from '../account-requests/account-request-purge.ts';
import { INVITATION_SEND_JOB, invitationSendHandler } from '../invitations/invitation.jobs.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { MAIL_SEND_JOB, mailSendHandler } from '../mail/mail.jobs.ts';
import { createMailer, type Mailer } from '../mail/mailer.ts';

/**
 * The background work of accounts: invitation links, mails, and the daily purge of old account
 * requests. The mailer is made here, once per process (it logs its one line at start).
 */
export function registerAdminJobs(queue: JobQueue, deps: { config: Config; log: { info(message: string): void } }): Mailer {
  const mailer = createMailer(deps.config, deps.log);
  queue.register(INVITATION_SEND_JOB, invitationSendHandler({ config: deps.config, mailer }));
  queue.register(MAIL_SEND_JOB, mailSendHandler({ config: deps.config, mailer }));
  queue.register(ACCOUNT_REQUEST_PURGE_JOB, accountRequestPurgeHandler(queue));
  return mailer;
}

/** Makes sure the recurring jobs are queued (at start; each run queues the next). */
export async function scheduleAdminJobs(db: Executor, queue: JobQueue): Promise<void> {
  await scheduleAccountRequestPurge(db, queue);
}
