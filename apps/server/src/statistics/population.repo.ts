import { and, asc, eq } from 'drizzle-orm';
import type { PopulationFigure } from '@keten/shared';
import { recordAudit } from '../audit/audit.service.ts';
import type { RequestContext } from '../access/actor.ts';
import type { Executor, Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { statisticsPopulation } from './statistics.schema.ts';

/** Population figures (SDG 16.2.2 denominators): configurable data, kept by the coordination bureau. */

type Row = typeof statisticsPopulation.$inferSelect;
const present = (r: Row): PopulationFigure => ({
  year: r.year,
  area: r.area as PopulationFigure['area'],
  population: r.population,
  source: r.source,
  status: r.status,
  updatedAt: r.updatedAt.toISOString(),
});

export async function listPopulation(db: Executor): Promise<PopulationFigure[]> {
  const rows = await db
    .select()
    .from(statisticsPopulation)
    .orderBy(asc(statisticsPopulation.year), asc(statisticsPopulation.area));
  return rows.map(present);
}

/** The figures of one year by area (`BE`, `BE-VLG` …). */
export async function populationFor(db: Executor, year: number): Promise<Map<string, PopulationFigure>> {
  const rows = await db.select().from(statisticsPopulation).where(eq(statisticsPopulation.year, year));
  return new Map(rows.map((r) => [r.area, present(r)]));
}

/** Sets (or adds) one figure; audited with before and after. */
export async function setPopulation(
  tx: Tx,
  ctx: RequestContext,
  key: { year: number; area: PopulationFigure['area'] },
  input: { population: number; source: string; status: 'to_verify' | 'verified' },
): Promise<PopulationFigure> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') {
    throw new AppError('forbidden', 'Only a person of the coordination bureau may change population figures');
  }
  const [before] = await tx
    .select()
    .from(statisticsPopulation)
    .where(and(eq(statisticsPopulation.year, key.year), eq(statisticsPopulation.area, key.area)))
    .for('update');
  const values = { ...input, updatedBy: actor.userId, updatedAt: new Date() };
  const [row] = await tx
    .insert(statisticsPopulation)
    .values({ ...key, ...values })
    .onConflictDoUpdate({ target: [statisticsPopulation.year, statisticsPopulation.area], set: values })
    .returning();
  if (!row) {
    throw new Error('population figure not stored');
  }
  const changes: Record<string, { before: number | string | null; after: number | string | null }> = {};
  if (before?.population !== row.population) {
    changes['population'] = { before: before?.population ?? null, after: row.population };
  }
  if (before?.status !== row.status) {
    changes['status'] = { before: before?.status ?? null, after: row.status };
  }
  await recordAudit(tx, ctx, {
    action: 'statistics.population_updated',
    details: { year: key.year, area: key.area, status: row.status, changes },
  });
  return present(row);
}
