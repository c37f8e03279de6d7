import { boolean, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@keten/shared';

/** Reference data is public geography and standards (no personal data); seeded by migration. */
export const regions = pgTable('regions', {
  code: text().primaryKey(),
  name: jsonb().$type<LocalizedText>().notNull(),
});

export const provinces = pgTable('provinces', {
  code: text().primaryKey(),
  regionCode: text()
    .notNull()
    .references(() => regions.code),
  name: jsonb().$type<LocalizedText>().notNull(),
});

export const judicialDistricts = pgTable('judicial_districts', {
  code: text().primaryKey(),
  name: jsonb().$type<LocalizedText>().notNull(),
  courtOfAppeal: text().notNull(),
  /** A district can straddle regions (Brussels covers Brussels-Capital and Halle-Vilvoorde). */
  regions: text().array().notNull(),
});

/** ISO 3166-1 alpha-2. */
export const countries = pgTable('countries', {
  code: text().primaryKey(),
  name: jsonb().$type<LocalizedText>().notNull(),
  eu: boolean().notNull().default(false),
});

/** ISO 639-1 (and 639-3 where no 639-1 code exists, e.g. Tigrinya has `ti`). */
export const languages = pgTable('languages', {
  code: text().primaryKey(),
  name: jsonb().$type<LocalizedText>().notNull(),
});

/**
 * Municipalities by NIS code, imported from Statbel's official REFNIS list with
 * `npm run keten -- municipalities import <file>` (no list is bundled: none could be verified
 * offline). Until imported, forms ask for the judicial district directly.
 */
export const municipalities = pgTable('municipalities', {
  nisCode: text().primaryKey(),
  name: jsonb().$type<{ nl?: string; fr?: string; de?: string }>().notNull(),
  arrondissementCode: text().notNull(),
  provinceCode: text(),
  regionCode: text().notNull(),
  /** Filled by the deployment (the NIS list has no judicial districts). */
  judicialDistrict: text(),
  validFrom: text(),
  validTo: text(),
});
