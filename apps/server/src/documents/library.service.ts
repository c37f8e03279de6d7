import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { CreateDocumentSchema, CreateNewsItemSchema, LibraryDocument, NewsItem, OrganisationType, UpdateDocument, UpdateNewsItemSchema } from '@keten/shared';
import type { z } from 'zod';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { AppError, conflict, domainRule } from '../http/errors.ts';
import { auditChanges, editDiff } from '../knowledge/edit-diff.ts';
import { documentFiles, documents, newsItems } from './document.schema.ts';
import { declaredType, safeFileName, sniffDocumentType } from './file-sniffing.ts';
import { getDocument, getNewsItem, presentDocument, presentNews, type DocumentRow, type NewsRow } from './library.repo.ts';
import { readIsAudited } from './library.policy.ts';

const userId = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Restricted items: the read is written to the audit trail in the reading transaction. */
export async function auditLibraryRead(tx: Tx, ctx: RequestContext, item: DocumentRow | NewsRow, kind: 'document' | 'news_item', via: 'view' | 'download'): Promise<void> {
  const actor = ctx.actor;
  if (!readIsAudited(actor, item.classification) || actor.kind !== 'user') {
    return;
  }
  const organisationType = actor.organisationType as OrganisationType;
  if (kind === 'document') {
    await recordAudit(tx, ctx, { action: 'document.accessed', recordType: 'document', recordId: item.id, details: { documentId: item.id, via, organisationType } });
  } else {
    await recordAudit(tx, ctx, { action: 'news_item.accessed', recordType: 'news_item', recordId: item.id, details: { newsItemId: item.id, organisationType } });
  }
}

export async function createDocument(tx: Tx, ctx: RequestContext, input: z.output<typeof CreateDocumentSchema>): Promise<LibraryDocument> {
  const [row] = await tx
    .insert(documents)
    .values({ ...input, organisationTypes: [...new Set(input.organisationTypes)], createdBy: userId(ctx), updatedBy: userId(ctx) })
    .returning();
  if (!row) {
    throw new Error('document insert returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'document.created',
    recordType: 'document',
    recordId: row.id,
    details: { documentId: row.id, classification: row.classification, organisationTypes: row.organisationTypes },
  });
  return presentDocument(row);
}

const DOCUMENT_CODE_FIELDS = ['topic', 'language', 'classification', 'organisationTypes'] as const;
const DOCUMENT_TEXT_FIELDS = ['title', 'description'] as const;

export async function updateDocument(tx: Tx, ctx: RequestContext, id: string, input: UpdateDocument): Promise<LibraryDocument> {
  const before = await getDocument(tx, ctx.actor, id, { forUpdate: true });
  if (before.version !== input.version) {
    throw conflict('The document was changed by someone else; reload it', { currentVersion: before.version });
  }
  const classification = input.classification ?? before.classification;
  const organisationTypes = input.organisationTypes ?? (input.classification && input.classification !== 'restricted' ? [] : before.organisationTypes);
  if (classification === 'restricted' && organisationTypes.length === 0) {
    throw domainRule('A restricted document names at least one organisation type', { field: 'organisationTypes' });
  }
  const { version: _version, ...fields } = input;
  const diff = editDiff(before, { ...fields, classification, organisationTypes }, DOCUMENT_CODE_FIELDS, DOCUMENT_TEXT_FIELDS);
  if (Object.keys(diff.patch).length === 0) {
    return presentDocument(before);
  }
  const [after] = await tx
    .update(documents)
    .set({ ...diff.patch, version: sql`${documents.version} + 1`, updatedAt: sql`now()`, updatedBy: userId(ctx) })
    .where(eq(documents.id, id))
    .returning();
  if (!after) {
    throw new Error('document update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'document.updated',
    recordType: 'document',
    recordId: id,
    details: { documentId: id, ...auditChanges(diff, before.version, after.version) },
  });
  return presentDocument(after);
}

/**
 * Stores (or replaces) a document's file: size limit, extension allow-list, and the bytes must be
 * what the extension claims (sniffed). The stored name is sanitised; the bytes live in the
 * database, never under a path an attacker could choose.
 */
