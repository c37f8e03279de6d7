import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CellChange, OfficialTable, OfficialTableKey } from '@keten/shared';

/**
 * Published official tables. A release freezes the computed table (figures, definition note,
 * parameters, definition version) as it was shown; a later publication of the same table and
 * period is a revision (`revision` 2, 3 …) with the reason and the cells that changed. Rows are
 * never updated or deleted: the published history is the record. Aggregates only, no personal data.
 */
export const statisticsReleases = pgTable(
  'statistics_releases',
  {
    id: uuid().primaryKey(),
    tableKey: text().$type<OfficialTableKey>().notNull(),
    period: text().notNull(),
    revision: integer().notNull(),
    definitionVersion: integer().notNull(),
    method: text().$type<'suppress' | 'round'>().notNull(),
    parameters: jsonb()
      .$type<{ table: OfficialTableKey; period: string; method: 'suppress' | 'round'; k: number | null }>()
      .notNull(),
    content: jsonb().$type<OfficialTable>().notNull(),
    /** Against the previous revision of the same table and period; empty for a first release. */
    changes: jsonb().$type<CellChange[]>().notNull().default([]),
    reason: text(),
    publishedBy: uuid().notNull(),
    publishedByOrganisationId: uuid().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('statistics_releases_revision').on(t.tableKey, t.period, t.revision),
    index().on(t.publishedAt),
  ],
);

/**
 * Population on 1 January per year and area (Belgium, its regions): the SDG 16.2.2 denominator.
 * Seeded with Statbel figures marked `to_verify`; the coordination bureau corrects and verifies.
 */
export const statisticsPopulation = pgTable(
  'statistics_population',
  {
    year: integer().notNull(),
    area: text().notNull(),
    population: integer().notNull(),
    source: text().notNull(),
    status: text().$type<'to_verify' | 'verified'>().notNull().default('to_verify'),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.area] })],
);
