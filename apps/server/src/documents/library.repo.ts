import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { KnowledgeTopic, LibraryDocument, NewsItem } from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { documentFiles, documents, newsItems } from './document.schema.ts';
import { containsPattern, isLibraryEditor, TRIGRAM_THRESHOLD, visibleTo } from './library.policy.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type NewsRow = typeof newsItems.$inferSelect;

export interface LibraryFilter {
  q?: string | undefined;
  topic?: KnowledgeTopic | undefined;
  language?: string | undefined;
  page: number;
  pageSize: number;
}

export function presentDocument(row: DocumentRow): LibraryDocument {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    topic: row.topic,
    language: row.language,
    classification: row.classification,
    organisationTypes: row.organisationTypes,
    fileName: row.fileName,
    fileType: row.fileType,
    sizeBytes: row.sizeBytes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentNews(row: NewsRow): NewsItem {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    topic: row.topic,
    language: row.language,
    classification: row.classification,
    organisationTypes: row.organisationTypes,
    publishedAt: row.publishedAt.toISOString(),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Title search: substring, or trigram similarity (pg_trgm) for near misses; non-personal text only.
 * `similarity() > threshold` rather than the `%` operator: on the embedded database (PGlite 0.5.16,
 * file-based, in the long-running server) a `%` with a bound parameter hung the process inside
 * PostgreSQL's error handling (reproduced in tests/browser/knowledge-edit.browser.test.ts); the
 * function form gives the same rows (0.3 is pg_trgm's default `%` threshold). The lists are short.
 */
function titleMatches(title: typeof documents.title | typeof newsItems.title, q: string): SQL {
  return sql`(${title} ILIKE ${containsPattern(q)} OR similarity(${title}, ${q}) > ${TRIGRAM_THRESHOLD})`;
}

export async function findDocuments(db: Executor, actor: Actor, filter: LibraryFilter): Promise<{ rows: DocumentRow[]; total: number }> {
  const where = and(
    isNull(documents.deletedAt),
    visibleTo(actor, documents),
    // A document without its file yet is only shown to the editors who must upload it.
    isLibraryEditor(actor) ? undefined : isNotNull(documents.fileType),
    filter.topic ? eq(documents.topic, filter.topic) : undefined,
    filter.language ? eq(documents.language, filter.language) : undefined,
    filter.q ? titleMatches(documents.title, filter.q) : undefined,
  );
  const order = filter.q ? [desc(sql`similarity(${documents.title}, ${filter.q})`), desc(documents.updatedAt)] : [desc(documents.updatedAt)];
  const rows = await db
    .select()
    .from(documents)
    .where(where)
    .orderBy(...order, documents.id)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(documents).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** One document the actor may see, or 404 (also when it exists but is classified above them). */
export async function getDocument(db: Executor, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<DocumentRow> {
  const query = db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.id, id),
        isNull(documents.deletedAt),
        visibleTo(actor, documents),
        isLibraryEditor(actor) ? undefined : isNotNull(documents.fileType),
      ),
    );
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw notFound('No such document');
  }
  return row;
}

export async function getDocumentContent(db: Executor, documentId: string): Promise<Buffer> {
  const [file] = await db.select({ content: documentFiles.content }).from(documentFiles).where(eq(documentFiles.documentId, documentId));
  if (!file) {
    throw notFound('The document has no file');
  }
  return file.content;
}

export async function findNews(db: Executor, actor: Actor, filter: LibraryFilter): Promise<{ rows: NewsRow[]; total: number }> {
  const where = and(
    isNull(newsItems.deletedAt),
    visibleTo(actor, newsItems),
    filter.topic ? eq(newsItems.topic, filter.topic) : undefined,
    filter.language ? eq(newsItems.language, filter.language) : undefined,
    filter.q ? titleMatches(newsItems.title, filter.q) : undefined,
  );
  const rows = await db
    .select()
    .from(newsItems)
    .where(where)
    .orderBy(desc(newsItems.publishedAt), newsItems.id)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(newsItems).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function getNewsItem(db: Executor, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<NewsRow> {
  const query = db
    .select()
    .from(newsItems)
    .where(and(eq(newsItems.id, id), isNull(newsItems.deletedAt), visibleTo(actor, newsItems)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw notFound('No such news item');
  }
  return row;
}
