import { Alert, Card, Group, Loader, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/api-error-message.ts';

/** A named region of the dashboard with its heading. */
export function PanelCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

export function PanelState({ isPending, error }: { isPending: boolean; error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (isPending) {
    return (
      <Group justify="center" py="lg" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      </Group>
    );
  }
  return (
    <Alert color="red" role="alert" title={t('statisticsUi.dashboard.loadFailed')}>
      {errorMessage(error)}
    </Alert>
  );
}

