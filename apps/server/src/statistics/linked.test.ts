import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelBuilder, disclosedEntries, slots2D } from './disclosure-attack.ts';
import { protectTable2D, type ProtectedTable2D } from './disclosure.ts';
import { protectLinked, type LinkedResult } from './linked.ts';

/**
 * Attacks on the joint protection of linked tables: the year's 2-D parts (sharing their row
 * margin), the other year's parts (a differently filtered version, as published by the same
 * code), and the all-years table as the outward route publishes it (protected on its own), tied
 * together by year + other year = all years. No suppressed entry may be pinned.
 */

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const add = (a: number[][], b: number[][]) => a.map((row, i) => row.map((v, j) => v + (b[i]?.[j] ?? 0)));
const rowSums = (m: number[][]) => m.map((r) => sum(r));

function tablesOf(r: LinkedResult | undefined): ProtectedTable2D[] {
  if (r?.kind !== '2d') {
    throw new Error('expected 2-D parts');
  }
  return r.tables;
}

/** Builds the attacker's model and returns the entries it can pin. */
function attack(yearParts: number[][][], otherParts: number[][][]): string[] {
  const year = tablesOf(
    protectLinked([{ year: yearParts, complement: otherParts, oneD: false, link: 'v' }], {})[0],
  );
  const other = tablesOf(
    protectLinked([{ year: otherParts, complement: yearParts, oneD: false, link: 'v' }], {})[0],
  );
  const bound = sum(yearParts[0]?.flat() ?? []) + sum(otherParts[0]?.flat() ?? []);
  const b = new ModelBuilder(bound);
  const Y = year.map((t, i) => slots2D(b, t, `Y${String(i)}`, yearParts[i]));
  const O = other.map((t, i) => slots2D(b, t, `O${String(i)}`, otherParts[i]));
  // Linked: the row margin and the total are the same quantity in every part.
  for (const S of [Y, O]) {
    const first = S[0];
    for (const grid of S.slice(1)) {
      grid.forEach((row, i) => {
        const a = first?.[i]?.[(first[i]?.length ?? 1) - 1];
        const c = row[row.length - 1];
        if (a && c) {
          b.sum([a], c);
        }
      });
    }
  }
  // All years = this year + the other year, published on its own (as the outward route does).
  yearParts.forEach((ym, p) => {
    const allCells = add(ym, otherParts[p] ?? []);
    const A = slots2D(b, protectTable2D(allCells), `A${String(p)}`, allCells);
    Y[p]?.forEach((row, i) =>
      row.forEach((y, j) => {
        const o = O[p]?.[i]?.[j];
        const a = A[i]?.[j];
        if (o && a) {
          b.sum([y, o], a);
        }
      }),
    );
  });
  // Counted as a disclosure: a small count (1…k−1) of the year's tables pinned. (What the
  // combination can reveal of the *other* publications is the residual risk shown below.)
  return disclosedEntries(b.model()).filter((e) => {
    const value = Number(e.slice(e.lastIndexOf('=') + 1));
    return e.startsWith('Y') && value > 0 && value < 5;
  });
}

/** The year's linked parts alone (a table, its margins, its linked 1-D tables): nothing suppressed is pinned. */
function attackAlone(yearParts: number[][][], otherParts: number[][][]): string[] {
  const year = tablesOf(
    protectLinked([{ year: yearParts, complement: otherParts, oneD: false, link: 'v' }], {})[0],
  );
  const b = new ModelBuilder(sum(yearParts[0]?.flat() ?? []));
  const Y = year.map((t, i) => slots2D(b, t, `Y${String(i)}`, yearParts[i]));
  const first = Y[0];
  for (const grid of Y.slice(1)) {
    grid.forEach((row, i) => {
      const a = first?.[i]?.[(first[i]?.length ?? 1) - 1];
      const c = row[row.length - 1];
      if (a && c) {
        b.sum([a], c);
      }
    });
  }
  return disclosedEntries(b.model()).filter((e) => !e.endsWith('=0'));
}

