import { UI_LANGUAGES, type UiLanguage } from '@keten/shared';
import { Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, codeForStatus } from '../../lib/api.ts';
import { RuleError } from './rule-error.tsx';

const KINDS = ['immigration-request', 'confirmation-request', 'lawyer-summary'] as const;
type Kind = (typeof KINDS)[number];

/** Reads the server's error shape from a failed PDF download, so the refusal is explained. */
async function failure(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    if (body.error?.code) {
      return new ApiError(
        body.error.code as ApiError['code'],
        response.status,
        body.error.message ?? '',
        body.error.details,
      );
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(codeForStatus(response.status), response.status, `HTTP ${String(response.status)}`);
}

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
        setError(await failure(response));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `${kind}.pdf`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
