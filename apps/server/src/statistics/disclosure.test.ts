import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelBuilder, disclosedEntries, slots1D, slots2D } from './disclosure-attack.ts';
import { protectTable1D, protectTable2D, roundToBase, type ProtectedCell, type ProtectedTable2D } from './disclosure.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const all2D = (t: ProtectedTable2D): ProtectedCell[] => [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.total];

/** Attacks one 2-D table alone. */
function attack2D(t: ProtectedTable2D, bound: number, truth?: number[][]): string[] {
  const b = new ModelBuilder(bound);
  slots2D(b, t, 'T', truth);
  return disclosedEntries(b.model());
}

/** Attacks an unfiltered table and a filtered version together (the rest is non-negative). */
function attackPair2D(all: ProtectedTable2D, filtered: ProtectedTable2D, bound: number, truth?: { all: number[][]; filtered: number[][] }): string[] {
  const b = new ModelBuilder(bound);
  const A = slots2D(b, all, 'ALL', truth?.all);
  const F = slots2D(b, filtered, 'F', truth?.filtered);
  A.forEach((row, i) => {
    row.forEach((a, j) => {
      const f = F[i]?.[j];
      if (f) {
        b.atLeast(a, f);
      }
    });
  });
  return disclosedEntries(b.model());
}

/** Checks the invariant every protected table must keep: what is published is the truth. */
function expectTruthful(t: ProtectedTable2D, cells: number[][]): void {
  t.cells.forEach((row, i) => {
    row.forEach((c, j) => {
      if (c.value !== null) {
        expect(c.value).toBe(cells[i]?.[j]);
      }
    });
  });
  for (const c of all2D(t)) {
    expect(c.value === null).toBe(c.suppressed !== null);
  }
}

describe('primary suppression', () => {
  it('suppresses counts 1…k−1, publishes zeros and counts ≥ k', () => {
    const t = protectTable1D([0, 1, 4, 5, 12]);
    expect(t.cells.map((c) => c.suppressed)).toEqual([null, 'primary', 'primary', null, null]);
    expect(t.cells[0]).toEqual({ value: 0, suppressed: null });
    expect(t.total).toEqual({ value: 22, suppressed: null });
  });

  it('k is configurable', () => {
    const t = protectTable1D([2, 3, 10], { k: 3 });
    expect(t.cells.map((c) => c.suppressed)).toEqual(['primary', 'secondary', null]);
  });

  it('refuses negative or fractional counts and a bad k', () => {
    expect(() => protectTable1D([1, -1])).toThrow(RangeError);
    expect(() => protectTable2D([[1.5]])).toThrow(RangeError);
    expect(() => protectTable1D([1], { k: 0 })).toThrow(RangeError);
    expect(() => protectTable2D([[1, 2], [3]])).toThrow(RangeError);
  });

  it('a table without small cells is published whole', () => {
    const t = protectTable2D([
      [5, 6],
      [7, 0],
    ]);
    expect(all2D(t).every((c) => c.suppressed === null)).toBe(true);
    expect(t.total.value).toBe(18);
  });
});

describe('secondary suppression, 1-D', () => {
  it('a single small cell takes the smallest other non-zero cell with it', () => {
    const t = protectTable1D([3, 0, 9, 20]);
    expect(t.cells.map((c) => c.suppressed)).toEqual(['primary', null, 'secondary', null]);
    expect(t.total.value).toBe(32);
  });

  it('when no other cell is non-zero, the total is suppressed', () => {
    const t = protectTable1D([3, 0, 0]);
    expect(t.cells[0]?.suppressed).toBe('primary');
    expect(t.total.suppressed).toBe('primary');
    const u = protectTable1D([0, 7, 0, 3, 0]);
    expect(u.cells.map((c) => c.suppressed)).toEqual([null, 'secondary', null, 'primary', null]);
  });

  it('the attacker cannot recover a suppressed 1-D cell', () => {
    const t = protectTable1D([3, 0, 9, 20]);
    const b = new ModelBuilder(32);
    slots1D(b, t, 'T');
    expect(disclosedEntries(b.model())).toEqual([]);
  });
});

