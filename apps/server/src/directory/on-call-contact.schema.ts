import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { JudicialDistrict } from '@keten/shared';
import { organisations } from '../organisations/organisation.schema.ts';

/**
 * On-call contacts of an organisation (the THB unit's duty phone, the magistrate on duty …): for
 * logged-in professionals only, never on a public page. A contact names a function, not a person,
 * so the table holds no personal data; an organisation's own administrator or the coordination
 * bureau keeps it current.
 */
export const onCallContacts = pgTable(
  'on_call_contacts',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    label: text().notNull(),
    phone: text().notNull(),
    email: text(),
    hours: text(),
    /** Districts this duty line covers (empty = every district the organisation serves). */
    judicialDistricts: text().array().$type<JudicialDistrict[]>().notNull().default(sql`'{}'::text[]`),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organisationId)],
);
