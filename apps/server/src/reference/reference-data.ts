import type { JudicialDistrict, LocalizedText, Region } from '@keten/shared';
import { JUDICIAL_DISTRICTS, REGIONS } from '@keten/shared';

/**
 * Reference data seeded by the migration `20261122182433_reference_data.sql`, which
 * `generate-reference-sql.ts` writes from these constants (plus country names from
 * i18n-iso-countries and language names from the ICU data of Node's `Intl.DisplayNames`).
 * Change a value here, run the generator, and commit both: the test fails while they differ.
 *
 * NIS codes are Statbel's codes for regions and provinces; municipalities come from Statbel's
 * REFNIS file through `nis-import.ts`, never typed in by hand.
 */

/** The five courts of appeal (hoven van beroep / cours d'appel); our stable codes. */
export const COURTS_OF_APPEAL = ['antwerp', 'ghent', 'brussels', 'mons', 'liege'] as const;
export type CourtOfAppeal = (typeof COURTS_OF_APPEAL)[number];

export interface RegionData {
  code: Region;
  /** Statbel NIS code of the region. */
  nisCode: string;
  name: LocalizedText;
}

export interface ProvinceData {
  /** ISO 3166-2:BE. */
  code: ProvinceCode;
  regionCode: Region;
  /** Statbel NIS code of the province (the parent of its arrondissements in REFNIS). */
  nisCode: string;
  name: LocalizedText;
}

export interface JudicialDistrictData {
  code: JudicialDistrict;
  name: LocalizedText;
  courtOfAppeal: CourtOfAppeal;
  regions: Region[];
}

// A Record keyed by the shared enumerations makes the compiler reject a missing or extra entry.
const REGION_BY_CODE: Record<Region, Omit<RegionData, 'code'>> = {
  'BE-VLG': {
    nisCode: '02000',
    name: { nl: 'Vlaams Gewest', fr: 'Région flamande', de: 'Flämische Region', en: 'Flemish Region' },
  },
  'BE-WAL': {
    nisCode: '03000',
    name: { nl: 'Waals Gewest', fr: 'Région wallonne', de: 'Wallonische Region', en: 'Walloon Region' },
  },
  'BE-BRU': {
    nisCode: '04000',
    name: {
      nl: 'Brussels Hoofdstedelijk Gewest',
      fr: 'Région de Bruxelles-Capitale',
      de: 'Region Brüssel-Hauptstadt',
      en: 'Brussels-Capital Region',
    },
  },
};

export const REGION_DATA: readonly RegionData[] = REGIONS.map((code) => ({ code, ...REGION_BY_CODE[code] }));

/** The ten provinces (ISO 3166-2:BE). Brussels-Capital belongs to no province. */
export const PROVINCE_CODES = [
  'BE-VAN',
  'BE-VLI',
  'BE-VOV',
  'BE-VWV',
  'BE-VBR',
  'BE-WBR',
  'BE-WHT',
  'BE-WLG',
  'BE-WLX',
  'BE-WNA',
] as const;
export type ProvinceCode = (typeof PROVINCE_CODES)[number];

