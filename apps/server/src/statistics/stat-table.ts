import { TOP_NATIONALITIES, type DisclosureInfo, type StatCell, type StatTable } from '@keten/shared';
import {
  DEFAULT_K,
  protectTable1D,
  protectTable2D,
  type DisclosureOptions,
  type ProtectedTable1D,
  type ProtectedTable2D,
} from './disclosure.ts';
import { protectLinked } from './linked.ts';
import type { CountRow } from './statistics.repo.ts';

/**
 * Turns counted rows into tables on fixed axes and protects them. Shared by the signal
 * statistics and the external datasets (and, later, victim files): axes are decided once per
 * question — from the unfiltered counts for outward tables — so every filtered version of a
 * table has the same rows and columns, which the differencing protection needs.
 */

/** Outward threshold (access-model.md: default 5). */
export const OUTWARD_K = DEFAULT_K;

export interface Axes {
  rows: string[];
  columns: string[] | null;
}

/** Keys: the fixed list first, then any other key seen in the data, sorted. */
export function axisKeys(fixed: readonly string[] | undefined, seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((k) => !fixed?.includes(k)).sort();
  return [...(fixed ?? []), ...extra];
}

/** Months from the first to the last key, gaps filled, so a trend line has every month. */
export function fillMonths(keys: readonly string[]): string[] {
  const sorted = [...keys].filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) {
    return [];
  }
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last || out.length > 1200) {
      break;
    }
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * The `nationality` dimension lists the most frequent countries by name and the rest as `other`
 * (fewer, larger cells; chosen on the unfiltered counts so that every version agrees).
 */
export function topCountries(rows: readonly CountRow[], pos: 'a' | 'b'): Set<string> {
  const totals = new Map<string, number>();
  for (const r of rows) {
    const k = pos === 'a' ? r.a : r.b;
    if (k !== null && k !== 'unknown') {
      totals.set(k, (totals.get(k) ?? 0) + r.n);
    }
  }
  const top = [...totals.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, TOP_NATIONALITIES);
  return new Set(top.map(([k]) => k));
}

export function remapOther(rows: readonly CountRow[], pos: 'a' | 'b', keep: Set<string>): CountRow[] {
  return rows.map((r) => {
    const k = pos === 'a' ? r.a : r.b;
    if (k === null || k === 'unknown' || keep.has(k)) {
      return r;
    }
    return pos === 'a' ? { ...r, a: 'other' } : { ...r, b: 'other' };
  });
}

/** Counts on the axes, rows × columns (one column for a 1-D table). */
export function toMatrix(rows: readonly CountRow[], axes: Axes): number[][] {
  const ri = new Map(axes.rows.map((k, i) => [k, i]));
  const ci = new Map((axes.columns ?? ['']).map((k, i) => [k, i]));
  const m = axes.rows.map(() => new Array<number>(axes.columns?.length ?? 1).fill(0));
  for (const r of rows) {
    const i = ri.get(r.a);
    const j = axes.columns ? ci.get(r.b ?? '') : 0;
    if (i === undefined || j === undefined) {
      // A key outside the axes (not seen in the unfiltered table) cannot happen for a subset.
      throw new Error('count outside the table axes');
    }
    const row = m[i];
    if (row) {
      row[j] = (row[j] ?? 0) + r.n;
    }
  }
  return m;
}

const raw = (v: number): StatCell => ({ value: v, suppressed: null });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export interface TableMeta {
  rowDimension: string;
  columnDimension: string | null;
  multiValued: boolean;
}

/** An internal table: the counts as they are, margins included. */
export function rawTable(m: number[][], axes: Axes, meta: TableMeta): StatTable {
  if (!axes.columns) {
    return { ...meta, rows: axes.rows, columns: null, cells: m.map((r) => [raw(r[0] ?? 0)]), rowTotals: null, colTotals: null, total: raw(sum(m.map((r) => r[0] ?? 0))) };
  }
  const cols = axes.columns;
  return {
    ...meta,
    rows: axes.rows,
    columns: cols,
    cells: m.map((r) => r.map(raw)),
    rowTotals: m.map((r) => raw(sum(r))),
    colTotals: cols.map((_, j) => raw(sum(m.map((r) => r[j] ?? 0)))),
    total: raw(sum(m.flat())),
  };
}

