import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { ATTACHMENT_TYPES, type Attachment, type AttachmentSection, type AttachmentType, type Relationship, type Section } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { grantFor } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Executor, Tx } from '../db/types.ts';
import { declaredType, safeFileName, sniffDocumentType } from '../documents/file-sniffing.ts';
import { AppError, domainRule } from '../http/errors.ts';
import { assertFileOpen, loadVictimFileInScope, requireRelationship, userOf } from '../victim-files/victim-file.repo.ts';
import { victimFileAttachments } from './attachment.schema.ts';

type AttachmentRow = Omit<typeof victimFileAttachments.$inferSelect, 'content'>;

const TABLE = 'victim_file_attachments';
const ACCEPTED = ATTACHMENT_TYPES.join(', ');

/** The listing columns: never the content (it can be megabytes). */
const META = {
  id: victimFileAttachments.id,
  victimFileId: victimFileAttachments.victimFileId,
  section: victimFileAttachments.section,
  fileName: victimFileAttachments.fileName,
  fileType: victimFileAttachments.fileType,
  sizeBytes: victimFileAttachments.sizeBytes,
  uploadedByUserId: victimFileAttachments.uploadedByUserId,
  organisationId: victimFileAttachments.organisationId,
  createdAt: victimFileAttachments.createdAt,
};

/**
 * The sections whose attachments this viewer may see: the sections they see in full. A section
 * narrowed to some fields (police see only the PR phase) shows no attachment of that section: a
 * document is all of its content or nothing.
 */
export function attachmentSectionsFor(ctx: RequestContext, relationship: Relationship): Set<Section> {
  const grant = grantFor(ctx.actor, relationship);
  return new Set(grant.sections.filter((s) => grant.only?.[s] === undefined));
}

function isAttachmentType(type: string | null): type is AttachmentType {
  return type !== null && (ATTACHMENT_TYPES as readonly string[]).includes(type);
}

function present(crypto: AppCrypto, row: AttachmentRow, relationship: Relationship): Attachment {
  return {
    id: row.id,
    victimFileId: row.victimFileId,
    section: row.section,
    fileName: crypto.cipher.decrypt(row.fileName, { table: TABLE, row: row.id, column: 'file_name' }),
    fileType: row.fileType,
    sizeBytes: row.sizeBytes,
    uploadedByUserId: row.uploadedByUserId,
    organisationId: row.organisationId,
    createdAt: row.createdAt.toISOString(),
    canDelete: relationship === 'owner',
  };
}

/**
 * Stores a file on a victim file, encrypted. Size (413) first, then the type by the bytes (415 for
 * a type we do not take, 422 when the bytes contradict the name), then the file's scope (404), the
 * owner rule (403) and the closed-file rule (422).
 */
export async function addAttachment(
  tx: Tx,
  ctx: RequestContext,
  crypto: AppCrypto,
  victimFileId: string,
  upload: { fileName: string; section: AttachmentSection; bytes: Buffer; maxBytes: number },
): Promise<Attachment> {
  const { bytes, maxBytes } = upload;
  if (bytes.length > maxBytes) {
    throw new AppError('payload_too_large', `The file exceeds ${String(maxBytes)} bytes`, { maxBytes });
  }
  if (bytes.length === 0) {
    throw domainRule('The file is empty', { reason: 'empty_file' });
  }
  const claimed = declaredType(upload.fileName);
  const actual = sniffDocumentType(bytes);
  if (!isAttachmentType(claimed) || !isAttachmentType(actual)) {
    throw new AppError('unsupported_media_type', `Accepted file types: ${ACCEPTED}`, { reason: 'file_type_not_allowed', accepted: [...ATTACHMENT_TYPES] });
  }
  if (actual !== claimed) {
    throw domainRule(`The file's content is not a ${claimed} file`, { reason: 'content_mismatch', claimed, detected: actual });
  }
  const actor = userOf(ctx);
  const { row: file, relationship } = await loadVictimFileInScope(tx, ctx, victimFileId);
  requireRelationship(relationship, ['owner'], 'add attachments');
  assertFileOpen(file);
  const id = randomUUID();
  const fileName = safeFileName(upload.fileName, actual);
  const [row] = await tx
    .insert(victimFileAttachments)
    .values({
      id,
      victimFileId,
      section: upload.section,
      fileName: crypto.cipher.encrypt(fileName, { table: TABLE, row: id, column: 'file_name' }),
      fileType: actual,
      sizeBytes: bytes.length,
      // The cipher takes text: base64 keeps the bytes intact and lets key rotation re-encrypt them.
      content: crypto.cipher.encrypt(bytes.toString('base64'), { table: TABLE, row: id, column: 'content' }),
      uploadedByUserId: actor.userId,
      organisationId: actor.organisationId,
    })
    .returning(META);
  if (!row) {
    throw new Error('attachment insert returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'victim_file.attachment_added',
    recordType: 'victim_file',
    recordId: victimFileId,
    sections: [upload.section],
    details: { attachmentId: id, section: upload.section, fileType: actual, sizeBytes: bytes.length },
  });
  return present(crypto, row, relationship);
}

