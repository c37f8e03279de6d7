import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useCatalogueVersions } from '../catalogues/catalogue-api.ts';
import { SignalReferPanel } from '../referrals/referral-dialog.tsx';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { QuestionsPanel } from './questions-panel.tsx';
import { SIGNAL_STATUSES, useSignal, type SignalStatus } from './signal-api.ts';
import { SignalSummary } from './signal-summary.tsx';
import { StatusBadge } from './status-badge.tsx';
import { useVocabulary } from './vocabulary.ts';

const route = getRouteApi('/signed-in/signals/$signalId');

function SignalDetail({ signalId }: { signalId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const v = useVocabulary();
  const signal = useSignal(signalId);
  const versions = useCatalogueVersions(signal.data?.data.indicators);
  useDocumentTitle(
    signal.data
      ? t('signals.detail.title', { reference: signal.data.data.reference })
      : t('signals.mine.pageTitle'),
  );
  if (signal.isPending) {
    return <PageLoader />;
  }
  if (signal.isError) {
    return (
      <Alert color="red" role="alert">
        {errorMessage(signal.error)}
      </Alert>
    );
  }
  const { data, sections, actions } = signal.data;
  const statusOnly = sections.length === 0;
  return (
    <Stack gap="md" maw={800}>
      <AnchorLink to="/signals" size="sm">
        {t('signals.detail.back')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1}>{t('signals.detail.title', { reference: data.reference })}</Title>
        <Group gap="xs">
          <StatusBadge status={data.status} />
          <Text size="sm" c="dimmed">
            {v.kind(data.kind)} · {formatDate(data.createdAt, { dateStyle: 'medium' })}
          </Text>
        </Group>
      </Stack>
      <Alert color="blue" variant="light">
        {t(`signals.detail.statusExplained.${isKnownStatus(data.status) ? data.status : 'received'}`)}
      </Alert>
      {statusOnly ? (
        <Text>{t('signals.detail.statusOnly')}</Text>
      ) : (
        <SignalSummary
          data={data}
          catalogues={versions.catalogues}
          headingLevel={2}
          identityNote={data.kind === 'anonymous' ? t('signals.detail.anonymous') : undefined}
        />
      )}
      {(actions.includes('answer_question') || !statusOnly) && (
        <QuestionsPanel signalId={signalId} canAnswer={actions.includes('answer_question')} />
      )}
      {/* The reporter refers their own signal to a centre (or partner); the server decides. */}
      {!statusOnly && <SignalReferPanel signalId={signalId} />}
    </Stack>
  );
}

function isKnownStatus(status: string): status is SignalStatus {
  return (SIGNAL_STATUSES as readonly string[]).includes(status);
}

export function SignalDetailPage() {
  const { signalId } = route.useParams();
  return (
    <RequireCapability anyOf={['signal.create', 'signal.triage']}>
      <SignalDetail signalId={signalId} />
    </RequireCapability>
  );
}
