import { isRtlLanguage } from '@keten/shared';
import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useUiLanguage } from '../guide/guide-api.ts';
import { useVictimInfoIndex } from './victim-info-api.ts';
import classes from './victim-info.module.css';
import { VictimSection, type VictimSearch } from './victim-section.tsx';

/** "/help": the pages for the person concerned, in the chosen language and version. */
export function VictimIndexPage({ search }: { search: VictimSearch }) {
  const { t } = useTranslation();
  const uiLang = useUiLanguage();
  const lang = search.lang ?? uiLang;
  const audience = search.audience ?? 'adult';
  const index = useVictimInfoIndex(lang, audience);
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('victimInfo.pageTitle'));
  const languages = index.data?.languages.map((l) => l.code) ?? [];

  return (
    <VictimSection lang={lang} audience={audience} languages={languages}>
      <Stack gap="xs">
        <Title order={1}>{t('victimInfo.title')}</Title>
        <Text size="lg">{t('victimInfo.intro')}</Text>
        <Text fw={700} c="red.8">
          {t('victimInfo.emergency')}
        </Text>
      </Stack>
      {index.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {index.isError && <Alert color="red">{errorMessage(index.error)}</Alert>}
      {index.data && index.data.data.length === 0 && <Alert color="yellow">{t('victimInfo.notAvailable')}</Alert>}
      {index.data && index.data.data.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} lang={lang} dir={isRtlLanguage(lang) ? 'rtl' : 'ltr'} className={classes.content}>
          {index.data.data.map((page) => (
            <li key={page.id}>
              <Card withBorder radius="md" padding="md">
                <AnchorLink to="/help/$slug" params={{ slug: page.slug }} search={{ lang, audience }} replace fw={700} size="lg" data-testid={`victim-page-${page.slug}`}>
                  {page.title}
                </AnchorLink>
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </VictimSection>
  );
}
