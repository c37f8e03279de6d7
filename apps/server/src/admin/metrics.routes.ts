import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryRows } from '../db/types.ts';
import { JOB_STATUSES } from '../jobs/job.schema.ts';

/**
 * Prometheus-style gauges for monitoring (`metrics.read`, meant for a service account's token).
 * Counts only — jobs by status, active sessions, audit rows — never anything about a person.
 */
export const metricsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/metrics',
    {
      config: { permission: 'metrics.read' },
      schema: {
        tags: ['system'],
        summary: 'Operational counts in the Prometheus text format',
        response: { 200: z.string().describe('text/plain; version=0.0.4') },
      },
    },
    async (_req, reply) => {
      const db = app.deps.database.db;
      const jobRows = await queryRows<{ status: string; n: number }>(db, sql`SELECT status, count(*)::int AS n FROM jobs GROUP BY status`);
      const [sessions] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM sessions WHERE revoked_at IS NULL AND expires_at > now()
              AND last_seen_at > now() - make_interval(mins => ${app.deps.config.sessions.idleMinutes})`,
      );
      const [audit] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_events`);
      const byStatus = new Map(jobRows.map((r) => [r.status, r.n]));
      const lines = [
        '# HELP keten_jobs Jobs in the queue by status.',
        '# TYPE keten_jobs gauge',
        ...JOB_STATUSES.map((s) => `keten_jobs{status="${s}"} ${byStatus.get(s) ?? 0}`),
        '# HELP keten_sessions_active Sessions that are neither revoked, expired nor idle.',
        '# TYPE keten_sessions_active gauge',
        `keten_sessions_active ${sessions?.n ?? 0}`,
        '# HELP keten_audit_events Rows in the audit trail.',
        '# TYPE keten_audit_events gauge',
        `keten_audit_events ${audit?.n ?? 0}`,
        '',
      ];
      return reply.type('text/plain; version=0.0.4; charset=utf-8').send(lines.join('\n'));
    },
  );
};
