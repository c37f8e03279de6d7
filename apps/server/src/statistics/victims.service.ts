import type { z } from 'zod';
import {
  MULTI_VALUED_VICTIM_DIMENSIONS,
  VICTIM_FILTER_DIMENSIONS,
  type InternalVictimStatsQuerySchema,
  type OutwardVictimStatsQuerySchema,
  type VictimStatDimension,
  type VictimStatistics,
} from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { countBy, dimensionIs, filterConditions, victimSource, type StatFilters } from './statistics.repo.ts';
import { axesFor, outwardTable, presentFilters } from './statistics.service.ts';
import { NOT_CONTROLLED, OUTWARD_K, rawTable, toMatrix, type TableMeta } from './stat-table.ts';

/**
 * Victim statistics: victim files counted by one or two dimensions. Internal figures cover the
 * organisation's own files (owner or referred) unsuppressed; outward figures cover every file,
 * with one predefined filter at a time, disclosure-controlled against the unfiltered version.
 */

type Dims = readonly [VictimStatDimension] | readonly [VictimStatDimension, VictimStatDimension];

export function victimDims(groupBy: VictimStatDimension, by2: VictimStatDimension | undefined): Dims {
  return by2 !== undefined && by2 !== groupBy ? [groupBy, by2] : [groupBy];
}

export function victimMeta(dims: readonly VictimStatDimension[]): TableMeta {
  return {
    rowDimension: dims[0] ?? 'form',
    columnDimension: dims[1] ?? null,
    multiValued: dims.some((d) => MULTI_VALUED_VICTIM_DIMENSIONS.includes(d)),
  };
}

export async function getInternalVictimStatistics(
  tx: Executor,
  actor: Actor,
  q: z.infer<typeof InternalVictimStatsQuerySchema>,
): Promise<VictimStatistics> {
  const dims = victimDims(q.groupBy, q.by2);
  const filters: StatFilters = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
  const byValue = VICTIM_FILTER_DIMENSIONS.flatMap((d) => {
    const v = q[d];
    return v === undefined ? [] : [dimensionIs(victimSource, d, v)];
  });
  const rows = await countBy(tx, victimSource, dims, [
    victimSource.organisationScope(actor),
    ...filterConditions(victimSource, filters),
    ...byValue,
  ]);
  const { axes, shape } = axesFor(victimSource, dims, rows);
  return {
    scope: 'organisation',
    unit: 'victims',
    filters: presentFilters({
      from: q.from,
      to: q.to,
      ...Object.fromEntries(VICTIM_FILTER_DIMENSIONS.map((d) => [d, q[d]])),
    }),
    disclosure: NOT_CONTROLLED,
    table: rawTable(toMatrix(shape(rows), axes), axes, victimMeta(dims)),
  };
}

const VICTIM_OUTWARD_FILTERS = ['year', 'region'] as const;

export async function getOutwardVictimStatistics(
  tx: Executor,
  q: z.infer<typeof OutwardVictimStatsQuerySchema>,
): Promise<VictimStatistics> {
  const dims = victimDims(q.groupBy, q.by2);
  const { table, active } = await outwardTable(
    tx,
    victimSource,
    dims,
    VICTIM_OUTWARD_FILTERS,
    { year: q.year, region: q.region },
    q.method,
    victimMeta(dims),
  );
  return {
    scope: 'national',
    unit: 'victims',
    filters: presentFilters({ year: q.year, region: q.region }),
    disclosure: {
      controlled: true,
      method: q.method,
      k: OUTWARD_K,
      zerosPublished: true,
      protectedAgainst: q.method === 'round' ? [] : active,
    },
    table,
  };
}
