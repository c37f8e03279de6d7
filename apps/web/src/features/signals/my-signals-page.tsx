import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { useDeleteDraft, useDrafts, useMySignals, type DraftSummary, type MySignal } from './signal-api.ts';
import { StatusBadge } from './status-badge.tsx';
import { useVocabulary } from './vocabulary.ts';
import { WIZARD_STEPS, type WizardStep } from './wizard/form-state.ts';

const isStep = (value: string | null): value is WizardStep =>
  value !== null && (WIZARD_STEPS as readonly string[]).includes(value);

function Drafts() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const drafts = useDrafts();
  const remove = useDeleteDraft();
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const rows = drafts.data?.data ?? [];
  if (drafts.isError) {
    return <Alert color="red">{errorMessage(drafts.error)}</Alert>;
  }
  if (rows.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="drafts-heading">
      <Title order={2} size="h3" id="drafts-heading">
        {t('signals.drafts.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('signals.drafts.intro')}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((draft) => {
          const saved = formatDate(draft.updatedAt, { dateStyle: 'medium', timeStyle: 'short' });
          return (
            <Paper component="li" withBorder p="sm" radius="md" key={draft.id}>
              <Group justify="space-between" gap="xs">
                <div>
                  <Text fw={600}>{t('signals.drafts.savedOn', { date: saved })}</Text>
                  {isStep(draft.step) && (
                    <Text size="sm" c="dimmed">
                      {t('signals.drafts.atStep', { step: t(`signals.wizard.steps.${draft.step}`) })}
                    </Text>
                  )}
                </div>
                <Group gap="xs">
                  <ButtonLink
                    to="/signals/new"
                    search={{ draft: draft.id }}
                    size="compact-md"
                    aria-label={t('signals.drafts.resumeNamed', { date: saved })}
                  >
                    {t('signals.drafts.resume')}
                  </ButtonLink>
                  <Button
                    size="compact-md"
                    variant="subtle"
                    color="red"
                    onClick={() => setDeleting(draft)}
                    aria-label={t('signals.drafts.deleteNamed', { date: saved })}
                  >
                    {t('signals.drafts.delete')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('signals.drafts.confirmTitle')}
        confirmLabel={t('signals.drafts.delete')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (deleting) {
            remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) });
          }
        }}
      >
        {t('signals.drafts.confirmBody')}
      </ConfirmDialog>
    </Stack>
  );
}

function SignalsTable() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const v = useVocabulary();
  const signals = useMySignals();
  if (signals.isPending) {
    return <PageLoader />;
  }
  if (signals.isError) {
    return <Alert color="red">{errorMessage(signals.error)}</Alert>;
  }
  return (
    <DataTable<MySignal>
      caption={t('signals.mine.caption')}
      rows={signals.data.data}
      rowKey={(row) => row.id}
      rowHeaderLabel={t('signals.mine.reference')}
      rowHeader={(row) => (
        <AnchorLink to="/signals/$signalId" params={{ signalId: row.id }} fw={600}>
          {row.reference}
        </AnchorLink>
      )}
      columns={[
        {
          key: 'date',
          header: t('signals.mine.date'),
          render: (row) => formatDate(row.createdAt, { dateStyle: 'medium' }),
        },
        { key: 'kind', header: t('signals.mine.kind'), render: (row) => v.kind(row.kind) },
        {
          key: 'status',
          header: t('signals.mine.status'),
          render: (row) => <StatusBadge status={row.status} />,
        },
        {
          key: 'by',
          header: t('signals.mine.by'),
          render: (row) => (row.mine ? t('signals.mine.byMe') : t('signals.mine.byColleague')),
        },
      ]}
      empty={{ title: t('signals.mine.empty'), description: t('signals.mine.emptyHint') }}
      minWidth={560}
    />
  );
}

export function MySignalsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signals.mine.pageTitle'));
  return (
    <RequireCapability anyOf={['signal.create']}>
      <Stack gap="lg" maw={960}>
        <Group justify="space-between" gap="sm" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>{t('signals.mine.title')}</Title>
            <Text>{t('signals.mine.intro')}</Text>
          </Stack>
          <ButtonLink to="/signals/new" search={{}}>
            {t('signals.mine.newSignal')}
          </ButtonLink>
        </Group>
        <Drafts />
        <Stack gap="xs" component="section" aria-labelledby="signals-heading">
          <Title order={2} size="h3" id="signals-heading">
            {t('signals.mine.listTitle')}
          </Title>
          <SignalsTable />
        </Stack>
      </Stack>
    </RequireCapability>
  );
}
