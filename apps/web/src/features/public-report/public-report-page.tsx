import {
  EXPLOITATION_FORMS,
  PublicReportSchema,
  TRI_STATES,
  type ExploitationForm,
  type JudicialDistrict,
} from '@keten/shared';
import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Loader,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useUiLanguage } from '../catalogues/localized.ts';
import { CheckboxFieldset, RadioFieldset, YesNoFieldset } from '../signals/form-controls.tsx';
import { formatPhone, telHref } from '../signals/phone-format.ts';
import { useDistrictOptions } from '../signals/reference-api.ts';
import { messagesByPath } from '../signals/signal-validation.ts';
import { solveChallenge } from './proof-of-work.ts';
import { fetchChallenge, sendPublicReport, usePublicHelpLines } from './public-report-api.ts';

type TriState = (typeof TRI_STATES)[number];

interface ReportForm {
  description: string;
  judicialDistrict: JudicialDistrict | null;
  place: string;
  minorInvolved: TriState | null;
  immediateDanger: boolean;
  forms: ExploitationForm[];
  name: string;
  phone: string;
  email: string;
  website: string;
}

const EMPTY: ReportForm = {
  description: '',
  judicialDistrict: null,
  place: '',
  minorInvolved: null,
  immediateDanger: false,
  forms: [],
  name: '',
  phone: '',
  email: '',
  website: '',
};

type Phase =
  | { kind: 'editing' }
  | { kind: 'checking'; progress: number }
  | { kind: 'sending' }
  | { kind: 'done'; reference: string | null };

