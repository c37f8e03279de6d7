import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './app-frame.module.css';

export const DEMO_BANNER_HEIGHT = 32;

/** Shown on every page of a demo deployment, so nobody mistakes it for the real platform. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Box className={classes.demoBanner} h={DEMO_BANNER_HEIGHT} data-testid="demo-banner">
      <Text span fw={700} size="sm">
        {t('demo.banner')}
      </Text>
      <Text span size="sm" visibleFrom="sm">
        {t('demo.detail')}
      </Text>
    </Box>
  );
}
