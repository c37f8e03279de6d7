import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.ts';
import { UI_LANGUAGES } from '../languages.ts';
import { flattenTranslation, resources, translations } from './index.ts';

const reference = flattenTranslation(translations.en);
const referenceKeys = Object.keys(reference).sort();

/** The `{{name}}` variables of a text, ignoring spaces and i18next formats (`{{date, datetime}}`). */
function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('translations', () => {
  it('exist for every UI language, in the same layout for i18next', () => {
    expect(Object.keys(translations).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const language of UI_LANGUAGES) {
      expect(resources[language].translation).toBe(translations[language]);
    }
  });

  it('translate every error code the server can send', () => {
    for (const code of ERROR_CODES) {
      expect(reference, code).toHaveProperty([`errors.${code}`]);
    }
  });

  describe.each(UI_LANGUAGES)('%s', (language) => {
    const flat = flattenTranslation(translations[language]);

    it('has exactly the keys of English', () => {
      const keys = Object.keys(flat);
      const missing = referenceKeys.filter((key) => !(key in flat));
      const extra = keys.filter((key) => !(key in reference));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('has no empty texts', () => {
      const empty = Object.entries(flat)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it('uses the same interpolation variables as English', () => {
      const mismatched = referenceKeys
        .filter((key) => flat[key] !== undefined)
        .filter((key) => variables(flat[key] ?? '').join() !== variables(reference[key] ?? '').join())
        .map((key) => `${key}: ${flat[key] ?? ''}`);
      expect(mismatched).toEqual([]);
    });

    it('has no unbalanced interpolation braces', () => {
      const broken = Object.entries(flat)
        .filter(([, text]) => (text.match(/\{\{/g) ?? []).length !== (text.match(/\}\}/g) ?? []).length)
        .map(([key]) => key);
      expect(broken).toEqual([]);
    });
  });
});

describe('flattenTranslation', () => {
  it('joins nested keys with dots', () => {
    expect(flattenTranslation({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual({
      'a.b': 'x',
      'a.c.d': 'y',
      e: 'z',
    });
  });

  it('rejects leaves that are not strings', () => {
    expect(() => flattenTranslation({ a: { b: 3 } })).toThrow('a.b');
  });
});
