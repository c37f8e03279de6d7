import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, isUiLanguage, type UiLanguage } from '@keten/shared';
import { resources } from '@keten/shared/i18n/index';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const STORAGE_KEY = 'keten.language';

/** Each language's name in that language, for the language switch. Not translated on purpose. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};

function readStoredLanguage(): UiLanguage | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : null;
  } catch {
    // Storage can be disabled (private mode, policy): the choice then lasts for this page only.
    return null;
  }
}

function storeLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage.
  }
}

/** The remembered choice, else the browser's first supported language, else Dutch. */
export function detectLanguage(): UiLanguage {
  const stored = readStoredLanguage();
  if (stored) {
    return stored;
  }
  for (const tag of navigator.languages) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isUiLanguage(base)) {
      return base;
    }
  }
  return DEFAULT_UI_LANGUAGE;
}

/** The app's single i18next instance; all four languages are bundled, so it is ready at once. */
export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: DEFAULT_UI_LANGUAGE,
  supportedLngs: UI_LANGUAGES,
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The language the UI shows now. */
export function currentLanguage(): UiLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : DEFAULT_UI_LANGUAGE;
}

/** Switches the whole UI at once, sets `<html lang>` and remembers the choice in this browser. */
export async function setLanguage(language: UiLanguage): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}