function EmergencyBox() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const lines = usePublicHelpLines(language);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="red.0"
      style={{ borderColor: 'var(--mantine-color-red-4)' }}
      component="section"
      aria-labelledby="emergency-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="emergency-heading">
          {t('publicReport.emergency.title')}
        </Title>
        <Text>{t('publicReport.emergency.body')}</Text>
        <Button component="a" href="tel:112" color="red.9" size="md" w="fit-content">
          {t('publicReport.emergency.call112')}
        </Button>
        <Title order={3} size="h5" mt="xs">
          {t('publicReport.helpLines.title')}
        </Title>
        {lines.isPending && (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        )}
        {lines.isError && <Text size="sm">{t('publicReport.helpLines.unavailable')}</Text>}
        {lines.data && lines.data.length === 0 && (
          <Text size="sm">{t('publicReport.helpLines.unavailable')}</Text>
        )}
        {lines.data && lines.data.length > 0 && (
          <>
            <Text size="sm">{t('publicReport.helpLines.intro')}</Text>
            <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {lines.data.map((entry) => (
                <li key={entry.id}>
                  <Text size="sm" fw={600} span>
                    {entry.name}
                  </Text>
                  {entry.phone && (
                    <>
                      {' — '}
                      <Anchor href={telHref(entry.phone)} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {formatPhone(entry.phone)}
                      </Anchor>
                    </>
                  )}
                  {entry.hours && (
                    <Text size="xs" c="dimmed">
                      {entry.hours}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The proof-of-work, started as soon as the visitor begins typing so that sending is quick. A new
 * challenge is fetched when asked (the server refused the proof once).
 */
function useProof() {
  const pending = useRef<Promise<{ challenge: string; nonce: string }> | null>(null);
  const [progress, setProgress] = useState(0);
  const start = () => {
    pending.current ??= (async () => {
      const { challenge, difficulty } = await fetchChallenge();
      const nonce = await solveChallenge(challenge, difficulty, {
        onProgress: (attempts, expected) =>
          setProgress(Math.min(95, Math.round((attempts / expected) * 100))),
      });
      setProgress(100);
      return { challenge, nonce };
    })();
    // A failed attempt may be retried with a fresh start.
    pending.current.catch(() => {
      pending.current = null;
    });
    return pending.current;
  };
  const reset = () => {
    pending.current = null;
    setProgress(0);
  };
  return { start, reset, progress };
}

export function PublicReportPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const errorMessage = useErrorMessage();
  const districts = useDistrictOptions();
  const proof = useProof();
  const [form, setForm] = useState<ReportForm>(EMPTY);
  const [showErrors, setShowErrors] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('publicReport.pageTitle'));

  const set = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    void proof.start().catch(() => undefined);
  };

  const body = (challenge: string, nonce: string) => {
    const contact = {
      name: form.name.trim() || undefined,
      phone: form.phone.trim() || undefined,
      email: form.email.trim() || undefined,
    };
    return {
      language,
      description: form.description,
      judicialDistrict: form.judicialDistrict,
      place: form.place.trim() || undefined,
      minorInvolved: form.minorInvolved,
      immediateDanger: form.immediateDanger,
      forms: form.forms,
      contact: contact.name || contact.phone || contact.email ? contact : undefined,
      website: form.website || undefined,
      proof: { challenge, nonce },
    };
  };

  // The proof is checked separately; a placeholder stands in while the form itself is checked.
  const allErrors = messagesByPath(t, PublicReportSchema, body('-', '-'));
  const errors = showErrors ? allErrors : {};

  useEffect(() => {
    if (focusRequest > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [focusRequest]);

  useEffect(() => {
    if (phase.kind === 'done') {
      doneRef.current?.focus();
    }
  }, [phase.kind]);

  const send = async (retried = false): Promise<void> => {
    setPhase({ kind: 'checking', progress: proof.progress });
    const { challenge, nonce } = await proof.start();
    setPhase({ kind: 'sending' });
    try {
      const answer = await sendPublicReport(PublicReportSchema.parse(body(challenge, nonce)));
      setPhase({ kind: 'done', reference: answer.reference });
    } catch (error) {
      proof.reset();
      // The proof expired or was refused: one more try with a new challenge.
      if (!retried && isApiError(error, 'domain_rule') && error.reason?.startsWith('proof_')) {
        return send(true);
      }
      throw error;
    }
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.keys(allErrors).length > 0) {
      setShowErrors(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setFailure(null);
    send().catch((error: unknown) => {
      setFailure(error);
      setPhase({ kind: 'editing' });
    });
  };

  if (phase.kind === 'done') {
    return (
      <Stack gap="md" maw={720} mx="auto">
        <Title order={1} ref={doneRef} tabIndex={-1} style={{ outline: 'none' }}>
          {t('publicReport.done.title')}
        </Title>
        {phase.reference && (
          <Paper withBorder p="md" radius="md" bg="green.0">
            <Text size="sm">{t('publicReport.done.referenceLabel')}</Text>
            <Text fz={26} fw={700} data-testid="public-reference">
              {phase.reference}
            </Text>
          </Paper>
        )}
        <Text>{t('publicReport.done.body')}</Text>
        <Text>{t('publicReport.done.urgent')}</Text>
        <Button
          variant="default"
          w="fit-content"
          onClick={() => {
            setForm(EMPTY);
            setShowErrors(false);
            setPhase({ kind: 'editing' });
          }}
        >
          {t('publicReport.done.another')}
        </Button>
      </Stack>
    );
  }

  const busy = phase.kind !== 'editing';
  const tooMany = isApiError(failure) && failure.status === 429;
  return (
    <Stack gap="lg" maw={720} mx="auto">
      <Stack gap={4}>
        <Title order={1}>{t('publicReport.title')}</Title>
        <Text>{t('publicReport.intro')}</Text>
      </Stack>
      <EmergencyBox />
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="report-form-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="report-form-heading">
            {t('publicReport.formTitle')}
          </Title>
          <Textarea
            label={t('publicReport.description')}
            description={t('publicReport.descriptionHelp')}
            value={form.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
            autosize
            minRows={4}
            maxLength={4000}
            required
          />
          <YesNoFieldset
            legend={t('publicReport.immediateDanger')}
            value={form.immediateDanger}
            onChange={(v) => set('immediateDanger', v)}
            yes={t('signals.vocab.yesNo.yes')}
            no={t('signals.vocab.yesNo.no')}
            error={errors.immediateDanger}
          />
          {form.immediateDanger && (
            <Alert color="red.9" variant="filled" role="alert">
              {t('publicReport.dangerNow')}
            </Alert>
          )}
          <RadioFieldset<TriState>
            legend={t('publicReport.minorInvolved')}
            value={form.minorInvolved}
            onChange={(v) => set('minorInvolved', v)}
            options={TRI_STATES.map((v) => ({ value: v, label: t(`signals.vocab.tri.${v}`) }))}
            error={errors.minorInvolved}
            inline
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('publicReport.district')}
              value={form.judicialDistrict ?? ''}
              onChange={(e) =>
                set('judicialDistrict', (e.currentTarget.value || null) as JudicialDistrict | null)
              }
              data={[{ value: '', label: t('publicReport.districtUnknown') }, ...districts.options]}
              error={errors.judicialDistrict}
            />
            <TextInput
              label={t('publicReport.place')}
              description={t('publicReport.placeHelp')}
              value={form.place}
              onChange={(e) => set('place', e.currentTarget.value)}
              error={errors.place}
              maxLength={200}
            />
          </SimpleGrid>
          <CheckboxFieldset<ExploitationForm>
            legend={t('publicReport.forms')}
            description={t('publicReport.formsHelp')}
            value={form.forms}
            onChange={(v) => set('forms', v)}
            options={EXPLOITATION_FORMS.map((f) => ({ value: f, label: t(`signals.vocab.form.${f}`) }))}
            error={errors.forms}
          />
          <Fieldset legend={t('publicReport.contact.title')} variant="filled">
            <Stack gap="sm">
              <Text size="sm">{t('publicReport.contact.anonymous')}</Text>
              <TextInput
                label={t('publicReport.contact.name')}
                value={form.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={errors['contact.name']}
                autoComplete="name"
                maxLength={120}
              />
              <TextInput
                label={t('publicReport.contact.phone')}
                type="tel"
                value={form.phone}
                onChange={(e) => set('phone', e.currentTarget.value)}
                error={errors['contact.phone']}
                autoComplete="tel"
                maxLength={40}
              />
              <TextInput
                label={t('publicReport.contact.email')}
                type="email"
                value={form.email}
                onChange={(e) => set('email', e.currentTarget.value)}
                error={errors['contact.email']}
                autoComplete="email"
                maxLength={254}
              />
            </Stack>
          </Fieldset>
          {/* Honeypot: hidden from people (and assistive technology); robots fill it in. */}
          <VisuallyHidden aria-hidden="true">
            <label htmlFor="report-website">{t('publicReport.honeypot')}</label>
            <input
              id="report-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={form.website}
              onChange={(e) => setForm((f) => ({ ...f, website: e.currentTarget.value }))}
            />
          </VisuallyHidden>
          {showErrors && Object.keys(allErrors).length > 0 && (
            <Alert color="red" role="alert">
              {t('publicReport.fixErrors')}
            </Alert>
          )}
          {failure !== null && (
            <Alert color="red" role="alert">
              {tooMany
                ? t('publicReport.tooMany')
                : isApiError(failure, 'domain_rule')
                  ? t('publicReport.proofFailed')
                  : errorMessage(failure)}
            </Alert>
          )}
          {phase.kind === 'checking' && (
            <Stack gap={4} role="status">
              <Text size="sm">
                <Loader size="xs" mr="xs" aria-hidden="true" />
                {t('publicReport.checking')}
              </Text>
              <Progress value={proof.progress} size="sm" aria-hidden="true" />
            </Stack>
          )}
          {phase.kind === 'sending' && (
            <Text size="sm" role="status">
              {t('publicReport.sending')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('publicReport.privacy')}
          </Text>
          <Button type="submit" loading={busy} w={{ base: '100%', xs: 'auto' }}>
            {t('publicReport.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
