import type { DirectoryEntry } from '@keten/shared';
import { Anchor, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One organisation's public contact data, with tap-to-call on phones. */
export function ContactCard({ entry, headingLevel = 3 }: { entry: DirectoryEntry; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3';
  return (
    <Card withBorder padding="sm" radius="md">
      <Stack gap={2}>
        <Text component={Heading} fw={700} size="md" m={0}>
          {entry.shortName ?? entry.name}
        </Text>
        {entry.shortName && entry.shortName !== entry.name && (
          <Text size="sm" c="dimmed">
            {entry.name}
          </Text>
        )}
        {entry.phone && (
          <Text size="sm">
            {t('guide.phone')}:{' '}
            <Anchor href={`tel:${entry.phone}`} fw={700}>
              {entry.phone}
            </Anchor>
          </Text>
        )}
        {entry.email && (
          <Text size="sm">
            {t('guide.email')}: <Anchor href={`mailto:${entry.email}`}>{entry.email}</Anchor>
          </Text>
        )}
        {entry.website && (
          <Text size="sm">
            {t('guide.website')}:{' '}
            <Anchor href={entry.website} target="_blank" rel="noopener noreferrer">
              {entry.website.replace(/^https:\/\//, '')}
            </Anchor>
          </Text>
        )}
        {entry.hours && (
          <Text size="sm">
            {t('guide.hours')}: {entry.hours}
          </Text>
        )}
        {entry.officeAddress && (
          <Text size="sm" c="dimmed">
            {entry.officeAddress}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
