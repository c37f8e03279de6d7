import type { Referral, RoutingProposal } from '@keten/shared';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { PageLoader } from '../session/require-session.tsx';
import { hasAnyCapability, useSessionUser } from '../session/use-session.ts';
import { RadioFieldset } from '../signals/form-controls.tsx';
import { useDirectory } from '../directory/directory-api.ts';
import { RuleError } from '../victim-files/rule-error.tsx';
import { useProposals, useSendReferral, type ReferralSource } from './referral-api.ts';
import {
  consentNeededFor,
  emptyReferralForm,
  referralBody,
  validateReferral,
  type ReferralForm,
  type ReferralFormErrors,
} from './referral-form.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The rule that proposed a recipient, in words. */
export function useRuleLabel() {
  const { t, i18n } = useTranslation();
  return (rule: string) => {
    const key = `cases.rule.${rule}`;
    return i18n.exists(key) ? t(key as 'cases.rule.district') : t('cases.rule.other', { rule });
  };
}

function RecipientLabel({ proposal }: { proposal: RoutingProposal }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} component="span">
      <span>{proposal.name}</span>
      <Badge variant="light" color="blue" c="dark.8" style={{ textTransform: 'none' }} component="span">
        {t(`cases.purpose.${proposal.purpose}`)}
      </Badge>
      {proposal.consentNeeded && (
        <Badge variant="light" color="gray" c="dark.8" style={{ textTransform: 'none' }} component="span">
          {t('cases.refer.consentNeeded')}
        </Badge>
      )}
    </Group>
  );
}

