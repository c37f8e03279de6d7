import { index, boolean, integer, pgTable, text, timestamp, uuid, date } from 'drizzle-orm/pg-core';
import type { ReferralConsent, ReferralPurpose, ReferralStatus } from '@keten/shared';

/**
 * A referral of a signal or a victim file to an organisation. Holds ids, codes and timestamps; the
 * reasons are the professionals' own words about the referral (not about the person) and are shown
 * to the two organisations involved only. Access follows the status: accepting grants the
 * recipient its sections (record_access), declining or withdrawing removes them at once.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid().primaryKey(),
    sourceType: text().$type<'signal' | 'victim_file'>().notNull(),
    sourceId: uuid().notNull(),
    /** The victim file the referral concerns (for a signal: the file created on acceptance). */
    victimFileId: uuid(),
    fromOrganisationId: uuid().notNull(),
    fromUserId: uuid().notNull(),
    toOrganisationId: uuid().notNull(),
    purpose: text().$type<ReferralPurpose>().notNull(),
    urgent: boolean().notNull().default(false),
    status: text().$type<ReferralStatus>().notNull().default('sent'),
    consent: text().$type<ReferralConsent>().notNull(),
    consentRecordedOn: date({ mode: 'string' }),
    consentOverrideReason: text(),
    routingOverrideReason: text(),
    declineReason: text(),
    withdrawReason: text(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answerDueAt: timestamp({ withTimezone: true }).notNull(),
    respondedAt: timestamp({ withTimezone: true }),
    respondedBy: uuid(),
    /** When the sender was alerted and the recipient's coordinator escalated to (unanswered). */
    escalatedAt: timestamp({ withTimezone: true }),
    /**
     * The record_access grant this referral gave (on acceptance, or on sending a transfer): a
     * withdrawal ends that grant only, not another one the organisation holds on the record
     * (triage, an open procedure request). Null on rows from before the column existed.
     */
    grantId: uuid(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.toOrganisationId, t.status), index().on(t.fromOrganisationId, t.status), index().on(t.sourceType, t.sourceId), index().on(t.status, t.answerDueAt)],
);
