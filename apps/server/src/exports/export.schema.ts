import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ExportAudience, ExportFormat, ExportStatus } from '@keten/shared/exports';
import { encryptedBytea } from '../db/columns.ts';

/**
 * Exports of statistics, produced by a job and downloadable only by the person who asked, until
 * `expires_at`; a purge job deletes the row (and so the file) after that. The file holds counts
 * only, yet it is stored encrypted in the database (AAD export_files:<id>:content): never in a
 * public folder, never in a log, and the same on every server instance.
 */
export const exportFiles = pgTable(
  'export_files',
  {
    id: uuid().primaryKey(),
    requestedBy: uuid().notNull(),
    organisationId: uuid().notNull(),
    kind: text().$type<'table' | 'dashboard'>().notNull(),
    audience: text().$type<ExportAudience>().notNull(),
    format: text().$type<ExportFormat>().notNull(),
    language: text().notNull(),
    /** The request as validated (tables or figures, period, filters): codes only, no personal data. */
    request: jsonb().$type<Record<string, unknown>>().notNull(),
    status: text().$type<Exclude<ExportStatus, 'expired'>>().notNull().default('queued'),
    jobId: uuid(),
    fileName: text(),
    /** The file (base64 of its bytes), encrypted; null until done and after the purge. */
    content: encryptedBytea(),
    sizeBytes: integer(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.requestedBy, t.createdAt), index().on(t.expiresAt)],
);
