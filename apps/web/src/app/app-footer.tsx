import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../features/meta/use-meta.ts';
import { useFormat } from '../lib/format.ts';
import classes from './app-frame.module.css';

export function AppFooter() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const meta = useMeta();
  const buildDate = import.meta.env.VITE_BUILD_DATE;
  const builtOn = buildDate ? formatDate(buildDate) : '';

  return (
    <footer className={classes.footer}>
      <Text size="sm" c="dimmed">
        <Text span inherit fw={700} c="var(--mantine-color-text)">
          {t('app.name')}
        </Text>
        {meta.data && (
          <span data-testid="app-version"> · {t('footer.version', { version: meta.data.version })}</span>
        )}
        {builtOn && <span> · {t('footer.builtOn', { date: builtOn })}</span>}
      </Text>
    </footer>
  );
}
