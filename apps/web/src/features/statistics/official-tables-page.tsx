import { OFFICIAL_TABLES, type CellChange, type OfficialTable, type OfficialTableKey, type ReleaseSummary, type StatCell } from '@keten/shared';
import { Alert, Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { AppModal } from '../../components/app-modal.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { isApiError } from '../../lib/api.ts';
import { useFormat } from '../../lib/format.ts';
import { pick, useUiLanguage } from '../catalogues/localized.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { hasAnyCapability, useSessionUser } from '../session/use-session.ts';
import { ExportButtons } from './export-job.tsx';
import { PanelState } from './panels.tsx';
import { useStatLabels } from './stat-labels.ts';
import { DisclosureNote, ScrollTable, StatCellView, StatTableView } from './stat-table-view.tsx';
import { useOfficialTable, usePublishRelease, useRelease, useReleaseDiff, useReleases, type StatAudience } from './statistics-api.ts';

/** The years offered: the last ten calendar years, the last complete one first. */
function yearOptions(now = new Date()): string[] {
  const current = now.getFullYear();
  return Array.from({ length: 11 }, (_, i) => String(current - i));
}

export function OfficialTablesPage() {
  return (
    <RequireCapability anyOf={['statistics.internal', 'statistics.outward']}>
      <OfficialTables />
    </RequireCapability>
  );
}

function OfficialTables() {
  const { t } = useTranslation();
  useDocumentTitle(t('statisticsUi.official.pageTitle'));
  const national = hasAnyCapability(useSessionUser(), ['statistics.outward']);
  const audience: StatAudience = national ? 'national' : 'organisation';
  const years = yearOptions();
  const [table, setTable] = useState<OfficialTableKey>('myria_key_figures');
  const [period, setPeriod] = useState(years[1] ?? years[0] ?? '2025');
  const [method, setMethod] = useState<'suppress' | 'round'>('suppress');
  const query = useOfficialTable(audience, table, period, method);
  return (
    <Stack gap="lg" py="md">
      <Stack gap={4}>
        <Title order={1}>{t('statisticsUi.official.title')}</Title>
        <Text c="dimmed">{t('statisticsUi.official.intro')}</Text>
      </Stack>
      <SimpleGrid component="form" aria-label={t('statisticsUi.filters.label')} cols={{ base: 1, sm: national ? 3 : 2 }} spacing="sm" onSubmit={(e) => e.preventDefault()}>
        <NativeSelect
          label={t('statisticsUi.official.table')}
          value={table}
          onChange={(e) => setTable(e.currentTarget.value as OfficialTableKey)}
          data={OFFICIAL_TABLES.map((k) => ({ value: k, label: t(`statisticsTables.tables.${k}.title`) }))}
        />
        <NativeSelect label={t('statisticsUi.official.period')} value={period} onChange={(e) => setPeriod(e.currentTarget.value)} data={years} />
        {national ? (
          <NativeSelect
            label={t('statisticsUi.disclosure.method')}
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value === 'round' ? 'round' : 'suppress')}
            data={[
              { value: 'suppress', label: t('statisticsUi.disclosure.methodSuppress') },
              { value: 'round', label: t('statisticsUi.disclosure.methodRound') },
            ]}
          />
        ) : null}
      </SimpleGrid>
      {query.data ? <OfficialTableView data={query.data} /> : <PanelState isPending={query.isPending} error={query.error} />}
      <ExportButtons request={{ kind: 'table', tables: [{ source: 'official', table }], period: { year: Number(period) }, audience: national ? 'outward' : 'internal', method }} />
      {national ? <Releases table={table} period={period} method={method} /> : null}
    </Stack>
  );
}

function OfficialTableView({ data }: { data: OfficialTable }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const language = useUiLanguage();
  const labels = useStatLabels();
  const note = pick(data.definition.note, language);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="official-table-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="official-table-title">
            {pick(data.definition.title, language)}
          </Title>
          <Text size="sm" c="dimmed">
            {t('statisticsUi.official.periodDates', { from: formatDate(`${data.from}T00:00:00`), to: formatDate(`${data.to}T00:00:00`) })}
            {' · '}
            {t('statisticsUi.official.definitionVersion', { version: data.definitionVersion })}
          </Text>
        </Stack>
        <Text size="sm">{t('statisticsUi.official.linkedIntro')}</Text>
        <DisclosureNote disclosure={data.disclosure} />
        {data.parts.map((part) => (
          <Stack key={part.key} gap="xs" data-testid={`official-part-${part.key}`}>
            <Title order={3} size="h4">
              {pick(part.title, language)}
            </Title>
            <StatTableView table={part.table} disclosure={data.disclosure} caption={pick(part.title, language)} label={labels.value} dimensionLabel={labels.dimension} />
          </Stack>
        ))}
        {data.rates ? <Rates data={data} /> : null}
        <Alert color="gray" variant="light" title={t('statisticsUi.official.definition')} data-testid="definition-note">
          <Text size="sm">{note}</Text>
        </Alert>
      </Stack>
    </Card>
  );
}

