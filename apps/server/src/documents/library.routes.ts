import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateDocumentSchema,
  CreateNewsItemSchema,
  DOCUMENT_TYPES,
  DocumentListSchema,
  DocumentSchema,
  KNOWLEDGE_LIMITS,
  LibraryQuerySchema,
  NewsItemSchema,
  NewsListSchema,
  UpdateDocumentSchema,
  UpdateNewsItemSchema,
} from '@keten/shared';
import { AppError } from '../http/errors.ts';
import { findDocuments, findNews, getDocument, getDocumentContent, getNewsItem, presentDocument, presentNews } from './library.repo.ts';
import {
  auditLibraryRead,
  createDocument,
  createNewsItem,
  deleteDocument,
  deleteNewsItem,
  storeDocumentFile,
  updateDocument,
  updateNewsItem,
} from './library.service.ts';

const IdParams = z.object({ id: z.uuid() });
const UploadQuery = z.object({ fileName: z.string().trim().min(1).max(KNOWLEDGE_LIMITS.fileName) });

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The document library and news of the coordination bureau. Reads are public by route and cut by
 * classification in SQL (an item above the viewer's classification is not found); restricted
 * reads are audited. Editing needs `knowledge.edit`.
 */
export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const maxBytes = app.deps.config.knowledge.documentMaxBytes;

  // Uploads are raw bytes (this plugin only): the type is sniffed from them, never taken from here.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxBytes + 1 }, (_req, body, done) => {
    done(null, body);
  });

  // --- documents ---------------------------------------------------------------------------------

  app.get(
    '/api/documents',
    {
      config: { permission: 'public' },
      schema: { tags: ['library'], summary: 'Documents the viewer may see (search by title, topic, language)', querystring: LibraryQuerySchema, response: { 200: DocumentListSchema } },
    },
    async (req) => {
      const { rows, total } = await findDocuments(db(), req.actor, req.query);
      return { data: rows.map(presentDocument), page: { page: req.query.page, pageSize: req.query.pageSize, total } };
    },
  );

  app.get(
    '/api/documents/:id',
    { config: { permission: 'public' }, schema: { tags: ['library'], summary: 'One document (restricted reads are audited)', params: IdParams, response: { 200: DocumentSchema } } },
    async (req) =>
      db().transaction(async (tx) => {
        const row = await getDocument(tx, req.actor, req.params.id);
        await auditLibraryRead(tx, req.ctx, row, 'document', 'view');
        return presentDocument(row);
      }),
  );

  app.get(
    '/api/documents/:id/file',
    { config: { permission: 'public' }, schema: { tags: ['library'], summary: 'Download the file (always as an attachment)', params: IdParams } },
    async (req, reply) => {
      const { row, content } = await db().transaction(async (tx) => {
        const found = await getDocument(tx, req.actor, req.params.id);
        const bytes = await getDocumentContent(tx, found.id);
        await auditLibraryRead(tx, req.ctx, found, 'document', 'download');
        return { row: found, content: bytes };
      });
      if (!row.fileType || !row.fileName) {
        throw new AppError('not_found', 'The document has no file');
      }
      // Never rendered inline: an attachment, with the sniffed type, no sniffing by the browser,
      // and a sandbox in case a browser opens it anyway.
      return reply
        .header('content-type', DOCUMENT_TYPES[row.fileType])
        .header('content-disposition', contentDisposition(row.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', row.classification === 'public' ? 'public, max-age=300' : 'private, no-store')
        .send(content);
    },
  );

  app.post(
    '/api/documents',
    {
      config: { permission: 'knowledge.edit' },
      schema: { tags: ['library'], summary: 'Describe a new document (upload its file next)', body: CreateDocumentSchema, response: { 201: DocumentSchema } },
    },
    async (req, reply) => {
      const created = await db().transaction((tx) => createDocument(tx, req.ctx, req.body));
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/api/documents/:id/file',
    {
      config: { permission: 'knowledge.edit' },
      schema: {
        tags: ['library'],
        summary: 'Upload (or replace) the file: raw bytes as application/octet-stream',
        params: IdParams,
        querystring: UploadQuery,
        response: { 200: DocumentSchema },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError('unsupported_media_type', 'Send the file as application/octet-stream');
      }
      const bytes = req.body;
      return db().transaction((tx) => storeDocumentFile(tx, req.ctx, req.params.id, { fileName: req.query.fileName, bytes, maxBytes }));
    },
  );

  app.patch(
    '/api/documents/:id',
    {
      config: { permission: 'knowledge.edit' },
      schema: { tags: ['library'], summary: 'Edit a document’s description or classification (optimistic locking)', params: IdParams, body: UpdateDocumentSchema, response: { 200: DocumentSchema } },
    },
    async (req) => db().transaction((tx) => updateDocument(tx, req.ctx, req.params.id, req.body)),
  );

  app.delete(
    '/api/documents/:id',
    { config: { permission: 'knowledge.edit' }, schema: { tags: ['library'], summary: 'Remove a document from the library', params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await db().transaction((tx) => deleteDocument(tx, req.ctx, req.params.id));
      return reply.status(204).send(null);
    },
  );

  // --- news ------------------------------------------------------------------------------------

  app.get(
    '/api/news',
    { config: { permission: 'public' }, schema: { tags: ['library'], summary: 'News items the viewer may see', querystring: LibraryQuerySchema, response: { 200: NewsListSchema } } },
    async (req) => {
      const { rows, total } = await findNews(db(), req.actor, req.query);
      return { data: rows.map(presentNews), page: { page: req.query.page, pageSize: req.query.pageSize, total } };
    },
  );

  app.get(
    '/api/news/:id',
    { config: { permission: 'public' }, schema: { tags: ['library'], summary: 'One news item (restricted reads are audited)', params: IdParams, response: { 200: NewsItemSchema } } },
    async (req) =>
      db().transaction(async (tx) => {
        const row = await getNewsItem(tx, req.actor, req.params.id);
        await auditLibraryRead(tx, req.ctx, row, 'news_item', 'view');
        return presentNews(row);
      }),
  );

  app.post(
    '/api/news',
    { config: { permission: 'knowledge.edit' }, schema: { tags: ['library'], summary: 'Publish a news item', body: CreateNewsItemSchema, response: { 201: NewsItemSchema } } },
    async (req, reply) => {
      const created = await db().transaction((tx) => createNewsItem(tx, req.ctx, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/news/:id',
    {
      config: { permission: 'knowledge.edit' },
      schema: { tags: ['library'], summary: 'Edit a news item (optimistic locking)', params: IdParams, body: UpdateNewsItemSchema, response: { 200: NewsItemSchema } },
    },
    async (req) => db().transaction((tx) => updateNewsItem(tx, req.ctx, req.params.id, req.body)),
  );

  app.delete(
    '/api/news/:id',
    { config: { permission: 'knowledge.edit' }, schema: { tags: ['library'], summary: 'Remove a news item', params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await db().transaction((tx) => deleteNewsItem(tx, req.ctx, req.params.id));
      return reply.status(204).send(null);
    },
  );
};
