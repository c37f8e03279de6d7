import { Alert, Badge, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { labelOf, useDistrictOptions } from '../signals/reference-api.ts';
import type { PresentedSignal } from '../signals/signal-api.ts';
import { StatusBadge } from '../signals/status-badge.tsx';
import { useVocabulary } from '../signals/vocabulary.ts';
import {
  TRIAGE_KIND_FILTERS,
  TRIAGE_SORTS,
  TRIAGE_STATUS_FILTERS,
  useTriageQueue,
  type TriageFilters,
} from './triage-api.ts';

const route = getRouteApi('/signed-in/triage');

export function UrgencyBadges({ data }: { data: PresentedSignal['data'] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {data.immediateDanger === true && (
        <Badge color="red.9" variant="filled" size="sm">
          {t('triage.flags.immediateDanger')}
        </Badge>
      )}
      {data.minor === 'yes' && (
        <Badge color="orange" variant="filled" size="sm" c="black">
          {t('triage.flags.minor')}
        </Badge>
      )}
      {data.minor === 'unsure' && (
        <Badge color="orange" variant="light" c="dark.7" size="sm">
          {t('triage.flags.possibleMinor')}
        </Badge>
      )}
    </Group>
  );
}

function Filters({ filters }: { filters: TriageFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const districts = useDistrictOptions();
  const set = (patch: Partial<TriageFilters>) =>
    void navigate({ to: '/triage', search: { ...filters, ...patch }, replace: true });
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 4 }}
      spacing="sm"
      component="form"
      aria-label={t('triage.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <NativeSelect
        label={t('triage.filters.status')}
        value={filters.status}
        onChange={(e) => set({ status: e.currentTarget.value as TriageFilters['status'] })}
        data={TRIAGE_STATUS_FILTERS.map((s) => ({ value: s, label: t(`triage.filters.statusValues.${s}`) }))}
      />
      <NativeSelect
        label={t('triage.filters.kind')}
        value={filters.kind ?? ''}
        onChange={(e) => set({ kind: (e.currentTarget.value || undefined) as TriageFilters['kind'] })}
        data={[
          { value: '', label: t('triage.filters.allKinds') },
          ...TRIAGE_KIND_FILTERS.map((k) => ({ value: k, label: t(`signals.vocab.kind.${k}`) })),
        ]}
      />
      <NativeSelect
        label={t('triage.filters.district')}
        value={filters.district ?? ''}
        onChange={(e) => set({ district: e.currentTarget.value || undefined })}
        data={[{ value: '', label: t('triage.filters.allDistricts') }, ...districts.options]}
      />
      <NativeSelect
        label={t('triage.filters.sort')}
        value={filters.sort}
        onChange={(e) => set({ sort: e.currentTarget.value as TriageFilters['sort'] })}
        data={TRIAGE_SORTS.map((s) => ({ value: s, label: t(`triage.filters.sortValues.${s}`) }))}
      />
    </SimpleGrid>
  );
}

function Queue({ filters }: { filters: TriageFilters }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const v = useVocabulary();
  const districts = useDistrictOptions();
  const queue = useTriageQueue(filters);
  if (queue.isPending) {
    return <PageLoader />;
  }
  if (queue.isError) {
    return (
      <Alert color="red" role="alert">
        {errorMessage(queue.error)}
      </Alert>
    );
  }
  const rows = queue.data.data;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" role="status">
        {t('triage.count', { count: queue.data.page.total })}
      </Text>
      <DataTable<PresentedSignal>
        caption={t('triage.caption')}
        rows={rows}
        rowKey={(row) => row.data.id}
        rowHeaderLabel={t('triage.columns.reference')}
        rowHeader={(row) => (
          <AnchorLink to="/triage/$signalId" params={{ signalId: row.data.id }} fw={600}>
            {row.data.reference}
          </AnchorLink>
        )}
        columns={[
          {
            key: 'urgency',
            header: t('triage.columns.urgency'),
            render: (row) => <UrgencyBadges data={row.data} />,
          },
          {
            key: 'received',
            header: t('triage.columns.received'),
            render: (row) => formatDate(row.data.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
          },
          { key: 'kind', header: t('triage.columns.kind'), render: (row) => v.kind(row.data.kind) },
          {
            key: 'district',
            header: t('triage.columns.district'),
            render: (row) =>
              row.data.judicialDistrict
                ? labelOf(districts.options, row.data.judicialDistrict)
                : t('triage.noDistrict'),
          },
          {
            key: 'sector',
            header: t('triage.columns.sector'),
            render: (row) => (row.data.sector ? v.sector(row.data.sector) : ''),
          },
          {
            key: 'status',
            header: t('triage.columns.status'),
            render: (row) => <StatusBadge status={row.data.status} />,
          },
        ]}
        empty={{
          title: t(filters.status === 'open' ? 'triage.emptyOpen' : 'triage.empty'),
          description: t('triage.emptyHint'),
        }}
        minWidth={760}
      />
    </Stack>
  );
}

export function TriagePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const filters: TriageFilters = {
    ...search,
    status: search.status ?? 'open',
    sort: search.sort ?? 'urgent',
  };
  useDocumentTitle(t('triage.pageTitle'));
  return (
    <RequireCapability anyOf={['signal.triage']}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1}>{t('triage.title')}</Title>
          <Text>{t('triage.intro')}</Text>
        </Stack>
        <Filters filters={filters} />
        <Queue filters={filters} />
      </Stack>
    </RequireCapability>
  );
}
