import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { systemActor } from '../access/actor.ts';
import type { Config } from '../config/config.ts';
import type { Executor } from '../db/types.ts';
import type { JobHandler, JobQueue } from '../jobs/queue.ts';
import type { Mailer } from '../mail/mailer.ts';
import { publicBaseUrl, renderMail } from '../mail/templates.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { users } from '../users/user.schema.ts';
import { createInvitation } from './invitation.service.ts';

export const INVITATION_SEND_JOB = 'invitation.send';

/**
 * The user's id only: the address, the name and the token are loaded or made by the handler, and
 * the kind of link follows from the account's state when the job runs (invited → invitation;
 * active without a second factor → enrolment after a reset).
 */
export const InvitationJobSchema = z.strictObject({ userId: z.uuid() });
export type InvitationJob = z.infer<typeof InvitationJobSchema>;

/** Enqueued in the business transaction: a rolled-back approval never sends a link. */
export async function enqueueInvitation(tx: Executor, queue: JobQueue, job: InvitationJob): Promise<void> {
  await queue.enqueue(tx, INVITATION_SEND_JOB, InvitationJobSchema.parse(job));
}

/**
 * Creates the link and mails it. The invitation row commits before the mail leaves; if sending
 * fails, the retry replaces the row with a new token, so at most one link is ever valid and the
 * plain token never sits in the database or in the job's payload.
 */
export function invitationSendHandler(deps: { config: Config; mailer: Mailer }): JobHandler {
  return async (job, { db }) => {
    const payload = InvitationJobSchema.parse(job.payload);
    const prepared = await db.transaction(async (tx) => {
      const created = await createInvitation(tx, { actor: systemActor('jobs'), requestId: job.id, ip: null }, payload.userId);
      if (!created) {
        return null;
      }
      const [recipient] = await tx
        .select({ email: users.email, displayName: users.displayName, language: users.language, organisationName: organisations.name })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(eq(users.id, payload.userId));
      return recipient ? { ...recipient, token: created.token, purpose: created.purpose } : null;
    });
    if (!prepared) {
      return;
    }
    const link = `${publicBaseUrl(deps.config)}/invitation/${prepared.token}`;
    const mail = renderMail(
      prepared.language,
      prepared.purpose === 'invitation'
        ? { kind: 'invitation', displayName: prepared.displayName, organisationName: prepared.organisationName, link }
        : { kind: 'mfa_reset', displayName: prepared.displayName, link },
    );
    await deps.mailer.send({ to: prepared.email, ...mail });
  };
}
