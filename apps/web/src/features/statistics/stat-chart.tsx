import type { DisclosureInfo, StatCell, StatTable } from '@keten/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../components/chart.tsx';
import { useFormat } from '../../lib/format.ts';
import { StatTableView } from './stat-table-view.tsx';

/** Colour-blind-safe series colours (Okabe–Ito, darkened for contrast on white). */
export const SERIES_COLOURS = ['#0b5fa5', '#c25400', '#1b7f5f', '#8f3f97', '#a0760b', '#3a6f8f', '#b3306b', '#5a5a5a'];

const valueOf = (cell: StatCell | undefined) => (cell && cell.suppressed === null ? cell.value : null);

/**
 * Chart layout of a table the server computed: categories on one axis, one series per column
 * (stacked) or one series of the row counts. Hidden cells are gaps; nothing is summed here.
 */
export function tableChartOption(
  table: StatTable,
  label: (dimension: string, key: string) => string,
  opts: { horizontal: boolean; formatNumber: (n: number) => string; line?: boolean },
): ChartOption {
  if (opts.line) {
    return {
      color: SERIES_COLOURS,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: table.rows.map((r) => label(table.rowDimension, r)), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (n: number) => opts.formatNumber(n) } },
      series: [{ type: 'line', name: '', connectNulls: false, data: table.cells.map((row) => valueOf(row[0])) }],
    };
  }
  const categories = table.rows.map((r) => label(table.rowDimension, r));
  const columns = table.columns;
  const colDim = table.columnDimension;
  const series =
    columns && colDim
      ? columns.map((c, j) => ({
          type: 'bar' as const,
          name: label(colDim, c),
          stack: 'total',
          data: table.cells.map((row) => valueOf(row[j])),
        }))
      : [{ type: 'bar' as const, name: '', data: table.cells.map((row) => valueOf(row[0])) }];
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    axisLabel: { width: opts.horizontal ? 150 : 90, overflow: 'truncate' as const, interval: 0, rotate: opts.horizontal ? 0 : 30 },
    inverse: opts.horizontal,
  };
  const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: { formatter: (n: number) => opts.formatNumber(n) } };
  return {
    color: SERIES_COLOURS,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: columns ? { type: 'scroll', bottom: 0 } : { show: false },
    grid: { left: 8, right: 16, top: 8, bottom: columns ? 36 : 8, containLabel: true },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? categoryAxis : valueAxis,
    series,
  };
}

interface StatChartProps {
  table: StatTable;
  disclosure: DisclosureInfo;
  /** Caption of the table and subject of the summary ("Signals by gender"). */
  caption: string;
  label: (dimension: string, key: string) => string;
  dimensionLabel: (dimension: string) => string;
  horizontal?: boolean;
  /** A line over the rows (months) instead of bars. */
  line?: boolean;
}

/** A bar chart of a table with the table itself as its accessible alternative. */
export function StatChart({ table, disclosure, caption, label, dimensionLabel, horizontal = true, line = false }: StatChartProps) {
  const { t, i18n } = useTranslation();
  const { formatNumber } = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const option = useMemo(
    () => tableChartOption(table, label, { horizontal: horizontal && !line, line, formatNumber: (n) => formatNumber(n) }),
    // The number format follows the language; `formatNumber` itself is new on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, horizontal, line, language, label],
  );
  const suppressed = table.cells.flat().filter((c) => c.suppressed !== null).length;
  const total = table.total.value === null ? t('statisticsUi.table.secondary') : formatNumber(table.total.value);
  const summaryArgs = { title: caption, count: table.rows.length, total, suppressed };
  const summary = suppressed > 0 ? t('statisticsUi.dashboard.chartSummarySuppressed', summaryArgs) : t('statisticsUi.dashboard.chartSummary', summaryArgs);
  const height = horizontal && !line ? Math.max(160, 28 * table.rows.length + (table.columns ? 60 : 24)) : 300;
  return (
    <Chart
      option={option}
      summary={summary}
      height={height}
      table={<StatTableView table={table} disclosure={disclosure} caption={caption} label={label} dimensionLabel={dimensionLabel} />}
    />
  );
}
