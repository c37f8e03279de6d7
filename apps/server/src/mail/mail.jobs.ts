import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUiLanguage, type UiLanguage } from '@keten/shared';
import { accountRequests } from '../account-requests/account-request.schema.ts';
import type { Config } from '../config/config.ts';
import type { Executor } from '../db/types.ts';
import type { JobHandler, JobQueue } from '../jobs/queue.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { userRoles, users } from '../users/user.schema.ts';
import type { Mailer } from './mailer.ts';
import { publicBaseUrl, renderMail } from './templates.ts';

export const MAIL_SEND_JOB = 'mail.send';

/**
 * Which mail to send about which record. Ids and template codes only: job rows are kept for a
 * while and seen by operators, so addresses, names and texts are loaded by the handler.
 */
export const MailJobSchema = z.discriminatedUnion('template', [
  /** To the requester, in the language they used on the form. */
  z.strictObject({ template: z.literal('account_request_refused'), accountRequestId: z.uuid() }),
  /** To the organisation's administrators: a request waits (no details of the requester in the mail). */
  z.strictObject({ template: z.literal('account_request_pending'), accountRequestId: z.uuid() }),
]);
export type MailJob = z.infer<typeof MailJobSchema>;

/** Enqueued in the business transaction, so a rolled-back change never mails. */
export async function enqueueMail(tx: Executor, queue: JobQueue, job: MailJob): Promise<void> {
  await queue.enqueue(tx, MAIL_SEND_JOB, MailJobSchema.parse(job));
}

const language = (value: string): UiLanguage => (isUiLanguage(value) ? value : 'nl');

export function mailSendHandler(deps: { config: Config; mailer: Mailer }): JobHandler {
  return async (job, { db }) => {
    const payload = MailJobSchema.parse(job.payload);
    const [request] = await db
      .select({ request: accountRequests, organisationName: organisations.name })
      .from(accountRequests)
      .innerJoin(organisations, eq(organisations.id, accountRequests.organisationId))
      .where(eq(accountRequests.id, payload.accountRequestId));
    if (!request) {
      // Purged in the meantime: nothing left to tell.
      return;
    }
    switch (payload.template) {
      case 'account_request_refused': {
        if (request.request.status !== 'refused' || !request.request.refusalReason) {
          return;
        }
        const mail = renderMail(language(request.request.language), {
          kind: 'account_request_refused',
          name: request.request.name,
          organisationName: request.organisationName,
          reason: request.request.refusalReason,
        });
        await deps.mailer.send({ to: request.request.email, ...mail });
        return;
      }
      case 'account_request_pending': {
        if (request.request.status !== 'pending') {
          return;
        }
        const admins = await db
          .select({ email: users.email, language: users.language })
          .from(users)
          .innerJoin(userRoles, eq(userRoles.userId, users.id))
          .where(and(eq(users.organisationId, request.request.organisationId), eq(users.status, 'active'), eq(userRoles.role, 'organisation_admin')));
        const link = `${publicBaseUrl(deps.config)}/admin/account-requests`;
        for (const admin of admins) {
          const mail = renderMail(language(admin.language), { kind: 'account_request_pending', organisationName: request.organisationName, link });
          await deps.mailer.send({ to: admin.email, ...mail });
        }
        return;
      }
    }
  };
}
