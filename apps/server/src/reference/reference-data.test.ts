import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { JUDICIAL_DISTRICTS, REGIONS, UI_LANGUAGES } from '@keten/shared';
import type { LocalizedText } from '@keten/shared';
import {
  buildCountries,
  buildLanguages,
  buildReferenceSql,
  REFERENCE_MIGRATION_FILE,
} from './generate-reference-sql.ts';
import {
  COURTS_OF_APPEAL,
  EU_MEMBER_STATES,
  EU_OFFICIAL_LANGUAGES,
  JUDICIAL_DISTRICT_DATA,
  PROVINCE_CODES,
  PROVINCE_DATA,
  REGION_DATA,
  SEEDED_LANGUAGES,
} from './reference-data.ts';

function expectAllNamed(name: LocalizedText): void {
  for (const lang of UI_LANGUAGES) {
    expect(name[lang].trim(), lang).not.toBe('');
  }
}

describe('regions and provinces', () => {
  it('has the three regions, named in four languages', () => {
    expect(REGION_DATA.map((r) => r.code)).toEqual([...REGIONS]);
    REGION_DATA.forEach((r) => expectAllNamed(r.name));
  });

  it('has the ten provinces, each in an existing region, none in Brussels-Capital', () => {
    expect(PROVINCE_DATA.map((p) => p.code)).toEqual([...PROVINCE_CODES]);
    for (const province of PROVINCE_DATA) {
      expect(REGIONS).toContain(province.regionCode);
      expect(province.regionCode).not.toBe('BE-BRU');
      expect(province.code.slice(3, 4)).toBe(province.regionCode === 'BE-VLG' ? 'V' : 'W');
      expectAllNamed(province.name);
    }
  });

  it('has unique five-digit NIS codes', () => {
    const codes = [...REGION_DATA, ...PROVINCE_DATA].map((x) => x.nisCode);
    expect(new Set(codes).size).toBe(codes.length);
    codes.forEach((code) => expect(code).toMatch(/^\d{5}$/));
  });
});

describe('judicial districts', () => {
  it('match JUDICIAL_DISTRICTS exactly', () => {
    expect(JUDICIAL_DISTRICT_DATA.map((d) => d.code)).toEqual([...JUDICIAL_DISTRICTS]);
  });

  it('are named in four languages, belong to a court of appeal and cover existing regions', () => {
    for (const district of JUDICIAL_DISTRICT_DATA) {
      expectAllNamed(district.name);
      expect(COURTS_OF_APPEAL).toContain(district.courtOfAppeal);
      expect(district.regions.length).toBeGreaterThan(0);
      district.regions.forEach((region) => expect(REGIONS).toContain(region));
    }
  });

  it('let Brussels straddle Brussels-Capital and Halle-Vilvoorde; Eupen is Walloon', () => {
    const byCode = new Map(JUDICIAL_DISTRICT_DATA.map((d) => [d.code, d]));
    expect(byCode.get('brussels')?.regions).toEqual(['BE-BRU', 'BE-VLG']);
    expect(byCode.get('brussels')?.name).toEqual({
      nl: 'Brussel',
      fr: 'Bruxelles',
      de: 'Brüssel',
      en: 'Brussels',
    });
    expect(byCode.get('eupen')?.regions).toEqual(['BE-WAL']);
    expect(byCode.get('eupen')?.courtOfAppeal).toBe('liege');
  });

  it('give every court of appeal at least one district', () => {
    const used = new Set(JUDICIAL_DISTRICT_DATA.map((d) => d.courtOfAppeal));
    expect([...used].sort()).toEqual([...COURTS_OF_APPEAL].sort());
  });
});

