import type { ProcedureRequest } from '@keten/shared';
import type { ProcedureConfig } from '@keten/shared/procedure/types';
import { Alert, Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useUiLanguage } from '../catalogues/localized.ts';
import { useDirectory } from '../directory/directory-api.ts';
import { useIsoDate, useTx } from '../procedure/procedure-bits.tsx';
import { localToday, useAnswerRequest, type PresentedFile } from '../procedure/procedure-api.ts';
import {
  addDuration,
  refusalMessage,
  transitionText,
  validateIssue,
  validatePastDate,
  validityText,
  type IssueErrors,
} from '../procedure/procedure-steps.ts';

/** The server's answer to a refused entry, in the user's language (the rule for a 422). */
function useRefusal(config: ProcedureConfig | null) {
  const { t } = useTranslation();
  const tx = useTx();
  const language = useUiLanguage();
  const errorMessage = useErrorMessage();
  return (error: unknown) => {
    if (isApiError(error, 'conflict')) {
      return t('errors.conflict');
    }
    return (
      (isApiError(error) ? refusalMessage(tx, error.details, config, language) : null) ?? errorMessage(error)
    );
  };
}

/** The validity the configuration gives the requested document (a minor's first document may differ). */
function validityFor(config: ProcedureConfig | null, request: ProcedureRequest, file: PresentedFile | null) {
  const phases = config ? [...config.phases].sort((a, b) => a.order - b.order) : [];
  const phase = phases.find((p) => p.code === request.phase);
  if (!config || !phase?.document) {
    return undefined;
  }
  const firstDocumentPhase = phases.find((p) => p.document !== null)?.code;
  const unaccompaniedMinor = file?.data.minor === 'yes' && file.data.unaccompanied === 'yes';
  if (unaccompaniedMinor && config.minors.reflectionPeriod && phase.code === firstDocumentPhase) {
    return config.minors.reflectionPeriod;
  }
  return phase.document.validity;
}

