/**
 * The attacker used by the disclosure tests: given published tables (suppressed entries are
 * null), their margin equations and any relation between two versions of a table, it enumerates
 * the integer assignments of the suppressed entries that are consistent with everything
 * published, and reports the feasible values of each suppressed entry. Exhaustive search with
 * propagation: for the small tables of the tests only, never for production.
 */
import type { ProtectedCell, ProtectedTable1D, ProtectedTable2D } from './disclosure.ts';

interface Term {
  v: number;
  c: 1 | -1;
}
/** sum(c · x) (= | ≥) rhs */
interface Constraint {
  terms: Term[];
  rhs: number;
  kind: 'eq' | 'ge';
}

export interface AttackModel {
  /** Upper bound per variable (the attacker may use published margins as bounds). */
  hi: number[];
  constraints: Constraint[];
  /** A label per variable for messages. */
  labels: string[];
  /** The true value per variable, when the test knows it (guides the search; never trusted). */
  truth: (number | undefined)[];
}

type Slot = { known: number } | { v: number };

export class ModelBuilder {
  readonly hi: number[] = [];
  readonly labels: string[] = [];
  readonly constraints: Constraint[] = [];
  readonly truth: (number | undefined)[] = [];

  constructor(private readonly bound: number) {}

  slot(cell: ProtectedCell, label: string, truth?: number): Slot {
    if (cell.value !== null) {
      return { known: cell.value };
    }
    this.hi.push(this.bound);
    this.labels.push(label);
    this.truth.push(truth);
    return { v: this.hi.length - 1 };
  }

  /** sum(parts) = total */
  sum(parts: Slot[], total: Slot): void {
    const terms: Term[] = [];
    let rhs = 0;
    for (const p of parts) {
      if ('v' in p) {
        terms.push({ v: p.v, c: 1 });
      } else {
        rhs -= p.known;
      }
    }
    if ('v' in total) {
      terms.push({ v: total.v, c: -1 });
    } else {
      rhs += total.known;
    }
    // Parts of a published total are bounded by it.
    if (!('v' in total)) {
      for (const p of parts) {
        if ('v' in p) {
          this.hi[p.v] = Math.min(this.hi[p.v] ?? this.bound, total.known);
        }
      }
    }
    if (terms.length > 0) {
      this.constraints.push({ terms, rhs, kind: 'eq' });
    }
  }

  /** big ≥ small */
  atLeast(big: Slot, small: Slot): void {
    const terms: Term[] = [];
    let rhs = 0;
    if ('v' in big) {
      terms.push({ v: big.v, c: 1 });
    } else {
      rhs -= big.known;
    }
    if ('v' in small) {
      terms.push({ v: small.v, c: -1 });
    } else {
      rhs += small.known;
    }
    if (terms.length > 0) {
      this.constraints.push({ terms, rhs, kind: 'ge' });
    }
    if ('v' in small && !('v' in big)) {
      this.hi[small.v] = Math.min(this.hi[small.v] ?? this.bound, big.known);
    }
  }

  /** sum(sign · slot) ≥ 0, e.g. inclusion–exclusion: all − year − region + both ≥ 0. */
  nonNegative(parts: [Slot, 1 | -1][]): void {
    const terms: Term[] = [];
    let rhs = 0;
    for (const [slot, c] of parts) {
      if ('v' in slot) {
        terms.push({ v: slot.v, c });
      } else {
        rhs -= c * slot.known;
      }
    }
    if (terms.length > 0) {
      this.constraints.push({ terms, rhs, kind: 'ge' });
    }
  }

  model(): AttackModel {
    return { hi: [...this.hi], constraints: [...this.constraints], labels: [...this.labels], truth: [...this.truth] };
  }
}

export function slots2D(b: ModelBuilder, t: ProtectedTable2D, name: string, truth?: readonly (readonly number[])[]): Slot[][] {
  const R = t.cells.length;
  const rowSum = (i: number) => (truth ? (truth[i] ?? []).reduce((a, v) => a + v, 0) : undefined);
  const colSum = (j: number) => (truth ? truth.reduce((a, row) => a + (row[j] ?? 0), 0) : undefined);
  const all = truth ? truth.flat().reduce((a, v) => a + v, 0) : undefined;
  const grid: Slot[][] = t.cells.map((row, i) => [
    ...row.map((c, j) => b.slot(c, `${name}[${i},${j}]`, truth?.[i]?.[j])),
    b.slot(t.rowTotals[i] ?? { value: 0, suppressed: null }, `${name}[${i},Σ]`, rowSum(i)),
  ]);
  grid.push([...t.colTotals.map((c, j) => b.slot(c, `${name}[Σ,${j}]`, colSum(j))), b.slot(t.total, `${name}[Σ,Σ]`, all)]);
  const C = t.colTotals.length;
  for (let i = 0; i <= R; i++) {
    const row = grid[i] ?? [];
    b.sum(row.slice(0, C), row[C] ?? { known: 0 });
  }
  for (let j = 0; j <= C; j++) {
    b.sum(
      grid.slice(0, R).map((row) => row[j] ?? { known: 0 }),
      grid[R]?.[j] ?? { known: 0 },
    );
  }
  return grid;
}

