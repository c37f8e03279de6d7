import type { Capability } from '@keten/shared';
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { hasAnyCapability, useSession } from './use-session.ts';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader size="md" aria-hidden="true" />
      <Text ml="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    </Center>
  );
}

/**
 * Layout of the pages that need a session. Without one, the user goes to the login page, which
 * brings them back here afterwards. This only spares a useless page: the server checks every request.
 */
export function RequireSession() {
  const session = useSession();
  const href = useLocation({ select: (location) => location.href });
  // The page to come back to is fixed when the session is found missing: while the redirect is
  // under way the location already changes, and following it would nest redirects without end.
  const [comeBackTo, setComeBackTo] = useState<string | null>(null);
  const signedOut = !session.isPending && !session.data;
  if (signedOut && comeBackTo === null) {
    setComeBackTo(href);
  } else if (!signedOut && comeBackTo !== null) {
    setComeBackTo(null);
  }
  if (session.isPending) {
    return <PageLoader />;
  }
  if (!session.data) {
    return comeBackTo === null ? null : <Navigate to="/login" search={{ redirect: comeBackTo }} replace />;
  }
  return <Outlet />;
}

/** What a signed-in user without the needed capability sees (the server would refuse anyway). */
export function NoAccessPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.pageTitle'));
  return (
    <Stack gap="md" maw={640} py="xl" align="flex-start">
      <Title order={1}>{t('noAccess.title')}</Title>
      <Text>{t('noAccess.body')}</Text>
      <ButtonLink to="/">{t('notFound.backHome')}</ButtonLink>
    </Stack>
  );
}

/** Renders `children` only for a user holding one of `anyOf`. */
export function RequireCapability({
  anyOf,
  children,
}: {
  anyOf: readonly Capability[];
  children: ReactNode;
}) {
  const session = useSession();
  if (session.isPending) {
    return <PageLoader />;
  }
  if (!hasAnyCapability(session.data?.user ?? null, anyOf)) {
    return <NoAccessPage />;
  }
  return children;
}
