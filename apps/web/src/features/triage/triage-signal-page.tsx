import { GUIDANCE_CODES, SIGNAL_DECISIONS, type GuidanceCode, type SignalDecision } from '@keten/shared';
import { Alert, Anchor, Button, Grid, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useCatalogueVersions } from '../catalogues/catalogue-api.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { RadioFieldset } from '../signals/form-controls.tsx';
import { formatPhone, telHref } from '../signals/phone-format.ts';
import { QuestionsPanel } from '../signals/questions-panel.tsx';
import { useAskQuestion, useSignal, type PresentedSignal } from '../signals/signal-api.ts';
import { SignalSummary } from '../signals/signal-summary.tsx';
import { StatusBadge } from '../signals/status-badge.tsx';
import { useVocabulary } from '../signals/vocabulary.ts';
import { SignalReferPanel } from '../referrals/referral-dialog.tsx';
import { useDecide } from './triage-api.ts';
import { UrgencyBadges } from './triage-page.tsx';

const route = getRouteApi('/signed-in/triage/$signalId');

const isGuidanceCode = (code: string): code is GuidanceCode =>
  (GUIDANCE_CODES as readonly string[]).includes(code);

function DecisionPanel({
  signal,
  onStale,
  onDecided,
}: {
  signal: PresentedSignal;
  onStale: () => void;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const v = useVocabulary();
  const decide = useDecide(signal.data.id);
  const [decision, setDecision] = useState<SignalDecision | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);

  const open = () => {
    const next: typeof errors = {};
    if (decision === null) {
      next.decision = t('triage.decision.chooseOne');
    }
    if (reason.trim().length < 3) {
      next.reason = reason.trim() === '' ? t('validation.required') : t('validation.tooShort', { count: 3 });
    }
    setErrors(next);
    if (next.decision || next.reason) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('#triage-decision [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    decide.reset();
    setConfirming(true);
  };

  const confirm = () => {
    if (decision === null) {
      return;
    }
    decide.mutate(
      { decision, reason: reason.trim(), version: signal.data.version },
      {
        onSuccess: (answer) => {
          setConfirming(false);
          onDecided(t('triage.decision.saved', { status: v.status(answer.status) }));
        },
        onError: (error) => {
          if (
            isApiError(error, 'conflict') ||
            (isApiError(error, 'domain_rule') && error.reason === 'already_decided')
          ) {
            setConfirming(false);
            onStale();
          }
        },
      },
    );
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      id="triage-decision"
      component="section"
      aria-labelledby="decision-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="decision-heading">
          {t('triage.decision.title')}
        </Title>
        <RadioFieldset<SignalDecision>
          id="triage-decision-choice"
          legend={t('triage.decision.legend')}
          value={decision}
          onChange={(d) => {
            setDecision(d);
            setErrors((e) => ({ ...e, decision: undefined }));
          }}
          options={SIGNAL_DECISIONS.map((d) => ({
            value: d,
            label: t(`signals.vocab.decision.${d}`),
            description: t(`triage.decision.help.${d}`),
          }))}
          error={errors.decision}
          required
        />
        <Textarea
          label={t('triage.decision.reason')}
          description={t('triage.decision.reasonHelp')}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setErrors((x) => ({ ...x, reason: undefined }));
          }}
          error={errors.reason}
          autosize
          minRows={3}
          maxLength={1000}
          required
        />
        <Button onClick={open} w="fit-content">
          {t('triage.decision.submit')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('triage.decision.confirmTitle')}
        confirmLabel={t('triage.decision.confirm')}
        pending={decide.isPending}
        error={decide.error}
        onClose={() => setConfirming(false)}
        onConfirm={confirm}
      >
        {decision
          ? t('triage.decision.confirmBody', {
              reference: signal.data.reference,
              decision: t(`signals.vocab.decision.${decision}`),
            })
          : ''}
      </ConfirmDialog>
      {decide.isError && !confirming && !isApiError(decide.error, 'conflict') && (
        <Alert color="red" role="alert" mt="sm">
          {errorMessage(decide.error)}
        </Alert>
      )}
    </Paper>
  );
}

