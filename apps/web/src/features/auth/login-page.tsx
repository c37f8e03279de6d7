import { LoginRequestSchema } from '@keten/shared';
import { Alert, Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/password-field.tsx';
import { AnchorLink } from '../../app/router-links.tsx';
import { NarrowPage } from '../../components/narrow-page.tsx';
import { ThrottleNotice } from '../../components/throttle-notice.tsx';
import { ApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { safeRedirect } from '../../lib/safe-redirect.ts';
import { useCountdown } from '../../lib/use-countdown.ts';
import { useForm } from '../../lib/use-form.ts';
import { useSession } from '../session/use-session.ts';
import {
  isOidcLoginError,
  oidcStartUrl,
  useLoginStep,
  useOidcProviders,
  usePendingLogin,
} from './auth-api.ts';

const route = getRouteApi('/login');

function OidcProviders({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const providers = useOidcProviders();
  if (!providers.data || providers.data.length === 0) {
    return null;
  }
  return (
    <Stack gap="sm">
      <Divider label={t('auth.login.orWithOrganisation')} labelPosition="center" />
      {providers.data.map((provider) => (
        // A full-page navigation: the identity provider takes over, then sends the user back.
        <Button
          key={provider.id}
          component="a"
          href={oidcStartUrl(provider.id, returnTo)}
          variant="default"
          fullWidth
        >
          {t('auth.login.withOrganisation', { organisation: provider.name })}
        </Button>
      ))}
    </Stack>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const router = useRouter();
  const session = useSession();
  const errorMessage = useErrorMessage();
  const login = useLoginStep();
  const pending = usePendingLogin();
  const countdown = useCountdown();
  const form = useForm({ email: '', password: '' });
  const redirect = safeRedirect(search.redirect);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(t, LoginRequestSchema, {
      email: { required: 'auth.login.emailRequired' },
      password: { required: 'auth.login.passwordRequired' },
    });
    if (!body) {
      return;
    }
    login.mutate(body, {
      onSuccess: ({ pendingToken }) => {
        pending.save({ token: pendingToken, redirect });
        void navigate({ to: '/login/second-factor' });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 429) {
          countdown.start(error.retryAfterSeconds ?? 60);
        }
        if (error instanceof ApiError && error.status === 401) {
          form.setValue('password', '');
        }
      },
    });
  };

  const user = session.data?.user;
  if (user) {
    return (
      <NarrowPage title={t('auth.login.title')} pageTitle={t('auth.login.pageTitle')}>
        <Stack gap="md" align="flex-start">
          <Text>{t('auth.login.alreadySignedIn', { name: user.displayName })}</Text>
          <Button onClick={() => router.history.push(redirect)}>{t('common.continue')}</Button>
        </Stack>
      </NarrowPage>
    );
  }

  const error = login.error;
  const throttled = error instanceof ApiError && error.status === 429;
  return (
    <NarrowPage
      title={t('auth.login.title')}
      pageTitle={t('auth.login.pageTitle')}
      intro={t('auth.login.intro')}
    >
      <Stack gap="md">
        {search.signedOut && !login.isError && (
          <Alert color="green" role="status">
            {t('auth.login.signedOut')}
          </Alert>
        )}
        {search.error && !login.isError && (
          <Alert color="red" role="alert">
            {t(`auth.oidcErrors.${isOidcLoginError(search.error) ? search.error : 'oidc_failed'}`)}
          </Alert>
        )}
        {throttled && countdown.started && <ThrottleNotice remaining={countdown.remaining} />}
        {error && !throttled && (
          <Alert color="red" role="alert">
            {error instanceof ApiError && error.status === 401
              ? t('auth.login.invalidCredentials')
              : errorMessage(error)}
          </Alert>
        )}
        <form id={form.id} onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <TextInput
              {...form.textProps('email')}
              label={t('auth.login.email')}
              type="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              autoCapitalize="none"
              required
            />
            <PasswordField
              {...form.textProps('password')}
              label={t('auth.login.password')}
              autoComplete="current-password"
              required
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('auth.login.submit')}
            </Button>
          </Stack>
        </form>
        <OidcProviders returnTo={redirect} />
        <Text size="sm">
          {t('auth.login.noAccount')}{' '}
          <AnchorLink to="/request-account">{t('auth.login.requestAccount')}</AnchorLink>
        </Text>
        <Text size="sm" c="dimmed">
          {t('auth.login.help')}
        </Text>
      </Stack>
    </NarrowPage>
  );
}
