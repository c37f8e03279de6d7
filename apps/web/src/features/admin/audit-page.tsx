import { AuditSearchQuerySchema, type AuditEventView } from '@keten/shared';
import { Badge, Button, Code, Group, SimpleGrid, Spoiler, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { useFormat } from '../../lib/format.ts';
import { useForm } from '../../lib/use-form.ts';
import { useAuditSearch, type AuditFilters } from './admin-api.ts';
import { AdminPage, QueryError } from './admin-common.tsx';
import { PageLoader } from '../session/require-session.tsx';

const FILTER_FIELDS = ['actorId', 'action', 'recordType', 'recordId', 'from', 'to'] as const;
type FilterField = (typeof FILTER_FIELDS)[number];
type FilterValues = Record<FilterField, string>;

/** `<input type="datetime-local">` gives local time without offset; the API wants ISO with one. */
function toIso(local: string): string | undefined {
  if (local === '') {
    return undefined;
  }
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

function EventDetails({ event }: { event: AuditEventView }) {
  const { t } = useTranslation();
  const details = JSON.stringify(event.details, null, 2);
  return (
    <Stack gap={4}>
      {event.breakGlass && (
        <Badge color="red" variant="filled" tt="none" w="fit-content">
          {t('admin.audit.breakGlass')}
        </Badge>
      )}
      {event.reason && <Text size="sm">{t('admin.audit.reasonValue', { reason: event.reason })}</Text>}
      {event.sections.length > 0 && (
        <Text size="sm">{t('admin.audit.sectionsValue', { sections: event.sections.join(', ') })}</Text>
      )}
      {details !== '{}' && (
        <Spoiler maxHeight={60} showLabel={t('common.showMore')} hideLabel={t('common.showLess')}>
          <Code block fz="xs">
            {details}
          </Code>
        </Spoiler>
      )}
    </Stack>
  );
}

/** Audit search: metadata only (ids, codes, field names), newest first, with "load more". */
export function AuditPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const form = useForm<FilterValues>({
    actorId: '',
    action: '',
    recordType: '',
    recordId: '',
    from: '',
    to: '',
  });
  const [filters, setFilters] = useState<AuditFilters | null>({});
  const search = useAuditSearch(filters);
  const events = search.data?.pages.flatMap((p) => p.data) ?? [];

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = Object.fromEntries(
      FILTER_FIELDS.map((field) => {
        const raw = form.values[field].trim();
        return [field, field === 'from' || field === 'to' ? toIso(raw) : raw === '' ? undefined : raw];
      }),
    );
    const parsed = form.validate(
      t,
      AuditSearchQuerySchema,
      {
        action: { invalid: 'admin.audit.actionInvalid' },
        recordType: { invalid: 'admin.audit.recordTypeInvalid' },
        from: { invalid: 'admin.audit.dateInvalid' },
        to: { invalid: 'admin.audit.dateInvalid' },
      },
      input,
    );
    if (parsed) {
      const { cursor: _cursor, limit: _limit, ...rest } = parsed;
      setFilters(rest);
    }
  };

  return (
    <AdminPage anyOf={['audit.search']} title={t('admin.audit.title')} intro={t('admin.audit.intro')}>
      <form id={form.id} onSubmit={submit} noValidate aria-label={t('admin.audit.filters')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <TextInput
              {...form.textProps('actorId')}
              label={t('admin.audit.actorId')}
              description={t('admin.audit.idHelp')}
            />
            <TextInput
              {...form.textProps('action')}
              label={t('admin.audit.action')}
              description={t('admin.audit.actionHelp')}
            />
            <TextInput
              {...form.textProps('recordType')}
              label={t('admin.audit.recordType')}
              description={t('admin.audit.recordTypeHelp')}
            />
            <TextInput
              {...form.textProps('recordId')}
              label={t('admin.audit.recordId')}
              description={t('admin.audit.idHelp')}
            />
            <TextInput {...form.textProps('from')} type="datetime-local" label={t('admin.audit.from')} />
            <TextInput {...form.textProps('to')} type="datetime-local" label={t('admin.audit.to')} />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">{t('admin.audit.search')}</Button>
          </Group>
        </Stack>
      </form>
      <div role="status" aria-live="polite">
        {search.isSuccess && <Text size="sm">{t('admin.audit.shown', { count: events.length })}</Text>}
      </div>
      {search.isError && <QueryError error={search.error} />}
      {search.isPending && filters !== null && <PageLoader />}
      {search.isSuccess && (
        <DataTable
          caption={t('admin.audit.caption')}
          rows={events}
          rowKey={(e) => e.id}
          rowHeaderLabel={t('admin.audit.when')}
          rowHeader={(e) => formatDate(e.occurredAt, { dateStyle: 'medium', timeStyle: 'medium' })}
          empty={{ title: t('admin.audit.empty'), description: t('admin.audit.emptyHelp') }}
          minWidth={960}
          columns={[
            { key: 'action', header: t('admin.audit.action'), render: (e) => <Code>{e.action}</Code> },
            {
              key: 'actor',
              header: t('admin.audit.actor'),
              render: (e) => (
                <Stack gap={0}>
                  <Text size="sm">{t(`admin.audit.actorKinds.${e.actorKind}`)}</Text>
                  {e.actorId && (
                    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {e.actorId}
                    </Text>
                  )}
                  {e.actorRoles.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {e.actorRoles.join(', ')}
                    </Text>
                  )}
                </Stack>
              ),
            },
            {
              key: 'record',
              header: t('admin.audit.record'),
              render: (e) =>
                e.recordType ? (
                  <Stack gap={0}>
                    <Text size="sm">{e.recordType}</Text>
                    {e.recordId && (
                      <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {e.recordId}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  '—'
                ),
            },
            { key: 'ip', header: t('sessions.ip'), render: (e) => e.ip ?? '—' },
            { key: 'details', header: t('admin.audit.details'), render: (e) => <EventDetails event={e} /> },
          ]}
        />
      )}
      {search.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={search.isFetchingNextPage}
          onClick={() => void search.fetchNextPage()}
        >
          {t('admin.audit.loadMore')}
        </Button>
      )}
    </AdminPage>
  );
}
