import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { ExportJobSchema, type ExportFormat, type ExportJob, type ExportRequest } from '@keten/shared/exports';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { apiGet, apiRequest } from '../../lib/api.ts';
import { useFormat } from '../../lib/format.ts';
import { JobProgress } from './progress-bar.tsx';
import type { DashboardFilters, StatUnit } from './statistics-api.ts';

/** How often a running export is asked for its progress. */
const POLL_MS = 1000;
const busy = (job: ExportJob | undefined) => job !== undefined && (job.status === 'queued' || job.status === 'running');

/**
 * The audience, period, filters and protection of an export: the same as the figures on screen.
 * The server checks again that the requester may have them.
 */
export function exportScope(f: DashboardFilters, unit: StatUnit): Pick<ExportRequest, 'audience' | 'period' | 'filters' | 'method'> {
  if (f.audience === 'organisation') {
    const period = { ...(f.filters.from ? { from: f.filters.from } : {}), ...(f.filters.to ? { to: f.filters.to } : {}) };
    const filters = unit === 'signals' && f.filters.kind ? { kind: f.filters.kind } : {};
    return { audience: 'internal', period, filters };
  }
  const filter = f.filter;
  return {
    audience: 'outward',
    method: f.method,
    period: filter.by === 'year' ? { year: filter.value } : {},
    filters: filter.by === 'region' ? { region: filter.value } : filter.by === 'kind' && unit === 'signals' ? { kind: filter.value } : {},
  };
}

function useExportJob(id: string | null) {
  return useQuery({
    queryKey: ['exports', id],
    enabled: id !== null,
    queryFn: ({ signal }) => apiGet(`/api/exports/${id ?? ''}`, ExportJobSchema, signal),
    refetchInterval: (q) => (busy(q.state.data) ? POLL_MS : false),
  });
}

interface ExportButtonsProps {
  /** What to export, without the format. */
  request: Omit<ExportRequest, 'format'>;
  formats?: readonly ExportFormat[];
}

/**
 * CSV, XLSX and PDF buttons that start an export job, a progress bar while it runs, then the
 * download link with the moment it expires. Only the requester can download the file.
 */
export function ExportButtons({ request, formats = ['csv', 'xlsx', 'pdf'] }: ExportButtonsProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (format: ExportFormat) => apiRequest('/api/exports', { method: 'POST', body: { ...request, format }, parser: ExportJobSchema }),
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useExportJob(jobId);
  const running = start.isPending || busy(job.data);
  return (
    <Stack gap="xs" data-testid="export-buttons">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('statisticsUi.exportJob.heading')}
        </Text>
        {formats.map((format) => (
          <Button key={format} size="xs" variant="light" disabled={running} onClick={() => start.mutate(format)}>
            {t('statisticsUi.exportJob.start', { format: t(`statisticsUi.exportJob.${format}`) })}
          </Button>
        ))}
      </Group>
      {start.isError ? (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(start.error)}
        </Alert>
      ) : null}
      {job.isError ? (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(job.error)}
        </Alert>
      ) : null}
      {job.data ? <ExportState job={job.data} formatDate={formatDate} /> : null}
    </Stack>
  );
}

function ExportState({ job, formatDate }: { job: ExportJob; formatDate: ReturnType<typeof useFormat>['formatDate'] }) {
  const { t } = useTranslation();
  if (busy(job)) {
    return <JobProgress label={t('statisticsUi.exportJob.progress')} value={job.progress} valueText={t('statisticsUi.exportJob.progressValue', { value: job.progress })} />;
  }
  if (job.status === 'failed') {
    return (
      <Alert color="red" role="alert" p="xs">
        {t('statisticsUi.exportJob.failed')}
      </Alert>
    );
  }
  if (job.status === 'expired') {
    return (
      <Alert color="yellow" p="xs">
        {t('statisticsUi.exportJob.expired')}
      </Alert>
    );
  }
  const file = job.fileName ?? job.format.toUpperCase();
  return (
    <Stack gap={2} role="status" data-testid="export-ready">
      <Text size="sm">{t('statisticsUi.exportJob.ready')}</Text>
      <Anchor href={`/api/exports/${job.id}/file`} download={job.fileName ?? true} size="sm" fw={600}>
        {t('statisticsUi.exportJob.download', { file })}
      </Anchor>
      <Text size="xs" c="dimmed">
        {t('statisticsUi.exportJob.expires', { date: formatDate(job.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
      </Text>
    </Stack>
  );
}
