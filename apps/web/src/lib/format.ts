import { DEFAULT_UI_LANGUAGE, isUiLanguage } from '@keten/shared';
import { useTranslation } from 'react-i18next';

/**
 * Keten is a Belgian platform: every language uses its Belgian variant, so dates read
 * day-month-year and numbers group the Belgian way whatever the browser's own locale.
 */
export function localeFor(language: string): string {
  return `${isUiLanguage(language) ? language : DEFAULT_UI_LANGUAGE}-BE`;
}

export type DateInput = Date | string | number;

/** A date in the given UI language ("22 november 2025"); an invalid date gives an empty string. */
export function formatDate(
  value: DateInput,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return new Intl.DateTimeFormat(localeFor(language), options).format(date);
}

/** A number in the given UI language ("1.234,5" in Dutch, "1 234,5" in French). */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeFor(language), options).format(value);
}

/** The formatters bound to the language the UI shows now; components re-render on a switch. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    formatDate: (value: DateInput, options?: Intl.DateTimeFormatOptions) =>
      formatDate(value, language, options),
    formatNumber: (value: number, options?: Intl.NumberFormatOptions) =>
      formatNumber(value, language, options),
  };
}
