import type { ProcedureRequest } from '@keten/shared';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon, DotIcon } from '../../components/icons.tsx';
import { useFormat } from '../../lib/format.ts';
import { daysUntil, type Translate } from './procedure-steps.ts';

/** `t` for keys built from codes (phases, kinds, organisation types). */
export function useTx(): Translate {
  const { t } = useTranslation();
  return t as unknown as Translate;
}

/** How long a document still runs: colour and words (never colour alone). */
export function DaysLeft({ expiresOn, today }: { expiresOn: string; today: string }) {
  const { t } = useTranslation();
  const days = daysUntil(expiresOn, today);
  if (days < 0) {
    return (
      <Badge color="red" variant="light" leftSection={<CrossIcon size={12} />}>
        {t('procedureUi.panel.expired')}
      </Badge>
    );
  }
  if (days === 0) {
    return (
      <Badge color="red" variant="light" leftSection={<DotIcon size={12} />}>
        {t('procedureUi.panel.expiresToday')}
      </Badge>
    );
  }
  return (
    <Badge color={days <= 14 ? 'orange' : 'green'} variant="light" leftSection={<DotIcon size={12} />}>
      {t('procedureUi.panel.daysLeft', { count: days })}
    </Badge>
  );
}

/** A request's status in words with an icon. */
export function RequestStatus({ request }: { request: ProcedureRequest }) {
  const tx = useTx();
  const color = request.status === 'open' ? 'blue' : request.status === 'done' ? 'green' : 'gray';
  const icon =
    request.status === 'done' ? (
      <CheckIcon size={12} />
    ) : request.status === 'open' ? (
      <DotIcon size={12} />
    ) : (
      <CrossIcon size={12} />
    );
  return (
    <Badge color={color} variant="light" leftSection={icon}>
      {tx(`procedureUi.panel.requestStatus.${request.status}`)}
    </Badge>
  );
}

/** The dates of an issued (or awaited) document. */
export function DocumentDates({
  request,
  today,
  current = true,
}: {
  request: ProcedureRequest;
  today: string;
  /** A document of an earlier phase was superseded: no countdown. */
  current?: boolean;
}) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const d = (iso: string) => formatDate(`${iso}T12:00:00Z`, { dateStyle: 'medium' });
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        {t('procedureUi.panel.requestedOn', {
          date: formatDate(request.requestedAt, { dateStyle: 'medium' }),
        })}
      </Text>
      {request.issuedOn ? (
        <Text size="sm">{t('procedureUi.panel.issuedOn', { date: d(request.issuedOn) })}</Text>
      ) : (
        request.kind === 'document' && <Text size="sm">{t('procedureUi.panel.awaitingIssue')}</Text>
      )}
      {request.documentNumber && (
        <Text size="sm">{t('procedureUi.panel.documentNumber', { number: request.documentNumber })}</Text>
      )}
      {request.expiresOn && (
        <>
          <Text size="sm">{t('procedureUi.panel.validUntil', { date: d(request.expiresOn) })}</Text>
          {request.status === 'done' && current && <DaysLeft expiresOn={request.expiresOn} today={today} />}
        </>
      )}
      {request.kind === 'hand_out' &&
        (request.handedOutOn ? (
          <Text size="sm">{t('procedureUi.panel.handedOutOn', { date: d(request.handedOutOn) })}</Text>
        ) : (
          <Text size="sm">{t('procedureUi.panel.awaitingHandOut')}</Text>
        ))}
    </Group>
  );
}

/** An ISO calendar date in the UI language (noon UTC, so no time zone moves the day). */
export function useIsoDate(): (iso: string) => string {
  const { formatDate } = useFormat();
  return (iso: string) => formatDate(`${iso}T12:00:00Z`, { dateStyle: 'medium' });
}
