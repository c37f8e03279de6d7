import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ExportJobSchema, ExportRequestSchema } from '@keten/shared/exports';
import { scheduleOnce } from '../jobs/recurring.ts';
import { users } from '../users/user.schema.ts';
import { EXPORT_PURGE_JOB, downloadExport, exportTtlHours, findMyExports, getExport, registerExportJobs, requestExport } from './export.service.ts';

const IdParams = z.object({ id: z.uuid() });

/**
 * Exports of figures as jobs. Permission `authenticated` on the route, because the audience
 * decides the capability (`statistics.internal` for one's own organisation's figures,
 * `statistics.outward` for national ones) and is checked in `audienceFor`: a user with neither
 * gets 403. An export is the requester's alone: anyone else gets 404, also for the file.
 *
 * The job handlers are registered here, with the routes they serve, so that every process that
 * serves these routes (server, tests) can also run their jobs.
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  // A bad KETEN_EXPORT_TTL_HOURS stops the start, naming the variable (not the first export).
  exportTtlHours();
  registerExportJobs(app.deps.jobs, app.deps.crypto);
  app.addHook('onReady', async () => {
    await scheduleOnce(db(), app.deps.jobs, EXPORT_PURGE_JOB, new Date(Date.now() + 60_000));
  });

  app.post(
    '/api/exports',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['exports'],
        summary: 'Ask for an export of tables or of the dashboard (CSV, XLSX or PDF); runs as a job (audited)',
        body: ExportRequestSchema,
        response: { 202: ExportJobSchema },
      },
    },
    async (req, reply) => {
      const actor = req.actor;
      const [profile] = actor.kind === 'user' ? await db().select({ language: users.language }).from(users).where(eq(users.id, actor.userId)) : [];
      const id = await db().transaction((tx) => requestExport(tx, req.ctx, app.deps.jobs, req.body, profile?.language ?? null));
      return reply.status(202).send(await getExport(db(), actor, id));
    },
  );

  app.get(
    '/api/exports',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['exports'], summary: 'My exports, newest first (at most 50), with status and progress', response: { 200: z.object({ data: z.array(ExportJobSchema) }) } },
    },
    async (req) => ({ data: await findMyExports(db(), req.actor) }),
  );

  app.get(
    '/api/exports/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['exports'], summary: 'Status and progress (0–100) of my export', params: IdParams, response: { 200: ExportJobSchema } },
    },
    async (req) => getExport(db(), req.actor, req.params.id),
  );

  app.get(
    '/api/exports/:id/file',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['exports'], summary: 'Download my export until it expires (audited)', params: IdParams },
    },
    async (req, reply) => {
      const file = await db().transaction((tx) => downloadExport(tx, req.ctx, app.deps.crypto, req.params.id));
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
