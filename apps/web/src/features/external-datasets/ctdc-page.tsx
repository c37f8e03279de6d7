import { CTDC_GROUP_BY, type CtdcGroupBy, type ExternalDataset } from '@keten/shared';
import { Alert, Badge, Button, Card, Group, Input, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { labelOf, useCountryOptions } from '../signals/reference-api.ts';
import { JobProgress } from '../statistics/progress-bar.tsx';
import { StatChart } from '../statistics/stat-chart.tsx';
import { DisclosureNote, ScrollTable } from '../statistics/stat-table-view.tsx';
import { useCtdcSummary, useDataset, useDatasets, useStartCtdcImport } from './ctdc-api.ts';

export function CtdcPage() {
  return (
    <RequireCapability anyOf={['statistics.outward']}>
      <CtdcScreen />
    </RequireCapability>
  );
}

const isGroupBy = (v: string): v is CtdcGroupBy => (CTDC_GROUP_BY as readonly string[]).includes(v);

/**
 * The server's rejection reasons are short English codes with a field name (never a value);
 * they are shown in the user's language, and as they are when this build does not know them.
 */
export function rejectionText(t: TFunction, reason: string): string {
  let m = /^expected (\d+) fields, got (\d+)$/.exec(reason);
  if (m) {
    return t('statisticsUi.ctdc.reasons.fieldCount', { expected: m[1], found: m[2] });
  }
  m = /^invalid country code in (\w+)$/.exec(reason);
  if (m) {
    return t('statisticsUi.ctdc.reasons.invalidCountry', { field: m[1] });
  }
  m = /^invalid (\w+)$/.exec(reason);
  if (m) {
    return t('statisticsUi.ctdc.reasons.invalidField', { field: m[1] });
  }
  m = /^flag (\w+) is not 0, 1 or empty$/.exec(reason);
  if (m) {
    return t('statisticsUi.ctdc.reasons.invalidFlag', { field: m[1] });
  }
  return reason;
}

function CtdcScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('statisticsUi.ctdc.pageTitle'));
  const [current, setCurrent] = useState<string | null>(null);
  return (
    <Stack gap="lg" py="md">
      <Stack gap={4}>
        <Title order={1}>{t('statisticsUi.ctdc.title')}</Title>
        <Text c="dimmed">{t('statisticsUi.ctdc.intro')}</Text>
      </Stack>
      <ImportCard onStarted={setCurrent} />
      {current ? <ImportStatus id={current} /> : null}
      <DatasetList selected={current} onSelect={setCurrent} />
    </Stack>
  );
}