describe('secondary suppression, 2-D', () => {
  const cells = [
    [2, 8, 10],
    [6, 7, 12],
    [9, 11, 3],
  ];

  it('every line with a suppressed entry has at least two', () => {
    const t = protectTable2D(cells);
    expectTruthful(t, cells);
    const rows = t.cells.map((row, i) => [...row, t.rowTotals[i]]);
    rows.push([...t.colTotals, t.total]);
    const cols = rows[0]!.map((_, j) => rows.map((r) => r[j]));
    for (const line of [...rows, ...cols]) {
      const n = line.filter((c) => c?.suppressed).length;
      expect(n === 0 || n >= 2).toBe(true);
    }
    expect(t.cells[0]?.[0]?.suppressed).toBe('primary');
    expect(t.cells[2]?.[2]?.suppressed).toBe('primary');
  });

  it('the attacker cannot recover any suppressed cell from the cells and margins', () => {
    const t = protectTable2D(cells);
    expect(attack2D(t, sum(cells.flat()))).toEqual([]);
  });

  it('suppresses small margins too (a row total of 3 identifies as much as a cell)', () => {
    const t = protectTable2D([
      [1, 2, 0],
      [10, 12, 9],
      [8, 7, 6],
    ]);
    expect(t.rowTotals[0]?.suppressed).toBe('primary');
    expect(attack2D(t, 55)).toEqual([]);
  });

  it('closes bridges: two suppressed per line is not enough on its own', () => {
    // Two 2×2 blocks of small cells joined by one secondary cell would leave that cell derivable.
    const t = protectTable2D([
      [1, 1, 9, 9],
      [1, 1, 9, 9],
      [9, 9, 1, 1],
      [9, 9, 1, 1],
    ]);
    expect(attack2D(t, 80)).toEqual([]);
  });

  it('a naive pattern (exactly the rule "two per line", no bridge check) IS attackable — the attacker works', () => {
    // Known-bad publication: row 0 and column 0 each hide two cells, but the pattern has a
    // bridge through (1,1)… here simply the classic single-suppression: one hidden cell.
    const naive: ProtectedTable2D = {
      cells: [
        [{ value: null, suppressed: 'primary' }, { value: 8, suppressed: null }],
        [{ value: 6, suppressed: null }, { value: 7, suppressed: null }],
      ],
      rowTotals: [{ value: 10, suppressed: null }, { value: 13, suppressed: null }],
      colTotals: [{ value: 8, suppressed: null }, { value: 15, suppressed: null }],
      total: { value: 23, suppressed: null },
    };
    expect(attack2D(naive, 23)).toEqual(['T[0,0]=2']);
    // and a bridge: cells (0,0),(0,1),(1,0),(1,1) hidden plus a second block, joined by (1,2)
    const bridge: ProtectedTable2D = {
      cells: [
        [null, null, 5, 5],
        [null, null, null, 5],
        [5, 5, null, null],
        [5, 5, null, null],
      ].map((row, i) =>
        row.map((v, j) => (v === null ? { value: null, suppressed: 'primary' as const } : { value: [[1, 1, 5, 5], [1, 1, 6, 5], [5, 5, 1, 1], [5, 5, 1, 1]][i]![j]!, suppressed: null })),
      ),
      rowTotals: [12, 13, 12, 12].map((v) => ({ value: v, suppressed: null })),
      colTotals: [12, 12, 13, 12].map((v) => ({ value: v, suppressed: null })),
      total: { value: 49, suppressed: null },
    };
    expect(attack2D(bridge, 49)).toContain('T[1,2]=6');
  });
});

