/**
 * A linear trend over a monthly series (ordinary least squares on the month index). Only published
 * months take part: a suppressed month is left out of the fit, so the trend line carries no more
 * information about it than the published cells already do. Fewer than three published months
 * give no trend (a line through two points says nothing about direction).
 */
export interface TrendInput {
  month: string;
  value: number | null;
}

export interface Trend {
  /** Change per month of the fitted line (signals per month per month). */
  slopePerMonth: number;
  /** The fitted value for every month of the series, published or not, rounded to 0.1. */
  points: { month: string; value: number }[];
}

export const MIN_TREND_POINTS = 3;

export function linearTrend(series: readonly TrendInput[]): Trend | null {
  const known = series.flatMap((p, x) => (p.value === null ? [] : [{ x, y: p.value }]));
  if (known.length < MIN_TREND_POINTS) {
    return null;
  }
  const n = known.length;
  const meanX = known.reduce((s, p) => s + p.x, 0) / n;
  const meanY = known.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of known) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanY - slope * meanX;
  const round1 = (v: number) => Math.round(v * 10) / 10;
  return {
    slopePerMonth: round1(slope),
    points: series.map((p, x) => ({ month: p.month, value: round1(Math.max(0, intercept + slope * x)) })),
  };
}