describe('joint protection of linked tables', () => {
  it('the 1-D margins are shared: every part has the same row-margin pattern, the year and its complement the same pattern', () => {
    const year = [
      [
        [8, 0],
        [0, 12],
        [0, 1],
      ],
      [
        [6, 2],
        [12, 0],
        [1, 0],
      ],
    ];
    const other = [
      [
        [5, 0],
        [6, 0],
        [0, 0],
      ],
      [
        [5, 0],
        [6, 0],
        [0, 0],
      ],
    ];
    const [r] = protectLinked([{ year, complement: other, oneD: false, link: 'v' }], {});
    const parts = tablesOf(r);
    expect(parts[0]?.rowTotals.map((c) => c.suppressed !== null)).toEqual(
      parts[1]?.rowTotals.map((c) => c.suppressed !== null),
    );
    // Protected alone, the two parts would disagree on the shared margin: that is what the joint treatment fixes.
    const alone = year.map((m) => protectTable2D(m));
    expect(alone[0]?.rowTotals.map((c) => c.suppressed !== null)).not.toEqual(
      alone[1]?.rowTotals.map((c) => c.suppressed !== null),
    );
    expect(attack(year, other)).toEqual([]);
  });

  it('published values are the true ones, and nothing below k is published', () => {
    const year = [
      [
        [3, 9, 0],
        [7, 1, 6],
      ],
    ];
    const other = [
      [
        [4, 4, 2],
        [0, 8, 8],
      ],
    ];
    const parts = tablesOf(protectLinked([{ year, complement: other, oneD: false, link: 'v' }], {})[0]);
    const t = parts[0];
    t?.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c.value !== null) {
          expect(c.value).toBe(year[0]?.[i]?.[j]);
          expect(c.value === 0 || c.value >= 5).toBe(true);
        }
      }),
    );
    expect(rowSums(year[0] ?? [])).toEqual([12, 14]);
    expect(attack(year, other)).toEqual([]);
  });

  it('property: linked parts sharing their row margin, protected jointly: nothing suppressed can be pinned from the parts and their margins', () => {
    const matrix = (rows: number, cols: number, max: number) =>
      fc.array(fc.array(fc.integer({ min: 0, max }), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      });
    fc.assert(
      fc.property(
        fc
          .record({
            rows: fc.integer({ min: 2, max: 3 }),
            c1: fc.integer({ min: 2, max: 3 }),
            c2: fc.integer({ min: 2, max: 3 }),
          })
          .chain(({ rows, c1, c2 }) => fc.tuple(matrix(rows, c1, 7), matrix(rows, c1, 7), fc.constant(c2))),
        ([y1, o1, c2]) => {
          // The second part regroups the same people by another dimension: same row margins.
          const regroup = (m: number[][]) =>
            m.map((r) => {
              const total = sum(r);
              const first = Math.floor(total / c2);
              return Array.from({ length: c2 }, (_, j) => (j === 0 ? total - first * (c2 - 1) : first));
            });
          expect(attackAlone([y1, regroup(y1)], [o1, regroup(o1)])).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 20261122 },
    );
  });

  it('differencing across periods: this year, the other year and the all-years table — no small count of the year is recovered (control: per-year protection leaks)', () => {
    // The outward route protects a year's table against the all-years one (disclosure.ts); two
    // sibling years next to the all-years table are the known gap there. Compared on 200 random
    // pairs of 3 × 3 tables (fixed seed), the same attacker against both treatments.
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const table3 = () => [0, 1, 2].map(() => [0, 1, 2].map(() => (rnd(3) === 0 ? 0 : rnd(12))));
    const smallPinned = (y: ProtectedTable2D, o: ProtectedTable2D, yc: number[][], oc: number[][]) => {
      const allCells = add(yc, oc);
      const b = new ModelBuilder(60);
      const Y = slots2D(b, y, 'Y', yc);
      const O = slots2D(b, o, 'O', oc);
      const A = slots2D(b, protectTable2D(allCells), 'A', allCells);
      Y.forEach((row, i) =>
        row.forEach((ys, j) => {
          const os = O[i]?.[j];
          const as = A[i]?.[j];
          if (os && as) {
            b.sum([ys, os], as);
          }
        }),
      );
      return disclosedEntries(b.model()).filter((e) => {
        const v = Number(e.slice(e.lastIndexOf('=') + 1));
        return e.startsWith('Y') && v > 0 && v < 5;
      });
    };
    let naiveLeaks = 0;
    for (let n = 0; n < 200; n++) {
      const yc = table3();
      const oc = table3();
      const allCells = add(yc, oc);
      const naive = smallPinned(
        protectTable2D(yc, {}, [{ cells: allCells }]),
        protectTable2D(oc, {}, [{ cells: allCells }]),
        yc,
        oc,
      );
      naiveLeaks += naive.length > 0 ? 1 : 0;
      const year = tablesOf(protectLinked([{ year: [yc], complement: [oc], oneD: false, link: 'v' }], {})[0]);
      const other = tablesOf(
        protectLinked([{ year: [oc], complement: [yc], oneD: false, link: 'v' }], {})[0],
      );
      expect(smallPinned(year[0]!, other[0]!, yc, oc), JSON.stringify({ yc, oc })).toEqual([]);
    }
    expect(naiveLeaks).toBeGreaterThan(0);
  });

  // Residual risk, kept as executable evidence: with three periods, two published years beside the
  // all-years table still pin a cell (each year's rest mixes the other two). Flip to toEqual([]) if
  // the engine learns to protect the whole partition at once.
  it('known residual risk: the sibling counterexample of disclosure.test.ts (three years) still pins a cell', () => {
    const yearA = [
      [2, 5],
      [3, 5],
    ];
    const yearB = [
      [0, 5],
      [0, 5],
    ];
    const third = [
      [3, 0],
      [2, 0],
    ];
    const allCells = add(add(yearA, yearB), third);
    const restOf = (m: number[][]) => allCells.map((row, i) => row.map((v, j) => v - (m[i]?.[j] ?? 0)));
    const a = tablesOf(
      protectLinked([{ year: [yearA], complement: [restOf(yearA)], oneD: false, link: 'v' }], {})[0],
    )[0]!;
    const bb = tablesOf(
      protectLinked([{ year: [yearB], complement: [restOf(yearB)], oneD: false, link: 'v' }], {})[0],
    )[0]!;
    const b = new ModelBuilder(sum(allCells.flat()));
    const AL = slots2D(b, protectTable2D(allCells), 'ALL', allCells);
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
    expect(disclosedEntries(b.model()).filter((e) => !e.endsWith('=0')).length).toBeGreaterThan(0);
  });
});