describe('differencing between two filtered versions', () => {
  it('all years vs. this year: no suppressed cell of either table can be pinned', () => {
    const thisYear = [
      [2, 8, 10],
      [6, 7, 12],
    ];
    const earlier = [
      [3, 0, 4],
      [1, 9, 2],
    ];
    const allYears = thisYear.map((row, i) => row.map((v, j) => v + (earlier[i]?.[j] ?? 0)));
    const all = protectTable2D(allYears);
    const filtered = protectTable2D(thisYear, {}, [{ cells: allYears }]);
    expectTruthful(filtered, thisYear);
    expect(attackPair2D(all, filtered, sum(allYears.flat()))).toEqual([]);
  });

  it('without the differencing rule, the same pair leaks a small count (the attack is real)', () => {
    // all forms vs. all forms except one: the difference of two published totals is that form.
    const allForms = [
      [10, 12],
      [9, 14],
    ];
    const exceptOne = [
      [10, 9],
      [9, 14],
    ];
    const naiveFiltered = protectTable2D(exceptOne);
    const all = protectTable2D(allForms);
    // nothing is suppressed in either, and 12 − 9 = 3 persons of the excluded form in cell (0,1)
    expect(all2D(naiveFiltered).every((c) => c.value !== null)).toBe(true);
    expect((all.cells[0]?.[1]?.value ?? 0) - (naiveFiltered.cells[0]?.[1]?.value ?? 0)).toBe(3);
    const protectedFiltered = protectTable2D(exceptOne, {}, [{ cells: allForms }]);
    expect(protectedFiltered.cells[0]?.[1]?.value).toBeNull();
    expect(attackPair2D(all, protectedFiltered, sum(allForms.flat()))).toEqual([]);
    // no published pair of entries differs by a small count
    const pubAll = all2D(all);
    all2D(protectedFiltered).forEach((f, idx) => {
      const a = pubAll[idx];
      if (f.value !== null && a !== undefined && a.value !== null) {
        const rest = a.value - f.value;
        expect(rest === 0 || rest >= 5).toBe(true);
      }
    });
  });

  it('1-D: all years vs. this year', () => {
    const thisYear = [3, 9, 0, 12];
    const allYears = [4, 10, 6, 20];
    const all = protectTable1D(allYears);
    const filtered = protectTable1D(thisYear, {}, [{ cells: allYears }]);
    const b = new ModelBuilder(sum(allYears));
    const A = slots1D(b, all, 'ALL');
    const F = slots1D(b, filtered, 'F');
    A.forEach((a, i) => b.atLeast(a, F[i]!));
    expect(disclosedEntries(b.model())).toEqual([]);
  });

  it('refuses a filtered table larger than the reference', () => {
    expect(() => protectTable2D([[5]], {}, [{ cells: [[4]] }])).toThrow(RangeError);
  });
});

describe('rounding to base 5', () => {
  it('rounds to the nearest 5, never a non-zero count to 0, margins independently', () => {
    expect([0, 1, 2, 3, 7, 8, 12, 13].map((v) => roundToBase(v))).toEqual([0, 5, 5, 5, 5, 10, 10, 15]);
    const t = protectTable2D(
      [
        [1, 2],
        [3, 0],
      ],
      { method: 'round' },
    );
    expect(t.cells.flat().map((c) => c.value)).toEqual([5, 5, 5, 0]);
    expect(t.total).toEqual({ value: 5, suppressed: null });
    expect(protectTable1D([1, 12], { method: 'round', base: 10 }).cells.map((c) => c.value)).toEqual([10, 10]);
  });
});

