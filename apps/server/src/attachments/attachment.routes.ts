import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttachmentListSchema, AttachmentSchema, AttachmentUploadQuerySchema, DOCUMENT_TYPES } from '@keten/shared';
import { AppError } from '../http/errors.ts';
import { addAttachment, deleteAttachment, downloadAttachment, findAttachments } from './attachment.service.ts';

const FileParams = z.object({ id: z.uuid() });
const AttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Attachments of a victim file. Each belongs to a section; a viewer lists and downloads only the
 * attachments of the sections they see in full (others are not found). Downloads are audited.
 */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const crypto = () => app.deps.crypto;
  const maxBytes = app.deps.config.cases.attachmentMaxBytes;

  // Raw bytes (this plugin only): the type is sniffed from them, never taken from the request.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxBytes + 1 }, (_req, body, done) => {
    done(null, body);
  });

  app.get(
    '/api/victim-files/:id/attachments',
    {
      config: { permission: 'record.read' },
      schema: { tags: ['victim-files'], summary: 'Attachments of the sections I may see (metadata only)', params: FileParams, response: { 200: AttachmentListSchema } },
    },
    async (req) => ({ data: await findAttachments(db(), req.ctx, crypto(), req.params.id) }),
  );

  app.post(
    '/api/victim-files/:id/attachments',
    {
      config: { permission: 'record.write' },
      schema: {
        tags: ['victim-files'],
        summary: 'Attach a file (raw bytes as application/octet-stream; pdf, jpg, png, docx, odt; size-limited; stored encrypted)',
        params: FileParams,
        querystring: AttachmentUploadQuerySchema,
        response: { 201: AttachmentSchema },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError('unsupported_media_type', 'Send the file as application/octet-stream');
      }
      const bytes = req.body;
      const created = await db().transaction((tx) =>
        addAttachment(tx, req.ctx, crypto(), req.params.id, { fileName: req.query.fileName, section: req.query.section, bytes, maxBytes }),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/victim-files/:id/attachments/:attachmentId',
    { config: { permission: 'record.read' }, schema: { tags: ['victim-files'], summary: 'Download an attachment (always as an attachment; audited)', params: AttachmentParams } },
    async (req, reply) => {
      const { attachment, bytes } = await db().transaction((tx) => downloadAttachment(tx, req.ctx, crypto(), req.params.id, req.params.attachmentId));
      return reply
        .header('content-type', DOCUMENT_TYPES[attachment.fileType])
        .header('content-disposition', contentDisposition(attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  app.delete(
    '/api/victim-files/:id/attachments/:attachmentId',
    { config: { permission: 'record.write' }, schema: { tags: ['victim-files'], summary: 'Delete an attachment (owning centre; audited)', params: AttachmentParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await db().transaction((tx) => deleteAttachment(tx, req.ctx, req.params.id, req.params.attachmentId));
      return reply.status(204).send(null);
    },
  );
};