export function slots1D(b: ModelBuilder, t: ProtectedTable1D, name: string, truth?: readonly number[]): Slot[] {
  const cells = t.cells.map((c, i) => b.slot(c, `${name}[${i}]`, truth?.[i]));
  const total = b.slot(t.total, `${name}[Σ]`, truth ? truth.reduce((a, v) => a + v, 0) : undefined);
  b.sum(cells, total);
  return [...cells, total];
}

/**
 * Feasible values per variable. Stops early once every variable has at least two feasible
 * values (enough to show that nothing is disclosed exactly).
 */
export function feasibleValues(m: AttackModel, maxNodes = 5_000_000): Set<number>[] {
  const n = m.hi.length;
  const seen = Array.from({ length: n }, () => new Set<number>());
  const x: (number | undefined)[] = new Array<number | undefined>(n).fill(undefined);
  let nodes = 0;
  const byVar: Constraint[][] = Array.from({ length: n }, () => []);
  for (const c of m.constraints) {
    for (const t of c.terms) {
      byVar[t.v]?.push(c);
    }
  }
  const done = () => seen.every((s) => s.size >= 2);

  const consistent = (): boolean => {
    for (const c of m.constraints) {
      let min = 0;
      let max = 0;
      for (const t of c.terms) {
        const val = x[t.v];
        if (val !== undefined) {
          min += t.c * val;
          max += t.c * val;
        } else if (t.c === 1) {
          max += m.hi[t.v] ?? 0;
        } else {
          min -= m.hi[t.v] ?? 0;
        }
      }
      if (max < c.rhs || (c.kind === 'eq' && min > c.rhs)) {
        return false;
      }
    }
    return true;
  };

  const propagate = (assigned: number[]): boolean => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of m.constraints) {
        if (c.kind !== 'eq') {
          continue;
        }
        let open: Term | null = null;
        let count = 0;
        let acc = 0;
        for (const t of c.terms) {
          const val = x[t.v];
          if (val === undefined) {
            open = t;
            count++;
          } else {
            acc += t.c * val;
          }
        }
        if (count === 1 && open) {
          const val = (c.rhs - acc) * open.c;
          if (val < 0 || val > (m.hi[open.v] ?? 0)) {
            return false;
          }
          x[open.v] = val;
          assigned.push(open.v);
          changed = true;
        }
      }
    }
    return consistent();
  };

  // Values to try for a variable: nearest to the truth first (when known), so that a second
  // feasible solution, if there is one, is found quickly.
  const order = (v: number): number[] => {
    const hi = m.hi[v] ?? 0;
    const vals = Array.from({ length: hi + 1 }, (_, i) => i);
    const t = m.truth[v];
    return t === undefined ? vals : vals.sort((a, b) => Math.abs(a - t) - Math.abs(b - t));
  };
  let forbid: { v: number; value: number } | null = null;
  let stopAtFirst = false;
  let found = false;

  const search = (): void => {
    if (found || (!stopAtFirst && done()) || ++nodes > maxNodes) {
      return;
    }
    const assigned: number[] = [];
    if (propagate(assigned) && !(forbid && x[forbid.v] === forbid.value)) {
      let next = -1;
      for (let i = 0; i < n; i++) {
        if (x[i] === undefined && (next < 0 || (m.hi[i] ?? 0) < (m.hi[next] ?? 0))) {
          next = i;
        }
      }
      if (next < 0) {
        x.forEach((val, i) => seen[i]?.add(val ?? -1));
        found = stopAtFirst;
      } else {
        for (const val of order(next)) {
          if (found || (!stopAtFirst && done())) {
            break;
          }
          x[next] = val;
          search();
          x[next] = undefined;
        }
      }
    }
    for (const v of assigned) {
      x[v] = undefined;
    }
  };
  if (m.truth.every((t) => t !== undefined)) {
    // The truth is one feasible solution; look for another one per variable, with that variable
    // forbidden its true value.
    m.truth.forEach((t, i) => seen[i]?.add(t ?? -1));
    stopAtFirst = true;
    for (let v = 0; v < n; v++) {
      if ((seen[v]?.size ?? 0) >= 2) {
        continue;
      }
      forbid = { v, value: m.truth[v] ?? -1 };
      found = false;
      search();
    }
  } else {
    search();
  }
  if (nodes > maxNodes) {
    throw new Error('attack search exceeded its node budget');
  }
  return seen;
}

/** Labels of the suppressed entries the attacker can pin to a single value. */
export function disclosedEntries(m: AttackModel): string[] {
  const values = feasibleValues(m);
  return values.flatMap((s, i) => (s.size < 2 ? [`${m.labels[i] ?? i}=${[...s].join('|')}`] : []));
}