function Rates({ data }: { data: OfficialTable }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const labels = useStatLabels();
  const area = (key: string) => (key === 'BE' ? labels.value('nationality', 'BE') : labels.value('region', key));
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('statisticsUi.official.rates')}
      </Title>
      <ScrollTable label={t('statisticsUi.official.ratesCaption')} minWidth={480}>
        <Table striped withTableBorder verticalSpacing={4} fz="sm">
          <Table.Caption>{t('statisticsUi.official.ratesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('statisticsUi.official.area')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('statisticsUi.official.victims')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('statisticsUi.official.population')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('statisticsUi.official.per100k')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data.rates ?? []).map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500}>
                  {area(r.key)}
                </Table.Th>
                <Table.Td ta="end">
                  <StatCellView cell={r.victims} k={data.disclosure.k} />
                </Table.Td>
                <Table.Td ta="end">
                  {r.population === null ? t('statisticsUi.official.noRate') : formatNumber(r.population)}
                  {r.populationToVerify ? (
                    <Badge ml={6} size="xs" variant="light" color="yellow" c="dark.7">
                      {t('statisticsUi.official.toVerify')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td ta="end">{r.per100k === null ? t('statisticsUi.official.noRate') : formatNumber(r.per100k, { maximumFractionDigits: 2 })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function Releases({ table, period, method }: { table: OfficialTableKey; period: string; method: 'suppress' | 'round' }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useFormat();
  const errorMessage = useErrorMessage();
  const releases = useReleases(table, true);
  const publish = usePublishRelease();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const [diffOf, setDiffOf] = useState<ReleaseSummary | null>(null);
  const rows = releases.data?.data ?? [];
  const isRevision = rows.some((r) => r.period === period);
  const noChange = isApiError(publish.error) && publish.error.reason === 'no_change';
  const confirm = () => {
    const trimmed = reason.trim();
    if (isRevision && trimmed.length < 10) {
      setReasonError(true);
      return;
    }
    publish.mutate(
      { table, period, method, ...(isRevision ? { reason: trimmed } : {}) },
      {
        onSuccess: (release) => {
          setConfirming(false);
          setReason('');
          setPublished(release.revision);
        },
      },
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="releases-heading">
      <Group justify="space-between">
        <Title order={2} size="h3" id="releases-heading">
          {t('statisticsUi.official.releasesHeading')}
        </Title>
        <Button
          data-testid="publish-release"
          onClick={() => {
            publish.reset();
            setReason('');
            setReasonError(false);
            setConfirming(true);
          }}
        >
          {t('statisticsUi.official.publish')}
        </Button>
      </Group>
      {published !== null ? (
        <Alert color="green" variant="light" role="status">
          {t('statisticsUi.official.published', { revision: published })}
        </Alert>
      ) : null}
      {releases.isPending ? (
        <PageLoader />
      ) : releases.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(releases.error)}
        </Alert>
      ) : (
        <DataTable<ReleaseSummary>
          caption={t('statisticsUi.official.releasesHeading')}
          rows={rows}
          rowKey={(r) => r.id}
          rowHeaderLabel={t('statisticsUi.official.period')}
          rowHeader={(r) => r.period}
          minWidth={720}
          empty={{ title: t('statisticsUi.official.noReleases') }}
          columns={[
            { key: 'revision', header: t('statisticsUi.official.revision'), align: 'end', render: (r) => formatNumber(r.revision) },
            { key: 'publishedAt', header: t('statisticsUi.official.publishedAt'), render: (r) => formatDate(r.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }) },
            { key: 'method', header: t('statisticsUi.official.method'), render: (r) => (r.method === 'round' ? t('statisticsUi.disclosure.methodRound') : t('statisticsUi.disclosure.methodSuppress')) },
            { key: 'changed', header: t('statisticsUi.official.changedCells'), align: 'end', render: (r) => formatNumber(r.changedCells) },
            { key: 'reason', header: t('statisticsUi.official.reasonColumn'), render: (r) => r.reason ?? '' },
            {
              key: 'diff',
              header: t('statisticsUi.official.viewChanges'),
              hiddenHeader: true,
              render: (r) => (
                <Button size="xs" variant="light" onClick={() => setDiffOf(r)} aria-label={`${t('statisticsUi.official.viewChanges')} — ${r.period}, ${t('statisticsUi.official.revision')} ${r.revision}`}>
                  {t('statisticsUi.official.viewChanges')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('statisticsUi.official.publishTitle')}
        confirmLabel={t('statisticsUi.official.publish')}
        pending={publish.isPending}
        error={noChange ? null : publish.error}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      >
        <Stack gap="sm">
          <Text>{t('statisticsUi.official.publishBody', { period })}</Text>
          {noChange ? (
            <Alert color="yellow" role="alert">
              {t('statisticsUi.official.noChange')}
            </Alert>
          ) : null}
          {isRevision ? (
            <>
              <Text>{t('statisticsUi.official.revisionBody')}</Text>
              <Textarea
                label={t('statisticsUi.official.reason')}
                description={t('statisticsUi.official.reasonHelp')}
                required
                autosize
                minRows={2}
                maxLength={2000}
                value={reason}
                error={reasonError ? t('statisticsUi.official.reasonRequired') : undefined}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setReasonError(false);
                }}
              />
            </>
          ) : null}
        </Stack>
      </ConfirmDialog>
      <DiffModal release={diffOf} onClose={() => setDiffOf(null)} />
    </Stack>
  );
}

function DiffModal({ release, onClose }: { release: ReleaseSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  const language = useUiLanguage();
  const diff = useReleaseDiff(release?.id ?? null);
  // The frozen release names its parts and their axes in the four languages.
  const frozen = useRelease(release?.id ?? null);
  const parts = new Map((frozen.data?.content.parts ?? []).map((p) => [p.key, p]));
  const k = frozen.data?.content.disclosure.k ?? null;
  const cell = (c: StatCell | null) => (c === null ? '—' : <StatCellView cell={c} k={k} />);
  const axis = (change: CellChange, which: 'row' | 'column') => {
    const key = which === 'row' ? change.row : change.column;
    if (key === null) {
      return '';
    }
    if (key === 'total') {
      return t('statisticsUi.table.total');
    }
    const table = parts.get(change.part)?.table;
    const dimension = which === 'row' ? table?.rowDimension : table?.columnDimension;
    return dimension ? labels.value(dimension, key) : key;
  };
  const partTitle = (key: string) => {
    const part = parts.get(key);
    return part ? pick(part.title, language) : key;
  };
  return (
    <AppModal opened={release !== null} onClose={onClose} size="xl" title={release ? t('statisticsUi.official.changesTitle', { revision: release.revision, period: release.period }) : ''}>
      {diff.data ? (
        <Stack gap="sm">
          {diff.data.release.reason ? (
            <Text>
              <Text span fw={700}>
                {t('statisticsUi.official.reasonColumn')}
              </Text>
              {' — '}
              {diff.data.release.reason}
            </Text>
          ) : null}
          {diff.data.previous === null ? (
            <Text>{t('statisticsUi.official.firstRelease')}</Text>
          ) : diff.data.changes.length === 0 ? (
            <Text>{t('statisticsUi.official.noChanges')}</Text>
          ) : (
            <ScrollTable label={t('statisticsUi.official.changesTitle', { revision: release?.revision ?? '', period: release?.period ?? '' })} minWidth={560}>
              <Table striped withTableBorder verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('statisticsUi.official.part')}</Table.Th>
                    <Table.Th scope="col">{t('statisticsUi.official.row')}</Table.Th>
                    <Table.Th scope="col">{t('statisticsUi.official.column')}</Table.Th>
                    <Table.Th scope="col" ta="end">
                      {t('statisticsUi.official.before')}
                    </Table.Th>
                    <Table.Th scope="col" ta="end">
                      {t('statisticsUi.official.after')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {diff.data.changes.map((c) => (
                    <Table.Tr key={`${c.part}-${c.row}-${c.column ?? ''}`}>
                      <Table.Td>{partTitle(c.part)}</Table.Td>
                      <Table.Td>{axis(c, 'row')}</Table.Td>
                      <Table.Td>{axis(c, 'column')}</Table.Td>
                      <Table.Td ta="end">{cell(c.before)}</Table.Td>
                      <Table.Td ta="end">{cell(c.after)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Stack>
      ) : (
        <PanelState isPending={diff.isPending} error={diff.error} />
      )}
    </AppModal>
  );
}
