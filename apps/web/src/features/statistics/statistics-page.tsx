import { REGIONS, SIGNAL_STAT_DIMENSIONS, VICTIM_STAT_DIMENSIONS, type Region, type SignalTimeline } from '@keten/shared';
import { Alert, NativeSelect, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { Chart, type ChartOption } from '../../components/chart.tsx';
import { formatNumber, useFormat } from '../../lib/format.ts';
import { RequireCapability } from '../session/require-session.tsx';
import { hasAnyCapability, useSessionUser } from '../session/use-session.ts';
import { useVocabulary } from '../signals/vocabulary.ts';
import type { ExportTableSpec } from '@keten/shared/exports';
import { ChainPanel } from './chain-panel.tsx';
import { PanelCard, PanelState } from './panels.tsx';
import { ExportButtons, exportScope } from './export-job.tsx';
import {
  SIGNAL_KINDS_FILTER,
  useSignalStatistics,
  useSignalTimeline,
  useStatTable,
  type DashboardFilters,
  type InternalFilters,
  type OutwardFilter,
  type SignalKindFilter,
  type StatUnit,
} from './statistics-api.ts';
import { SERIES_COLOURS, StatChart } from './stat-chart.tsx';
import { useStatLabels } from './stat-labels.ts';
import { DisclosureNote, ScrollTable, StatCellView, StatTableView } from './stat-table-view.tsx';

/** The dimensions each drawn as its own panel (for signals, the source is the kind of signal). */
const PANELS: Record<StatUnit, readonly string[]> = {
  signals: ['form', 'sector', 'isicSection', 'gender', 'ageBand', 'nationalityGroup', 'nationality', 'kind', 'district', 'region'],
  victims: ['form', 'gender', 'ageBand', 'ageGroup', 'nationalityGroup', 'nationality', 'referralSource', 'district', 'region', 'centre', 'status'],
};
const CROSS_DIMENSIONS: Record<StatUnit, readonly string[]> = {
  signals: SIGNAL_STAT_DIMENSIONS.filter((d) => d !== 'month'),
  victims: VICTIM_STAT_DIMENSIONS.filter((d) => d !== 'month'),
};

export function StatisticsPage() {
  return (
    <RequireCapability anyOf={['statistics.internal', 'statistics.outward']}>
      <Dashboard />
    </RequireCapability>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  useDocumentTitle(t('statisticsUi.dashboard.pageTitle'));
  const user = useSessionUser();
  const national = hasAnyCapability(user, ['statistics.outward']);
  const [internal, setInternal] = useState<InternalFilters>({});
  const [outward, setOutward] = useState<OutwardFilter>({ by: 'none' });
  const [method, setMethod] = useState<'suppress' | 'round'>('suppress');
  const [unit, setUnit] = useState<StatUnit>('signals');
  const filters: DashboardFilters = useMemo(
    () => (national ? { audience: 'national', filter: outward, method } : { audience: 'organisation', filters: internal }),
    [national, outward, method, internal],
  );
  return (
    <Stack gap="lg" py="md">
      <Stack gap={4}>
        <Title order={1}>{t('statisticsUi.dashboard.title')}</Title>
        <Text c="dimmed">{national ? t('statisticsUi.dashboard.introNational') : t('statisticsUi.dashboard.introOwn')}</Text>
        {national ? (
          <AnchorLink to="/statistics/external" size="sm">
            {t('statisticsUi.dashboard.externalLink')}
          </AnchorLink>
        ) : null}
      </Stack>
      {national ? (
        <OutwardFilterBar filter={outward} onChange={setOutward} method={method} onMethod={setMethod} />
      ) : (
        <InternalFilterBar filters={internal} onChange={setInternal} showKind={unit === 'signals'} />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={600} id="statistics-unit-label">
          {t('statisticsUi.units.choose')}
        </Text>
        <SegmentedControl
          aria-labelledby="statistics-unit-label"
          value={unit}
          onChange={(value) => setUnit(value === 'victims' ? 'victims' : 'signals')}
          data={[
            { value: 'signals', label: t('statisticsUi.units.signals') },
            { value: 'victims', label: t('statisticsUi.units.victims') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <Title order={2}>{unit === 'victims' ? t('statisticsUi.units.victimsHeading') : t('statisticsUi.dashboard.signalsHeading')}</Title>
      {unit === 'victims' ? <Text c="dimmed">{t('statisticsUi.units.victimsIntro')}</Text> : null}
      {unit === 'victims' && national && outward.by === 'kind' ? (
        <Alert color="yellow" variant="light">
          {t('statisticsUi.units.kindNotForVictims')}
        </Alert>
      ) : null}
      <PageDisclosure filters={filters} unit={unit} />
      {unit === 'signals' ? <ExportButtons request={{ kind: 'dashboard', ...exportScope(filters, 'signals') }} /> : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {unit === 'signals' ? <TimelinePanel filters={filters} /> : <DimensionPanel filters={filters} unit="victims" dimension="month" line />}
        <DimensionPanel filters={filters} unit={unit} dimension="year" vertical />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {PANELS[unit].map((d) => (
          <DimensionPanel key={`${unit}-${d}`} filters={filters} unit={unit} dimension={d} />
        ))}
      </SimpleGrid>
      <CrossPanel key={unit} filters={filters} unit={unit} />
      <ChainPanel audience={national ? 'national' : 'organisation'} />
    </Stack>
  );
}

/** How the figures on this page were protected (the same for every panel of one filter set). */
function PageDisclosure({ filters, unit }: { filters: DashboardFilters; unit: StatUnit }) {
  const query = useStatTable(unit, filters, 'year');
  return query.data ? <DisclosureNote disclosure={query.data.disclosure} /> : null;
}

// --- filters ---------------------------------------------------------------------------------------

function InternalFilterBar({ filters, onChange, showKind }: { filters: InternalFilters; onChange: (f: InternalFilters) => void; showKind: boolean }) {
  const { t } = useTranslation();
  const v = useVocabulary();
  const invalid = filters.from && filters.to && filters.from > filters.to ? t('statisticsUi.filters.invalidRange') : null;
  return (
    <SimpleGrid component="form" aria-label={t('statisticsUi.filters.label')} cols={{ base: 1, xs: 3 }} spacing="sm" onSubmit={(e) => e.preventDefault()}>
      <TextInput
        type="date"
        label={t('statisticsUi.filters.from')}
        value={filters.from ?? ''}
        onChange={(e) => onChange({ ...filters, from: e.currentTarget.value || undefined })}
      />
      <TextInput
        type="date"
        label={t('statisticsUi.filters.to')}
        value={filters.to ?? ''}
        error={invalid}
        onChange={(e) => onChange({ ...filters, to: e.currentTarget.value || undefined })}
      />
      {showKind ? (
        <NativeSelect
          label={t('statisticsUi.filters.kind')}
          value={filters.kind ?? ''}
          onChange={(e) => onChange({ ...filters, kind: (e.currentTarget.value || undefined) as SignalKindFilter | undefined })}
          data={[{ value: '', label: t('statisticsUi.filters.allKinds') }, ...SIGNAL_KINDS_FILTER.map((k) => ({ value: k, label: v.kind(k) }))]}
        />
      ) : null}
    </SimpleGrid>
  );
}

function OutwardFilterBar({
  filter,
  onChange,
  method,
  onMethod,
}: {
  filter: OutwardFilter;
  onChange: (f: OutwardFilter) => void;
  method: 'suppress' | 'round';
  onMethod: (m: 'suppress' | 'round') => void;
}) {
  const { t } = useTranslation();
  const v = useVocabulary();
  // The years offered are the rows of the unfiltered national year table.
  const years = useSignalStatistics({ audience: 'national', filter: { by: 'none' }, method: 'suppress' }, 'year');
  const yearOptions = (years.data?.table.rows ?? []).filter((y) => /^\d{4}$/.test(y));
  const values: { value: string; label: string }[] =
    filter.by === 'year'
      ? yearOptions.map((y) => ({ value: y, label: y }))
      : filter.by === 'region'
        ? REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))
        : filter.by === 'kind'
          ? SIGNAL_KINDS_FILTER.map((k) => ({ value: k, label: v.kind(k) }))
          : [];
  const current = filter.by === 'none' ? '' : String(filter.value);
  const setBy = (by: OutwardFilter['by']) => {
    if (by === 'none') {
      onChange({ by });
    } else if (by === 'year') {
      const last = yearOptions.at(-1);
      onChange(last ? { by, value: Number(last) } : { by: 'none' });
    } else if (by === 'region') {
      onChange({ by, value: REGIONS[0] });
    } else {
      onChange({ by, value: 'professional' });
    }
  };
  const setValue = (value: string) => {
    if (filter.by === 'year') {
      onChange({ by: 'year', value: Number(value) });
    } else if (filter.by === 'region') {
      onChange({ by: 'region', value: value as Region });
    } else if (filter.by === 'kind') {
      onChange({ by: 'kind', value: value as SignalKindFilter });
    }
  };
  return (
    <Stack gap="xs">
      <SimpleGrid component="form" aria-label={t('statisticsUi.filters.label')} cols={{ base: 1, xs: 3 }} spacing="sm" onSubmit={(e) => e.preventDefault()}>
        <NativeSelect
          label={t('statisticsUi.filters.filterBy')}
          value={filter.by}
          onChange={(e) => setBy(e.currentTarget.value as OutwardFilter['by'])}
          data={[
            { value: 'none', label: t('statisticsUi.filters.none') },
            ...(yearOptions.length > 0 ? [{ value: 'year', label: t('statisticsUi.filters.year') }] : []),
            { value: 'region', label: t('statisticsUi.filters.region') },
            { value: 'kind', label: t('statisticsUi.filters.kind') },
          ]}
        />
        <NativeSelect
          label={t('statisticsUi.filters.value')}
          value={current}
          disabled={filter.by === 'none'}
          onChange={(e) => setValue(e.currentTarget.value)}
          data={filter.by === 'none' ? [{ value: '', label: t('statisticsUi.filters.chooseValue') }] : values}
        />
        <NativeSelect
          label={t('statisticsUi.disclosure.method')}
          value={method}
          onChange={(e) => onMethod(e.currentTarget.value === 'round' ? 'round' : 'suppress')}
          data={[
            { value: 'suppress', label: t('statisticsUi.disclosure.methodSuppress') },
            { value: 'round', label: t('statisticsUi.disclosure.methodRound') },
          ]}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('statisticsUi.filters.outwardHelp')}
      </Text>
    </Stack>
  );
}

// --- panels ----------------------------------------------------------------------------------------

function DimensionPanel({
  filters,
  unit,
  dimension,
  vertical = false,
  line = false,
}: {
  filters: DashboardFilters;
  unit: StatUnit;
  dimension: string;
  vertical?: boolean;
  line?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  const query = useStatTable(unit, filters, dimension);
  const title =
    dimension === 'year'
      ? unit === 'victims'
        ? `${t('statisticsUi.units.victims')} — ${labels.dimension('year')}`
        : t('statisticsUi.dashboard.yearHeading')
      : dimension === 'month'
        ? t('statisticsUi.units.victimTimelineHeading')
        : labels.dimension(dimension);
  const unitLabel = t(`statisticsUi.units.${unit}`);
  return (
    <PanelCard title={title}>
      {query.data ? (
        <Stack gap="xs">
          {query.data.table.rows.length === 0 ? (
            <Text c="dimmed">{t('statisticsUi.dashboard.empty')}</Text>
          ) : (
            <StatChart
              table={query.data.table}
              disclosure={query.data.disclosure}
              caption={`${unitLabel} — ${labels.dimension(dimension)}`}
              label={labels.value}
              dimensionLabel={labels.dimension}
              horizontal={!vertical}
              line={line}
            />
          )}
          {query.data.table.multiValued ? (
            <Text size="sm" c="dimmed">
              {t('statisticsUi.disclosure.multiValued')}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <PanelState isPending={query.isPending} error={query.error} />
      )}
    </PanelCard>
  );
}

function timelineOption(timeline: SignalTimeline, monthLabel: (m: string) => string, language: string, trendName: string): ChartOption {
  return {
    color: SERIES_COLOURS,
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: timeline.points.map((p) => monthLabel(p.month)), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (n: number) => formatNumber(n, language) } },
    series: [
      {
        type: 'line',
        name: '',
        connectNulls: false,
        showSymbol: timeline.points.length <= 36,
        data: timeline.points.map((p) => (p.suppressed === null ? p.value : null)),
      },
      // The trend comes from the server (least squares over the published months), drawn dashed.
      ...(timeline.trend
        ? [
            {
              type: 'line' as const,
              name: trendName,
              showSymbol: false,
              lineStyle: { type: 'dashed' as const, width: 2 },
              data: timeline.trend.points.map((p) => p.value),
            },
          ]
        : []),
    ],
  };
}

function TimelinePanel({ filters }: { filters: DashboardFilters }) {
  const { t, i18n } = useTranslation();
  const labels = useStatLabels();
  const { formatNumber: fmt } = useFormat();
  const query = useSignalTimeline(filters);
  const title = t('statisticsUi.dashboard.timelineHeading');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const label = labels.value;
  const option = useMemo(
    () => (query.data ? timelineOption(query.data, (m) => label('month', m), language, t('statisticsUi.dashboard.trend')) : null),
    [query.data, label, language, t],
  );
  if (!query.data || !option) {
    return (
      <PanelCard title={title}>
        <PanelState isPending={query.isPending} error={query.error} />
      </PanelCard>
    );
  }
  const points = query.data.points;
  const k = query.data.disclosure.k;
  if (points.length === 0) {
    return (
      <PanelCard title={title}>
        <Text c="dimmed">{t('statisticsUi.dashboard.empty')}</Text>
      </PanelCard>
    );
  }
  const total = query.data.total.value === null ? t('statisticsUi.table.secondary') : fmt(query.data.total.value);
  const trend = query.data.trend;
  const summary = [
    t('statisticsUi.dashboard.timelineSummary', {
      from: labels.value('month', points[0]?.month ?? ''),
      to: labels.value('month', points.at(-1)?.month ?? ''),
      total,
    }),
    trend ? t('statisticsUi.dashboard.trendSummary', { slope: fmt(trend.slopePerMonth, { signDisplay: 'exceptZero' }) }) : '',
  ]
    .join(' ')
    .trim();
  return (
    <PanelCard title={title}>
      <Chart
        option={option}
        summary={summary}
        height={300}
        table={
          <ScrollTable label={title} minWidth={220}>
            <Table striped withTableBorder verticalSpacing={4} fz="sm">
              <Table.Caption>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('statisticsUi.dimensions.month')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('statisticsUi.table.count')}
                  </Table.Th>
                  {trend && (
                    <Table.Th scope="col" ta="end">
                      {t('statisticsUi.dashboard.trend')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((p, i) => (
                  <Table.Tr key={p.month}>
                    <Table.Th scope="row" fw={500}>
                      {labels.value('month', p.month)}
                    </Table.Th>
                    <Table.Td ta="end">
                      <StatCellView cell={p} k={k} />
                    </Table.Td>
                    {trend && (
                      <Table.Td ta="end" c="dimmed">
                        {fmt(trend.points[i]?.value ?? 0, { maximumFractionDigits: 1 })}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('statisticsUi.table.total')}</Table.Th>
                  <Table.Td ta="end" fw={700}>
                    <StatCellView cell={query.data.total} k={k} />
                  </Table.Td>
                  {trend && <Table.Td />}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollTable>
        }
      />
    </PanelCard>
  );
}

function CrossPanel({ filters, unit }: { filters: DashboardFilters; unit: StatUnit }) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  const [rows, setRows] = useState('form');
  const [columns, setColumns] = useState('gender');
  const by2 = columns === '' || columns === rows ? undefined : columns;
  const query = useStatTable(unit, filters, rows, by2);
  const title = t('statisticsUi.dashboard.crossHeading');
  const options = CROSS_DIMENSIONS[unit].map((d) => ({ value: d, label: labels.dimension(d) }));
  return (
    <PanelCard title={title}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('statisticsUi.dashboard.crossIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect label={t('statisticsUi.dashboard.rows')} value={rows} onChange={(e) => setRows(e.currentTarget.value)} data={options} />
          <NativeSelect
            label={t('statisticsUi.dashboard.columns')}
            value={columns}
            onChange={(e) => setColumns(e.currentTarget.value)}
            data={[{ value: '', label: t('statisticsUi.dashboard.noColumns') }, ...options.filter((o) => o.value !== rows)]}
          />
        </SimpleGrid>
        {query.data ? (
          <>
            <StatTableView
              table={query.data.table}
              disclosure={query.data.disclosure}
              caption={`${t(`statisticsUi.units.${unit}`)} — ${labels.dimension(rows)}${by2 ? ` × ${labels.dimension(by2)}` : ''}`}
              label={labels.value}
              dimensionLabel={labels.dimension}
            />
            <DisclosureNote disclosure={query.data.disclosure} multiValued={query.data.table.multiValued} />
            <ExportButtons request={{ kind: 'table', tables: [{ source: unit, groupBy: rows, ...(by2 ? { by2 } : {}) } as ExportTableSpec], ...exportScope(filters, unit) }} />
          </>
        ) : (
          <PanelState isPending={query.isPending} error={query.error} />
        )}
      </Stack>
    </PanelCard>
  );
}
