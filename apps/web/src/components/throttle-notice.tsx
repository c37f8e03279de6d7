import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Too many attempts": how long to wait, counting down. The alert is announced once; the ticking
 * number is not (aria-live off), and reaching zero is announced politely.
 */
export function ThrottleNotice({ remaining }: { remaining: number }) {
  const { t } = useTranslation();
  if (remaining <= 0) {
    return (
      <Alert color="blue" role="status" data-testid="throttle-notice">
        {t('throttle.ready')}
      </Alert>
    );
  }
  return (
    <Alert color="orange" role="alert" title={t('throttle.title')} data-testid="throttle-notice">
      <Text size="sm">
        {t('throttle.explanation')}{' '}
        <span aria-live="off" data-testid="throttle-remaining">
          {t('throttle.wait', { count: remaining })}
        </span>
      </Text>
    </Alert>
  );
}