/** The attachments of the sections the viewer may see (metadata only: not audited as a read of content, but the names are ID-level data of the sections shown). */
export async function findAttachments(db: Executor, ctx: RequestContext, crypto: AppCrypto, victimFileId: string): Promise<Attachment[]> {
  const { relationship } = await loadVictimFileInScope(db, ctx, victimFileId);
  const visible = attachmentSectionsFor(ctx, relationship);
  const rows = await db.select(META).from(victimFileAttachments).where(eq(victimFileAttachments.victimFileId, victimFileId)).orderBy(asc(victimFileAttachments.createdAt));
  return rows.filter((r) => visible.has(r.section)).map((r) => present(crypto, r, relationship));
}

/** One attachment the viewer may see, else 404 (another section is as absent as another file). */
async function loadAttachment(db: Executor, ctx: RequestContext, victimFileId: string, attachmentId: string): Promise<{ row: AttachmentRow; relationship: Relationship }> {
  const { relationship } = await loadVictimFileInScope(db, ctx, victimFileId);
  const [row] = await db
    .select(META)
    .from(victimFileAttachments)
    .where(and(eq(victimFileAttachments.id, attachmentId), eq(victimFileAttachments.victimFileId, victimFileId)));
  if (!row || !attachmentSectionsFor(ctx, relationship).has(row.section)) {
    throw new AppError('not_found', 'No such attachment');
  }
  return { row, relationship };
}

/** Decrypts one attachment for download; the read is audited in the same transaction. */
export async function downloadAttachment(
  tx: Tx,
  ctx: RequestContext,
  crypto: AppCrypto,
  victimFileId: string,
  attachmentId: string,
): Promise<{ attachment: Attachment; bytes: Buffer }> {
  const { row, relationship } = await loadAttachment(tx, ctx, victimFileId, attachmentId);
  const [stored] = await tx.select({ content: victimFileAttachments.content }).from(victimFileAttachments).where(eq(victimFileAttachments.id, row.id));
  if (!stored) {
    throw new AppError('not_found', 'No such attachment');
  }
  const bytes = Buffer.from(crypto.cipher.decrypt(stored.content, { table: TABLE, row: row.id, column: 'content' }), 'base64');
  await recordAudit(tx, ctx, {
    action: 'victim_file.attachment_downloaded',
    recordType: 'victim_file',
    recordId: victimFileId,
    sections: [row.section],
    breakGlass: relationship === 'break_glass',
    details: { attachmentId: row.id, section: row.section },
  });
  return { attachment: present(crypto, row, relationship), bytes };
}

/** Deletes an attachment: the owning centre only; audited (the audit keeps that it existed). */
export async function deleteAttachment(tx: Tx, ctx: RequestContext, victimFileId: string, attachmentId: string): Promise<void> {
  const { row, relationship } = await loadAttachment(tx, ctx, victimFileId, attachmentId);
  requireRelationship(relationship, ['owner'], 'delete attachments');
  await tx.delete(victimFileAttachments).where(eq(victimFileAttachments.id, row.id));
  await recordAudit(tx, ctx, {
    action: 'victim_file.attachment_deleted',
    recordType: 'victim_file',
    recordId: victimFileId,
    sections: [row.section],
    details: { attachmentId: row.id, section: row.section },
  });
}
