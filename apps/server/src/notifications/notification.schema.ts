import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * In-app notices to an organisation (all its users with the right role) or to one user. Payloads
 * carry ids and codes, never personal data values: the UI loads what the viewer may see.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    userId: uuid(),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.organisationId, t.createdAt), index().on(t.userId, t.readAt)],
);
