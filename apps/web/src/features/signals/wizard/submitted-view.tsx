import { Alert, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../app/router-links.tsx';
import type { Submitted } from '../signal-api.ts';

export function SubmittedView({ result, onNew }: { result: Submitted; onNew: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const anonymous = result.kind === 'anonymous';
  return (
    <Stack gap="md" maw={720}>
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('signals.wizard.done.title')}
      </Title>
      <Paper withBorder p="md" radius="md" bg="green.0">
        <Text size="sm">{t('signals.wizard.done.referenceLabel')}</Text>
        <Text
          fz={28}
          fw={700}
          data-testid="signal-reference"
          style={{ letterSpacing: '0.02em', overflowWrap: 'anywhere' }}
        >
          {result.reference}
        </Text>
        <Text size="sm" c="dimmed">
          {t('signals.wizard.done.referenceHelp')}
        </Text>
      </Paper>
      {anonymous && <Alert color="yellow">{t('signals.wizard.done.anonymous')}</Alert>}
      <Stack gap="xs" component="section" aria-labelledby="next-heading">
        <Title order={2} size="h4" id="next-heading">
          {t('signals.wizard.done.nextTitle')}
        </Title>
        <List spacing="xs" type="ordered">
          <List.Item>{t('signals.wizard.done.next1')}</List.Item>
          <List.Item>{t('signals.wizard.done.next2')}</List.Item>
          <List.Item>
            {t(anonymous ? 'signals.wizard.done.next3Anonymous' : 'signals.wizard.done.next3')}
          </List.Item>
        </List>
        <Text size="sm">{t('signals.wizard.done.stillUrgent')}</Text>
      </Stack>
      <Group gap="sm">
        <ButtonLink to="/signals">{t('signals.wizard.done.toMySignals')}</ButtonLink>
        <ButtonLink to="/signals/new" search={{}} variant="default" onClick={onNew}>
          {t('signals.wizard.done.newSignal')}
        </ButtonLink>
      </Group>
    </Stack>
  );
}
