import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AttachmentSection, AttachmentType } from '@keten/shared';
import { encryptedBytea } from '../db/columns.ts';
import { victimFiles } from '../victim-files/victim-file.schema.ts';

/**
 * Files attached to a victim file (ID copies, medical or psychosocial reports, judicial papers).
 * Who may see one: the viewers who may see its `section` in full (access-model.md), the owning
 * centre always. The name and the content are personal data: both encrypted with AAD
 * victim_file_attachments:<id>:<column>; the content is the file as base64 text, so key rotation
 * re-encrypts it like every other field.
 */
export const victimFileAttachments = pgTable(
  'victim_file_attachments',
  {
    id: uuid().primaryKey(),
    victimFileId: uuid()
      .notNull()
      .references(() => victimFiles.id, { onDelete: 'cascade' }),
    section: text().$type<AttachmentSection>().notNull(),
    /** The (sanitised) file name: encrypted, it often names the person. */
    fileName: encryptedBytea().notNull(),
    /** Sniffed from the bytes. */
    fileType: text().$type<AttachmentType>().notNull(),
    sizeBytes: integer().notNull(),
    /** The file: encrypted (base64 of the bytes inside the ciphertext). */
    content: encryptedBytea().notNull(),
    uploadedByUserId: uuid().notNull(),
    organisationId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.victimFileId, t.section)],
);