export type Protected = { kind: '1d'; table: ProtectedTable1D } | { kind: '2d'; table: ProtectedTable2D };

/** Protects a table given the versions with one filter fewer (already protected themselves). */
export function protect(m: number[][], oneD: boolean, options: DisclosureOptions, references: readonly { cells: number[][]; published: Protected }[]): Protected {
  if (oneD) {
    return {
      kind: '1d',
      table: protectTable1D(
        m.map((r) => r[0] ?? 0),
        options,
        references.map((ref) => ({ cells: ref.cells.map((r) => r[0] ?? 0), ...(ref.published.kind === '1d' ? { published: ref.published.table } : {}) })),
      ),
    };
  }
  return {
    kind: '2d',
    table: protectTable2D(
      m,
      options,
      references.map((ref) => ({ cells: ref.cells, ...(ref.published.kind === '2d' ? { published: ref.published.table } : {}) })),
    ),
  };
}

export function protectedToTable(p: Protected, axes: Axes, meta: TableMeta): StatTable {
  if (p.kind === '1d') {
    return { ...meta, rows: axes.rows, columns: null, cells: p.table.cells.map((c) => [c]), rowTotals: null, colTotals: null, total: p.table.total };
  }
  return { ...meta, rows: axes.rows, columns: axes.columns, cells: p.table.cells, rowTotals: p.table.rowTotals, colTotals: p.table.colTotals, total: p.table.total };
}

export const NOT_CONTROLLED: DisclosureInfo = { controlled: false, method: 'none', k: null, zerosPublished: true, protectedAgainst: [] };

/**
 * Publishes an outward table under predefined filters: the table with all filters applied is
 * protected against every version with one filter fewer, each of them against theirs, down to
 * the unfiltered table (at most 2^filters versions, each protected once).
 */
export async function publishOutward<F extends string>(args: {
  filters: readonly F[];
  countsFor: (subset: readonly F[]) => Promise<number[][]>;
  oneD: boolean;
  options: DisclosureOptions;
}): Promise<Protected> {
  const memo = new Map<string, Protected>();
  const counts = new Map<string, number[][]>();
  const keyOf = (subset: readonly F[]) => [...subset].sort().join('&');
  const cellsFor = async (subset: readonly F[]) => {
    const key = keyOf(subset);
    let c = counts.get(key);
    if (!c) {
      c = await args.countsFor(subset);
      counts.set(key, c);
    }
    return c;
  };
  const publish = async (subset: readonly F[]): Promise<Protected> => {
    const key = keyOf(subset);
    const done = memo.get(key);
    if (done) {
      return done;
    }
    let result: Protected;
    if (subset.length === 1 && args.options.method !== 'round') {
      // One filter (the API allows one at a time): the filtered table and the rest (unfiltered −
      // filtered, which sibling versions give away: the other years, the other regions) are
      // protected jointly with one pattern (linked.ts), so that this year, another year and the
      // all-years table together pin no small count.
      const filtered = await cellsFor(subset);
      const base = await cellsFor([]);
      const rest = filtered.map((row, i) => row.map((v, j) => (base[i]?.[j] ?? 0) - v));
      const [joint] = protectLinked([{ year: [filtered], complement: [rest], oneD: args.oneD, link: 'one' }], args.options);
      if (!joint) {
        throw new Error('no protected table');
      }
      result = joint.kind === '1d' ? { kind: '1d', table: joint.table } : { kind: '2d', table: joint.tables[0] ?? protectTable2D(filtered, args.options) };
    } else {
      const refs: { cells: number[][]; published: Protected }[] = [];
      if (args.options.method !== 'round') {
        for (const f of subset) {
          const parent = subset.filter((x) => x !== f);
          refs.push({ cells: await cellsFor(parent), published: await publish(parent) });
        }
      }
      result = protect(await cellsFor(subset), args.oneD, args.options, refs);
    }
    memo.set(key, result);
    return result;
  };
  return publish(args.filters);
}
