import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  InternalSignalStatsQuerySchema,
  InternalTimelineQuerySchema,
  OutwardSignalStatsQuerySchema,
  OutwardTimelineQuerySchema,
  SignalStatisticsSchema,
  SignalTimelineSchema,
  ChainPerformanceSchema,
  InternalChainQuerySchema,
  InternalVictimStatsQuerySchema,
  OutwardChainQuerySchema,
  OutwardVictimStatsQuerySchema,
  VictimStatisticsSchema,
} from '@keten/shared';
import { z } from 'zod';
import {
  OfficialTableKeySchema,
  OfficialTableListSchema,
  OfficialTableQuerySchema,
  OfficialTableSchema,
  POPULATION_AREAS,
  PopulationFigureSchema,
  PopulationListSchema,
  PopulationUpdateBodySchema,
  PublishReleaseBodySchema,
  ReleaseDiffSchema,
  ReleaseListQuerySchema,
  ReleaseListSchema,
  ReleaseSchema,
} from '@keten/shared';
import { buildOfficialTable, officialTableCatalogue } from './official-tables.ts';
import { listPopulation, setPopulation } from './population.repo.ts';
import { getRelease, getReleaseDiff, listReleases, publishRelease } from './releases.service.ts';
import { getInternalChainPerformance, getOutwardChainPerformance } from './chain.service.ts';
import { getInternalVictimStatistics, getOutwardVictimStatistics } from './victims.service.ts';
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

  app.get(
    '/api/statistics/victims',
    {
      config: { permission: 'statistics.internal' },
      schema: {
        tags: ['statistics'],
        summary: "Victims (victim files) counted by one or two dimensions, over the organisation's own files (internal, not suppressed)",
        querystring: InternalVictimStatsQuerySchema,
        response: { 200: VictimStatisticsSchema },
      },
    },
    async (req) => snapshot((tx) => getInternalVictimStatistics(tx, req.actor, req.query)),
  );

  app.get(
    '/api/statistics/outward/victims',
    {
      config: { permission: 'statistics.outward' },
      schema: {
        tags: ['statistics'],
        summary: 'National victim figures, disclosure-controlled (predefined filters: year or region)',
        querystring: OutwardVictimStatsQuerySchema,
        response: { 200: VictimStatisticsSchema },
      },
    },
    async (req) => snapshot((tx) => getOutwardVictimStatistics(tx, req.query)),
  );

  app.get(
    '/api/statistics/chain',
    {
      config: { permission: 'statistics.internal' },
      schema: {
        tags: ['statistics'],
        summary: "The chain's lead times and procedure figures over the organisation's own files and referrals",
        querystring: InternalChainQuerySchema,
        response: { 200: ChainPerformanceSchema },
      },
    },
    async (req) => snapshot((tx) => getInternalChainPerformance(tx, req.actor, req.query)),
  );

  app.get(
    '/api/statistics/outward/chain',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: "The chain's national lead times and procedure figures, disclosure-controlled", querystring: OutwardChainQuerySchema, response: { 200: ChainPerformanceSchema } },
    },
    async (req) => snapshot((tx) => getOutwardChainPerformance(tx, req.query)),
  );

  // --- official tables ---------------------------------------------------------------------

  const TableParams = z.object({ table: OfficialTableKeySchema });

  app.get(
    '/api/statistics/official',
    {
      config: { permission: 'statistics.internal' },
      schema: { tags: ['statistics'], summary: 'The official tables and their parts', response: { 200: OfficialTableListSchema } },
    },
    () => ({ data: officialTableCatalogue() }),
  );

  app.get(
    '/api/statistics/official/:table',
    {
      config: { permission: 'statistics.internal' },
      schema: {
        tags: ['statistics'],
        summary: "An official table for a calendar year over the organisation's own records (internal, not suppressed)",
        params: TableParams,
        querystring: OfficialTableQuerySchema,
        response: { 200: OfficialTableSchema },
      },
    },
    async (req) => snapshot((tx) => buildOfficialTable(tx, { audience: 'internal', actor: req.actor }, { table: req.params.table, period: req.query.period })),
  );

  app.get(
    '/api/statistics/outward/official',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'The official tables and their parts', response: { 200: OfficialTableListSchema } },
    },
    () => ({ data: officialTableCatalogue() }),
  );

  app.get(
    '/api/statistics/outward/official/:table',
    {
      config: { permission: 'statistics.outward' },
      schema: {
        tags: ['statistics'],
        summary: 'An official table for a calendar year, national, disclosure-controlled (linked tables protected jointly)',
        params: TableParams,
        querystring: OfficialTableQuerySchema,
        response: { 200: OfficialTableSchema },
      },
    },
    async (req) => snapshot((tx) => buildOfficialTable(tx, { audience: 'outward' }, { table: req.params.table, period: req.query.period, method: req.query.method })),
  );

  // --- releases ----------------------------------------------------------------------------

  app.get(
    '/api/statistics/outward/releases',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'Published releases of the official tables (newest revision first)', querystring: ReleaseListQuerySchema, response: { 200: ReleaseListSchema } },
    },
    async (req) => ({ data: await listReleases(db(), req.query) }),
  );

  app.post(
    '/api/statistics/outward/releases',
    {
      config: { permission: 'statistics.outward' },
      schema: {
        tags: ['statistics'],
        summary: 'Publish an official table for a period (a revision when the period was released before: reason required; audited)',
        body: PublishReleaseBodySchema,
        response: { 201: ReleaseSchema },
      },
    },
    async (req, reply) => {
      const release = await snapshot((tx) => publishRelease(tx, req.ctx, req.body));
      return reply.code(201).send(release);
    },
  );

  const ReleaseParams = z.object({ id: z.uuid() });

  app.get(
    '/api/statistics/outward/releases/:id',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'One release, frozen as published', params: ReleaseParams, response: { 200: ReleaseSchema } },
    },
    async (req) => getRelease(db(), req.params.id),
  );

  app.get(
    '/api/statistics/outward/releases/:id/diff',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'What a revision changed against the previous release of the same period, and why', params: ReleaseParams, response: { 200: ReleaseDiffSchema } },
    },
    async (req) => getReleaseDiff(db(), req.params.id),
  );

  // --- population (SDG 16.2.2) -------------------------------------------------------------

  app.get(
    '/api/statistics/outward/population',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'Population figures per year and area (SDG 16.2.2 denominators)', response: { 200: PopulationListSchema } },
    },
    async () => ({ data: await listPopulation(db()) }),
  );

  app.put(
    '/api/statistics/outward/population/:year/:area',
    {
      config: { permission: 'statistics.reference_data' },
      schema: {
        tags: ['statistics'],
        summary: 'Correct or verify a population figure (coordination bureau only; audited)',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100), area: z.enum(POPULATION_AREAS) }),
        body: PopulationUpdateBodySchema,
        response: { 200: PopulationFigureSchema },
      },
    },
    async (req) => {
      return db().transaction((tx) => setPopulation(tx, req.ctx, { year: req.params.year, area: req.params.area }, req.body));
    },
  );
};
