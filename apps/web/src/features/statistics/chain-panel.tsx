import { CHAIN_DURATIONS, type ChainPerformance, type DurationFigure } from '@keten/shared';
import { NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { StatChart } from './stat-chart.tsx';
import { useStatLabels } from './stat-labels.ts';
import { DisclosureNote, ScrollTable } from './stat-table-view.tsx';
import { PanelCard, PanelState } from './panels.tsx';
import { useChainPerformance, useStatTable, type StatAudience } from './statistics-api.ts';

const TABLES = ['unansweredReferrals', 'proceduresByPhase', 'documentsByType', 'endsByReason'] as const satisfies readonly (keyof ChainPerformance)[];

/**
 * The chain's performance: lead times (median and 90th percentile, computed by the server) and
 * where procedures stand. National figures withhold a lead time computed over fewer than k files.
 */
export function ChainPanel({ audience }: { audience: StatAudience }) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  const [year, setYear] = useState<number | null>(null);
  // The years offered are those the figures hold (the rows of the victims-per-year table).
  const years = useStatTable('victims', audience === 'national' ? { audience, filter: { by: 'none' }, method: 'suppress' } : { audience, filters: {} }, 'year');
  const yearOptions = (years.data?.table.rows ?? []).filter((y) => /^\d{4}$/.test(y));
  const query = useChainPerformance(audience, year);
  return (
    <Stack gap="md" component="section" aria-labelledby="chain-heading">
      <Title order={2} id="chain-heading">
        {t('statisticsUi.chain.heading')}
      </Title>
      <Text c="dimmed">{t('statisticsUi.chain.intro')}</Text>
      <NativeSelect
        label={t('statisticsUi.chain.year')}
        value={year === null ? '' : String(year)}
        onChange={(e) => setYear(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
        data={[{ value: '', label: t('statisticsUi.chain.allYears') }, ...yearOptions.map((y) => ({ value: y, label: y }))]}
        maw={240}
      />
      {query.data ? (
        <>
          <DisclosureNote disclosure={query.data.disclosure} />
          <PanelCard title={t('statisticsUi.chain.durationsCaption')}>
            <Durations figures={query.data.durations} k={query.data.disclosure.k} />
          </PanelCard>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {TABLES.map((name) => {
              const table = query.data[name];
              const title = labels.dimension(name);
              return (
                <PanelCard key={name} title={title}>
                  {table.rows.length === 0 ? (
                    <Text c="dimmed">{t('statisticsUi.chain.noData')}</Text>
                  ) : (
                    <StatChart table={table} disclosure={query.data.disclosure} caption={title} label={labels.value} dimensionLabel={labels.dimension} />
                  )}
                </PanelCard>
              );
            })}
          </SimpleGrid>
        </>
      ) : (
        <PanelState isPending={query.isPending} error={query.error} />
      )}
    </Stack>
  );
}

function Durations({ figures, k }: { figures: DurationFigure[]; k: number | null }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const byMeasure = new Map(figures.map((f) => [f.measure, f]));
  const days = (v: number | null) => (v === null ? t('statisticsUi.chain.noData') : formatNumber(v, { maximumFractionDigits: 1 }));
  return (
    <ScrollTable label={t('statisticsUi.chain.durationsCaption')} minWidth={480}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{t('statisticsUi.chain.durationsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statisticsUi.chain.measure')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('statisticsUi.chain.n')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('statisticsUi.chain.median')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('statisticsUi.chain.p90')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CHAIN_DURATIONS.map((measure) => {
            const f = byMeasure.get(measure);
            const withheld = f !== undefined && f.suppressed !== null;
            return (
              <Table.Tr key={measure} data-testid={`duration-${measure}`}>
                <Table.Th scope="row" fw={500}>
                  {t(`statisticsUi.chain.durations.${measure}`)}
                </Table.Th>
                {withheld ? (
                  <Table.Td colSpan={3} ta="end">
                    {t('statisticsUi.chain.withheld', { k: k ?? '' })}
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="end">{f === undefined || f.n === null ? t('statisticsUi.chain.noData') : formatNumber(f.n)}</Table.Td>
                    <Table.Td ta="end">{days(f?.medianDays ?? null)}</Table.Td>
                    <Table.Td ta="end">{days(f?.p90Days ?? null)}</Table.Td>
                  </>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
