import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema, MetaSchema, UI_LANGUAGES } from '@keten/shared';
import { migrationStatus } from '../db/migrate.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: { tags: ['system'], summary: 'Liveness and database state', response: { 200: HealthSchema, 503: HealthSchema } },
    },
    async (_req, reply) => {
      const { database, jobs, version } = app.deps;
      let ok = true;
      try {
        await database.db.execute(sql`SELECT 1`);
      } catch {
        ok = false;
      }
      const migrations = ok ? await migrationStatus(database) : { applied: 0, latest: null, pending: [] };
      const jobCounts = ok ? await jobs.counts() : { queued: 0, running: 0, failed: 0 };
      const body = {
        status: ok && migrations.pending.length === 0 ? ('ok' as const) : ('degraded' as const),
        database: database.kind,
        version,
        migrations: { applied: migrations.applied, latest: migrations.latest },
        jobs: jobCounts,
      };
      return reply.status(body.status === 'ok' ? 200 : 503).send(body);
    },
  );

  app.get(
    '/api/meta',
    {
      config: { permission: 'public' },
      schema: { tags: ['system'], summary: 'What the web app needs before login', response: { 200: MetaSchema } },
    },
    async () => ({
      name: 'Keten' as const,
      version: app.deps.version,
      demo: app.deps.config.demo,
      languages: [...UI_LANGUAGES],
    }),
  );
};
