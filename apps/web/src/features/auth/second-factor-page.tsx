import { SecondFactorRequestSchema } from '@keten/shared';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../app/router-links.tsx';
import { NarrowPage } from '../../components/narrow-page.tsx';
import { ThrottleNotice } from '../../components/throttle-notice.tsx';
import { ApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useCountdown } from '../../lib/use-countdown.ts';
import { useForm } from '../../lib/use-form.ts';
import { usePendingLogin, useSecondFactorStep, type PendingLogin } from './auth-api.ts';

const route = getRouteApi('/login/second-factor');

/**
 * The pending login: from the first step (memory), or from `?pending=` when the organisation's
 * identity provider signed the user in but Keten must still ask the code. The token is then taken
 * out of the address bar at once.
 */
function usePendingFromStepOneOrUrl(): PendingLogin | null {
  const search = route.useSearch();
  const navigate = useNavigate();
  const store = usePendingLogin();
  const [pending] = useState<PendingLogin | null>(() =>
    search.pending ? { token: search.pending, redirect: '/' } : store.read(),
  );
  useEffect(() => {
    if (search.pending) {
      void navigate({ to: '/login/second-factor', search: {}, replace: true });
    }
  }, [search.pending, navigate]);
  return pending;
}

export function SecondFactorPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const pending = usePendingFromStepOneOrUrl();
  const store = usePendingLogin();
  const verify = useSecondFactorStep();
  const countdown = useCountdown();
  const [useRecovery, setUseRecovery] = useState(false);
  const form = useForm({ code: '', recoveryCode: '' });
  const [switched, setSwitched] = useState(false);
  // After switching between the app's code and a recovery code, the cursor goes to the new field.
  useEffect(() => {
    if (switched) {
      document.getElementById(form.id)?.querySelector<HTMLInputElement>('input')?.focus();
    }
  }, [switched, useRecovery, form.id]);

  if (!pending) {
    return (
      <NarrowPage title={t('auth.secondFactor.title')} pageTitle={t('auth.secondFactor.pageTitle')}>
        <Stack gap="md" align="flex-start">
          <Text>{t('auth.secondFactor.noPending')}</Text>
          <ButtonLink to="/login">{t('auth.secondFactor.startAgain')}</ButtonLink>
        </Stack>
      </NarrowPage>
    );
  }

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = useRecovery
      ? { pendingToken: pending.token, recoveryCode: form.values.recoveryCode }
      : { pendingToken: pending.token, code: form.values.code };
    const body = form.validate(
      t,
      SecondFactorRequestSchema,
      {
        code: { required: 'auth.secondFactor.codeRequired', invalid: 'auth.secondFactor.codeInvalid' },
        recoveryCode: {
          required: 'auth.secondFactor.recoveryRequired',
          invalid: 'auth.secondFactor.recoveryInvalid',
        },
      },
      input,
    );
    if (!body) {
      return;
    }
    verify.mutate(
      useRecovery
        ? { pendingToken: pending.token, recoveryCode: body.recoveryCode ?? '' }
        : { pendingToken: pending.token, code: body.code ?? '' },
      {
        onSuccess: () => {
          store.clear();
          router.history.push(pending.redirect);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 429) {
            countdown.start(error.retryAfterSeconds ?? 60);
          }
          if (error instanceof ApiError && error.reason === 'invalid_code') {
            form.setValue(useRecovery ? 'recoveryCode' : 'code', '');
          }
        },
      },
    );
  };

  const error = verify.error;
  const expired = error instanceof ApiError && error.reason === 'login_expired';
  const throttled = error instanceof ApiError && error.status === 429;
  const wrongCode = error instanceof ApiError && error.reason === 'invalid_code';

  if (expired) {
    return (
      <NarrowPage title={t('auth.secondFactor.expiredTitle')} pageTitle={t('auth.secondFactor.pageTitle')}>
        <Stack gap="md" align="flex-start">
          <Alert color="orange" role="alert" w="100%">
            {t('auth.secondFactor.expired')}
          </Alert>
          <ButtonLink to="/login" onClick={() => store.clear()}>
            {t('auth.secondFactor.startAgain')}
          </ButtonLink>
        </Stack>
      </NarrowPage>
    );
  }

  return (
    <NarrowPage
      title={t('auth.secondFactor.title')}
      pageTitle={t('auth.secondFactor.pageTitle')}
      intro={useRecovery ? t('auth.secondFactor.recoveryIntro') : t('auth.secondFactor.intro')}
    >
      <Stack gap="md">
        {throttled && countdown.started && <ThrottleNotice remaining={countdown.remaining} />}
        {error && !throttled && (
          <Alert color="red" role="alert">
            {wrongCode
              ? useRecovery
                ? t('auth.secondFactor.wrongRecoveryCode')
                : t('auth.secondFactor.wrongCode')
              : errorMessage(error)}
          </Alert>
        )}
        <form id={form.id} onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {useRecovery ? (
              <TextInput
                {...form.textProps('recoveryCode')}
                key="recovery"
                label={t('auth.secondFactor.recoveryCode')}
                description={t('auth.secondFactor.recoveryDescription')}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="none"
                required
              />
            ) : (
              <TextInput
                {...form.textProps('code')}
                key="code"
                label={t('auth.secondFactor.code')}
                description={t('auth.secondFactor.codeDescription')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                styles={{
                  input: { fontSize: '1.25rem', letterSpacing: '0.2em', fontVariantNumeric: 'tabular-nums' },
                }}
              />
            )}
            <Button type="submit" loading={verify.isPending} fullWidth>
              {t('auth.secondFactor.submit')}
            </Button>
          </Stack>
        </form>
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="start"
          onClick={() => {
            setUseRecovery((current) => !current);
            setSwitched(true);
            verify.reset();
            form.setErrors({});
          }}
        >
          {useRecovery ? t('auth.secondFactor.useApp') : t('auth.secondFactor.useRecovery')}
        </Anchor>
        <AnchorLink to="/login" size="sm" onClick={() => store.clear()}>
          {t('auth.secondFactor.startAgain')}
        </AnchorLink>
      </Stack>
    </NarrowPage>
  );
}
