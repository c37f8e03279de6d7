import { isRtlLanguage, type ContentAudience } from '@keten/shared';
import { Alert, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickExitButton } from './quick-exit.tsx';

/** A language's own name ("العربية", "Română"), for a person who may not read the UI language. */
export function nativeLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface VictimSearch {
  lang?: string;
  audience?: ContentAudience;
}

export function validateVictimSearch(search: Record<string, unknown>): VictimSearch {
  const lang = typeof search.lang === 'string' && /^[a-z]{2,3}$/.test(search.lang) ? search.lang : undefined;
  const audience = search.audience === 'child' || search.audience === 'adult' ? search.audience : undefined;
  return { lang, audience };
}

/**
 * The frame of every page for the person concerned: the quick exit, the version (adults / under
 * 18), the language of the information, and what the quick exit cannot do. Every navigation
 * inside the section replaces the current history entry, so the section leaves one entry at most.
 */
export function VictimSection({
  lang,
  audience,
  languages,
  children,
}: {
  lang: string;
  audience: ContentAudience;
  languages: readonly string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const go = (search: VictimSearch) => {
    void navigate({ to: '.', search: (prev: VictimSearch) => ({ ...prev, ...search }), replace: true });
  };
  const options = [...new Set([...languages, lang])].map((code) => ({ value: code, label: nativeLanguageName(code) }));
  return (
    <Stack gap="md" maw={760}>
      <QuickExitButton />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('victimInfo.audience')}
          value={audience}
          onChange={(value) => go({ audience: value === 'child' ? 'child' : 'adult' })}
          data={[
            { value: 'adult', label: t('victimInfo.forAdults') },
            { value: 'child', label: t('victimInfo.forChildren') },
          ]}
        />
        <Select
          label={t('victimInfo.contentLanguage')}
          data={options}
          value={lang}
          allowDeselect={false}
          onChange={(value) => value && go({ lang: value })}
          w={200}
          comboboxProps={{ withinPortal: true }}
          renderOption={({ option }) => (
            <span lang={option.value} dir={isRtlLanguage(option.value) ? 'rtl' : 'ltr'}>
              {option.label}
            </span>
          )}
        />
      </Group>
      {children}
      <Alert color="gray" variant="light" title={t('victimInfo.safetyTitle')} mb="xl">
        {t('victimInfo.safetyText')}
      </Alert>
    </Stack>
  );
}