const PROVINCE_BY_CODE: Record<ProvinceCode, Omit<ProvinceData, 'code'>> = {
  'BE-VAN': {
    regionCode: 'BE-VLG',
    nisCode: '10000',
    name: { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' },
  },
  'BE-VLI': {
    regionCode: 'BE-VLG',
    nisCode: '70000',
    name: { nl: 'Limburg', fr: 'Limbourg', de: 'Limburg', en: 'Limburg' },
  },
  'BE-VOV': {
    regionCode: 'BE-VLG',
    nisCode: '40000',
    name: { nl: 'Oost-Vlaanderen', fr: 'Flandre-Orientale', de: 'Ostflandern', en: 'East Flanders' },
  },
  'BE-VWV': {
    regionCode: 'BE-VLG',
    nisCode: '30000',
    name: { nl: 'West-Vlaanderen', fr: 'Flandre-Occidentale', de: 'Westflandern', en: 'West Flanders' },
  },
  'BE-VBR': {
    regionCode: 'BE-VLG',
    nisCode: '20001',
    name: { nl: 'Vlaams-Brabant', fr: 'Brabant flamand', de: 'Flämisch-Brabant', en: 'Flemish Brabant' },
  },
  'BE-WBR': {
    regionCode: 'BE-WAL',
    nisCode: '20002',
    name: { nl: 'Waals-Brabant', fr: 'Brabant wallon', de: 'Wallonisch-Brabant', en: 'Walloon Brabant' },
  },
  'BE-WHT': {
    regionCode: 'BE-WAL',
    nisCode: '50000',
    name: { nl: 'Henegouwen', fr: 'Hainaut', de: 'Hennegau', en: 'Hainaut' },
  },
  'BE-WLG': {
    regionCode: 'BE-WAL',
    nisCode: '60000',
    name: { nl: 'Luik', fr: 'Liège', de: 'Lüttich', en: 'Liège' },
  },
  'BE-WLX': {
    regionCode: 'BE-WAL',
    nisCode: '80000',
    name: { nl: 'Luxemburg', fr: 'Luxembourg', de: 'Luxemburg', en: 'Luxembourg' },
  },
  'BE-WNA': {
    regionCode: 'BE-WAL',
    nisCode: '90000',
    name: { nl: 'Namen', fr: 'Namur', de: 'Namur', en: 'Namur' },
  },
};

export const PROVINCE_DATA: readonly ProvinceData[] = PROVINCE_CODES.map((code) => ({
  code,
  ...PROVINCE_BY_CODE[code],
}));

/**
 * The twelve judicial districts (Law of 1 December 2013, in force 1 April 2014) with their
 * court of appeal. Brussels straddles two regions: Brussels-Capital and Halle-Vilvoorde
 * (Flemish Region). Eupen covers the German-speaking municipalities (Walloon Region).
 */
const DISTRICT_BY_CODE: Record<JudicialDistrict, Omit<JudicialDistrictData, 'code'>> = {
  antwerp: {
    name: { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' },
    courtOfAppeal: 'antwerp',
    regions: ['BE-VLG'],
  },
  limburg: {
    name: { nl: 'Limburg', fr: 'Limbourg', de: 'Limburg', en: 'Limburg' },
    courtOfAppeal: 'antwerp',
    regions: ['BE-VLG'],
  },
  east_flanders: {
    name: { nl: 'Oost-Vlaanderen', fr: 'Flandre orientale', de: 'Ostflandern', en: 'East Flanders' },
    courtOfAppeal: 'ghent',
    regions: ['BE-VLG'],
  },
  west_flanders: {
    name: { nl: 'West-Vlaanderen', fr: 'Flandre occidentale', de: 'Westflandern', en: 'West Flanders' },
    courtOfAppeal: 'ghent',
    regions: ['BE-VLG'],
  },
  leuven: {
    name: { nl: 'Leuven', fr: 'Louvain', de: 'Löwen', en: 'Leuven' },
    courtOfAppeal: 'brussels',
    regions: ['BE-VLG'],
  },
  brussels: {
    name: { nl: 'Brussel', fr: 'Bruxelles', de: 'Brüssel', en: 'Brussels' },
    courtOfAppeal: 'brussels',
    regions: ['BE-BRU', 'BE-VLG'],
  },
  walloon_brabant: {
    name: { nl: 'Waals-Brabant', fr: 'Brabant wallon', de: 'Wallonisch-Brabant', en: 'Walloon Brabant' },
    courtOfAppeal: 'brussels',
    regions: ['BE-WAL'],
  },
  hainaut: {
    name: { nl: 'Henegouwen', fr: 'Hainaut', de: 'Hennegau', en: 'Hainaut' },
    courtOfAppeal: 'mons',
    regions: ['BE-WAL'],
  },
  liege: {
    name: { nl: 'Luik', fr: 'Liège', de: 'Lüttich', en: 'Liège' },
    courtOfAppeal: 'liege',
    regions: ['BE-WAL'],
  },
  luxembourg: {
    name: { nl: 'Luxemburg', fr: 'Luxembourg', de: 'Luxemburg', en: 'Luxembourg' },
    courtOfAppeal: 'liege',
    regions: ['BE-WAL'],
  },
  namur: {
    name: { nl: 'Namen', fr: 'Namur', de: 'Namur', en: 'Namur' },
    courtOfAppeal: 'liege',
    regions: ['BE-WAL'],
  },
  eupen: {
    name: { nl: 'Eupen', fr: 'Eupen', de: 'Eupen', en: 'Eupen' },
    courtOfAppeal: 'liege',
    regions: ['BE-WAL'],
  },
};

export const JUDICIAL_DISTRICT_DATA: readonly JudicialDistrictData[] = JUDICIAL_DISTRICTS.map((code) => ({
  code,
  ...DISTRICT_BY_CODE[code],
}));

/**
 * The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR, not the EU's "EL").
 * Drives the own country / other EU / non-EU split of the statistics.
 */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;
export type EuMemberState = (typeof EU_MEMBER_STATES)[number];

/** The 24 official languages of the EU (ISO 639-1). */
export const EU_OFFICIAL_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

/**
 * Languages people met in the Belgian chain often speak, beyond the EU's own: countries of
 * origin in Myria's reports and the centres' interpreting needs (West Africa, the Horn of
 * Africa, the Maghreb, the Balkans, the former Soviet Union, South and South-East Asia, China).
 * ISO 639-1 where the language has a code; BCP 47's three-letter code otherwise (Central
 * Kurdish, Dari, Romani, Moroccan Arabic, Nigerian Pidgin, Krio). Names must resolve through
 * Intl.DisplayNames, so sign languages (vgt, sfb), which ICU does not name, are not listed yet.
 */
export const OTHER_SEEDED_LANGUAGES = [
  'af',
  'ak',
  'am',
  'ar',
  'ary',
  'az',
  'be',
  'bm',
  'bn',
  'bs',
  'ckb',
  'ee',
  'fa',
  'ff',
  'ha',
  'he',
  'hi',
  'hy',
  'id',
  'ig',
  'ja',
  'ka',
  'kab',
  'kk',
  'km',
  'ko',
  'kri',
  'ku',
  'ky',
  'lb',
  'ln',
  'lo',
  'mg',
  'mk',
  'mn',
  'ms',
  'my',
  'ne',
  'om',
  'pa',
  'pcm',
  'prs',
  'ps',
  'rn',
  'rom',
  'ru',
  'rw',
  'si',
  'so',
  'sq',
  'sr',
  'sw',
  'ta',
  'tg',
  'th',
  'ti',
  'tk',
  'tl',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'wo',
  'yo',
  'zh',
  'zu',
] as const;

export const SEEDED_LANGUAGES: readonly string[] = [
  ...new Set<string>([...EU_OFFICIAL_LANGUAGES, ...OTHER_SEEDED_LANGUAGES]),
].sort();
