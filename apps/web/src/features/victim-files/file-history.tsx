import { Badge, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { useFormat } from '../../lib/format.ts';
import { PageLoader } from '../session/require-session.tsx';
import { RuleError } from './rule-error.tsx';
import type { AccessLogPage, TimelineEntry } from './victim-file-api.ts';
import { useAccessLog } from './victim-file-api.ts';

/** An audit or procedure code in words (`victim_file.created` → "File opened"), else the code. */
export function useEventLabel() {
  const { t, i18n } = useTranslation();
  return (kind: string, code: string) => {
    const key = `cases.event.${code}`;
    if (kind === 'audit' && i18n.exists(key)) {
      return t(key as 'cases.event.record.viewed');
    }
    return kind === 'procedure' ? `${t('cases.timeline.procedure')}: ${code.replaceAll('_', ' ')}` : code;
  };
}

/** Everything that happened to the file, oldest first (ids and codes only, from the server). */
export function Timeline({
  entries,
  organisationName,
}: {
  entries: TimelineEntry[];
  organisationName: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const label = useEventLabel();
  return (
    <DataTable<TimelineEntry & { n: number }>
      caption={t('cases.timeline.caption')}
      rows={entries.map((e, n) => ({ ...e, n }))}
      rowKey={(e) => String(e.n)}
      rowHeaderLabel={t('cases.timeline.when')}
      rowHeaderNoWrap
      rowHeader={(e) =>
        formatDate(
          e.at,
          e.kind === 'procedure' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' },
        )
      }
      empty={{ title: t('cases.timeline.empty') }}
      minWidth={480}
      columns={[
        { key: 'what', header: t('cases.timeline.what'), render: (e) => label(e.kind, e.code) },
        {
          key: 'org',
          header: t('cases.timeline.organisation'),
          render: (e) => organisationName(e.organisationId),
        },
      ]}
    />
  );
}

type AccessEntry = AccessLogPage['data'][number];

/** "Who opened this file": the owning organisation's view of every opening (action `view_access_log`). */
export function AccessLog({ fileId }: { fileId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const label = useEventLabel();
  const [limit, setLimit] = useState(50);
  const log = useAccessLog(fileId, true, limit);
  if (log.isPending) {
    return <PageLoader />;
  }
  if (log.isError) {
    return <RuleError error={log.error} />;
  }
  return (
    <Stack gap="sm">
      <DataTable<AccessEntry>
        caption={t('cases.access.caption')}
        rows={log.data.data}
        rowKey={(e) => e.id}
        rowHeaderLabel={t('cases.access.when')}
        rowHeaderNoWrap
        rowHeader={(e) => formatDate(e.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
        empty={{ title: t('cases.access.empty') }}
        minWidth={560}
        columns={[
          {
            key: 'who',
            header: t('cases.access.who'),
            render: (e) => (
              <Stack gap={2}>
                <Text size="sm">{e.actorName ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {label('audit', e.action)}
                </Text>
                {e.breakGlass && (
                  <Badge
                    color="red"
                    c="dark.8"
                    variant="light"
                    w="fit-content"
                    style={{ textTransform: 'none' }}
                  >
                    {t('cases.access.breakGlass')}
                  </Badge>
                )}
                {e.reason && <Text size="xs">{e.reason}</Text>}
              </Stack>
            ),
          },
          { key: 'org', header: t('cases.access.organisation'), render: (e) => e.organisationName ?? '—' },
          { key: 'sections', header: t('cases.access.sections'), render: (e) => e.sections.join(' ') },
        ]}
      />
      {log.data.page.cursor && (
        <Button
          variant="default"
          w="fit-content"
          onClick={() => setLimit((l) => Math.min(200, l + 50))}
          disabled={limit >= 200}
        >
          {t('cases.access.more')}
        </Button>
      )}
    </Stack>
  );
}
