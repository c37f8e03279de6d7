import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import { UI_LANGUAGES } from '@keten/shared';
import type { LocalizedText, UiLanguage } from '@keten/shared';
import {
  EU_MEMBER_STATES,
  JUDICIAL_DISTRICT_DATA,
  PROVINCE_DATA,
  REGION_DATA,
  SEEDED_LANGUAGES,
} from './reference-data.ts';

/**
 * Writes the reference-data migration from `reference-data.ts`, i18n-iso-countries (pinned
 * version) and Node's ICU language names. Run with
 * `npx tsx apps/server/src/reference/generate-reference-sql.ts` and commit the result; the test
 * compares the committed file with `buildReferenceSql()`, so an upgrade of either source shows
 * up as a failing test and a reviewable diff, never as a silent change.
 */

export const REFERENCE_MIGRATION_FILE = fileURLToPath(
  new URL('../../drizzle/20261122182433_reference_data.sql', import.meta.url),
);

// The Node entry point of i18n-iso-countries registers every locale itself; registering the four
// we use explicitly keeps the output the same under bundlers that pick the browser entry.
for (const locale of [nl, fr, de, en]) {
  countries.registerLocale(locale);
}

export interface CountryRow {
  code: string;
  name: LocalizedText;
  eu: boolean;
}

export interface LanguageRow {
  code: string;
  name: LocalizedText;
}

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

function localized(nameIn: (lang: UiLanguage) => string): LocalizedText {
  return { nl: nameIn('nl'), fr: nameIn('fr'), de: nameIn('de'), en: nameIn('en') };
}

/** Every ISO 3166-1 alpha-2 code i18n-iso-countries knows, with official names in nl/fr/de/en. */
/**
 * Country codes come from i18n-iso-countries; the names shown in menus are CLDR's short names
 * (Intl.DisplayNames: "België", "Côte d’Ivoire"), which suit a nationality list better than the
 * long official forms ("Koninkrijk België"). i18n-iso-countries is the fallback.
 */
export function buildCountries(): CountryRow[] {
  const fallback = Object.fromEntries(
    UI_LANGUAGES.map((lang) => [lang, countries.getNames(lang, { select: 'official' })]),
  ) as Record<UiLanguage, Record<string, string | undefined>>;
  const display = Object.fromEntries(
    UI_LANGUAGES.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })]),
  ) as Record<UiLanguage, Intl.DisplayNames>;
  const eu = new Set<string>(EU_MEMBER_STATES);
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({
      code,
      name: localized((lang) => {
        const name = display[lang].of(code) ?? fallback[lang][code];
        if (!name) {
          throw new Error(`No ${lang} name for country ${code}`);
        }
        return name;
      }),
      eu: eu.has(code),
    }))
    .sort(byCode);
}

/**
 * CLDR writes language names in lower case in French ("roumain") because they are meant for
 * running text; in a list or menu CLDR's context transform capitalises the first letter, and
 * our names are shown in lists.
 */
function capitaliseFirst(text: string, lang: UiLanguage): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The seeded languages, named by ICU. Fails when ICU does not know a code (it echoes it back). */
export function buildLanguages(): LanguageRow[] {
  const displayNames = Object.fromEntries(
    UI_LANGUAGES.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' })]),
  ) as Record<UiLanguage, Intl.DisplayNames>;
  return SEEDED_LANGUAGES.map((code) => ({
    code,
    name: localized((lang) => {
      const name = displayNames[lang].of(code);
      if (!name || name.toLowerCase() === code.toLowerCase()) {
        throw new Error(`Intl.DisplayNames has no ${lang} name for language ${code}`);
      }
      return capitaliseFirst(name, lang);
    }),
  })).sort(byCode);
}

/** A SQL string literal; standard_conforming_strings (on by default) keeps backslashes literal. */
function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Keys in a fixed order so the output does not depend on how an object was built. */
function sqlLocalized(name: LocalizedText): string {
  const ordered: LocalizedText = { nl: name.nl, fr: name.fr, de: name.de, en: name.en };
  return `${sqlString(JSON.stringify(ordered))}::jsonb`;
}

function sqlTextArray(values: readonly string[]): string {
  return `ARRAY[${values.map(sqlString).join(', ')}]::text[]`;
}

function insert(table: string, columns: readonly string[], rows: readonly string[][]): string {
  const header = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES`;
  return `${header}\n${rows.map((values) => `  (${values.join(', ')})`).join(',\n')};`;
}

/** Drizzle's migrator splits a migration file on this marker and runs each part on its own. */
const STATEMENT_BREAKPOINT = '\n--> statement-breakpoint\n';

export function buildReferenceSql(): string {
  const header = [
    '-- Reference data (public geography and standards, no personal data).',
    '-- Generated by apps/server/src/reference/generate-reference-sql.ts: do not edit by hand.',
  ].join('\n');
  const statements = [
    insert(
      'regions',
      ['code', 'name'],
      [...REGION_DATA].sort(byCode).map((r) => [sqlString(r.code), sqlLocalized(r.name)]),
    ),
    insert(
      'provinces',
      ['code', 'region_code', 'name'],
      [...PROVINCE_DATA]
        .sort(byCode)
        .map((p) => [sqlString(p.code), sqlString(p.regionCode), sqlLocalized(p.name)]),
    ),
    insert(
      'judicial_districts',
      ['code', 'name', 'court_of_appeal', 'regions'],
      [...JUDICIAL_DISTRICT_DATA]
        .sort(byCode)
        .map((d) => [
          sqlString(d.code),
          sqlLocalized(d.name),
          sqlString(d.courtOfAppeal),
          sqlTextArray(d.regions),
        ]),
    ),
    insert(
      'countries',
      ['code', 'name', 'eu'],
      buildCountries().map((c) => [sqlString(c.code), sqlLocalized(c.name), c.eu ? 'true' : 'false']),
    ),
    insert(
      'languages',
      ['code', 'name'],
      buildLanguages().map((l) => [sqlString(l.code), sqlLocalized(l.name)]),
    ),
  ];
  return `${header}\n${statements.join(STATEMENT_BREAKPOINT)}\n`;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  writeFileSync(REFERENCE_MIGRATION_FILE, buildReferenceSql(), 'utf8');
  console.log(`Wrote ${REFERENCE_MIGRATION_FILE}`);
}
