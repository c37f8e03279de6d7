import type { LocalizedText, UiLanguage } from '@keten/shared';
import { isUiLanguage } from '@keten/shared';
import { CATALOGUE_GROUP_LABELS, ILO_EC_DIMENSION_LABELS } from '@keten/shared/signals/catalogues/labels';
import { useTranslation } from 'react-i18next';

/** The UI language now shown (Dutch when i18next reports something else). */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : 'nl';
}

/** A text of the data (catalogues, reference lists) in the UI language, else the first one given. */
export function pick(text: Partial<LocalizedText> | undefined | null, language: UiLanguage): string {
  if (!text) {
    return '';
  }
  return text[language] || text.en || text.nl || text.fr || text.de || '';
}

/** The heading of an indicator group or ILO/EC dimension; the bare key when no label exists. */
export function groupLabel(key: string, language: UiLanguage): string {
  const labels: Record<string, LocalizedText> = { ...CATALOGUE_GROUP_LABELS, ...ILO_EC_DIMENSION_LABELS };
  return labels[key]?.[language] ?? key.replaceAll('_', ' ');
}
