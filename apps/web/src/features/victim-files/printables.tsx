import { UI_LANGUAGES, type UiLanguage } from '@keten/shared';
import { Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorOf, saveDownload } from './raw-request.ts';
import { RuleError } from './rule-error.tsx';

const KINDS = ['immigration-request', 'confirmation-request', 'lawyer-summary'] as const;
type Kind = (typeof KINDS)[number];

/** Printable PDFs for partners on paper, in the recipient's language; a refusal (422) is explained. */
export function Printables({ fileId }: { fileId: string }) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<UiLanguage>((i18n.resolvedLanguage as UiLanguage | undefined) ?? 'nl');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<Kind | null>(null);
  const download = async (kind: Kind) => {
    setError(null);
    setPending(kind);
    try {
      const response = await fetch(`/api/victim-files/${fileId}/printables/${kind}?lang=${lang}`, {
        credentials: 'same-origin',
      });
      if (!response.ok) {
        setError(await errorOf(response));
        return;
      }
      await saveDownload(response, `${kind}.pdf`);
    } catch (e) {
      setError(e);
    } finally {
      setPending(null);
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="printables-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="printables-heading">
          {t('cases.file.printables')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('cases.file.printablesHelp')}
        </Text>
        <NativeSelect
          label={t('cases.file.printLanguage')}
          value={lang}
          maw={240}
          data={UI_LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
          onChange={(e) => setLang(e.currentTarget.value as UiLanguage)}
        />
        <Stack gap="xs" align="flex-start">
          {KINDS.map((kind) => (
            <Button
              key={kind}
              variant="subtle"
              px={0}
              loading={pending === kind}
              onClick={() => void download(kind)}
              style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'start' }}
            >
              {t(`cases.file.printable.${kind}`)} (PDF)
            </Button>
          ))}
        </Stack>
        <RuleError error={error} />
      </Stack>
    </Paper>
  );
}
