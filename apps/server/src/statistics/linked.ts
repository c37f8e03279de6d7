import {
  protectTable1D,
  protectTable2D,
  type DisclosureOptions,
  type ProtectedCell,
  type ProtectedTable1D,
  type ProtectedTable2D,
} from './disclosure.ts';

/**
 * Joint disclosure control for linked tables (the official tables). Pure functions.
 *
 * An official table for a period is a set of *groups*; a group is one row dimension crossed with
 * several column dimensions (form × gender, form × age group, …), so its 2-D parts share the row
 * margin, and every group of one unit shares the grand total. The 1-D tables are published as the
 * margins of the 2-D ones (same cells, same suppression), never protected separately. Groups that
 * count the same units (`link`) share the grand total.
 *
 * Two threats, one treatment:
 * - **Linked tables**: a shared margin suppressed in one part but published in another would be
 *   read from the other. Every shared entry suppressed anywhere is suppressed everywhere.
 * - **Differencing across periods**: the table of a year Y and the table of everything else
 *   (the complement: all − Y, which other publications — all years, the other years — can give
 *   away) are protected *together with the same pattern*. Then any perturbation along a cycle of
 *   suppressed entries in Y, with the opposite perturbation in the complement, keeps every
 *   published figure of Y, of the complement and of their sum: knowing "all years" exactly, or
 *   the other year of a two-year span, does not pin a suppressed cell of Y.
 * Both are enforced by iterating to a fixed point: protect every part of both versions with the
 * union of what is suppressed so far forced in, until nothing changes. Each version is also
 * protected against the all-years table as published on its own (disclosure.ts differencing). Suppression only grows, so
 * this ends; at the end both versions of each part have exactly the same pattern.
 *
 * Proven by the attacker tests (linked.test.ts, tests/api/statistics-victims.api.test.ts): the
 * linked parts of one publication never give a suppressed entry away (fast-check, with a control
 * that fails without the joint treatment); on the test fixture, the year, the other year and the
 * all-years table of the outward route together pin nothing. Residual risk, found by the same
 * attacker on sparse random tables: when the forced pattern lands on zeros of the *other* years
 * (a zero cannot move down), a secondary entry there — or a small margin of the all-years table
 * published separately — can be pinned; with three or more periods, two published years beside
 * the all-years table can still pin a cell (the rest of each mixes the others; counterexample in
 * linked.test.ts); and the ad hoc outward tables (statistics.service.ts, same treatment for their
 * one filter) are not protected jointly with the official ones. Official tables are the channel
 * for publication; closing this fully needs one joint protection of all published versions.
 */

export interface LinkedGroup {
  /** 2-D parts (rows × columns) sharing the row margin; a group without columns is one 1-D table. */
  year: number[][][];
  complement: number[][][];
  oneD: boolean;
  /** Groups with the same link count the same units: they share the grand total. */
  link: string;
}

export type LinkedResult =
  { kind: '1d'; table: ProtectedTable1D } | { kind: '2d'; tables: ProtectedTable2D[] };

const suppressed = (c: ProtectedCell) => c.suppressed !== null;

function pattern2D(t: ProtectedTable2D): boolean[][] {
  const grid = t.cells.map((row, i) => [
    ...row.map(suppressed),
    suppressed(t.rowTotals[i] ?? { value: 0, suppressed: null }),
  ]);
  grid.push([...t.colTotals.map(suppressed), suppressed(t.total)]);
  return grid;
}

function pattern1D(t: ProtectedTable1D): boolean[] {
  return [...t.cells.map(suppressed), suppressed(t.total)];
}

const orGrid = (a: readonly (readonly boolean[])[], b: readonly (readonly boolean[])[]) =>
  a.map((row, i) => row.map((v, j) => v || (b[i]?.[j] ?? false)));
const sameGrid = (a: readonly (readonly boolean[])[], b: readonly (readonly boolean[])[]) =>
  a.every((row, i) => row.every((v, j) => v === (b[i]?.[j] ?? false)));
const emptyGrid = (m: readonly (readonly number[])[]) => [
  ...m.map((row) => new Array<boolean>(row.length + 1).fill(false)),
  new Array<boolean>((m[0]?.length ?? 0) + 1).fill(false),
];

