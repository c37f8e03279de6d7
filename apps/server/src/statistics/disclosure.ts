/**
 * Statistical disclosure control for outward tables (access-model.md "Outward statistics";
 * domain.md §5: identities never leave the case file, published tables suppress or round small
 * cells). Pure functions: counts in, protected cells out.
 *
 * Decisions, with their reasons:
 * - **Zeros are published.** A true zero says "nobody in this cell"; it identifies no one, and
 *   the usual convention (Eurostat, national statistical offices) shows it. A zero is never
 *   primary-suppressed and is chosen for secondary suppression only when no non-zero cell can
 *   close the pattern (then the attacker tests below still prove the cell ambiguous).
 * - **Margins are cells too.** A row total of 3 is as identifying as an inner cell of 3, so
 *   margins below k are primary-suppressed and take part in secondary suppression.
 * - **Secondary suppression** makes every suppressed entry lie on a cycle of suppressed entries
 *   in the table extended by its margins. In that extended table every row and column sums to
 *   zero once margins are counted negatively, so adding +1/−1 alternately around such a cycle
 *   keeps every published value and margin. Every suppressed value is ≥ 1 (non-zero cells are
 *   preferred), so both directions stay non-negative: each suppressed cell has at least three
 *   feasible values (v − 1, v, v + 1). "At least two suppressed per line" alone is not enough:
 *   a suppressed entry that is a *bridge* between two cycles is derivable, so bridges are closed.
 * - **Differencing** between two versions of the same table (unfiltered and filtered, e.g. all
 *   years vs. this year): outward filters are predefined partitions (year, region, kind); the
 *   unfiltered table is protected on its own (deterministically, so it is the same whoever asks),
 *   and the filtered one is protected again *knowing the unfiltered one*: a cell whose complement
 *   (unfiltered − filtered) lies in 1…k−1 is suppressed in the filtered table, so the difference
 *   of two published cells is never a small count; secondary cells prefer entries whose
 *   complement is not zero (not pinned from above by the unfiltered value).
 *   Proven (exhaustive attacker + fast-check): a table and one filtered version together never
 *   pin a suppressed cell. Residual risk, shown by executable counterexamples in the tests:
 *   *several* versions used together are not protected jointly — (a) combined filters
 *   (all, year, region, year × region: inclusion–exclusion), which the API therefore refuses
 *   (one outward filter at a time); (b) sibling values of one filter (year A and year B beside
 *   the all-years table). (b) is reduced for one filter: the filtered table and the rest
 *   (unfiltered − filtered) are protected jointly with one pattern (linked.ts, used by
 *   publishOutward in stat-table.ts); with two periods, on 200 random pairs no small count is
 *   recovered where per-year protection gave small counts away; with three or more periods two
 *   siblings can still pin a cell (counterexample kept in linked.test.ts). The full fix protects
 *   a filter's whole partition at once (future work).
 * - **Rounding** (to base 5, non-zero counts never shown as 0) is offered instead of suppression;
 *   margins are rounded independently, so rounded tables do not add up — by design.
 */

export type SuppressionReason = 'primary' | 'secondary';

export interface ProtectedCell {
  value: number | null;
  suppressed: SuppressionReason | null;
}

export interface DisclosureOptions {
  /** Cells with 0 < count < k are primary-suppressed. Default 5. */
  k?: number;
  /** `suppress` (default) or `round` to a base. */
  method?: 'suppress' | 'round';
  /** Rounding base, default 5. */
  base?: number;
}

export interface ProtectedTable1D {
  cells: ProtectedCell[];
  total: ProtectedCell;
}

export interface ProtectedTable2D {
  cells: ProtectedCell[][];
  rowTotals: ProtectedCell[];
  colTotals: ProtectedCell[];
  total: ProtectedCell;
}

/**
 * Another published version of the same table (same rows and columns) that the one being
 * protected must not be differenced against: typically the table with one filter fewer.
 * `published` is what that version shows; by default it is protected on its own.
 */
export interface ReferenceTable2D {
  cells: readonly (readonly number[])[];
  published?: ProtectedTable2D;
}
export interface ReferenceTable1D {
  cells: readonly number[];
  published?: ProtectedTable1D;
}

export const DEFAULT_K = 5;
export const DEFAULT_ROUNDING_BASE = 5;