/** The Immigration Office records an issued document: issue date, number, expiry. */
export function IssueForm({
  request,
  config,
  file,
}: {
  request: ProcedureRequest;
  config: ProcedureConfig | null;
  file: PresentedFile | null;
}) {
  const { t } = useTranslation();
  const tx = useTx();
  const language = useUiLanguage();
  const refusal = useRefusal(config);
  const answer = useAnswerRequest(request.id);
  const today = localToday();
  const validity = validityFor(config, request, file);
  const limited = validity !== null && validity !== undefined;
  const [issuedOn, setIssuedOn] = useState(today);
  const [expiresOn, setExpiresOn] = useState(limited ? addDuration(today, validity) : '');
  const [expiryTouched, setExpiryTouched] = useState(false);
  const [documentNumber, setDocumentNumber] = useState('');
  const [handOutBy, setHandOutBy] = useState('');
  // Who hands the document out comes from the configuration (BE: the municipality); the offices from the directory.
  const handerType = config?.phases.find((p) => p.code === request.phase)?.document?.handedOutBy[0] ?? null;
  const handers = useDirectory(language, { type: handerType, district: null, language: null }, true);
  const [errors, setErrors] = useState<IssueErrors>({});
  const message = (code: IssueErrors[keyof IssueErrors]) =>
    code ? tx(`procedureUi.validation.${code}`) : undefined;
  const idBase = `issue-${request.id}`;

  return (
    <form
      noValidate
      aria-label={t('procedureUi.partner.documents.submit')}
      onSubmit={(e) => {
        e.preventDefault();
        const next = validateIssue({ issuedOn, expiresOn, documentNumber }, { today: localToday(), limited });
        setErrors(next);
        if (Object.keys(next).length > 0) {
          requestAnimationFrame(() =>
            document.getElementById(idBase)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
          );
          return;
        }
        answer.mutate({
          kind: 'issue',
          body: {
            issuedOn,
            expiresOn: expiresOn === '' ? null : expiresOn,
            documentNumber: documentNumber.trim(),
            version: request.version,
            ...(handOutBy === '' ? {} : { handOutOrganisationId: handOutBy }),
          },
        });
      }}
    >
      <Stack gap="xs" id={idBase}>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('procedureUi.partner.documents.issuedOn')}
            value={issuedOn}
            max={today}
            required
            error={message(errors.issuedOn)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setIssuedOn(value);
              if (!expiryTouched && limited && value !== '') {
                setExpiresOn(addDuration(value, validity));
              }
            }}
          />
          <TextInput
            type="date"
            label={t('procedureUi.partner.documents.expiresOn')}
            description={
              limited
                ? t('procedureUi.partner.documents.expiresHelp', { validity: validityText(tx, validity) })
                : undefined
            }
            value={expiresOn}
            required={limited}
            error={message(errors.expiresOn)}
            onChange={(e) => {
              setExpiryTouched(true);
              setExpiresOn(e.currentTarget.value);
            }}
          />
          <TextInput
            label={t('procedureUi.partner.documents.documentNumber')}
            value={documentNumber}
            maxLength={60}
            required
            autoComplete="off"
            error={message(errors.documentNumber)}
            onChange={(e) => setDocumentNumber(e.currentTarget.value)}
          />
        </Group>
        {handerType && (handers.data?.data.length ?? 0) > 0 && (
          <NativeSelect
            label={t('procedureUi.partner.documents.handOutBy')}
            description={t('procedureUi.partner.documents.handOutHelp')}
            value={handOutBy}
            onChange={(e) => setHandOutBy(e.currentTarget.value)}
            data={[
              { value: '', label: t('procedureUi.partner.documents.handOutLater') },
              ...(handers.data?.data ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
            maw={480}
          />
        )}
        {answer.isError && (
          <Alert color="red" role="alert">
            {refusal(answer.error)}
          </Alert>
        )}
        <Button type="submit" w="fit-content" loading={answer.isPending}>
          {t('procedureUi.partner.documents.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The reference magistrate confirms (or not) that the person is still regarded as a victim. */
export function ConfirmForm({
  request,
  config,
  reference,
}: {
  request: ProcedureRequest;
  config: ProcedureConfig | null;
  reference: string;
}) {
  const { t } = useTranslation();
  const tx = useTx();
  const language = useUiLanguage();
  const refusal = useRefusal(config);
  const answer = useAnswerRequest(request.id);
  const today = localToday();
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  const [answeredOn, setAnsweredOn] = useState(today);
  const [errors, setErrors] = useState<{ choice?: string; answeredOn?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const step = transitionText(config, request.transitionCode, language);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const d = validatePastDate(answeredOn, localToday());
        const next = {
          choice: choice === '' ? t('procedureUi.validation.required') : undefined,
          answeredOn: d ? tx(`procedureUi.validation.${d}`) : undefined,
        };
        setErrors(next);
        if (!next.choice && !next.answeredOn) {
          answer.reset();
          setConfirming(true);
        }
      }}
    >
      <Stack gap="xs">
        <Radio.Group
          label={t('procedureUi.partner.confirmations.question', { step })}
          value={choice}
          onChange={(v) => {
            setChoice(v === 'yes' || v === 'no' ? v : '');
            setErrors((e) => ({ ...e, choice: undefined }));
          }}
          error={errors.choice}
          required
        >
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('procedureUi.partner.confirmations.yes')} />
            <Radio value="no" label={t('procedureUi.partner.confirmations.no')} />
          </Group>
        </Radio.Group>
        <TextInput
          type="date"
          label={t('procedureUi.partner.confirmations.answeredOn')}
          value={answeredOn}
          max={today}
          required
          error={errors.answeredOn}
          onChange={(e) => setAnsweredOn(e.currentTarget.value)}
          w="fit-content"
        />
        <Text size="xs" c="dimmed">
          {t('procedureUi.partner.confirmations.noNote')}
        </Text>
        <Button type="submit" w="fit-content">
          {t('procedureUi.partner.confirmations.submit')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('procedureUi.partner.confirmations.confirmTitle')}
        confirmLabel={t('procedureUi.partner.confirmations.submit')}
        destructive={choice === 'no'}
        pending={answer.isPending}
        error={answer.isError ? new Error(refusal(answer.error)) : undefined}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          answer.mutate(
            { kind: 'confirm', body: { confirmed: choice === 'yes', answeredOn, version: request.version } },
            { onSuccess: () => setConfirming(false) },
          )
        }
      >
        {choice === 'no'
          ? t('procedureUi.partner.confirmations.confirmBodyNo', { reference })
          : t('procedureUi.partner.confirmations.confirmBodyYes', { reference })}
      </ConfirmDialog>
    </form>
  );
}

/** The municipality marks a document handed out to the person. */
export function HandOutForm({
  request,
  config,
}: {
  request: ProcedureRequest;
  config: ProcedureConfig | null;
}) {
  const { t } = useTranslation();
  const tx = useTx();
  const refusal = useRefusal(config);
  const answer = useAnswerRequest(request.id);
  const today = localToday();
  const [handedOutOn, setHandedOutOn] = useState(today);
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const d = validatePastDate(handedOutOn, localToday());
        setError(d ? tx(`procedureUi.validation.${d}`) : undefined);
        if (!d) {
          answer.mutate({ kind: 'hand-out', body: { handedOutOn, version: request.version } });
        }
      }}
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('procedureUi.partner.handOuts.handedOutOn')}
          value={handedOutOn}
          max={today}
          required
          error={error}
          onChange={(e) => setHandedOutOn(e.currentTarget.value)}
        />
        <Button type="submit" loading={answer.isPending}>
          {t('procedureUi.partner.handOuts.submit')}
        </Button>
      </Group>
      {answer.isError && (
        <Alert color="red" role="alert" mt="xs">
          {refusal(answer.error)}
        </Alert>
      )}
    </form>
  );
}

/** What was recorded on a handled request. */
export function RequestOutcome({ request }: { request: ProcedureRequest }) {
  const { t } = useTranslation();
  const date = useIsoDate();
  if (request.kind === 'document' && request.issuedOn) {
    return (
      <Text size="sm">
        {request.expiresOn
          ? t('procedureUi.partner.documents.done', {
              date: date(request.issuedOn),
              number: request.documentNumber ?? '',
              expires: date(request.expiresOn),
            })
          : t('procedureUi.partner.documents.doneUnlimited', {
              date: date(request.issuedOn),
              number: request.documentNumber ?? '',
            })}
      </Text>
    );
  }
  if (request.kind === 'confirmation' && request.confirmed !== null) {
    return (
      <Text size="sm">
        {request.confirmed
          ? t('procedureUi.partner.confirmations.doneYes')
          : t('procedureUi.partner.confirmations.doneNo')}
      </Text>
    );
  }
  if (request.kind === 'hand_out' && request.handedOutOn) {
    return (
      <Text size="sm">{t('procedureUi.partner.handOuts.done', { date: date(request.handedOutOn) })}</Text>
    );
  }
  return null;
}
