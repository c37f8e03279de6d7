import type { InvitationInfo, PasswordProblemCode, TotpEnrolment } from '@keten/shared';
import { PASSWORD_PROBLEMS } from '@keten/shared';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/password-field.tsx';
import { z } from 'zod';
import { ButtonLink } from '../../app/router-links.tsx';
import { NarrowPage } from '../../components/narrow-page.tsx';
import { PageLoader } from '../session/require-session.tsx';
import { ApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useForm } from '../../lib/use-form.ts';
import { EnrolmentPanel } from '../mfa/enrolment-panel.tsx';
import { RecoveryCodesPanel } from '../mfa/recovery-codes-panel.tsx';
import { useInvitation, useInvitationConfirm, useInvitationPassword } from './invitation-api.ts';
import { PasswordHint } from './password-hint.tsx';
import { localPasswordProblem } from './password-rules.ts';

const route = getRouteApi('/invitation/$token');

function isPasswordProblem(value: unknown): value is PasswordProblemCode {
  return typeof value === 'string' && (PASSWORD_PROBLEMS as readonly string[]).includes(value);
}

/** Errors that mean the link stopped working during the flow (expired, or used in another tab). */
function useInvitationErrorMessage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (error: unknown) => {
    if (error instanceof ApiError && error.reason === 'invitation_expired') {
      return t('invitation.expired.body');
    }
    if (error instanceof ApiError && error.status === 404) {
      return t('invitation.invalid.body');
    }
    return errorMessage(error);
  };
}

/** The invitation cannot be used: unknown, used, or expired. Says what to do instead. */
function UnusableInvitation({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  return (
    <NarrowPage title={expired ? t('invitation.expired.title') : t('invitation.invalid.title')}>
      <Stack gap="md" align="flex-start">
        <Text>{expired ? t('invitation.expired.body') : t('invitation.invalid.body')}</Text>
        <ButtonLink to="/login" variant="default">
          {t('invitation.toLogin')}
        </ButtonLink>
      </Stack>
    </NarrowPage>
  );
}

function PasswordStep({
  token,
  invitation,
  onDone,
}: {
  token: string;
  invitation: InvitationInfo;
  onDone: (enrolment: TotpEnrolment) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useInvitationErrorMessage();
  const submit = useInvitationPassword(token);
  const form = useForm({ password: '', repeat: '' });
  const reset = invitation.purpose === 'mfa_reset';

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const { password, repeat } = form.values;
    if (password === '') {
      form.setErrors({ password: t('invitation.password.required') });
      return;
    }
    if (!reset) {
      const problem = localPasswordProblem(password, invitation.email);
      if (problem) {
        form.setErrors({ password: t(`invitation.password.problems.${problem}`) });
        return;
      }
      if (repeat !== password) {
        form.setErrors({ repeat: t('invitation.password.mismatch') });
        return;
      }
    }
    const checked = z.string().min(1).max(1024).safeParse(password);
    if (!checked.success) {
      form.setErrors({ password: t('invitation.password.problems.too_long') });
      return;
    }
    submit.mutate(password, {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof ApiError && error.reason === 'password') {
          const problem = error.detail('problem');
          form.setErrors({
            password: isPasswordProblem(problem)
              ? t(`invitation.password.problems.${problem}`)
              : t('invitation.password.wrongPassword'),
          });
        }
      },
    });
  };

  const error = submit.error;
  const onField = error instanceof ApiError && error.reason === 'password';
  return (
    <form id={form.id} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text>{reset ? t('invitation.password.introReset') : t('invitation.password.intro')}</Text>
        {error && !onField && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        {/* The account name, for password managers: they store the new password under it. */}
        <TextInput
          label={t('invitation.account')}
          value={invitation.email}
          autoComplete="username"
          readOnly
          variant="filled"
        />
        <PasswordField
          {...form.textProps('password')}
          label={reset ? t('invitation.password.current') : t('invitation.password.new')}
          autoComplete={reset ? 'current-password' : 'new-password'}
          required
          {...(reset
            ? {}
            : {
                description: <PasswordHint password={form.values.password} email={invitation.email} />,
                descriptionProps: { component: 'div' },
                inputWrapperOrder: ['label', 'input', 'error', 'description'] as (
                  'label' | 'input' | 'error' | 'description'
                )[],
              })}
        />
        {!reset && (
          <PasswordField
            {...form.textProps('repeat')}
            label={t('invitation.password.repeat')}
            autoComplete="new-password"
            required
          />
        )}
        <Button type="submit" loading={submit.isPending} w="fit-content">
          {t('common.continue')}
        </Button>
      </Stack>
    </form>
  );
}

