import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { judicialDistricts, regions } from '../reference/reference.schema.ts';

export const ORGANISATION_TYPES = [
  'local_police',
  'federal_police_thb',
  'social_inspection',
  'labour_inspection',
  'labour_auditor',
  'prosecutor_office',
  'youth_prosecutor',
  'specialised_centre',
  'immigration_office',
  'guardianship_service',
  'municipality',
  'ocmw_cpas',
  'hospital',
  'school',
  'ngo',
  'bank',
  'ctif_cfi',
  'national_rapporteur',
  'coordination_bureau',
  'platform_operator',
  'benelux_contact_point',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

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
