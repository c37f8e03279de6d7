import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { isUiLanguage, ROLES, roleHas, type Capability, type Role, type UiLanguage } from '@keten/shared';
import type { Config } from '../config/config.ts';
import type { Executor } from '../db/types.ts';
import { onCallContacts } from '../directory/on-call-contact.schema.ts';
import type { JobHandler, JobQueue } from '../jobs/queue.ts';
import type { Mailer } from '../mail/mailer.ts';
import { publicBaseUrl } from '../mail/templates.ts';
import { referrals } from '../referrals/referral.schema.ts';
import { userRoles, users } from '../users/user.schema.ts';
import { tasks } from './task.schema.ts';

export const CASE_MAIL_JOB = 'case.mail';

/**
 * Mails about referrals and deadlines. Ids and template codes only in the job row; the mail itself
 * says only that something waits on Keten (mail is not a confidential channel: no victim data).
 */
export const CaseMailJobSchema = z.discriminatedUnion('template', [
  z.strictObject({ template: z.literal('referral_urgent'), referralId: z.uuid() }),
  z.strictObject({ template: z.literal('referral_unanswered'), referralId: z.uuid() }),
  z.strictObject({ template: z.literal('task_reminder'), taskId: z.uuid() }),
]);
export type CaseMailJob = z.infer<typeof CaseMailJobSchema>;

export async function enqueueCaseMail(tx: Executor, queue: JobQueue, job: CaseMailJob): Promise<void> {
  await queue.enqueue(tx, CASE_MAIL_JOB, CaseMailJobSchema.parse(job));
}

type Kind = CaseMailJob['template'];
const TEXTS: Record<UiLanguage, Record<Kind, { subject: string; body: string }>> = {
  nl: {
    referral_urgent: { subject: 'Dringende doorverwijzing op Keten', body: 'Uw organisatie heeft een dringende doorverwijzing ontvangen. Antwoord zo snel mogelijk op Keten.' },
    referral_unanswered: { subject: 'Doorverwijzing zonder antwoord op Keten', body: 'Een doorverwijzing is niet binnen de termijn beantwoord. Bekijk ze op Keten.' },
    task_reminder: { subject: 'Termijn op Keten', body: 'Een termijn in een dossier nadert of is verstreken. Bekijk uw taken op Keten.' },
  },
  fr: {
    referral_urgent: { subject: 'Orientation urgente sur Keten', body: 'Votre organisation a reçu une orientation urgente. Répondez au plus vite sur Keten.' },
    referral_unanswered: { subject: 'Orientation sans réponse sur Keten', body: 'Une orientation n’a pas reçu de réponse dans le délai. Consultez-la sur Keten.' },
    task_reminder: { subject: 'Échéance sur Keten', body: 'Une échéance dans un dossier approche ou est dépassée. Consultez vos tâches sur Keten.' },
  },
  de: {
    referral_urgent: { subject: 'Dringende Verweisung auf Keten', body: 'Ihre Organisation hat eine dringende Verweisung erhalten. Bitte antworten Sie so bald wie möglich auf Keten.' },
    referral_unanswered: { subject: 'Unbeantwortete Verweisung auf Keten', body: 'Eine Verweisung wurde nicht fristgerecht beantwortet. Sehen Sie sie auf Keten ein.' },
    task_reminder: { subject: 'Frist auf Keten', body: 'Eine Frist in einer Akte naht oder ist abgelaufen. Sehen Sie Ihre Aufgaben auf Keten ein.' },
  },
  en: {
    referral_urgent: { subject: 'Urgent referral on Keten', body: 'Your organisation has received an urgent referral. Please answer on Keten as soon as possible.' },
    referral_unanswered: { subject: 'Unanswered referral on Keten', body: 'A referral was not answered in time. Please look at it on Keten.' },
    task_reminder: { subject: 'Deadline on Keten', body: 'A deadline in a file is near or has passed. Please look at your tasks on Keten.' },
  },
};

const rolesWith = (cap: Capability): Role[] => ROLES.filter((r) => roleHas(r, cap));

async function usersWithRoles(db: Executor, organisationId: string, roles: Role[]): Promise<{ email: string; language: string }[]> {
  if (roles.length === 0) {
    return [];
  }
  return db
    .selectDistinct({ email: users.email, language: users.language })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.organisationId, organisationId), eq(users.status, 'active'), inArray(userRoles.role, roles)));
}

const TASK_CAPABILITY: Record<string, Capability> = {
  document_expiring: 'procedure.request_document',
  reflection_ending: 'procedure.request_document',
  confirmation_pending: 'procedure.confirm_victim',
  referral_unanswered: 'referral.respond',
};

/** Who receives a case mail (addresses are loaded here, never stored in the job). */
async function recipientsOf(db: Executor, job: CaseMailJob): Promise<{ email: string; language: string }[]> {
  switch (job.template) {
    case 'referral_urgent': {
      const [r] = await db.select().from(referrals).where(eq(referrals.id, job.referralId));
      if (r?.status !== 'sent') {
        return [];
      }
      // The recipient's on-call contacts (directory), and its people who answer referrals.
      const onCall = await db
        .select({ email: onCallContacts.email })
        .from(onCallContacts)
        .where(and(eq(onCallContacts.organisationId, r.toOrganisationId), isNotNull(onCallContacts.email)));
      const people = await usersWithRoles(db, r.toOrganisationId, rolesWith('referral.respond'));
      return [...onCall.flatMap((c) => (c.email ? [{ email: c.email, language: 'nl' }] : [])), ...people];
    }
    case 'referral_unanswered': {
      const [r] = await db.select().from(referrals).where(eq(referrals.id, job.referralId));
      if (r?.status !== 'sent') {
        return [];
      }
      const sender = await db.select({ email: users.email, language: users.language }).from(users).where(and(eq(users.id, r.fromUserId), eq(users.status, 'active')));
      let coordinators = await usersWithRoles(db, r.toOrganisationId, ['centre_coordinator']);
      if (coordinators.length === 0) {
        coordinators = await usersWithRoles(db, r.toOrganisationId, rolesWith('referral.respond'));
      }
      return [...sender, ...coordinators];
    }
    case 'task_reminder': {
      const [t] = await db.select().from(tasks).where(eq(tasks.id, job.taskId));
      if (t?.status !== 'open') {
        return [];
      }
      if (t.assigneeUserId) {
        return db.select({ email: users.email, language: users.language }).from(users).where(and(eq(users.id, t.assigneeUserId), eq(users.status, 'active')));
      }
      return usersWithRoles(db, t.organisationId, rolesWith(TASK_CAPABILITY[t.kind] ?? 'record.read'));
    }
  }
}

export function caseMailHandler(deps: { config: Config; mailer: Mailer }): JobHandler {
  return async (job, { db }) => {
    const payload = CaseMailJobSchema.parse(job.payload);
    const link = `${publicBaseUrl(deps.config)}/tasks`;
    const sent = new Set<string>();
    for (const r of await recipientsOf(db, payload)) {
      const address = r.email.toLowerCase();
      if (sent.has(address)) {
        continue;
      }
      sent.add(address);
      const t = TEXTS[isUiLanguage(r.language) ? r.language : 'nl'][payload.template];
      await deps.mailer.send({
        to: address,
        subject: t.subject,
        text: `${t.body}\n\n${link}\n`,
        html: `<p>${t.body}</p><p><a href="${link}">${link}</a></p>`,
      });
    }
  };
}
