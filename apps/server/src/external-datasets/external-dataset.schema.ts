import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { EXTERNAL_DATASET_KINDS, EXTERNAL_DATASET_STATUSES } from '@keten/shared';

export type ExternalDatasetKind = (typeof EXTERNAL_DATASET_KINDS)[number];
export type ExternalDatasetStatus = (typeof EXTERNAL_DATASET_STATUSES)[number];

export interface RejectedLine {
  line: number;
  reason: string;
}

/**
 * External statistical datasets (CTDC's k-anonymised global dataset, later others), kept apart
 * from Keten's own records: no grants, no sections, never joined to signals or victim files.
 * Not personal data of Keten: published, anonymised records. Seen by `statistics.outward` users.
 */
export const externalDatasets = pgTable(
  'external_datasets',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<ExternalDatasetKind>().notNull(),
    name: text().notNull(),
    status: text().$type<ExternalDatasetStatus>().notNull().default('queued'),
    jobId: uuid(),
    /** The uploaded file, kept until the import job has read it (then cleared). */
    sourceText: text(),
    sourceBytes: integer().notNull().default(0),
    rowsRead: integer().notNull().default(0),
    rowsImported: integer().notNull().default(0),
    rowsRejected: integer().notNull().default(0),
    /** The first rejected lines (at most 200) with the reason: line numbers and codes, no values. */
    rejected: jsonb().$type<RejectedLine[]>().notNull().default([]),
    error: text(),
    createdBy: uuid(),
    organisationId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.createdAt)],
);

/**
 * One CTDC record (k-anonymised by CTDC). Multi-valued fields are arrays of codes derived from
 * CTDC's 0/1 flag columns (their order and spelling do not vary by source, unlike the
 * `*Concatenated` text columns).
 */
export const ctdcRecords = pgTable(
  'ctdc_records',
  {
    id: uuid().primaryKey().defaultRandom(),
    datasetId: uuid()
      .notNull()
      .references(() => externalDatasets.id, { onDelete: 'cascade' }),
    line: integer().notNull(),
    yearOfRegistration: integer(),
    dataSource: text(),
    gender: text(),
    ageBroad: text(),
    majorityStatus: text(),
    majorityStatusAtExploit: text(),
    majorityEntry: text(),
    citizenship: text(),
    countryOfExploitation: text(),
    meansOfControl: text().array().notNull().default(sql`'{}'::text[]`),
    typesOfExploitation: text().array().notNull().default(sql`'{}'::text[]`),
    typesOfLabour: text().array().notNull().default(sql`'{}'::text[]`),
    typesOfSex: text().array().notNull().default(sql`'{}'::text[]`),
    recruiterRelations: text().array().notNull().default(sql`'{}'::text[]`),
    isAbduction: boolean(),
  },
  (t) => [index().on(t.datasetId, t.yearOfRegistration)],
);
