import type { UiLanguage } from '../languages.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

/** Same tree as `T`, every leaf a plain string: the shape each language must have exactly. */
export type TranslationShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : TranslationShape<T[K]>;
};

/**
 * The shape of one language's translations, derived from English. nl/fr/de are declared with this
 * type, so a missing key or an extra key in any of them is a compile error.
 */
export type Translation = TranslationShape<typeof en>;

type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translation key as a dot path, for example `'errors.not_found'`. */
export type TranslationKeys = LeafPaths<Translation>;

/** The translations of each UI language. */
export const translations = { nl, fr, de, en } as const satisfies Record<UiLanguage, Translation>;

/** The same translations in i18next's resource layout (one namespace, `translation`). */
export const resources = {
  nl: { translation: nl },
  fr: { translation: fr },
  de: { translation: de },
  en: { translation: en },
} as const satisfies Record<UiLanguage, { translation: Translation }>;

/** Flattens a translation tree to `{ 'a.b.c': 'text' }`, for checks and for tools. */
export function flattenTranslation(tree: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree) as [string, unknown][]) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') {
      flat[path] = value;
    } else if (typeof value === 'object' && value !== null) {
      Object.assign(flat, flattenTranslation(value, path));
    } else {
      throw new TypeError(`Translation "${path}" is neither a string nor a group`);
    }
  }
  return flat;
}