/** Rounds to the nearest multiple of `base`; a non-zero count never becomes 0. */
export function roundToBase(value: number, base = DEFAULT_ROUNDING_BASE): number {
  if (value === 0) {
    return 0;
  }
  return Math.max(base, Math.round(value / base) * base);
}

function checkCount(v: number): void {
  if (!Number.isInteger(v) || v < 0) {
    throw new RangeError(`counts must be non-negative integers, got ${v}`);
  }
}

function resolveK(options: DisclosureOptions): number {
  const k = options.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`k must be a positive integer, got ${k}`);
  }
  return k;
}

// --- the extended grid: (R+1) × (C+1), last row and column are the margins --------------------

type Status = SuppressionReason | null;

interface Grid {
  values: number[][];
  status: Status[][];
  /** Per entry: the entry's complement in the reference table is zero (pinned from above). */
  pinned: boolean[][];
}

function extend(cells: readonly (readonly number[])[]): number[][] {
  const R = cells.length;
  const C = cells[0]?.length ?? 0;
  const out: number[][] = [];
  const colTotals = new Array<number>(C).fill(0);
  let total = 0;
  for (let i = 0; i < R; i++) {
    const row = cells[i] ?? [];
    if (row.length !== C) {
      throw new RangeError('all rows must have the same length');
    }
    let rowTotal = 0;
    const line: number[] = [];
    for (let j = 0; j < C; j++) {
      const v = row[j] ?? 0;
      checkCount(v);
      line.push(v);
      rowTotal += v;
      colTotals[j] = (colTotals[j] ?? 0) + v;
    }
    line.push(rowTotal);
    total += rowTotal;
    out.push(line);
  }
  out.push([...colTotals, total]);
  return out;
}

const at = <T>(m: readonly (readonly T[])[], i: number, j: number): T => {
  const v = m[i]?.[j];
  if (v === undefined) {
    throw new RangeError(`no entry ${i},${j}`);
  }
  return v;
};

function setAt<T>(m: T[][], i: number, j: number, v: T): void {
  const row = m[i];
  if (!row) {
    throw new RangeError(`no row ${i}`);
  }
  row[j] = v;
}

/**
 * Cost of suppressing an entry additionally: information lost, with zeros last (they do not
 * protect in both directions), margins after inner cells, and entries pinned by the reference
 * table after free ones.
 */
function cost(g: Grid, i: number, j: number, R: number, C: number): number {
  const v = at(g.values, i, j);
  const isMargin = i === R || j === C;
  return (v === 0 ? 1e9 : 0) + (at(g.pinned, i, j) ? 1e6 : 0) + (isMargin ? 1e3 : 0) + v;
}

interface Entry {
  i: number;
  j: number;
}

function cheapest(g: Grid, candidates: Entry[], R: number, C: number): Entry | null {
  let best: Entry | null = null;
  let bestCost = Infinity;
  for (const e of candidates) {
    if (at(g.status, e.i, e.j) !== null) {
      continue;
    }
    const c = cost(g, e.i, e.j, R, C);
    if (c < bestCost) {
      best = e;
      bestCost = c;
    }
  }
  return best;
}

/** Lines of the extended grid: every row and every column, margins included. */
function lines(R: number, C: number): Entry[][] {
  const out: Entry[][] = [];
  for (let i = 0; i <= R; i++) {
    out.push(Array.from({ length: C + 1 }, (_, j) => ({ i, j })));
  }
  for (let j = 0; j <= C; j++) {
    out.push(Array.from({ length: R + 1 }, (_, i) => ({ i, j })));
  }
  return out;
}

/** Rows are vertices 0..R, columns R+1..R+1+C; suppressed entries are edges. */
function componentWithout(g: Grid, R: number, C: number, start: number, skip: Entry): Set<number> {
  const seen = new Set<number>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const v = stack.pop() ?? 0;
    if (v <= R) {
      for (let j = 0; j <= C; j++) {
        if (at(g.status, v, j) !== null && !(v === skip.i && j === skip.j) && !seen.has(R + 1 + j)) {
          seen.add(R + 1 + j);
          stack.push(R + 1 + j);
        }
      }
    } else {
      const j = v - R - 1;
      for (let i = 0; i <= R; i++) {
        if (at(g.status, i, j) !== null && !(i === skip.i && j === skip.j) && !seen.has(i)) {
          seen.add(i);
          stack.push(i);
        }
      }
    }
  }
  return seen;
}

