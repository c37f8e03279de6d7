import { Alert, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { ContactCard } from '../guide/contact-card.tsx';
import { useUiLanguage } from '../guide/guide-api.ts';
import { SafeMarkdown } from './safe-markdown.tsx';
import { useHelpContacts, useVictimInfoIndex, useVictimPage } from './victim-info-api.ts';
import classes from './victim-info.module.css';
import { nativeLanguageName, VictimSection, type VictimSearch } from './victim-section.tsx';

/** Pages after which the contact details of the help organisations are shown (from the directory). */
const WITH_CONTACTS = new Set(['where-to-get-help']);

export function VictimPage({ slug, search }: { slug: string; search: VictimSearch }) {
  const { t } = useTranslation();
  const uiLang = useUiLanguage();
  const lang = search.lang ?? uiLang;
  const audience = search.audience ?? 'adult';
  const page = useVictimPage(slug, lang, audience);
  const index = useVictimInfoIndex(lang, audience);
  const contacts = useHelpContacts(uiLang);
  const errorMessage = useErrorMessage();
  useDocumentTitle(page.data?.title ?? t('victimInfo.pageTitle'));
  const languages = index.data?.languages.map((l) => l.code) ?? [];

  return (
    <VictimSection lang={lang} audience={audience} languages={languages}>
      <AnchorLink to="/help" search={{ lang, audience }} replace>
        ← {t('victimInfo.backToList')}
      </AnchorLink>
      {page.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {page.isError && <Alert color={isApiError(page.error, 'not_found') ? 'yellow' : 'red'}>{isApiError(page.error, 'not_found') ? t('victimInfo.notAvailable') : errorMessage(page.error)}</Alert>}
      {page.data && (
        <article lang={page.data.language} dir={page.data.rtl ? 'rtl' : 'ltr'} className={classes.content} data-testid="victim-page">
          <Title order={1} mb="sm">
            {page.data.title}
          </Title>
          <SafeMarkdown source={page.data.body} />
          {page.data.languages.length > 1 && (
            <Group gap="xs" mt="md" dir="ltr">
              <Text size="sm" c="dimmed">
                {t('victimInfo.availableIn', { languages: '' })}
              </Text>
              {page.data.languages
                .filter((code) => code !== page.data.language)
                .map((code) => (
                  <AnchorLink key={code} to="/help/$slug" params={{ slug }} search={{ lang: code, audience }} replace size="sm" lang={code}>
                    {nativeLanguageName(code)}
                  </AnchorLink>
                ))}
            </Group>
          )}
        </article>
      )}
      {WITH_CONTACTS.has(slug) && contacts.data && contacts.data.length > 0 && (
        <section aria-labelledby="victim-contacts">
          <Title order={2} size="h3" id="victim-contacts" mb="xs">
            {t('victimInfo.contacts')}
          </Title>
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {contacts.data.map((c) => (
                <ContactCard key={c.id} entry={c} />
              ))}
            </SimpleGrid>
          </Stack>
        </section>
      )}
    </VictimSection>
  );
}
