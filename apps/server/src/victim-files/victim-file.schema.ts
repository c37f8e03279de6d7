import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { VictimFileStatus } from '@keten/shared';
import { encryptedBytea } from '../db/columns.ts';

/**
 * The victim file, held by the centre that accepted the person (owner in record_access, never a
 * column here: ownership moves on transfer). Sections (access-model.md): ID = identity columns
 * (encrypted; AAD victim_files:<id>:<column>), CT = `contact` (encrypted; owning centre only),
 * PS = `support_plan` (encrypted), status and caseworker are metadata.
 */
export const victimFiles = pgTable(
  'victim_files',
  {
    id: uuid().primaryKey(),
    reference: text().notNull().unique(),
    signalId: uuid(),
    status: text().$type<VictimFileStatus>().notNull().default('active'),
    closingReason: text(),
    caseworkerUserId: uuid(),
    // --- ID (who may see: owner centre; referred partners per SECTION_POLICY) ---
    familyName: encryptedBytea(),
    givenName: encryptedBytea(),
    /** JSON array of aliases. */
    aliases: encryptedBytea(),
    birthDate: encryptedBytea(),
    nationality: encryptedBytea(),
    /** JSON array of { kind, number }. */
    documentNumbers: encryptedBytea(),
    /** Blind indexes of the document numbers (exact look-up without decryption). */
    documentNumberIdx: text().array().notNull().default(sql`'{}'::text[]`),
    nameTrgm: integer().array().notNull().default(sql`'{}'::int[]`),
    namePhonetic: integer().array().notNull().default(sql`'{}'::int[]`),
    minor: text().$type<'yes' | 'no' | 'unsure'>().notNull().default('unsure'),
    unaccompanied: text().$type<'yes' | 'no' | 'unsure'>(),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    interpreterNeeded: boolean(),
    // --- CT: contact and whereabouts (owner centre only; JSON, encrypted) ---
    contact: encryptedBytea(),
    // --- PS: support plan (JSON, encrypted) ---
    supportPlan: encryptedBytea(),
    /** SG context copied from the signal, non-personal: district, forms, exploitation country. */
    judicialDistrict: text(),
    forms: text().array().notNull().default(sql`'{}'::text[]`),
    exploitationCountry: text(),
    /** What the victim agreed to share with their lawyer (section codes), and when. */
    lawyerConsent: jsonb().$type<{ sections: string[]; recordedOn: string } | null>(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.signalId), index('victim_files_name_trgm').using('gin', t.nameTrgm), index('victim_files_name_phonetic').using('gin', t.namePhonetic), index('victim_files_doc_idx').using('gin', t.documentNumberIdx)],
);

/** Dated notes by section; the text is encrypted. PS notes are seen by the owning centre only. */
export const victimFileNotes = pgTable(
  'victim_file_notes',
  {
    id: uuid().primaryKey(),
    victimFileId: uuid()
      .notNull()
      .references(() => victimFiles.id, { onDelete: 'cascade' }),
    section: text().$type<'PS' | 'PR' | 'JU'>().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    text: encryptedBytea().notNull(),
    authorUserId: uuid().notNull(),
    organisationId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.victimFileId, t.section)],
);
