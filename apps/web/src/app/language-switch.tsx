import { UI_LANGUAGES, isUiLanguage } from '@keten/shared';
import { SegmentedControl, VisuallyHidden, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../features/session/use-change-language.ts';
import { LANGUAGE_NAMES } from '../lib/i18n.ts';

const options = UI_LANGUAGES.map((language) => ({
  value: language,
  // Visible "NL", read out as "NL Nederlands", pronounced in that language.
  label: (
    <span lang={language}>
      {language.toUpperCase()}
      <VisuallyHidden> {LANGUAGE_NAMES[language]}</VisuallyHidden>
    </span>
  ),
}));

/**
 * NL / FR / DE / EN: switches the whole UI at once. Remembered in this browser, and saved as the
 * user's own language while signed in.
 */
export function LanguageSwitch({ size = 'xs' }: { size?: MantineSize }) {
  const { t, i18n } = useTranslation();
  const { change, save } = useChangeLanguage();
  return (
    <>
      <SegmentedControl
        aria-label={t('a11y.languageSwitch')}
        size={size}
        data={options}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(value) => {
          if (isUiLanguage(value)) {
            change(value);
          }
        }}
      />
      <VisuallyHidden role="status">{save.isError ? t('profile.language.saveFailed') : ''}</VisuallyHidden>
    </>
  );
}