function AskReporter({ signalId }: { signalId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const ask = useAskQuestion(signalId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      noValidate
      aria-labelledby="ask-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim().length < 3) {
          setError(text.trim() === '' ? t('validation.required') : t('validation.tooShort', { count: 3 }));
          document.getElementById('ask-question')?.focus();
          return;
        }
        ask.mutate(text.trim(), { onSuccess: () => setText('') });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="ask-heading">
          {t('triage.ask.title')}
        </Title>
        <Textarea
          id="ask-question"
          label={t('triage.ask.label')}
          description={t('triage.ask.help')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          autosize
          minRows={2}
          maxLength={2000}
          required
        />
        {ask.isError && (
          <Alert color="red" role="alert">
            {errorMessage(ask.error)}
          </Alert>
        )}
        {ask.isSuccess && text === '' && (
          <Alert color="green" role="status">
            {t('triage.ask.sent')}
          </Alert>
        )}
        <Button type="submit" loading={ask.isPending} w="fit-content">
          {t('triage.ask.send')}
        </Button>
      </Stack>
    </Paper>
  );
}

function TriageSignal({ signalId }: { signalId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const v = useVocabulary();
  const signal = useSignal(signalId);
  const versions = useCatalogueVersions(signal.data?.data.indicators);
  const [stale, setStale] = useState(false);
  const [decided, setDecided] = useState<string | null>(null);
  useDocumentTitle(
    signal.data
      ? t('signals.detail.title', { reference: signal.data.data.reference })
      : t('triage.pageTitle'),
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
  const { data, actions } = signal.data;
  const contact = data.reporterContact;
  const given = (data.guidanceCodes ?? []).filter(isGuidanceCode);
  return (
    <Stack gap="md">
      <AnchorLink to="/triage" search={{ status: 'open', sort: 'urgent' }} size="sm">
        {t('triage.detail.back')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1}>{t('signals.detail.title', { reference: data.reference })}</Title>
        <Group gap="xs">
          <StatusBadge status={data.status} />
          <UrgencyBadges data={data} />
          <Text size="sm" c="dimmed">
            {v.kind(data.kind)} · {formatDate(data.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            {data.reportingOrganisationName ? ` · ${data.reportingOrganisationName}` : ''}
          </Text>
        </Group>
      </Stack>
      {stale && (
        <Alert
          color="yellow"
          role="alert"
          withCloseButton
          onClose={() => setStale(false)}
          closeButtonLabel={t('common.close')}
        >
          {t('triage.decision.stale')}
        </Alert>
      )}
      {decided && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setDecided(null)}
          closeButtonLabel={t('common.close')}
        >
          {decided}
        </Alert>
      )}
      {data.triageDecision && (
        <Alert color="gray" title={t('triage.detail.decided', { decision: v.decision(data.triageDecision) })}>
          {data.triageReason}
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            {contact && (contact.name || contact.phone || contact.email) && (
              <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="contact-heading">
                <Title order={2} size="h5" id="contact-heading" mb={4}>
                  {t('triage.detail.reporterContact')}
                </Title>
                {contact.name && <Text>{contact.name}</Text>}
                {contact.phone && <Anchor href={telHref(contact.phone)}>{formatPhone(contact.phone)}</Anchor>}
                {contact.email && (
                  <Text>
                    <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
                  </Text>
                )}
              </Paper>
            )}
            <SignalSummary data={data} catalogues={versions.catalogues} idPrefix="triage" headingLevel={2} />
            {given.length > 0 && (
              <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="given-heading">
                <Title order={2} size="h5" id="given-heading" mb={4}>
                  {t('triage.detail.guidanceGiven')}
                </Title>
                <List size="sm">
                  {given.map((code) =>
                    code === 'benelux_contact_point' ? (
                      <List.Item key={code}>{t('triage.detail.beneluxGiven')}</List.Item>
                    ) : (
                      <List.Item key={code}>{t(`signals.guidance.items.${code}.title`)}</List.Item>
                    ),
                  )}
                </List>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {actions.includes('decide') && (
              <DecisionPanel
                key={data.version}
                signal={signal.data}
                onDecided={(message) => {
                  setStale(false);
                  setDecided(message);
                }}
                onStale={() => {
                  setDecided(null);
                  setStale(true);
                  void signal.refetch();
                }}
              />
            )}
            {actions.includes('ask_reporter') && <AskReporter signalId={signalId} />}
            {actions.includes('ask_reporter') && <QuestionsPanel signalId={signalId} canAnswer={false} />}
            <SignalReferPanel signalId={signalId} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function TriageSignalPage() {
  const { signalId } = route.useParams();
  return (
    <RequireCapability anyOf={['signal.triage']}>
      <TriageSignal signalId={signalId} />
    </RequireCapability>
  );
}