function ReferralFormBody({
  source,
  canTransfer,
  onSent,
  onClose,
}: {
  source: ReferralSource;
  canTransfer: boolean;
  onSent: (referral: Referral) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const ruleLabel = useRuleLabel();
  const user = useSessionUser();
  const canOverrideConsent = hasAnyCapability(user, ['referral.consent_override']);
  const proposals = useProposals(source, true);
  const send = useSendReferral();
  const [form, setForm] = useState<ReferralForm>(() => emptyReferralForm(today()));
  const [errors, setErrors] = useState<ReferralFormErrors>({});
  const directory = useDirectory(
    i18n.resolvedLanguage ?? 'en',
    { type: null, district: null, language: null },
    true,
  );
  if (proposals.isPending) {
    return <PageLoader />;
  }
  if (proposals.isError) {
    return <RuleError error={proposals.error} />;
  }
  const list = proposals.data.data;
  const consentNeeded = form.choice !== null && consentNeededFor(form, list);
  const message = (problem: ReferralFormErrors[keyof ReferralFormErrors], tooShortCount = 3) =>
    problem === 'required'
      ? t('validation.required')
      : problem === 'tooShort'
        ? t('validation.tooShort', { count: tooShortCount })
        : problem === 'future'
          ? t('cases.refer.dateFuture')
          : undefined;
  const change = (patch: Partial<ReferralForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors({});
  };
  const organisations = (directory.data?.data ?? []).filter((o) => o.id !== user?.organisationId);
  const other = organisations.find((o) => o.id === form.otherOrganisationId);

  const submit = () => {
    const problems = validateReferral(form, list, today());
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('#referral-form [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    send.mutate(referralBody(form, list, source), { onSuccess: onSent });
  };

  return (
    <form
      id="referral-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <RadioFieldset<string>
          id="referral-recipient"
          legend={t('cases.refer.proposedLegend')}
          description={list.length > 0 ? t('cases.refer.proposedHelp') : t('cases.refer.noProposals')}
          value={form.choice}
          onChange={(choice) => change({ choice })}
          error={message(errors.choice)}
          required
          options={[
            ...list.map((p, n) => ({
              value: `proposal:${String(n)}`,
              label: <RecipientLabel proposal={p} />,
              description: ruleLabel(p.rule),
            })),
            { value: 'other', label: t('cases.refer.other'), description: t('cases.refer.otherHelp') },
          ]}
        />
        {form.choice === 'other' && (
          <Stack gap="sm">
            <NativeSelect
              id="referral-other"
              label={t('cases.refer.otherOrganisation')}
              required
              value={form.otherOrganisationId ?? ''}
              error={message(errors.otherOrganisationId)}
              data={[
                { value: '', label: '—' },
                ...organisations.map((o) => ({ value: o.id, label: o.name })),
              ]}
              onChange={(e) => {
                const chosen = organisations.find((o) => o.id === e.currentTarget.value);
                change({
                  otherOrganisationId: chosen?.id ?? null,
                  otherOrganisationType: chosen?.type ?? null,
                  transfer: false,
                });
              }}
            />
            {canTransfer && source.type === 'victim_file' && other?.type === 'specialised_centre' && (
              <Checkbox
                label={t('cases.refer.transfer')}
                checked={form.transfer}
                onChange={(e) => change({ transfer: e.currentTarget.checked })}
              />
            )}
            <Textarea
              id="referral-override-reason"
              label={t('cases.refer.overrideReason')}
              required
              rows={3}
              maxLength={1000}
              value={form.overrideReason}
              error={message(errors.overrideReason)}
              onChange={(e) => change({ overrideReason: e.currentTarget.value })}
            />
          </Stack>
        )}
        {form.choice !== null &&
          (consentNeeded ? (
            <Stack gap="sm">
              <RadioFieldset<'given' | 'override'>
                id="referral-consent"
                legend={t('cases.refer.consentTitle')}
                value={form.consent}
                onChange={(consent) => change({ consent })}
                error={message(errors.consent) && t('cases.refer.consentMissing')}
                required
                options={[
                  { value: 'given', label: t('cases.refer.consentGiven') },
                  ...(canOverrideConsent
                    ? [{ value: 'override' as const, label: t('cases.refer.consentOverride') }]
                    : []),
                ]}
              />
              {form.consent === 'given' && (
                <TextInput
                  id="referral-consent-date"
                  type="date"
                  label={t('cases.refer.consentDate')}
                  required
                  max={today()}
                  value={form.consentDate}
                  error={message(errors.consentDate)}
                  onChange={(e) => change({ consentDate: e.currentTarget.value })}
                />
              )}
              {form.consent === 'override' && (
                <Textarea
                  id="referral-consent-reason"
                  label={t('cases.refer.consentOverrideReason')}
                  required
                  rows={3}
                  maxLength={1000}
                  value={form.consentOverrideReason}
                  error={message(errors.consentOverrideReason)}
                  onChange={(e) => change({ consentOverrideReason: e.currentTarget.value })}
                />
              )}
            </Stack>
          ) : (
            <Text size="sm">{t('cases.refer.consentNotNeeded')}</Text>
          ))}
        <Switch
          label={t('cases.refer.urgent')}
          checked={form.urgent}
          onChange={(e) => change({ urgent: e.currentTarget.checked })}
        />
        <RuleError error={send.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={send.isPending}>
            {t('cases.refer.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Refer a signal or a victim file: the routing rules' proposals with the rule behind each, another
 * organisation with a reason, the consent gate (or its override with the capability), urgency.
 */
export function ReferralDialog({
  source,
  opened,
  canTransfer = false,
  onClose,
  onSent,
}: {
  source: ReferralSource;
  opened: boolean;
  canTransfer?: boolean;
  onClose: () => void;
  onSent: (referral: Referral) => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('cases.refer.title')} size="lg">
      {opened && (
        <ReferralFormBody source={source} canTransfer={canTransfer} onSent={onSent} onClose={onClose} />
      )}
    </AppModal>
  );
}

/** The "Refer" button with its dialog and the confirmation once sent. */
export function ReferButton({ source, canTransfer }: { source: ReferralSource; canTransfer?: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Button variant="light" w="fit-content" onClick={() => setOpened(true)}>
        {t('cases.refer.open')}
      </Button>
      {sent && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setSent(null)}
        >
          {sent}
        </Alert>
      )}
      <ReferralDialog
        source={source}
        opened={opened}
        canTransfer={canTransfer ?? false}
        onClose={() => setOpened(false)}
        onSent={(referral) => {
          setOpened(false);
          setSent(t('cases.refer.sent', { organisation: referral.toOrganisationName }));
        }}
      />
    </Stack>
  );
}

/** On a signal (triage): refer it onward, for a user who may send referrals (the server decides again). */
export function SignalReferPanel({ signalId }: { signalId: string }) {
  const user = useSessionUser();
  if (!hasAnyCapability(user, ['referral.send'])) {
    return null;
  }
  return <ReferButton source={{ type: 'signal', id: signalId }} />;
}
