import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './app-modal.tsx';
import { useErrorMessage } from '../lib/api-error-message.ts';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  /** Destructive steps (revoke, refuse, disable) get a red button. */
  destructive?: boolean;
  pending?: boolean;
  /** The failure of the confirmed step, shown inside the dialog. */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before a step that cannot be undone. The modal traps focus and returns it to the button that
 * opened it; the cancel button has focus first, so Enter does not confirm by accident.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  destructive = false,
  pending = false,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <AppModal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        <div>{typeof children === 'string' ? <Text>{children}</Text> : children}</div>
        {error !== undefined && error !== null && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color={destructive ? 'red' : undefined} loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