/** One step of secondary suppression; returns whether anything changed. */
function secondaryStep(g: Grid, R: number, C: number): boolean {
  // 1. Every line with exactly one suppressed entry gets a second one.
  for (const line of lines(R, C)) {
    const suppressed = line.filter((e) => at(g.status, e.i, e.j) !== null).length;
    if (suppressed === 1) {
      const pick = cheapest(g, line, R, C);
      if (pick) {
        setAt(g.status, pick.i, pick.j, 'secondary');
        return true;
      }
    }
  }
  // 2. A suppressed entry that is a bridge is derivable: close a cycle through it.
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= C; j++) {
      if (at(g.status, i, j) === null) {
        continue;
      }
      const side = componentWithout(g, R, C, i, { i, j });
      if (side.has(R + 1 + j)) {
        continue;
      }
      const other = componentWithout(g, R, C, R + 1 + j, { i, j });
      const candidates: Entry[] = [];
      for (let r = 0; r <= R; r++) {
        for (let c = 0; c <= C; c++) {
          const a = side.has(r) && other.has(R + 1 + c);
          const b = other.has(r) && side.has(R + 1 + c);
          if ((a || b) && !(r === i && c === j)) {
            candidates.push({ i: r, j: c });
          }
        }
      }
      const pick = cheapest(g, candidates, R, C);
      if (pick) {
        setAt(g.status, pick.i, pick.j, 'secondary');
        return true;
      }
    }
  }
  return false;
}

function toCell(value: number, status: Status): ProtectedCell {
  return status === null ? { value, suppressed: null } : { value: null, suppressed: status };
}

/**
 * The differencing rule for one entry of a filtered table, given the same entry in the
 * unfiltered (reference) table and whether the reference publishes it. Returns whether the
 * filtered entry must be suppressed, and whether it is pinned (known from above).
 */
function differencing(v: number, ref: number, refPublished: boolean, k: number): { force: boolean; pinned: boolean } {
  const rest = ref - v;
  if (rest < 0) {
    throw new RangeError('the filtered table must not exceed the unfiltered one');
  }
  if (v === 0) {
    return { force: false, pinned: false };
  }
  // Published reference: the difference of two published values must not be a small count.
  // Suppressed reference: a published filtered value equal to it would be a tight lower bound.
  const force = refPublished ? rest > 0 && rest < k : rest === 0;
  return { force, pinned: refPublished && rest === 0 };
}

function protectGrid(ext: number[][], k: number, references: readonly { values: number[][]; published: boolean[][] }[], forced?: readonly (readonly boolean[])[]): Grid {
  const R = ext.length - 1;
  const C = (ext[0]?.length ?? 1) - 1;
  const status: Status[][] = ext.map((row, i) => row.map((v, j) => (v > 0 && v < k ? 'primary' : forced?.[i]?.[j] === true ? 'secondary' : null)));
  const pinned: boolean[][] = ext.map((row) => row.map(() => false));
  for (const ref of references) {
    for (let i = 0; i <= R; i++) {
      for (let j = 0; j <= C; j++) {
        const d = differencing(at(ext, i, j), at(ref.values, i, j), at(ref.published, i, j), k);
        if (d.force && at(status, i, j) === null) {
          setAt(status, i, j, 'secondary');
        }
        if (d.pinned) {
          setAt(pinned, i, j, true);
        }
      }
    }
  }
  const g: Grid = { values: ext, status, pinned };
  // Each step adds one suppression, so this ends after at most (R+1)(C+1) steps.
  while (secondaryStep(g, R, C)) {
    // iterate until stable
  }
  return g;
}

function publishedGrid(t: ProtectedTable2D): boolean[][] {
  const grid = t.cells.map((row, i) => [...row.map((c) => c.suppressed === null), t.rowTotals[i]?.suppressed === null]);
  grid.push([...t.colTotals.map((c) => c.suppressed === null), t.total.suppressed === null]);
  return grid;
}

/**
 * Protects a two-dimensional table of counts (rows × columns) with its margins. With
 * `reference` (the same table unfiltered), the result is also protected against differencing.
 */
