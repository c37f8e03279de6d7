import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  InternalSignalStatsQuerySchema,
  InternalTimelineQuerySchema,
  OutwardSignalStatsQuerySchema,
  OutwardTimelineQuerySchema,
  SignalStatisticsSchema,
  SignalTimelineSchema,
} from '@keten/shared';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import {
  getInternalSignalStatistics,
  getInternalSignalTimeline,
  getOutwardSignalStatistics,
  getOutwardSignalTimeline,
  tableToCsv,
} from './statistics.service.ts';

/**
 * Statistics over signals. Two audiences, two route families (a route declares one capability):
 * - `/api/statistics/…` — `statistics.internal`: an organisation's figures on its own records,
 *   not suppressed (access-model.md: internal figures on own records are not suppressed);
 * - `/api/statistics/outward/…` — `statistics.outward` (rapporteur, coordinator): national
 *   aggregates, always disclosure-controlled, predefined filters only.
 * Reads of ST are not audited (access-model.md); exports are.
 */
export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  /** One snapshot for the several counts behind one answer: filtered ⊆ unfiltered must hold. */
  const snapshot = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
    db().transaction(async (tx) => {
      await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
      return fn(tx);
    });

  app.get(
    '/api/statistics/signals',
    {
      config: { permission: 'statistics.internal' },
      schema: {
        tags: ['statistics'],
        summary: "Signals counted by one or two dimensions, over the organisation's own signals (internal, not suppressed)",
        querystring: InternalSignalStatsQuerySchema,
        response: { 200: SignalStatisticsSchema },
      },
    },
    async (req) => snapshot((tx) => getInternalSignalStatistics(tx, req.actor, req.query)),
  );

  app.get(
    '/api/statistics/signals/timeline',
    {
      config: { permission: 'statistics.internal' },
      schema: { tags: ['statistics'], summary: "The organisation's own signals per month", querystring: InternalTimelineQuerySchema, response: { 200: SignalTimelineSchema } },
    },
    async (req) => snapshot((tx) => getInternalSignalTimeline(tx, req.actor, req.query)),
  );

  app.get(
    '/api/statistics/outward/signals',
    {
      config: { permission: 'statistics.outward' },
      schema: {
        tags: ['statistics'],
        summary: 'National signal figures, disclosure-controlled (predefined filters: year, region, kind)',
        querystring: OutwardSignalStatsQuerySchema,
        response: { 200: SignalStatisticsSchema },
      },
    },
    async (req) => snapshot((tx) => getOutwardSignalStatistics(tx, req.query)),
  );

  app.get(
    '/api/statistics/outward/signals/timeline',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'National signals per month, disclosure-controlled', querystring: OutwardTimelineQuerySchema, response: { 200: SignalTimelineSchema } },
    },
    async (req) => snapshot((tx) => getOutwardSignalTimeline(tx, req.query)),
  );

  app.get(
    '/api/statistics/outward/signals/export',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'The same outward table as CSV, for publication (audited)', querystring: OutwardSignalStatsQuerySchema },
    },
    async (req, reply) => {
      const q = req.query;
      const csv = await db().transaction(async (tx) => {
        await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
        const s = await getOutwardSignalStatistics(tx, q);
        await recordAudit(tx, req.ctx, {
          action: 'statistics.exported',
          recordType: 'export',
          sections: ['ST'],
          details: {
            dataset: 'signals',
            groupBy: q.groupBy,
            by2: q.by2 ?? null,
            filters: Object.keys(s.filters),
            method: q.method,
            format: 'csv',
            cells: s.table.cells.flat().length,
          },
        });
        return tableToCsv(s.table);
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="keten-signals-${q.groupBy}${q.by2 ? `-${q.by2}` : ''}.csv"`)
        .send(csv);
    },
  );
};
