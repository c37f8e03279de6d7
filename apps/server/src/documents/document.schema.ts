import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Classification, DocumentType, KnowledgeTopic, OrganisationType } from '@keten/shared';
import { users } from '../users/user.schema.ts';

/*
 * The document library and news of the coordination bureau. Each item has a classification:
 * public, professionals (any logged-in user) or restricted to named organisation types; reads of
 * restricted items are audited. Policy documents, not personal data; the file bytes live in their
 * own table so lists never load them.
 */

/** Raw bytes (not encrypted: library files are not personal data). */
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  toDriver(value) {
    return value;
  },
  fromDriver(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value);
  },
});

export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    description: text().notNull().default(''),
    topic: text().$type<KnowledgeTopic>().notNull(),
    language: text().notNull(),
    classification: text().$type<Classification>().notNull(),
    /** With `restricted`: the organisation types whose users may see the item. */
    organisationTypes: text().array().$type<OrganisationType[]>().notNull().default(sql`'{}'::text[]`),
    /** The uploader's file name (sanitised); the download uses it, the storage never does. */
    fileName: text(),
    /** The type established by sniffing the bytes, never the one the browser claimed. */
    fileType: text().$type<DocumentType>(),
    sizeBytes: integer(),
    sha256: text(),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    updatedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Removed from the library (kept for the audit trail's references). */
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.topic),
    index().on(t.language),
    index('documents_title_trgm').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export const documentFiles = pgTable('document_files', {
  documentId: uuid()
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  content: bytes().notNull(),
});

export const newsItems = pgTable(
  'news_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    /** Restricted text format, rendered as elements (never HTML). */
    body: text().notNull(),
    topic: text().$type<KnowledgeTopic>().notNull(),
    language: text().notNull(),
    classification: text().$type<Classification>().notNull(),
    organisationTypes: text().array().$type<OrganisationType[]>().notNull().default(sql`'{}'::text[]`),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    updatedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.publishedAt), index('news_items_title_trgm').using('gin', sql`${t.title} gin_trgm_ops`)],
);