export function protectTable2D(
  cells: readonly (readonly number[])[],
  options: DisclosureOptions = {},
  references: readonly ReferenceTable2D[] = [],
  /** Entries of the extended grid ((R+1) × (C+1), margins last) that must be suppressed: joint protection of linked tables. */
  forced?: readonly (readonly boolean[])[],
): ProtectedTable2D {
  const k = resolveK(options);
  const ext = extend(cells);
  const R = ext.length - 1;
  const C = (ext[0]?.length ?? 1) - 1;
  if (options.method === 'round') {
    const base = options.base ?? DEFAULT_ROUNDING_BASE;
    const r = (v: number): ProtectedCell => ({ value: roundToBase(v, base), suppressed: null });
    return {
      cells: ext.slice(0, R).map((row) => row.slice(0, C).map(r)),
      rowTotals: ext.slice(0, R).map((row) => r(row[C] ?? 0)),
      colTotals: (ext[R] ?? []).slice(0, C).map(r),
      total: r(at(ext, R, C)),
    };
  }
  const refs = references.map((ref) => {
    const values = extend(ref.cells);
    if (values.length !== ext.length || (values[0]?.length ?? 0) !== (ext[0]?.length ?? 0)) {
      throw new RangeError('the reference table must have the same shape');
    }
    return { values, published: publishedGrid(ref.published ?? protectTable2D(ref.cells, { k })) };
  });
  const g = protectGrid(ext, k, refs, forced);
  return {
    cells: ext.slice(0, R).map((row, i) => row.slice(0, C).map((v, j) => toCell(v, at(g.status, i, j)))),
    rowTotals: ext.slice(0, R).map((row, i) => toCell(row[C] ?? 0, at(g.status, i, C))),
    colTotals: (ext[R] ?? []).slice(0, C).map((v, j) => toCell(v, at(g.status, R, j))),
    total: toCell(at(ext, R, C), at(g.status, R, C)),
  };
}

/**
 * Protects a one-dimensional table with its total: the only constraint is the sum, so at least
 * two entries of the line (cells or the total) must be suppressed once one is.
 */
export function protectTable1D(
  cells: readonly number[],
  options: DisclosureOptions = {},
  references: readonly ReferenceTable1D[] = [],
  /** Entries (cells, then the total) that must be suppressed: joint protection of linked tables. */
  forced?: readonly boolean[],
): ProtectedTable1D {
  const k = resolveK(options);
  cells.forEach(checkCount);
  const total = cells.reduce((a, b) => a + b, 0);
  if (options.method === 'round') {
    const base = options.base ?? DEFAULT_ROUNDING_BASE;
    return { cells: cells.map((v) => ({ value: roundToBase(v, base), suppressed: null })), total: { value: roundToBase(total, base), suppressed: null } };
  }
  const values = [...cells, total];
  const status: Status[] = values.map((v, i) => (v > 0 && v < k ? 'primary' : forced?.[i] === true ? 'secondary' : null));
  const pinned = values.map(() => false);
  for (const ref of references) {
    if (ref.cells.length !== cells.length) {
      throw new RangeError('the reference table must have the same shape');
    }
    const refProtected = ref.published ?? protectTable1D(ref.cells, { k });
    const refValues = [...ref.cells, ref.cells.reduce((a, b) => a + b, 0)];
    const refCells = [...refProtected.cells, refProtected.total];
    values.forEach((v, i) => {
      const d = differencing(v, refValues[i] ?? 0, refCells[i]?.suppressed === null, k);
      if (d.force && status[i] === null) {
        status[i] = 'secondary';
      }
      if (d.pinned) {
        pinned[i] = true;
      }
    });
  }
  if (status.filter((s) => s !== null).length === 1) {
    let best = -1;
    let bestCost = Infinity;
    values.forEach((v, i) => {
      if (status[i] !== null) {
        return;
      }
      const c = (v === 0 ? 1e9 : 0) + (pinned[i] ? 1e6 : 0) + (i === cells.length ? 1e3 : 0) + v;
      if (c < bestCost) {
        best = i;
        bestCost = c;
      }
    });
    if (best >= 0) {
      status[best] = 'secondary';
    }
  }
  return {
    cells: cells.map((v, i) => toCell(v, status[i] ?? null)),
    total: toCell(total, status[cells.length] ?? null),
  };
}
