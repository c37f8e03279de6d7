import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title.ts';

/**
 * What a person sees when the UI itself fails: a plain, translated message and a way out. The
 * error is never shown: a stack trace means nothing to the user and may reveal internals.
 */
export function ErrorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errorPage.pageTitle'));
  return (
    <Stack gap="md" maw={640} py="xl" role="alert">
      <Title order={1}>{t('errorPage.title')}</Title>
      <Text>{t('errorPage.body')}</Text>
      <Group>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('errorPage.reload')}
        </Button>
        {/* A plain link: the router itself may be what failed. */}
        <Button component="a" href="/" variant="default">
          {t('errorPage.home')}
        </Button>
      </Group>
    </Stack>
  );
}

interface AppErrorBoundaryProps {
  children: ReactNode;
  fallback?: ReactNode;
}

/** Last line of defence around the whole app; route errors are caught closer by the router. */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer console only; nothing of it reaches the screen.
    console.error('Keten UI error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        this.props.fallback ?? (
          <Box component="main" px="md">
            <ErrorPage />
          </Box>
        )
      );
    }
    return this.props.children;
  }
}
