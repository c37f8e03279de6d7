import type { z } from 'zod';
import {
  MULTI_VALUED_VICTIM_DIMENSIONS,
  type InternalVictimStatsQuerySchema,
  type OutwardVictimStatsQuerySchema,
  type VictimStatDimension,
  type VictimStatistics,
} from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { countBy, filterConditions, victimSource, type StatFilters } from './statistics.repo.ts';
import { axesFor, presentFilters } from './statistics.service.ts';
import { NOT_CONTROLLED, OUTWARD_K, protectedToTable, publishOutward, rawTable, toMatrix, type TableMeta } from './stat-table.ts';

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

export async function getInternalVictimStatistics(tx: Executor, actor: Actor, q: z.infer<typeof InternalVictimStatsQuerySchema>): Promise<VictimStatistics> {
  const dims = victimDims(q.groupBy, q.by2);
  const filters: StatFilters = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
  const rows = await countBy(tx, victimSource, dims, [victimSource.organisationScope(actor), ...filterConditions(victimSource, filters)]);
  const { axes, shape } = axesFor(victimSource, dims, rows);
  return {
    scope: 'organisation',
    unit: 'victims',
    filters: presentFilters({ from: q.from, to: q.to }),
    disclosure: NOT_CONTROLLED,
    table: rawTable(toMatrix(shape(rows), axes), axes, victimMeta(dims)),
  };
}

const VICTIM_OUTWARD_FILTERS = ['year', 'region'] as const;

export async function getOutwardVictimStatistics(tx: Executor, q: z.infer<typeof OutwardVictimStatsQuerySchema>): Promise<VictimStatistics> {
  const dims = victimDims(q.groupBy, q.by2);
  const active = VICTIM_OUTWARD_FILTERS.filter((f) => q[f] !== undefined);
  const rowsFor = (subset: readonly (typeof VICTIM_OUTWARD_FILTERS)[number][]) => {
    const f: StatFilters = {};
    if (subset.includes('year') && q.year !== undefined) {
      f.year = q.year;
    }
    if (subset.includes('region') && q.region !== undefined) {
      f.region = q.region;
    }
    return countBy(tx, victimSource, dims, filterConditions(victimSource, f));
  };
  const base = await rowsFor([]);
  const { axes, shape } = axesFor(victimSource, dims, base);
  const published = await publishOutward({
    filters: active,
    oneD: dims.length === 1,
    options: { k: OUTWARD_K, method: q.method },
    countsFor: async (subset) => toMatrix(shape(subset.length === 0 ? base : await rowsFor(subset)), axes),
  });
  return {
    scope: 'national',
    unit: 'victims',
    filters: presentFilters({ year: q.year, region: q.region }),
    disclosure: { controlled: true, method: q.method, k: OUTWARD_K, zerosPublished: true, protectedAgainst: q.method === 'round' ? [] : active },
    table: protectedToTable(published, axes, victimMeta(dims)),
  };
}
