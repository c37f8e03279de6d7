import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/api-error-message.ts';
import type { SaveStatus } from './use-autosave.ts';

const time = (date: Date, language: string) =>
  new Intl.DateTimeFormat(`${language}-BE`, { hour: '2-digit', minute: '2-digit' }).format(date);

/**
 * "Saved at 14:32" / "Offline — will retry". Only a lost connection or a failure is announced to
 * screen readers; the routine "saving… saved" would interrupt every few seconds.
 */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const language = i18n.resolvedLanguage ?? 'nl';
  switch (status.kind) {
    case 'idle':
      return (
        <Text size="xs" c="dimmed" data-testid="save-status">
          {t('signals.wizard.draft.notSaved')}
        </Text>
      );
    case 'saving':
      return (
        <Text size="xs" c="dimmed" data-testid="save-status">
          {t('signals.wizard.draft.saving')}
        </Text>
      );
    case 'saved':
      return (
        <Text size="xs" c="dimmed" data-testid="save-status">
          {t('signals.wizard.draft.savedAt', { time: time(status.at, language) })}
        </Text>
      );
    case 'offline':
      return (
        <Text size="xs" c="orange.9" fw={600} role="status" data-testid="save-status">
          {t('signals.wizard.draft.offline')}
        </Text>
      );
    case 'failed':
      return (
        <Text size="xs" c="red.8" fw={600} role="status" data-testid="save-status">
          {t('signals.wizard.draft.failed', { reason: errorMessage(status.error) })}
        </Text>
      );
    case 'submitted':
      return (
        <Text size="xs" c="dimmed" role="status" data-testid="save-status">
          {t('signals.wizard.draft.submitted')}
        </Text>
      );
  }
}
