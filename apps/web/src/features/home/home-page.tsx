import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg">{t('home.intro')}</Text>
      </Stack>

      <section aria-labelledby="home-for-whom">
        <Title order={2} size="h3" id="home-for-whom" mb="xs">
          {t('home.forWhomTitle')}
        </Title>
        <Text>{t('home.forWhom')}</Text>
      </section>

      <section aria-labelledby="home-secure">
        <Title order={2} size="h3" id="home-secure" mb="xs">
          {t('home.secureTitle')}
        </Title>
        <Text>{t('home.secure')}</Text>
      </section>

      <section aria-labelledby="home-what">
        <Title order={2} size="h3" id="home-what" mb="xs">
          {t('home.whatTitle')}
        </Title>
        <List spacing="xs">
          <List.Item>{t('home.signals')}</List.Item>
          <List.Item>{t('home.referral')}</List.Item>
          <List.Item>{t('home.procedure')}</List.Item>
          <List.Item>{t('home.figures')}</List.Item>
        </List>
      </section>

      <Paper withBorder p="md" bg="red.0" style={{ borderColor: 'var(--mantine-color-red-3)' }}>
        <Text fw={700}>{t('home.emergency')}</Text>
        <Text mt="xs">
          {t('publicReport.homeLink')} <AnchorLink to="/report">{t('publicReport.homeLinkAction')}</AnchorLink>
        </Text>
      </Paper>
    </Stack>
  );
}
