import { ReauthenticateSchema, type TotpEnrolment } from '@keten/shared';
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/password-field.tsx';
import { ThrottleNotice } from '../../components/throttle-notice.tsx';
import { ApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useCountdown } from '../../lib/use-countdown.ts';
import { useForm } from '../../lib/use-form.ts';
import { EnrolmentPanel } from '../mfa/enrolment-panel.tsx';
import { RecoveryCodesPanel } from '../mfa/recovery-codes-panel.tsx';
import type { SessionUser } from '../session/use-session.ts';
import {
  useConfirmMfaReset,
  useRegenerateRecoveryCodes,
  useStartMfaReset,
  type Reauthentication,
} from './profile-api.ts';

/** A refused re-authentication: wrong password or code (the server does not say which). */
function isReauthFailure(error: unknown): boolean {
  return error instanceof ApiError && error.reason === 'reauthentication_failed';
}

/** Password and a current code: the proof asked before any change to one's own second factor. */
function ReauthenticateForm({
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: Reauthentication) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const form = useForm({ password: '', code: '' });
  const countdown = useCountdown();
  const [shownError, setShownError] = useState<unknown>(null);
  if (error !== shownError) {
    setShownError(error);
    if (error instanceof ApiError && error.status === 429) {
      countdown.start(error.retryAfterSeconds ?? 60);
    }
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(t, ReauthenticateSchema, {
      password: { required: 'auth.login.passwordRequired' },
      code: { required: 'auth.secondFactor.codeRequired', invalid: 'auth.secondFactor.codeInvalid' },
    });
    if (body) {
      onSubmit(body);
    }
  };

  const throttled = error instanceof ApiError && error.status === 429;
  return (
    <form id={form.id} onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <Text size="sm">{t('profile.security.reauthIntro')}</Text>
        {throttled && countdown.started && <ThrottleNotice remaining={countdown.remaining} />}
        {error !== null && error !== undefined && !throttled && (
          <Alert color="red" role="alert">
            {isReauthFailure(error) ? t('profile.security.reauthFailed') : errorMessage(error)}
          </Alert>
        )}
        <PasswordField
          {...form.textProps('password')}
          label={t('auth.login.password')}
          autoComplete="current-password"
          required
        />
        <TextInput
          {...form.textProps('code')}
          label={t('profile.security.currentCode')}
          description={t('auth.secondFactor.codeDescription')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
        />
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type MfaStep =
  | { kind: 'idle' }
  | { kind: 'reauth' }
  | { kind: 'enrol'; enrolment: TotpEnrolment }
  | { kind: 'codes'; codes: string[] };

function AuthenticatorReset({
  user,
  onFinished,
}: {
  user: SessionUser;
  onFinished: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<MfaStep>({ kind: 'idle' });
  const start = useStartMfaReset();
  const confirm = useConfirmMfaReset();

  switch (step.kind) {
    case 'idle':
      return (
        <Button variant="default" w="fit-content" onClick={() => setStep({ kind: 'reauth' })}>
          {t('profile.security.resetButton')}
        </Button>
      );
    case 'reauth':
      return (
        <ReauthenticateForm
          submitLabel={t('common.continue')}
          pending={start.isPending}
          error={start.error}
          onCancel={() => {
            start.reset();
            setStep({ kind: 'idle' });
          }}
          onSubmit={(body) =>
            start.mutate(body, { onSuccess: (enrolment) => setStep({ kind: 'enrol', enrolment }) })
          }
        />
      );
    case 'enrol':
      return (
        <Stack gap="sm">
          <Alert color="blue">{t('profile.security.finishNow')}</Alert>
          <EnrolmentPanel
            headingLevel={4}
            enrolment={step.enrolment}
            pending={confirm.isPending}
            error={confirm.error}
            wrongCode={confirm.error instanceof ApiError && confirm.error.reason === 'totp_code'}
            onConfirm={(code) =>
              confirm.mutate(code, {
                onSuccess: ({ recoveryCodes }) => setStep({ kind: 'codes', codes: recoveryCodes }),
              })
            }
          />
        </Stack>
      );
    case 'codes':
      return (
        <RecoveryCodesPanel
          codes={step.codes}
          account={user.email}
          doneLabel={t('common.done')}
          onDone={() => {
            start.reset();
            confirm.reset();
            setStep({ kind: 'idle' });
            onFinished(t('profile.security.resetDone'));
          }}
        />
      );
  }
}

type CodesStep = { kind: 'idle' } | { kind: 'reauth' } | { kind: 'codes'; codes: string[] };

function RecoveryCodesRenewal({
  user,
  onFinished,
}: {
  user: SessionUser;
  onFinished: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<CodesStep>({ kind: 'idle' });
  const regenerate = useRegenerateRecoveryCodes();
  switch (step.kind) {
    case 'idle':
      return (
        <Button variant="default" w="fit-content" onClick={() => setStep({ kind: 'reauth' })}>
          {t('profile.security.codesButton')}
        </Button>
      );
    case 'reauth':
      return (
        <ReauthenticateForm
          submitLabel={t('profile.security.codesSubmit')}
          pending={regenerate.isPending}
          error={regenerate.error}
          onCancel={() => {
            regenerate.reset();
            setStep({ kind: 'idle' });
          }}
          onSubmit={(body) =>
            regenerate.mutate(body, {
              onSuccess: ({ recoveryCodes }) => setStep({ kind: 'codes', codes: recoveryCodes }),
            })
          }
        />
      );
    case 'codes':
      return (
        <RecoveryCodesPanel
          codes={step.codes}
          account={user.email}
          doneLabel={t('common.done')}
          onDone={() => {
            regenerate.reset();
            setStep({ kind: 'idle' });
            onFinished(t('profile.security.codesDone'));
          }}
        />
      );
  }
}

/** Second factor: a new authenticator app, or new recovery codes; both need password + current code. */
export function SecuritySection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <div role="status">
        {done && (
          <Alert
            color="green"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setDone(null)}
          >
            {done}
          </Alert>
        )}
      </div>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('profile.security.resetTitle')}
        </Title>
        <Text size="sm">{t('profile.security.resetHelp')}</Text>
        <AuthenticatorReset user={user} onFinished={setDone} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('profile.security.codesTitle')}
        </Title>
        <Text size="sm">{t('profile.security.codesHelp')}</Text>
        <RecoveryCodesRenewal user={user} onFinished={setDone} />
      </Stack>
    </Stack>
  );
}
