import { VICTIM_FILE_STATUSES } from '@keten/shared';
import { Badge, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useFormat } from '../../lib/format.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { useSessionUser } from '../session/use-session.ts';
import { RuleError } from './rule-error.tsx';
import { useVictimFiles, type FileRow } from './victim-file-api.ts';

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
    <Badge color={color} c={`${color}.9`} variant="light" style={{ textTransform: 'none' }}>
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
