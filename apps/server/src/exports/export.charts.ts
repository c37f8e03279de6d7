import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ExportItem } from './export.content.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/*
 * The dashboard's charts rendered on the server for the PDF: ECharts' server-side rendering to an
 * SVG string (no DOM, no canvas), which pdfmake draws as vectors. Suppressed cells are gaps, never
 * zeros: a chart must not show what the table hides.
 */

const PALETTE = ['#1f5f8b', '#c0504d', '#4f8f3a', '#8064a2', '#d08c1f', '#2c8c99', '#7f7f7f', '#b5446e'];

export const CHART_WIDTH = 500;
export const CHART_HEIGHT = 240;

export function chartSvg(item: ExportItem): string | null {
  if (!item.chart || item.table.rows.length === 0) {
    return null;
  }
  const t = item.table;
  const value = (c: { value: number | null } | undefined) => (c?.value ?? null);
  const series =
    t.columns && item.columnLabels
      ? item.columnLabels.map((name, j) => ({
          name,
          type: item.chart === 'line' ? ('line' as const) : ('bar' as const),
          showSymbol: t.rows.length <= 24,
          stack: item.chart === 'stacked' ? 'total' : undefined,
          data: t.cells.map((row) => value(row[j])),
        }))
      : [{ name: item.title, type: item.chart === 'line' ? ('line' as const) : ('bar' as const), showSymbol: t.rows.length <= 24, data: t.cells.map((row) => value(row[0])) }];
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: 'Roboto, sans-serif', fontSize: 9 },
      grid: { left: 40, right: 10, top: t.columns ? 30 : 10, bottom: 70 },
      legend: t.columns ? { top: 0, type: 'plain', textStyle: { fontSize: 8 } } : undefined,
      xAxis: { type: 'category', data: item.rowLabels.map((l) => (l.length > 22 ? `${l.slice(0, 21)}…` : l)), axisLabel: { rotate: 40, fontSize: 8, interval: item.chart === 'line' ? 'auto' : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
