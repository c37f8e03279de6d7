import type { Referral } from '@keten/shared';
import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { isApiError } from '../../lib/api.ts';
import { useFormat } from '../../lib/format.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { hasAnyCapability, useSessionUser } from '../session/use-session.ts';
import { RuleError } from '../victim-files/rule-error.tsx';
import {
  useMarkRead,
  useNotices,
  useReferrals,
  useRespond,
  useWithdraw,
  type Notice,
} from './referral-api.ts';

type Direction = 'incoming' | 'outgoing';
type Step = { kind: 'accept' | 'decline' | 'withdraw'; referral: Referral };

const STATUS_COLOR: Record<Referral['status'], string> = {
  sent: 'blue',
  accepted: 'green',
  declined: 'red',
  withdrawn: 'gray',
};

/** "2 h 5 min", "3 d 4 h": a waiting time in the user's language. */
export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const m = Math.max(0, Math.round(minutes));
    if (m < 60) {
      return t('cases.inbox.minutes', { count: m });
    }
    if (m < 24 * 60) {
      return t('cases.inbox.hours', { hours: Math.floor(m / 60), minutes: m % 60 });
    }
    return t('cases.inbox.days', { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60) });
  };
}

function ReferralList({ direction, onStep }: { direction: Direction; onStep: (step: Step) => void }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const duration = useDuration();
  const user = useSessionUser();
  const referrals = useReferrals(direction);
  const [now] = useState(() => Date.now());
  if (referrals.isPending) {
    return <PageLoader />;
  }
  if (referrals.isError) {
    return <RuleError error={referrals.error} />;
  }
  const canRespond = hasAnyCapability(user, ['referral.respond']);
  const canWithdraw = hasAnyCapability(user, ['referral.send']);
  const rows = referrals.data.data;
  return (
    <DataTable<Referral>
      caption={t('cases.inbox.caption', {
        direction: direction === 'incoming' ? t('cases.inbox.incoming') : t('cases.inbox.outgoing'),
      })}
      rows={rows}
      rowKey={(r) => r.id}
      rowHeaderLabel={t('cases.inbox.what')}
      rowHeader={(r) => (
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {r.sourceType === 'signal' ? t('cases.inbox.signal') : t('cases.inbox.victimFile')} ·{' '}
            {t(`cases.purpose.${r.purpose}`)}
          </Text>
          {r.urgent && (
            <Badge color="red" c="dark.8" variant="light" w="fit-content" style={{ textTransform: 'none' }}>
              {t('cases.inbox.urgent')}
            </Badge>
          )}
        </Stack>
      )}
      empty={{
        title: direction === 'incoming' ? t('cases.inbox.emptyIncoming') : t('cases.inbox.emptyOutgoing'),
        description: t('cases.inbox.emptyHelp'),
      }}
      columns={[
        {
          key: 'org',
          header: direction === 'incoming' ? t('cases.inbox.from') : t('cases.inbox.to'),
          render: (r) => (direction === 'incoming' ? r.fromOrganisationName : r.toOrganisationName),
        },
        {
          key: 'status',
          header: t('cases.inbox.status'),
          render: (r) => (
            <Stack gap={2}>
              <Badge
                color={STATUS_COLOR[r.status]}
                c="dark.8"
                variant="light"
                w="fit-content"
                style={{ textTransform: 'none' }}
              >
                {t(`cases.referralStatus.${r.status}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {t(`cases.consent.${r.consent}`)}
              </Text>
              {r.declineReason && <Text size="xs">{r.declineReason}</Text>}
            </Stack>
          ),
        },
        {
          key: 'waiting',
          header: t('cases.inbox.waiting'),
          render: (r) => {
            if (r.minutesToAnswer !== null) {
              return t('cases.inbox.answeredIn', { duration: duration(r.minutesToAnswer) });
            }
            const overdue = r.status === 'sent' && new Date(r.answerDueAt).getTime() < now;
            return (
              <Stack gap={2}>
                <Text size="sm">{duration((now - new Date(r.sentAt).getTime()) / 60_000)}</Text>
                {r.status === 'sent' && (
                  <Text size="xs" c={overdue ? 'red.9' : 'dimmed'} fw={overdue ? 700 : undefined}>
                    {overdue ? `${t('cases.inbox.overdue')} · ` : ''}
                    {t('cases.inbox.due')}:{' '}
                    {formatDate(r.answerDueAt, { dateStyle: 'short', timeStyle: 'short' })}
                  </Text>
                )}
              </Stack>
            );
          },
        },
        {
          key: 'actions',
          header: t('cases.inbox.actions'),
          hiddenHeader: true,
          align: 'end',
          render: (r) => (
            <Group gap="xs" justify="flex-end" wrap="wrap">
              {r.victimFileId && r.status === 'accepted' && direction === 'incoming' && (
                <AnchorLink to="/victim-files/$fileId" params={{ fileId: r.victimFileId }} size="sm">
                  {t('cases.inbox.openFile')}
                </AnchorLink>
              )}
              {direction === 'incoming' && r.status === 'sent' && canRespond && (
                <>
                  <Button size="xs" onClick={() => onStep({ kind: 'accept', referral: r })}>
                    {t('cases.inbox.accept')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onStep({ kind: 'decline', referral: r })}
                  >
                    {t('cases.inbox.decline')}
                  </Button>
                </>
              )}
              {direction === 'outgoing' &&
                (r.status === 'sent' || r.status === 'accepted') &&
                canWithdraw && (
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    onClick={() => onStep({ kind: 'withdraw', referral: r })}
                  >
                    {t('cases.inbox.withdraw')}
                  </Button>
                )}
            </Group>
          ),
        },
      ]}
    />
  );
}

const NOTICE_TEXT = {
  'referral.received': 'received',
  'referral.accepted': 'accepted',
  'referral.declined': 'declined',
  'referral.withdrawn': 'withdrawn',
  'referral.escalated': 'escalated',
  'referral.unanswered': 'unanswered',
} as const;
const isReferralNotice = (n: Notice): n is Notice & { kind: keyof typeof NOTICE_TEXT } =>
  n.kind in NOTICE_TEXT;

/** Unread referral notices of my organisation (received, answered, withdrawn, escalated), each markable as read. */
function Notices() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const notices = useNotices();
  const markRead = useMarkRead();
  const unread = (notices.data?.data ?? []).filter((n) => n.readAt === null).filter(isReferralNotice);
  if (unread.length === 0) {
    return null;
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notices-heading">
      <Title order={2} size="h4" id="notices-heading" mb="xs">
        {t('cases.inbox.notices.title')}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {unread.map((n) => (
          <Group component="li" key={n.id} justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">
              <Text span size="xs" c="dimmed" mr={6}>
                {formatDate(n.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
              </Text>
              {n.kind === 'referral.received' && n.payload.urgent === true
                ? t('cases.inbox.notices.receivedUrgent')
                : t(`cases.inbox.notices.${NOTICE_TEXT[n.kind]}`)}
            </Text>
            <Button
              size="compact-sm"
              variant="default"
              loading={markRead.isPending && markRead.variables === n.id}
              onClick={() => markRead.mutate(n.id)}
            >
              {t('cases.inbox.notices.markRead')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function ReferralsInbox() {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.inbox.title'));
  const [tab, setTab] = useState<Direction>('incoming');
  const [step, setStep] = useState<Step | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [done, setDone] = useState<{ message: string; fileId: string | null } | null>(null);
  const [stale, setStale] = useState(false);
  const respond = useRespond();
  const withdraw = useWithdraw();
  const pending = respond.isPending || withdraw.isPending;
  const error = step?.kind === 'withdraw' ? withdraw.error : respond.error;

  const open = (next: Step) => {
    respond.reset();
    withdraw.reset();
    setReason('');
    setReasonError(undefined);
    setStale(false);
    setStep(next);
  };
  const finished = (message: string, fileId: string | null) => {
    setStep(null);
    setDone({ message, fileId });
  };
  const onError = (e: unknown) => {
    if (isApiError(e, 'conflict') && e.reason === 'stale_version') {
      setStep(null);
      setStale(true);
    }
  };
  const confirm = () => {
    if (!step) {
      return;
    }
    const { referral } = step;
    if (step.kind !== 'accept') {
      const trimmed = reason.trim();
      if (trimmed.length < 3) {
        setReasonError(trimmed === '' ? t('validation.required') : t('validation.tooShort', { count: 3 }));
        document.getElementById('referral-step-reason')?.focus();
        return;
      }
    }
    if (step.kind === 'accept') {
      respond.mutate(
        { id: referral.id, decision: 'accept', version: referral.version },
        { onSuccess: (r) => finished(t('cases.inbox.accepted'), r.victimFileId), onError },
      );
    } else if (step.kind === 'decline') {
      respond.mutate(
        { id: referral.id, decision: 'decline', reason: reason.trim(), version: referral.version },
        { onSuccess: () => finished(t('cases.inbox.declined'), null), onError },
      );
    } else {
      withdraw.mutate(
        { id: referral.id, reason: reason.trim(), version: referral.version },
        { onSuccess: () => finished(t('cases.inbox.withdrawn'), null), onError },
      );
    }
  };

  const what = (r: Referral) =>
    `${r.sourceType === 'signal' ? t('cases.inbox.signal') : t('cases.inbox.victimFile')} (${t(`cases.purpose.${r.purpose}`)})`;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('cases.inbox.title')}</Title>
        <Text c="dimmed">{t('cases.inbox.intro')}</Text>
      </Stack>
      {done && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setDone(null)}
        >
          <Group gap="sm">
            <Text size="sm">{done.message}</Text>
            {done.fileId && (
              <AnchorLink to="/victim-files/$fileId" params={{ fileId: done.fileId }} size="sm">
                {t('cases.inbox.openFile')}
              </AnchorLink>
            )}
          </Group>
        </Alert>
      )}
      <Notices />
      {stale && (
        <Alert
          color="yellow"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setStale(false)}
        >
          {t('cases.inbox.stale')}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => setTab(v === 'outgoing' ? 'outgoing' : 'incoming')}>
        <Tabs.List>
          <Tabs.Tab value="incoming">{t('cases.inbox.incoming')}</Tabs.Tab>
          <Tabs.Tab value="outgoing">{t('cases.inbox.outgoing')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="incoming" pt="md">
          {tab === 'incoming' && <ReferralList direction="incoming" onStep={open} />}
        </Tabs.Panel>
        <Tabs.Panel value="outgoing" pt="md">
          {tab === 'outgoing' && <ReferralList direction="outgoing" onStep={open} />}
        </Tabs.Panel>
      </Tabs>
      <ConfirmDialog
        opened={step !== null}
        title={step ? t(`cases.inbox.${step.kind}Title`) : ''}
        confirmLabel={step ? t(`cases.inbox.${step.kind}`) : ''}
        destructive={step?.kind !== 'accept'}
        pending={pending}
        error={undefined}
        onClose={() => setStep(null)}
        onConfirm={confirm}
      >
        {step && (
          <Stack gap="sm">
            <Text>
              {step.kind === 'accept'
                ? t('cases.inbox.acceptBody', {
                    what: what(step.referral),
                    organisation: step.referral.fromOrganisationName,
                  })
                : step.kind === 'decline'
                  ? t('cases.inbox.declineBody')
                  : t('cases.inbox.withdrawBody')}
            </Text>
            {step.kind !== 'accept' && (
              <Textarea
                id="referral-step-reason"
                label={
                  step.kind === 'decline' ? t('cases.inbox.declineReason') : t('cases.inbox.withdrawReason')
                }
                required
                rows={3}
                maxLength={1000}
                value={reason}
                error={reasonError}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setReasonError(undefined);
                }}
              />
            )}
            <RuleError error={error} />
          </Stack>
        )}
      </ConfirmDialog>
    </Stack>
  );
}

export function ReferralsPage() {
  return (
    <RequireCapability anyOf={['referral.send', 'referral.respond']}>
      <ReferralsInbox />
    </RequireCapability>
  );
}
