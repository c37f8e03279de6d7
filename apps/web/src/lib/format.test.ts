import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, localeFor } from './format.ts';

const date = new Date('2025-11-22T18:30:00Z');
const utc = { dateStyle: 'long', timeZone: 'UTC' } as const;

describe('formatDate', () => {
  it('writes a date the Belgian way in each language', () => {
    expect(formatDate(date, 'nl', utc)).toBe('22 november 2025');
    expect(formatDate(date, 'fr', utc)).toBe('22 novembre 2025');
    expect(formatDate(date, 'de', utc)).toBe('22. November 2025');
    expect(formatDate(date, 'en', utc)).toBe('22 November 2025');
  });

  it('accepts ISO strings and timestamps', () => {
    expect(formatDate('2025-11-22T18:30:00Z', 'nl', utc)).toBe('22 november 2025');
    expect(formatDate(date.getTime(), 'nl', utc)).toBe('22 november 2025');
  });

  it('puts the day before the month in every language, also in English', () => {
    const numeric = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } as const;
    for (const language of ['nl', 'fr', 'de', 'en']) {
      expect(formatDate(date, language, numeric)).toMatch(/^22\D11\D2025$/);
    }
  });

  it('gives an empty string for an invalid date instead of throwing', () => {
    expect(formatDate('not a date', 'nl')).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups and separates decimals per language', () => {
    expect(formatNumber(1234567.5, 'nl')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'de')).toBe('1.234.567,5');
    // French uses a narrow no-break space to group digits.
    expect(formatNumber(1234567.5, 'fr')).toBe('1\u202f234\u202f567,5');
  });

  it('passes options through to Intl', () => {
    expect(formatNumber(0.256, 'nl', { style: 'percent' })).toBe('26%');
  });
});

describe('localeFor', () => {
  it('uses the Belgian variant, and Dutch for anything unknown', () => {
    expect(localeFor('fr')).toBe('fr-BE');
    expect(localeFor('xx')).toBe('nl-BE');
  });
});
