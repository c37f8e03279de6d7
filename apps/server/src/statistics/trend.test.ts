import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearTrend } from './trend.ts';

const months = (values: (number | null)[]) => values.map((value, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, value }));

describe('linear trend of a monthly series', () => {
  it('fits a hand-computed line: 2, 4, 6, 8 → slope 2 and the same values', () => {
    const t = linearTrend(months([2, 4, 6, 8]));
    expect(t?.slopePerMonth).toBe(2);
    expect(t?.points.map((p) => p.value)).toEqual([2, 4, 6, 8]);
  });

  it('leaves suppressed months out of the fit but draws the line over them', () => {
    // Published 10 (Jan), 12 (Mar), 14 (Apr): x = 0, 2, 3; Sxy = 6, Sxx = 14/3 → slope 9/7 ≈ 1.29, intercept 69/7 ≈ 9.86
    const t = linearTrend(months([10, null, 12, 14]));
    expect(t?.slopePerMonth).toBe(1.3);
    expect(t?.points.map((p) => p.value)).toEqual([9.9, 11.1, 12.4, 13.7]);
  });

  it('gives no trend from fewer than three published months', () => {
    expect(linearTrend(months([5, null, 7]))).toBeNull();
    expect(linearTrend([])).toBeNull();
  });

  it('a flat series has slope 0; the line never goes below zero', () => {
    expect(linearTrend(months([3, 3, 3]))?.slopePerMonth).toBe(0);
    expect(linearTrend(months([9, 5, 1, 0, 0]))?.points.every((p) => p.value >= 0)).toBe(true);
  });

  it('the value of a suppressed month does not change the trend (nothing about it can be read from the line)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 4, maxLength: 24 }), fc.nat(), fc.nat(500), (values, at, other) => {
        const i = at % values.length;
        const hidden = values.map((v, j) => (j === i ? null : v));
        const a = linearTrend(months(hidden));
        const changed = values.map((v, j) => (j === i ? other : v));
        const b = linearTrend(months(changed.map((v, j) => (j === i ? null : v))));
        expect(a).toEqual(b);
      }),
    );
  });
});
