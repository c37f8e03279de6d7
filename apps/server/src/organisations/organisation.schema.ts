import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { judicialDistricts, regions } from '../reference/reference.schema.ts';

// One list of organisation types, shared with the web app.
export { ORGANISATION_TYPES, type OrganisationType } from '@keten/shared';
import type { OrganisationType } from '@keten/shared';

export interface PublicContact {
  phone?: string;
  email?: string;
  website?: string;
  /** Opening hours as free text per language (public). */
  hours?: Partial<Record<'nl' | 'fr' | 'de' | 'en', string>>;
  /** A public postal address of offices only. Shelter locations never go here. */
  officeAddress?: string;
}

/**
 * Organisations are institutions, not people: their public contact data is public. Shelter
 * locations are never stored on the organisation (access-model: CT, secret).
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    type: text().$type<OrganisationType>().notNull(),
    name: text().notNull(),
    shortName: text(),
    country: text().notNull().default('BE'),
    regionCode: text().references(() => regions.code),
    judicialDistrict: text().references(() => judicialDistricts.code),
    /** Districts this organisation serves (centres, THB units, prosecutors); used by routing. */
    servesDistricts: text().array().notNull().default(sql`'{}'::text[]`),
    workingLanguages: text().array().notNull().default(sql`'{}'::text[]`),
    emailDomains: text().array().notNull().default(sql`'{}'::text[]`),
    publicContact: jsonb().$type<PublicContact>().notNull().default({}),
    /** Optimistic locking: every administrative edit increments it; a stale edit answers 409. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.type), index().on(t.judicialDistrict)],
);
