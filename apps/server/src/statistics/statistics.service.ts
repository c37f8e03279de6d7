import type { z } from 'zod';
import {
  MULTI_VALUED_SIGNAL_DIMENSIONS,
  type InternalSignalStatsQuerySchema,
  type InternalTimelineQuerySchema,
  type OutwardSignalStatsQuerySchema,
  type OutwardTimelineQuerySchema,
  type SignalStatDimension,
  type SignalStatistics,
  type SignalTimeline,
  type StatTable,
} from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { countBy, filterConditions, signalSource, type CountRow, type DimensionSql, type StatFilters, type StatSource } from './statistics.repo.ts';
import {
  NOT_CONTROLLED,
  OUTWARD_K,
  axisKeys,
  fillMonths,
  protectedToTable,
  publishOutward,
  rawTable,
  remapOther,
  toMatrix,
  topCountries,
  type Axes,
  type TableMeta,
} from './stat-table.ts';
import { linearTrend } from './trend.ts';

type InternalQuery = z.infer<typeof InternalSignalStatsQuerySchema>;
type OutwardQuery = z.infer<typeof OutwardSignalStatsQuerySchema>;

/** The predefined outward filters (access-model.md: filters offered to outward roles are predefined). */
const OUTWARD_FILTERS = ['year', 'region', 'kind'] as const;

function dimsOf(groupBy: SignalStatDimension, by2: SignalStatDimension | undefined): readonly [SignalStatDimension] | readonly [SignalStatDimension, SignalStatDimension] {
  return by2 !== undefined && by2 !== groupBy ? [groupBy, by2] : [groupBy];
}

function metaOf(dims: readonly SignalStatDimension[]): TableMeta {
  return {
    rowDimension: dims[0] ?? 'form',
    columnDimension: dims[1] ?? null,
    multiValued: dims.some((d) => MULTI_VALUED_SIGNAL_DIMENSIONS.includes(d)),
  };
}

/**
 * Axes for the rows counted (for outward tables: the unfiltered counts, so every filtered
 * version has the same axes) and the row transformation (`nationality`: top countries + other).
 */
export function axesFor<D extends string>(source: StatSource<D>, dims: readonly D[], rows: readonly CountRow[]): { axes: Axes; shape: (r: readonly CountRow[]) => CountRow[] } {
  const shapers: ((r: readonly CountRow[]) => CountRow[])[] = [];
  const keysFor = (d: D, pos: 'a' | 'b'): string[] => {
    const pick = (r: CountRow) => (pos === 'a' ? r.a : (r.b ?? ''));
    if (d === 'nationality') {
      const top = topCountries(rows, pos);
      shapers.push((rs) => remapOther(rs, pos, top));
      return [...[...top].sort(), 'other', 'unknown'];
    }
    const keys = axisKeys(source.dimensions[d].keys, rows.map(pick));
    return d === 'month' ? fillMonths(keys) : keys;
  };
  const [d1, d2] = dims;
  if (d1 === undefined) {
    throw new Error('a table needs a row dimension');
  }
  const rowKeys = keysFor(d1, 'a');
  const columns = d2 === undefined ? null : keysFor(d2, 'b');
  return {
    axes: { rows: rowKeys, columns },
    shape: (r) => shapers.reduce<CountRow[]>((acc, f) => f(acc), [...r]),
  };
}

export const presentFilters = (f: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(f).filter((e): e is [string, string | number] => e[1] !== undefined));

/** Internal figures: the organisation's own records, as they are (not suppressed). */
export async function getInternalSignalStatistics(tx: Executor, actor: Actor, q: InternalQuery): Promise<SignalStatistics> {
  const dims = dimsOf(q.groupBy, q.by2);
  const filters: StatFilters = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.kind ? { kind: q.kind } : {}) };
  const rows = await countBy(tx, signalSource, dims, [signalSource.organisationScope(actor), ...filterConditions(signalSource, filters)]);
  const { axes, shape } = axesFor(signalSource, dims, rows);
  return {
    scope: 'organisation',
    unit: 'signals',
    filters: presentFilters({ from: q.from, to: q.to, kind: q.kind }),
    disclosure: NOT_CONTROLLED,
    table: rawTable(toMatrix(shape(rows), axes), axes, metaOf(dims)),
  };
}