/**
 * Protects the groups of one official table for a period, jointly with the complement (see
 * above). `options.method === 'round'` rounds every entry independently (no pattern to share).
 */
export function protectLinked(groups: readonly LinkedGroup[], options: DisclosureOptions): LinkedResult[] {
  if (options.method === 'round') {
    return groups.map((g) =>
      g.oneD
        ? {
            kind: '1d',
            table: protectTable1D(
              (g.year[0] ?? []).map((r) => r[0] ?? 0),
              options,
            ),
          }
        : { kind: '2d', tables: g.year.map((m) => protectTable2D(m, options)) },
    );
  }
  const k = options.k;
  const opts: DisclosureOptions = k === undefined ? {} : { k };
  // Forced entries per group and part, on the extended grid (a 1-D group: one column, no row margin used).
  let forced: boolean[][][][] = groups.map((g) =>
    g.year.map((m) => emptyGrid(g.oneD ? m.map((r) => [r[0] ?? 0]) : m)),
  );
  for (let round = 0; round < 10_000; round++) {
    const results: LinkedResult[] = [];
    const next: boolean[][][][] = [];
    groups.forEach((g, gi) => {
      if (g.oneD) {
        const y = (g.year[0] ?? []).map((r) => r[0] ?? 0);
        const c = (g.complement[0] ?? []).map((r) => r[0] ?? 0);
        const f = forced[gi]?.[0] ?? [];
        const flat = [...f.slice(0, y.length).map((row) => row[0] ?? false), f[y.length]?.[1] ?? false];
        const ref = [{ cells: y.map((v, i) => v + (c[i] ?? 0)) }];
        const py = protectTable1D(y, opts, ref, flat);
        const pc = protectTable1D(c, opts, ref, flat);
        const union = pattern1D(py).map((v, i) => v || (pattern1D(pc)[i] ?? false));
        const grid = [...y.map((_, i) => [union[i] ?? false, false]), [false, union[y.length] ?? false]];
        results.push({ kind: '1d', table: py });
        next.push([grid]);
        return;
      }
      const tables: ProtectedTable2D[] = [];
      const grids: boolean[][][] = [];
      g.year.forEach((m, pi) => {
        const f = forced[gi]?.[pi] ?? emptyGrid(m);
        const comp = g.complement[pi] ?? [];
        // The all-years table as another publication shows it (protected on its own): entries it
        // publishes where the complement is 0 pin the year's entry, so secondary choices avoid them.
        const ref = [{ cells: m.map((row, i) => row.map((v, j) => v + (comp[i]?.[j] ?? 0))) }];
        const py = protectTable2D(m, opts, ref, f);
        const pc = protectTable2D(comp, opts, ref, f);
        tables.push(py);
        grids.push(orGrid(pattern2D(py), pattern2D(pc)));
      });
      // The row margin (last column) is shared by the parts of the group.
      const R = g.year[0]?.length ?? 0;
      for (let i = 0; i < R; i++) {
        const any = grids.some((grid) => grid[i]?.[(grid[i]?.length ?? 1) - 1] === true);
        for (const grid of grids) {
          const row = grid[i];
          if (row) {
            row[row.length - 1] = any;
          }
        }
      }
      results.push({ kind: '2d', tables });
      next.push(grids);
    });
    // The grand total is shared by every group of the same link.
    const totalOf = (grid: boolean[][]) =>
      grid[grid.length - 1]?.[(grid[grid.length - 1]?.length ?? 1) - 1] === true;
    next.forEach((gs, gi) => {
      const link = groups[gi]?.link;
      const anyTotal = next.some((other, oi) => groups[oi]?.link === link && other.some(totalOf));
      for (const grid of gs) {
        const last = grid[grid.length - 1];
        if (last) {
          last[last.length - 1] = anyTotal;
        }
      }
    });
    const stable = next.every((gs, gi) => gs.every((grid, pi) => sameGrid(grid, forced[gi]?.[pi] ?? [])));
    if (stable) {
      return results;
    }
    forced = next.map((gs, gi) => gs.map((grid, pi) => orGrid(grid, forced[gi]?.[pi] ?? [])));
  }
  throw new Error('joint protection did not converge');
}
