import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Relationship } from '@keten/shared';

/**
 * Which organisation may see which record, and why. Records are keyed by a stable record id and
 * type (never by their owner, which changes on a transfer). Declining or withdrawing a referral
 * revokes the grant at once; the audit keeps the trail.
 */
export const recordAccess = pgTable(
  'record_access',
  {
    id: uuid().primaryKey().defaultRandom(),
    recordType: text().notNull(),
    recordId: uuid().notNull(),
    organisationId: uuid().notNull(),
    relationship: text().$type<Exclude<Relationship, 'break_glass' | 'none'>>().notNull(),
    /** Why a share exists (required for `shared`). No personal data. */
    reason: text(),
    grantedBy: uuid(),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid(),
  },
  (t) => [index().on(t.recordType, t.recordId), index().on(t.organisationId, t.recordType)],
);

/** Emergency access by one user to one record: typed reason, ID + SG only, 24 hours. */
export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull(),
    organisationId: uuid().notNull(),
    recordType: text().notNull(),
    recordId: uuid().notNull(),
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId, t.recordType, t.recordId)],
);