/**
 * Outward figures: every signal in Keten (anonymous notifications and public reports included),
 * under predefined filters only, always disclosure-controlled — and each filtered version
 * protected again against the versions with one filter fewer.
 */
export async function getOutwardSignalStatistics(tx: Executor, q: OutwardQuery): Promise<SignalStatistics> {
  const dims = dimsOf(q.groupBy, q.by2);
  const { table, active } = await outwardTable(tx, signalSource, dims, OUTWARD_FILTERS, { year: q.year, region: q.region, kind: q.kind }, q.method, metaOf(dims));
  return {
    scope: 'national',
    unit: 'signals',
    filters: presentFilters({ year: q.year, region: q.region, kind: q.kind }),
    disclosure: { controlled: true, method: q.method, k: OUTWARD_K, zerosPublished: true, protectedAgainst: q.method === 'round' ? [] : active },
    table,
  };
}

/**
 * One outward table of a source under predefined filters (those with a value are active): the
 * axes come from the unfiltered counts, and each filtered version is protected against the
 * versions with one filter fewer (publishOutward).
 */
export async function outwardTable<D extends string, F extends keyof StatFilters>(
  tx: Executor,
  source: StatSource<D> & { dimensions: { region: DimensionSql; kind?: DimensionSql } },
  dims: readonly [D] | readonly [D, D],
  filters: readonly F[],
  values: Pick<StatFilters, F>,
  method: 'suppress' | 'round',
  meta: TableMeta,
): Promise<{ table: StatTable; active: F[] }> {
  const active = filters.filter((f) => values[f] !== undefined);
  const rowsFor = (subset: readonly F[]) => {
    const f: StatFilters = {};
    for (const key of subset) {
      Object.assign(f, { [key]: values[key] });
    }
    return countBy(tx, source, dims, filterConditions(source, f));
  };
  const base = await rowsFor([]);
  const { axes, shape } = axesFor(source, dims, base);
  const published = await publishOutward({
    filters: active,
    oneD: dims.length === 1,
    options: { k: OUTWARD_K, method },
    countsFor: async (subset) => toMatrix(shape(subset.length === 0 ? base : await rowsFor(subset)), axes),
  });
  return { table: protectedToTable(published, axes, meta), active };
}

function timelineOf(s: SignalStatistics, year: number | undefined): SignalTimeline {
  const table: StatTable = s.table;
  const points = table.rows
    .map((month, i) => ({ month, cell: table.cells[i]?.[0] ?? { value: 0, suppressed: null } }))
    .filter((p) => year === undefined || p.month.startsWith(`${year}-`))
    .map((p) => ({ month: p.month, value: p.cell.value, suppressed: p.cell.suppressed }));
  const trend = linearTrend(points.map((p) => ({ month: p.month, value: p.suppressed === null ? p.value : null })));
  return { scope: s.scope, unit: s.unit, filters: s.filters, disclosure: s.disclosure, points, total: table.total, trend };
}

export async function getInternalSignalTimeline(tx: Executor, actor: Actor, q: z.infer<typeof InternalTimelineQuerySchema>): Promise<SignalTimeline> {
  return timelineOf(await getInternalSignalStatistics(tx, actor, { ...q, groupBy: 'month' }), undefined);
}

export async function getOutwardSignalTimeline(tx: Executor, q: z.infer<typeof OutwardTimelineQuerySchema>): Promise<SignalTimeline> {
  return timelineOf(await getOutwardSignalStatistics(tx, { ...q, groupBy: 'month', method: 'suppress' }), q.year);
}

/** CSV of a published table: suppressed cells as `x` (the figures only, never a record). */
export function tableToCsv(t: StatTable): string {
  const esc = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const cell = (c: { value: number | null } | undefined) => (c?.value === null || c === undefined ? 'x' : String(c.value));
  const header = [t.columnDimension ? `${t.rowDimension}\\${t.columnDimension}` : t.rowDimension, ...(t.columns ?? ['count']), ...(t.columns ? ['total'] : [])];
  const lines = [header.map(esc).join(',')];
  t.rows.forEach((r, i) => {
    const cells = (t.cells[i] ?? []).map(cell);
    lines.push([esc(r), ...cells, ...(t.rowTotals ? [cell(t.rowTotals[i])] : [])].join(','));
  });
  lines.push(['total', ...(t.colTotals ? t.colTotals.map(cell) : []), cell(t.total)].join(','));
  return lines.join('\n') + '\n';
}
