import { ORGANISATION_TYPES, PUBLIC_DIRECTORY_TYPES, type DirectoryEntry, type OrganisationType } from '@keten/shared';
import { Alert, Card, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { ContactCard } from '../guide/contact-card.tsx';
import { useUiLanguage } from '../guide/guide-api.ts';
import { useSessionUser, type SessionUser } from '../session/use-session.ts';
import { nativeLanguageName } from '../victim-info/victim-section.tsx';
import { useDirectory, useJudicialDistricts, type DirectoryFilter } from './directory-api.ts';
import { mayEditOnCall, OnCallContacts } from './on-call-editor.tsx';

/** The coordination directory: public help organisations for everyone, the whole chain for professionals. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const user = useSessionUser();
  const [filter, setFilter] = useState<DirectoryFilter>({ type: null, district: null, language: null });
  const directory = useDirectory(lang, filter, user !== null);
  const districts = useJudicialDistricts();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('directory.pageTitle'));
  const types: readonly OrganisationType[] = user ? ORGANISATION_TYPES.filter((type) => type !== 'platform_operator') : PUBLIC_DIRECTORY_TYPES;
  const districtName = (code: string) => districts.data?.data.find((d) => d.code === code)?.name[lang] ?? code;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{t('directory.title')}</Title>
        <Text>{t('directory.intro')}</Text>
      </Stack>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('directory.type')}
          placeholder={t('directory.allTypes')}
          clearable
          data={types.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
          value={filter.type}
          onChange={(value) => setFilter({ ...filter, type: value })}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('directory.district')}
          placeholder={t('directory.allDistricts')}
          clearable
          data={(districts.data?.data ?? []).map((d) => ({ value: d.code, label: d.name[lang] }))}
          value={filter.district}
          onChange={(value) => setFilter({ ...filter, district: value })}
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label={t('directory.spokenLanguage')}
          placeholder={t('knowledge.allLanguages')}
          clearable
          data={['nl', 'fr', 'de', 'en', 'ro', 'bg', 'ar'].map((code) => ({ value: code, label: nativeLanguageName(code) }))}
          value={filter.language}
          onChange={(value) => setFilter({ ...filter, language: value })}
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      {directory.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {directory.isError && <Alert color="red">{errorMessage(directory.error)}</Alert>}
      {directory.data && directory.data.data.length === 0 && <Text>{t('directory.empty')}</Text>}
      {directory.data && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {directory.data.data.map((entry) => (
            <DirectoryCard key={entry.id} entry={entry} districtName={districtName} user={user} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function DirectoryCard({ entry, districtName, user }: { entry: DirectoryEntry; districtName: (code: string) => string; user: SessionUser | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <ContactCard entry={entry} headingLevel={2} />
      <Card withBorder padding="xs" radius="md" bg="gray.0">
        <Text size="xs">{t(`organisationTypes.${entry.type}`)}</Text>
        {entry.country !== 'BE' && <Text size="xs">{t('directory.country', { country: entry.country })}</Text>}
        {entry.servesDistricts.length >= 12 ? (
          <Text size="xs">{t('directory.servesAll')}</Text>
        ) : (
          entry.servesDistricts.length > 0 && <Text size="xs">{t('directory.serves', { districts: entry.servesDistricts.map(districtName).join(', ') })}</Text>
        )}
        {entry.workingLanguages.length > 0 && (
          <Text size="xs">{t('directory.languages', { languages: entry.workingLanguages.map(nativeLanguageName).join(', ') })}</Text>
        )}
        {entry.onCall !== undefined && <OnCallContacts entry={entry} editable={mayEditOnCall(user, entry.id)} districtName={districtName} />}
      </Card>
    </Stack>
  );
}
