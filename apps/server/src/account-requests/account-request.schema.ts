import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisation.schema.ts';

export const ACCOUNT_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export type AccountRequestStatus = (typeof ACCOUNT_REQUEST_STATUSES)[number];

/**
 * Professionals request an account; nobody self-activates. Visible to the organisation's
 * administrators only. Pending requests older than 30 days are purged.
 */
export const accountRequests = pgTable(
  'account_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    email: text().notNull(),
    jobTitle: text().notNull(),
    reason: text().notNull(),
    language: text().notNull().default('nl'),
    status: text().$type<AccountRequestStatus>().notNull().default('pending'),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    refusalReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organisationId, t.status)],
);
