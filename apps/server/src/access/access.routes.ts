import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../http/errors.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { findAccessLog } from './access-log.repo.ts';
import { BREAK_GLASS_MIN_REASON, openBreakGlass } from './break-glass.service.ts';
import { grantAccess, revokeAccess } from './grants.service.ts';
import { relationshipTo } from './scope.ts';

const RecordParams = z.object({ recordType: z.enum(['signal', 'victim_file']), recordId: z.uuid() });

const AccessLogEntrySchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime(),
  action: z.string(),
  sections: z.array(z.string()),
  breakGlass: z.boolean(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  organisationName: z.string().nullable(),
});

const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  payload: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});

/** Cross-cutting access routes: break-glass, explicit shares, "who opened this file", notices. */
export const accessRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.post(
    '/api/records/:recordType/:recordId/break-glass',
    {
      config: { permission: 'record.break_glass', rateLimit: { max: 10, timeWindow: '1 hour' } },
      schema: {
        tags: ['access'],
        summary: 'Emergency access to a record outside your scope (ID and SG only, 24 h, owner notified)',
        params: RecordParams,
        body: z.object({ reason: z.string().trim().min(BREAK_GLASS_MIN_REASON).max(1000) }),
        response: { 201: z.object({ grantId: z.uuid(), expiresAt: z.iso.datetime() }) },
      },
    },
    async (req, reply) => {
      const result = await db().transaction((tx) => openBreakGlass(tx, req.ctx, { ...req.params, reason: req.body.reason }));
      return reply.status(201).send({ grantId: result.grantId, expiresAt: result.expiresAt.toISOString() });
    },
  );

  app.get(
    '/api/records/:recordType/:recordId/access-log',
    {
      config: { permission: 'audit.record_access_log' },
      schema: {
        tags: ['access'],
        summary: 'Who opened this file (owning organisation only)',
        params: RecordParams,
        querystring: z.object({ cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ data: z.array(AccessLogEntrySchema), page: z.object({ cursor: z.string().nullable() }) }) },
      },
    },
    async (req) => {
      const relationship = await relationshipTo(db(), req.actor, req.params.recordType, req.params.recordId);
      if (relationship !== 'owner') {
        throw new AppError('not_found', 'No such record');
      }
      return findAccessLog(db(), req.params.recordType, req.params.recordId, { cursor: req.query.cursor, limit: req.query.limit });
    },
  );

  app.post(
    '/api/records/:recordType/:recordId/shares',
    {
      config: { permission: 'record.write' },
      schema: {
        tags: ['access'],
        summary: 'Share a record with another organisation, with a reason and an end date (owner only)',
        params: RecordParams,
        body: z.object({ organisationId: z.uuid(), reason: z.string().trim().min(10).max(500), expiresAt: z.iso.datetime() }),
        response: { 201: z.object({ grantId: z.uuid() }) },
      },
    },
    async (req, reply) => {
      const grantId = await db().transaction(async (tx) => {
        const relationship = await relationshipTo(tx, req.actor, req.params.recordType, req.params.recordId);
        if (relationship !== 'owner') {
          throw new AppError('not_found', 'No such record');
        }
        const expiresAt = new Date(req.body.expiresAt);
        if (expiresAt.getTime() <= Date.now()) {
          throw new AppError('domain_rule', 'The end date of a share must be in the future', { reason: 'share_end_in_past' });
        }
        const [target] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, req.body.organisationId));
        if (!target || target.id === (req.actor.kind === 'user' ? req.actor.organisationId : '')) {
          throw new AppError('domain_rule', 'Choose another existing organisation', { reason: 'share_target' });
        }
        return grantAccess(tx, req.ctx, { ...req.params, organisationId: target.id, relationship: 'shared', reason: req.body.reason, expiresAt });
      });
      return reply.status(201).send({ grantId });
    },
  );

  app.delete(
    '/api/records/:recordType/:recordId/shares/:organisationId',
    {
      config: { permission: 'record.write' },
      schema: { tags: ['access'], summary: 'End a share (owner only)', params: RecordParams.extend({ organisationId: z.uuid() }), response: { 204: z.null() } },
    },
    async (req, reply) => {
      await db().transaction(async (tx) => {
        const relationship = await relationshipTo(tx, req.actor, req.params.recordType, req.params.recordId);
        if (relationship !== 'owner') {
          throw new AppError('not_found', 'No such record');
        }
        const n = await revokeAccess(tx, req.ctx, { ...req.params, relationship: 'shared', cause: 'share_ended' });
        if (n === 0) {
          throw new AppError('not_found', 'No such share');
        }
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/notifications',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['access'], summary: 'My notices and those of my organisation', response: { 200: z.object({ data: z.array(NotificationSchema) }) } },
    },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'Only people have notices');
      }
      const rows = await db()
        .select()
        .from(notifications)
        .where(and(eq(notifications.organisationId, actor.organisationId), or(isNull(notifications.userId), eq(notifications.userId, actor.userId))))
        .orderBy(desc(notifications.createdAt))
        .limit(100);
      return {
        data: rows.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
      };
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['access'], summary: 'Mark a notice as read', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'Only people have notices');
      }
      const rows = await db()
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(
          and(
            eq(notifications.id, req.params.id),
            eq(notifications.organisationId, actor.organisationId),
            or(isNull(notifications.userId), eq(notifications.userId, actor.userId)),
          ),
        )
        .returning({ id: notifications.id });
      if (rows.length === 0) {
        throw new AppError('not_found', 'No such notice');
      }
      return reply.status(204).send(null);
    },
  );
};