function EnrolStep({
  token,
  enrolment,
  onDone,
}: {
  token: string;
  enrolment: TotpEnrolment;
  onDone: (codes: { recoveryCodes: string[] }) => void;
}) {
  const confirm = useInvitationConfirm(token);
  const error = confirm.error;
  const errorMessage = useInvitationErrorMessage();
  return (
    <EnrolmentPanel
      describeError={errorMessage}
      enrolment={enrolment}
      pending={confirm.isPending}
      error={error}
      wrongCode={error instanceof ApiError && error.reason === 'totp_code'}
      onConfirm={(code) => confirm.mutate(code, { onSuccess: onDone })}
    />
  );
}

type Step =
  { kind: 'password' } | { kind: 'enrol'; enrolment: TotpEnrolment } | { kind: 'codes'; codes: string[] };

/**
 * Accepting an invitation: choose a password (or, after a second-factor reset, prove it), add Keten
 * to an authenticator app, and keep the recovery codes. Then sign in as usual.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const navigate = useNavigate();
  const { formatDate } = useFormat();
  const invitation = useInvitation(token);
  const errorMessage = useErrorMessage();
  const [step, setStep] = useState<Step>({ kind: 'password' });

  if (invitation.isPending) {
    return <PageLoader />;
  }
  if (invitation.isError) {
    const error = invitation.error;
    if (error instanceof ApiError && (error.status === 404 || error.reason === 'invitation_expired')) {
      return <UnusableInvitation expired={error.reason === 'invitation_expired'} />;
    }
    return (
      <NarrowPage title={t('invitation.title')}>
        <Alert color="red" role="alert">
          {errorMessage(error)}
        </Alert>
      </NarrowPage>
    );
  }

  const info = invitation.data;
  const stepNumber = step.kind === 'password' ? 1 : step.kind === 'enrol' ? 2 : 3;
  const stepTitle = {
    password:
      info.purpose === 'mfa_reset' ? t('invitation.steps.confirmPassword') : t('invitation.steps.password'),
    enrol: t('invitation.steps.enrol'),
    codes: t('invitation.steps.codes'),
  }[step.kind];

  return (
    <NarrowPage
      title={stepTitle}
      pageTitle={`${stepTitle} — ${t('invitation.title')}`}
      eyebrow={t('invitation.stepOf', { step: stepNumber, total: 3 })}
      width={620}
      intro={
        step.kind === 'password' ? (
          <Text>
            {t(info.purpose === 'mfa_reset' ? 'invitation.welcomeReset' : 'invitation.welcome', {
              name: info.displayName,
              organisation: info.organisationName,
            })}{' '}
            {t('invitation.validUntil', {
              date: formatDate(info.expiresAt, { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </Text>
        ) : undefined
      }
    >
      {step.kind === 'password' && (
        <PasswordStep
          token={token}
          invitation={info}
          onDone={(enrolment) => setStep({ kind: 'enrol', enrolment })}
        />
      )}
      {step.kind === 'enrol' && (
        <EnrolStep
          token={token}
          enrolment={step.enrolment}
          onDone={({ recoveryCodes }) => setStep({ kind: 'codes', codes: recoveryCodes })}
        />
      )}
      {step.kind === 'codes' && (
        <RecoveryCodesPanel
          codes={step.codes}
          account={info.email}
          doneLabel={t('invitation.continueToLogin')}
          onDone={() => void navigate({ to: '/login' })}
        />
      )}
    </NarrowPage>
  );
}
