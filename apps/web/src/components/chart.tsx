import { Box } from '@mantine/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEcharts, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Only what the dashboards draw is registered: bars and lines, axes, tooltip, legend, SVG output
// (crisp at any zoom, and the same renderer the server uses for PDF reports).
registerEcharts([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

interface ChartProps {
  option: ChartOption;
  /** One sentence naming what the chart shows and its total: the chart's accessible name. */
  summary: string;
  /** The same figures as a table (screen readers, keyboard users, anyone who wants the numbers). */
  table: ReactNode;
  height?: number;
  /** The label of the control that shows the table; defaults to the statistics wording. */
  tableLabel?: string;
}

/**
 * An ECharts chart drawn from an option the caller builds from figures the server computed. The
 * drawing is an image with a summary as its name; the figures themselves are always available
 * next to it as a table. The chart follows its container's width and is disposed on unmount.
 */
export function Chart({ option, summary, table, height = 280, tableLabel }: ChartProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) {
      return undefined;
    }
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // The option is the whole picture: replace, do not merge (categories may have changed).
    chart.current?.setOption({ animation: false, aria: { enabled: false }, ...option }, { notMerge: true });
  }, [option]);

  return (
    <Box component="figure" m={0} data-testid="chart">
      <div ref={ref} role="img" aria-label={summary} style={{ width: '100%', height }} />
      <Box component="details" mt="xs" data-testid="chart-table">
        <Box component="summary" style={{ cursor: 'pointer' }} fz="sm" c="blue.8">
          {tableLabel ?? t('statisticsUi.table.showTable')}
        </Box>
        <Box mt="xs">{table}</Box>
      </Box>
    </Box>
  );
}