export async function storeDocumentFile(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  upload: { fileName: string; bytes: Buffer; maxBytes: number },
): Promise<LibraryDocument> {
  const { fileName, bytes, maxBytes } = upload;
  if (bytes.length > maxBytes) {
    throw new AppError('payload_too_large', `The file exceeds ${maxBytes} bytes`, { maxBytes });
  }
  if (bytes.length === 0) {
    throw domainRule('The file is empty', { reason: 'empty_file' });
  }
  const claimed = declaredType(fileName);
  if (!claimed) {
    throw new AppError('unsupported_media_type', 'Accepted file types: pdf, docx, xlsx, odt, png, jpg', { reason: 'file_type_not_allowed' });
  }
  const actual = sniffDocumentType(bytes);
  if (actual !== claimed) {
    throw domainRule(`The file's content is not a ${claimed} file`, { reason: 'content_mismatch', claimed, detected: actual });
  }
  const before = await getDocument(tx, ctx.actor, id, { forUpdate: true });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await tx
    .insert(documentFiles)
    .values({ documentId: id, content: bytes })
    .onConflictDoUpdate({ target: documentFiles.documentId, set: { content: bytes } });
  const [after] = await tx
    .update(documents)
    .set({
      fileName: safeFileName(fileName, actual),
      fileType: actual,
      sizeBytes: bytes.length,
      sha256,
      version: sql`${documents.version} + 1`,
      updatedAt: sql`now()`,
      updatedBy: userId(ctx),
    })
    .where(eq(documents.id, before.id))
    .returning();
  if (!after) {
    throw new Error('document update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'document.file_stored',
    recordType: 'document',
    recordId: id,
    details: { documentId: id, fileType: actual, sizeBytes: bytes.length, sha256 },
  });
  return presentDocument(after);
}

export async function deleteDocument(tx: Tx, ctx: RequestContext, id: string): Promise<void> {
  const row = await getDocument(tx, ctx.actor, id, { forUpdate: true });
  await tx.update(documents).set({ deletedAt: sql`now()`, updatedBy: userId(ctx) }).where(eq(documents.id, row.id));
  // The bytes go; the row stays so the audit trail's references still resolve.
  await tx.delete(documentFiles).where(eq(documentFiles.documentId, row.id));
  await recordAudit(tx, ctx, { action: 'document.deleted', recordType: 'document', recordId: id, details: { documentId: id } });
}

export async function createNewsItem(tx: Tx, ctx: RequestContext, input: z.output<typeof CreateNewsItemSchema>): Promise<NewsItem> {
  const [row] = await tx
    .insert(newsItems)
    .values({ ...input, organisationTypes: [...new Set(input.organisationTypes)], createdBy: userId(ctx), updatedBy: userId(ctx) })
    .returning();
  if (!row) {
    throw new Error('news insert returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'news_item.created',
    recordType: 'news_item',
    recordId: row.id,
    details: { newsItemId: row.id, classification: row.classification, organisationTypes: row.organisationTypes },
  });
  return presentNews(row);
}

export async function updateNewsItem(tx: Tx, ctx: RequestContext, id: string, input: z.output<typeof UpdateNewsItemSchema>): Promise<NewsItem> {
  const before = await getNewsItem(tx, ctx.actor, id, { forUpdate: true });
  if (before.version !== input.version) {
    throw conflict('The news item was changed by someone else; reload it', { currentVersion: before.version });
  }
  const classification = input.classification ?? before.classification;
  const organisationTypes = input.organisationTypes ?? (input.classification && input.classification !== 'restricted' ? [] : before.organisationTypes);
  if (classification === 'restricted' && organisationTypes.length === 0) {
    throw domainRule('A restricted news item names at least one organisation type', { field: 'organisationTypes' });
  }
  const { version: _version, ...fields } = input;
  const diff = editDiff(before, { ...fields, classification, organisationTypes }, DOCUMENT_CODE_FIELDS, ['title', 'body']);
  if (Object.keys(diff.patch).length === 0) {
    return presentNews(before);
  }
  const [after] = await tx
    .update(newsItems)
    .set({ ...diff.patch, version: sql`${newsItems.version} + 1`, updatedAt: sql`now()`, updatedBy: userId(ctx) })
    .where(eq(newsItems.id, id))
    .returning();
  if (!after) {
    throw new Error('news update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'news_item.updated',
    recordType: 'news_item',
    recordId: id,
    details: { newsItemId: id, ...auditChanges(diff, before.version, after.version) },
  });
  return presentNews(after);
}

export async function deleteNewsItem(tx: Tx, ctx: RequestContext, id: string): Promise<void> {
  const row = await getNewsItem(tx, ctx.actor, id, { forUpdate: true });
  await tx.update(newsItems).set({ deletedAt: sql`now()`, updatedBy: userId(ctx) }).where(eq(newsItems.id, row.id));
  await recordAudit(tx, ctx, { action: 'news_item.deleted', recordType: 'news_item', recordId: id, details: { newsItemId: id } });
}
