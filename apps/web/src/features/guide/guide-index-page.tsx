import { Alert, Button, Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { AnchorLink } from '../../app/router-links.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useGuideRoles, useUiLanguage } from './guide-api.ts';

/** The public referral guide's first page: "I am …" (no login). */
export function GuideIndexPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const roles = useGuideRoles(lang);
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('guide.pageTitle'));

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap="xs">
        <Title order={1}>{t('guide.title')}</Title>
        <Text size="lg">{t('guide.intro')}</Text>
      </Stack>
      <EmergencyBanner />
      <section aria-labelledby="guide-roles">
        <Title order={2} size="h3" id="guide-roles" mb="sm">
          {t('guide.chooseRole')}
        </Title>
        {roles.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
        {roles.isError && <Alert color="red">{errorMessage(roles.error)}</Alert>}
        {roles.data && (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {roles.data.data.map((r) => (
              <li key={r.role}>
                <Card withBorder radius="md" padding="md" h="100%">
                  <AnchorLink to="/guide/$role" params={{ role: r.role }} search={{}} fw={700} size="lg" data-testid={`guide-role-${r.role}`}>
                    {r.title}
                  </AnchorLink>
                  <Text size="sm" c="dimmed" mt={4}>
                    {r.summary}
                  </Text>
                </Card>
              </li>
            ))}
          </SimpleGrid>
        )}
      </section>
    </Stack>
  );
}

/** 112 first, on every guide page: a tap calls on a phone. */
export function EmergencyBanner() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="note" title={t('guide.emergency')}>
      <Button component="a" href="tel:112" color="red.9" size="md" mt={4}>
        {t('guide.call112')}
      </Button>
    </Alert>
  );
}