describe('properties on random small tables', () => {
  const table = (rows: number, cols: number, max: number) =>
    fc.array(fc.array(fc.integer({ min: 0, max }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const shape = fc.record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) });

  it('published values are true, and no suppressed entry can be recovered', () => {
    fc.assert(
      fc.property(
        shape.chain(({ rows, cols }) => table(rows, cols, 12)),
        (cells) => {
          const t = protectTable2D(cells);
          expectTruthful(t, cells);
          for (const c of all2D(t)) {
            if (c.value !== null && c.value > 0) {
              expect(c.value).toBeGreaterThanOrEqual(5);
            }
          }
          expect(attack2D(t, sum(cells.flat()), cells)).toEqual([]);
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('1-D: no suppressed entry can be recovered', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const t = protectTable1D(cells);
        const b = new ModelBuilder(sum(cells));
        slots1D(b, t, 'T', cells);
        expect(disclosedEntries(b.model())).toEqual([]);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('differencing: a filtered table and its unfiltered version together disclose nothing', () => {
    fc.assert(
      fc.property(
        shape.chain(({ rows, cols }) => fc.tuple(table(rows, cols, 9), table(rows, cols, 6))),
        ([filteredCells, restCells]) => {
          const allCells = filteredCells.map((row, i) => row.map((v, j) => v + (restCells[i]?.[j] ?? 0)));
          const all = protectTable2D(allCells);
          const filtered = protectTable2D(filteredCells, {}, [{ cells: allCells }]);
          expectTruthful(filtered, filteredCells);
          expect(attackPair2D(all, filtered, sum(allCells.flat()), { all: allCells, filtered: filteredCells })).toEqual([]);
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  });
});

/**
 * Residual risk, kept as executable evidence: pairwise protection (each version against the
 * versions with one filter fewer) does not protect *several* versions used together. These
 * pin a cell; the API therefore offers one filter at a time, and the sibling case (two years
 * beside the all-years table) is the documented residual risk of disclosure.ts. If the engine
 * learns joint protection, flip these to `toEqual([])`.
 */
describe('known residual risk (documented, not offered by the API or accepted as is)', () => {
  const add = (base: number[][], ...ts: number[][][]) => base.map((row, i) => row.map((_, j) => sum([row[j] ?? 0, ...ts.map((t) => t[i]?.[j] ?? 0)])));

  it('combined filters: all, year, region and year × region together pin a cell', () => {
    const both = [
      [0, 4, 1],
      [3, 2, 0],
    ];
    const yearOnly = [
      [0, 0, 0],
      [0, 0, 4],
    ];
    const regionOnly = [
      [4, 1, 0],
      [2, 2, 0],
    ];
    const allCells = add(both, yearOnly, regionOnly);
    const yearCells = add(both, yearOnly);
    const regionCells = add(both, regionOnly);
    const all = protectTable2D(allCells);
    const year = protectTable2D(yearCells, {}, [{ cells: allCells, published: all }]);
    const region = protectTable2D(regionCells, {}, [{ cells: allCells, published: all }]);
    const yr = protectTable2D(both, {}, [
      { cells: yearCells, published: year },
      { cells: regionCells, published: region },
    ]);
    const b = new ModelBuilder(sum(allCells.flat()));
    const A = slots2D(b, all, 'ALL', allCells);
    const Y = slots2D(b, year, 'Y', yearCells);
    const G = slots2D(b, region, 'R', regionCells);
    const X = slots2D(b, yr, 'YR', both);
    A.forEach((row, i) => {
      row.forEach((a, j) => {
        const y = Y[i]![j]!;
        const g = G[i]![j]!;
        const x = X[i]![j]!;
        b.atLeast(a, y);
        b.atLeast(a, g);
        b.atLeast(y, x);
        b.atLeast(g, x);
        b.nonNegative([
          [a, 1],
          [y, -1],
          [g, -1],
          [x, 1],
        ]);
      });
    });
    expect(disclosedEntries(b.model())).toContain('Y[0,1]=4');
  });

  it('sibling values of one filter: year A and year B beside all years can pin a cell', () => {
    const yearA = [
      [2, 5],
      [3, 5],
    ];
    const yearB = [
      [0, 5],
      [0, 5],
    ];
    const allCells = add(yearA, yearB, [
      [3, 0],
      [2, 0],
    ]);
    const all = protectTable2D(allCells);
    const a = protectTable2D(yearA, {}, [{ cells: allCells, published: all }]);
    const bb = protectTable2D(yearB, {}, [{ cells: allCells, published: all }]);
    const b = new ModelBuilder(sum(allCells.flat()));
    const AL = slots2D(b, all, 'ALL', allCells);
    const XA = slots2D(b, a, 'YA', yearA);
    const XB = slots2D(b, bb, 'YB', yearB);
    AL.forEach((row, i) => {
      row.forEach((al, j) => {
        b.nonNegative([
          [al, 1],
          [XA[i]![j]!, -1],
          [XB[i]![j]!, -1],
        ]);
      });
    });
    expect(disclosedEntries(b.model()).length).toBeGreaterThan(0);
  });
});
