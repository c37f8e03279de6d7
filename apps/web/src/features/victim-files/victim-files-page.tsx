import { VICTIM_FILE_STATUSES, type VictimFileSearchResult } from '@keten/shared';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useFormat } from '../../lib/format.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { useSessionUser } from '../session/use-session.ts';
import { RuleError } from './rule-error.tsx';
import { useFileSearch, useVictimFiles, type FileRow } from './victim-file-api.ts';

const STATUS_COLOR: Record<string, string> = {
  active: 'green',
  follow_up: 'blue',
  closed: 'gray',
  closed_referred: 'gray',
};

export function FileStatusBadge({ status }: { status: string }) {
  const { t, i18n } = useTranslation();
  const key = `cases.fileStatus.${status}`;
  const color = STATUS_COLOR[status] ?? 'gray';
  return (
    <Badge color={color} c="dark.8" variant="light" style={{ textTransform: 'none' }}>
      {i18n.exists(key) ? t(key as 'cases.fileStatus.active') : status}
    </Badge>
  );
}

export function useRelationshipLabel() {
  const { t, i18n } = useTranslation();
  return (relationship: string) => {
    const key = `cases.relationship.${relationship}`;
    return i18n.exists(key) ? t(key as 'cases.relationship.owner') : relationship;
  };
}

/** Search in my scope; the results name the person (the viewer sees ID) and what matched. */
function FileSearch() {
  const { t } = useTranslation();
  const relationshipLabel = useRelationshipLabel();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const search = useFileSearch(q);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <form
          role="search"
          aria-label={t('cases.list.search')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim().length < 2) {
              setError(t('cases.list.tooShort'));
              document.getElementById('file-search')?.focus();
              return;
            }
            setQ(text.trim());
          }}
        >
          <Stack gap="xs">
            <Group align="flex-end" gap="xs">
              <TextInput
                id="file-search"
                label={t('cases.list.search')}
                description={t('cases.list.searchHelp')}
                value={text}
                error={error}
                maxLength={200}
                style={{ flex: '1 1 240px' }}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  setError(undefined);
                }}
              />
              <Button type="submit" loading={search.isFetching}>
                {t('cases.list.searchButton')}
              </Button>
              {q !== null && (
                <Button
                  variant="default"
                  onClick={() => {
                    setQ(null);
                    setText('');
                  }}
                >
                  {t('cases.list.clear')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
        {q !== null && search.isError && <RuleError error={search.error} />}
        {q !== null && search.isSuccess && (
          <DataTable<VictimFileSearchResult>
            caption={t('cases.list.results')}
            rows={search.data.data}
            rowKey={(r) => r.id}
            rowHeaderLabel={t('cases.list.reference')}
            rowHeaderNoWrap
            rowHeader={(r) => (
              <AnchorLink to="/victim-files/$fileId" params={{ fileId: r.id }}>
                {r.reference}
              </AnchorLink>
            )}
            empty={{ title: t('cases.list.noResults') }}
            minWidth={560}
            columns={[
              { key: 'name', header: t('cases.list.name'), render: (r) => r.name ?? '—' },
              {
                key: 'matched',
                header: t('cases.list.matched'),
                render: (r) => t(`cases.list.matchedOn.${r.matchedOn}`),
              },
              {
                key: 'status',
                header: t('cases.list.status'),
                render: (r) => <FileStatusBadge status={r.status} />,
              },
              {
                key: 'relationship',
                header: t('cases.list.relationship'),
                render: (r) => relationshipLabel(r.relationship),
              },
            ]}
          />
        )}
      </Stack>
    </Paper>
  );
}

function VictimFiles() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const user = useSessionUser();
  const relationshipLabel = useRelationshipLabel();
  useDocumentTitle(t('cases.list.title'));
  const files = useVictimFiles();
  const [status, setStatus] = useState('');
  const rows = (files.data?.data ?? []).filter((f) => status === '' || f.status === status);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('cases.list.title')}</Title>
        <Text c="dimmed">{t('cases.list.intro')}</Text>
      </Stack>
      <FileSearch />
      <NativeSelect
        label={t('cases.list.statusFilter')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value)}
        data={[
          { value: '', label: t('cases.list.allStatuses') },
          ...VICTIM_FILE_STATUSES.map((s) => ({ value: s, label: t(`cases.fileStatus.${s}`) })),
        ]}
        maw={320}
      />
      {files.isPending && <PageLoader />}
      {files.isError && <RuleError error={files.error} />}
      {files.isSuccess && (
        <DataTable<FileRow>
          caption={t('cases.list.caption')}
          rows={rows}
          rowKey={(f) => f.id}
          rowHeaderLabel={t('cases.list.reference')}
          rowHeaderNoWrap
          rowHeader={(f) => (
            <AnchorLink to="/victim-files/$fileId" params={{ fileId: f.id }}>
              {f.reference}
            </AnchorLink>
          )}
          empty={
            status === '' || files.data.data.length === 0
              ? { title: t('cases.list.empty'), description: t('cases.list.emptyHelp') }
              : { title: t('cases.list.emptyFiltered') }
          }
          columns={[
            {
              key: 'status',
              header: t('cases.list.status'),
              render: (f) => <FileStatusBadge status={f.status} />,
            },
            {
              key: 'relationship',
              header: t('cases.list.relationship'),
              render: (f) => relationshipLabel(f.relationship),
            },
            {
              key: 'caseworker',
              header: t('cases.list.caseworker'),
              render: (f) =>
                f.caseworkerUserId === null
                  ? t('cases.list.nobody')
                  : f.caseworkerUserId === user?.id
                    ? t('cases.list.me')
                    : t('cases.list.colleague'),
            },
            {
              key: 'created',
              header: t('cases.list.created'),
              render: (f) => formatDate(f.createdAt, { dateStyle: 'medium' }),
            },
          ]}
        />
      )}
    </Stack>
  );
}

export function VictimFilesPage() {
  return (
    <RequireCapability anyOf={['record.read']}>
      <VictimFiles />
    </RequireCapability>
  );
}