describe('countries', () => {
  const countries = buildCountries();

  it('are unique alpha-2 codes named in four languages', () => {
    const codes = countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    for (const country of countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expectAllNamed(country.name);
    }
  });

  it('flag exactly the 27 EU member states, Belgium among them', () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect(EU_MEMBER_STATES).toContain('BE');
    const codes = new Set(countries.map((c) => c.code));
    EU_MEMBER_STATES.forEach((code) => expect(codes).toContain(code));
    expect(
      countries
        .filter((c) => c.eu)
        .map((c) => c.code)
        .sort(),
    ).toEqual([...EU_MEMBER_STATES].sort());
  });
});

describe('languages', () => {
  it('seed every official EU language and the languages the chain most often needs', () => {
    EU_OFFICIAL_LANGUAGES.forEach((code) => expect(SEEDED_LANGUAGES).toContain(code));
    for (const code of [
      'ro',
      'bg',
      'ar',
      'ti',
      'vi',
      'zh',
      'ru',
      'uk',
      'sq',
      'tr',
      'fa',
      'ps',
      'ln',
      'sw',
      'ha',
    ]) {
      expect(SEEDED_LANGUAGES).toContain(code);
    }
    expect(new Set(SEEDED_LANGUAGES).size).toBe(SEEDED_LANGUAGES.length);
  });

  it('get a real name from ICU in four languages, never the code echoed back', () => {
    const languages = buildLanguages();
    expect(languages.map((l) => l.code)).toEqual([...SEEDED_LANGUAGES]);
    for (const language of languages) {
      expectAllNamed(language.name);
      for (const lang of UI_LANGUAGES) {
        expect(language.name[lang].toLowerCase()).not.toBe(language.code);
      }
    }
  });
});

describe('reference-data migration', () => {
  it('is what the generator produces now (run generate-reference-sql.ts and commit)', () => {
    expect(readFileSync(REFERENCE_MIGRATION_FILE, 'utf8')).toBe(buildReferenceSql());
  });

  it('is deterministic', () => {
    expect(buildReferenceSql()).toBe(buildReferenceSql());
  });

  it('loads into PostgreSQL with the tables of the foundation migration', async () => {
    // The reference tables' DDL is taken from the generated migrations, so this follows the schema.
    const ddl = readFileSync(new URL('../../drizzle/20261122182431_foundation.sql', import.meta.url), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) =>
        /^(CREATE TABLE|ALTER TABLE) "(regions|provinces|judicial_districts|countries|languages)"/.test(s),
      )
      .filter(
        (s) => !/REFERENCES "public"\."(?!regions|provinces|judicial_districts|countries|languages)/.test(s),
      );
    const db = new PGlite();
    try {
      for (const statement of ddl) {
        await db.exec(statement);
      }
      for (const statement of buildReferenceSql().split('--> statement-breakpoint')) {
        await db.exec(statement);
      }
      const count = async (table: string): Promise<number> =>
        (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0;
      expect(await count('regions')).toBe(3);
      expect(await count('provinces')).toBe(10);
      expect(await count('judicial_districts')).toBe(12);
      expect(await count('countries')).toBe(buildCountries().length);
      expect(await count('languages')).toBe(SEEDED_LANGUAGES.length);
      const eu = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM countries WHERE eu');
      expect(eu.rows[0]?.n).toBe(27);
      // Every name survives the SQL quoting exactly (apostrophes, accents, non-Latin scripts).
      const stored = await db.query<{ code: string; name: Record<string, string> }>('SELECT code, name FROM countries ORDER BY code');
      expect(stored.rows.map((r) => ({ code: r.code, name: r.name }))).toEqual(buildCountries().map((c) => ({ code: c.code, name: c.name })));
      const langs = await db.query<{ code: string; name: Record<string, string> }>('SELECT code, name FROM languages ORDER BY code');
      expect(langs.rows.map((r) => r.name)).toEqual(buildLanguages().map((l) => l.name));
      const brussels = await db.query<{ regions: string[] }>(
        "SELECT regions FROM judicial_districts WHERE code = 'brussels'",
      );
      expect(brussels.rows[0]?.regions).toEqual(['BE-BRU', 'BE-VLG']);
    } finally {
      await db.close();
    }
  }, 60_000);
});