function ImportCard({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const fileId = useId();
  const start = useStartCtdcImport();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async () => {
    if (!file) {
      setMissing(true);
      return;
    }
    const csv = await file.text();
    const trimmed = name.trim();
    start.mutate(trimmed ? { csv, name: trimmed } : { csv }, { onSuccess: (ds) => onStarted(ds.id) });
  };
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${fileId}-h`}>
      <Title order={2} size="h3" mb="sm" id={`${fileId}-h`}>
        {t('statisticsUi.ctdc.importHeading')}
      </Title>
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Input.Wrapper
          id={fileId}
          label={t('statisticsUi.ctdc.file')}
          description={t('statisticsUi.ctdc.fileHelp')}
          error={missing ? t('statisticsUi.ctdc.noFile') : undefined}
          required
        >
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={`${fileId}-description${missing ? ` ${fileId}-error` : ''}`}
            aria-invalid={missing}
            style={{ display: 'block', marginTop: 4 }}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        </Input.Wrapper>
        <TextInput label={t('statisticsUi.ctdc.name')} value={name} maxLength={200} onChange={(e) => setName(e.currentTarget.value)} />
        {start.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(start.error)}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={start.isPending}>
            {t('statisticsUi.ctdc.start')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ImportStatus({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useDataset(id);
  if (query.isPending) {
    return <PageLoader />;
  }
  if (query.isError) {
    return (
      <Alert color="red" role="alert">
        {errorMessage(query.error)}
      </Alert>
    );
  }
  const ds = query.data;
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="section" aria-label={t('statisticsUi.ctdc.summaryHeading')}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('statisticsUi.ctdc.summaryHeading')}
            </Title>
            <StatusBadge status={ds.status} />
          </Group>
          <Text fw={600}>{ds.name}</Text>
          {ds.status === 'queued' || ds.status === 'running' ? (
            <JobProgress label={t('statisticsUi.ctdc.progress')} value={ds.progress} valueText={t('statisticsUi.ctdc.progressValue', { value: ds.progress })} />
          ) : null}
          {ds.status === 'failed' ? (
            <Alert color="red" role="alert">
              {t('statisticsUi.ctdc.failed', { error: ds.error ?? '' })}
            </Alert>
          ) : null}
          <ImportCounts ds={ds} />
          {ds.rejected.length > 0 ? <RejectedLines ds={ds} /> : null}
        </Stack>
      </Card>
      {ds.status === 'done' ? <CtdcDashboard dataset={ds} /> : null}
    </Stack>
  );
}

function StatusBadge({ status }: { status: ExternalDataset['status'] }) {
  const { t } = useTranslation();
  const color = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' }[status];
  return (
    <Badge color={color} variant="light" c="dark.7">
      {t(`statisticsUi.ctdc.status.${status}`)}
    </Badge>
  );
}

function ImportCounts({ ds }: { ds: ExternalDataset }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const items = [
    ['rowsRead', ds.rowsRead],
    ['rowsImported', ds.rowsImported],
    ['rowsRejected', ds.rowsRejected],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" m={0}>
      {items.map(([key, value]) => (
        <div key={key}>
          <Text component="dt" size="sm" c="dimmed">
            {t(`statisticsUi.ctdc.${key}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700} data-testid={`ctdc-${key}`}>
            {formatNumber(value)}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function RejectedLines({ ds }: { ds: ExternalDataset }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('statisticsUi.ctdc.rejectedHeading')}
      </Title>
      <ScrollTable label={t('statisticsUi.ctdc.rejectedCaption')} minWidth={300}>
        <Table striped withTableBorder verticalSpacing={4} fz="sm">
          <Table.Caption>{t('statisticsUi.ctdc.rejectedCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('statisticsUi.ctdc.line')}</Table.Th>
              <Table.Th scope="col">{t('statisticsUi.ctdc.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ds.rejected.map((r) => (
              <Table.Tr key={`${r.line}-${r.reason}`}>
                <Table.Th scope="row" fw={500}>
                  {r.line}
                </Table.Th>
                <Table.Td>{rejectionText(t, r.reason)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function DatasetList({ selected, onSelect }: { selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useFormat();
  const errorMessage = useErrorMessage();
  const list = useDatasets();
  return (
    <Stack gap="sm" component="section" aria-label={t('statisticsUi.ctdc.datasetsHeading')}>
      <Title order={2} size="h3">
        {t('statisticsUi.ctdc.datasetsHeading')}
      </Title>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(list.error)}
        </Alert>
      ) : (
        <DataTable<ExternalDataset>
          caption={t('statisticsUi.ctdc.datasetsHeading')}
          rows={list.data.data}
          rowKey={(d) => d.id}
          rowHeaderLabel={t('statisticsUi.ctdc.columns.name')}
          rowHeader={(d) => d.name}
          minWidth={560}
          empty={{ title: t('statisticsUi.ctdc.noDatasets') }}
          columns={[
            { key: 'status', header: t('statisticsUi.ctdc.columns.status'), render: (d) => <StatusBadge status={d.status} /> },
            { key: 'created', header: t('statisticsUi.ctdc.columns.created'), render: (d) => formatDate(d.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) },
            { key: 'rows', header: t('statisticsUi.ctdc.columns.rows'), align: 'end', render: (d) => formatNumber(d.rowsImported) },
            {
              key: 'view',
              header: t('statisticsUi.ctdc.view'),
              hiddenHeader: true,
              render: (d) => (
                <Button size="xs" variant={selected === d.id ? 'filled' : 'light'} aria-pressed={selected === d.id} onClick={() => onSelect(d.id)}>
                  {t('statisticsUi.ctdc.view')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}

function CtdcDashboard({ dataset }: { dataset: ExternalDataset }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-label={t('statisticsUi.ctdc.dashboardHeading')}>
      <Title order={2} size="h3">
        {t('statisticsUi.ctdc.dashboardHeading')}
      </Title>
      <SourceNote id={dataset.id} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {CTDC_GROUP_BY.map((g) => (
          <CtdcPanel key={g} id={dataset.id} groupBy={g} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function SourceNote({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useCtdcSummary(id, 'year');
  if (!query.data) {
    return null;
  }
  const { source, disclosure } = query.data;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('statisticsUi.ctdc.sourceNote', { name: source.name, terms: source.terms })}</Text>
      {source.kAnonymised ? (
        <Text size="sm" c="dimmed">
          {t('statisticsUi.ctdc.kAnonymised')}
        </Text>
      ) : null}
      <DisclosureNote disclosure={disclosure} />
    </Stack>
  );
}

function CtdcPanel({ id, groupBy }: { id: string; groupBy: CtdcGroupBy }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useCtdcSummary(id, groupBy);
  const field = useCallback((f: string) => (isGroupBy(f) ? t(`statisticsUi.ctdc.fields.${f}`) : f), [t]);
  // CTDC values are the dataset's own codes and English terms; they are shown as published.
  // Countries are ISO codes: named in the user's language.
  const countries = useCountryOptions();
  const value = useCallback(
    (d: string, key: string) => {
      if (key === 'unknown' || key === 'Unknown' || key === '') {
        return t('statisticsUi.values.unknown');
      }
      return d === 'citizenship' || d === 'countryOfExploitation' ? labelOf(countries.options, key) : key;
    },
    [t, countries.options],
  );
  const title = field(groupBy);
  const unit = t('statisticsUi.dashboard.unitRecords');
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {query.data ? (
        <Stack gap="xs">
          {query.data.table.rows.length === 0 ? (
            <Text c="dimmed">{t('statisticsUi.dashboard.empty')}</Text>
          ) : (
            <StatChart
              table={query.data.table}
              disclosure={query.data.disclosure}
              caption={`${unit} — ${title}`}
              label={value}
              dimensionLabel={field}
              horizontal={groupBy !== 'year'}
            />
          )}
          {query.data.table.multiValued ? (
            <Text size="sm" c="dimmed">
              {t('statisticsUi.disclosure.multiValued')}
            </Text>
          ) : null}
        </Stack>
      ) : query.isPending ? (
        <PageLoader />
      ) : (
        <Alert color="red" role="alert">
          {errorMessage(query.error)}
        </Alert>
      )}
    </Card>
  );
}
