import {
  ISIC_SECTION_NAMES,
  ISIC_SECTIONS,
  NATIONALITY_GROUPS,
  ORGANISATION_TYPES,
  REGIONS,
  SIGNAL_STAT_DIMENSIONS,
  VICTIM_STAT_DIMENSIONS,
  type SignalStatDimension,
} from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { pick, useUiLanguage } from '../catalogues/localized.ts';
import { labelOf, useCountryOptions, useDistrictOptions } from '../signals/reference-api.ts';
import { useVocabulary } from '../signals/vocabulary.ts';

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

export const isSignalDimension = (d: string): d is SignalStatDimension => isOneOf(SIGNAL_STAT_DIMENSIONS, d);

/** Every dimension name the statistics screens show (signals, victims, chain and official tables). */
const NAMED_DIMENSIONS = [
  ...SIGNAL_STAT_DIMENSIONS,
  ...VICTIM_STAT_DIMENSIONS,
  'document_type',
  'issue_kind',
  'end_reason',
  'unansweredReferrals',
  'proceduresByPhase',
  'documentsByType',
  'endsByReason',
] as const;
const isNamedDimension = (d: string): d is (typeof NAMED_DIMENSIONS)[number] => isOneOf(NAMED_DIMENSIONS, d);

/** Value codes with their own name whatever the dimension. */
const SHARED_VALUES = ['multiple', 'minor', 'adult', 'identified', 'presumed', 'first', 'renewal', 'within_deadline', 'overdue'] as const;

const PHASES = new Map(BELGIAN_PROCEDURE.phases.map((p) => [p.code, p.name]));
const DOCUMENTS = new Map(BELGIAN_PROCEDURE.phases.flatMap((p) => (p.document ? [[p.document.code, p.document.name] as const] : [])));
const END_REASONS = new Map(BELGIAN_PROCEDURE.endReasons.map((r) => [r.code, r.text]));

/**
 * Names for the dimensions and their values as the server sends them (codes). A code this build
 * does not know is shown as it is.
 */
export function useStatLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const uiLanguage = useUiLanguage();
  const v = useVocabulary();
  const districts = useDistrictOptions();
  const countries = useCountryOptions();

  const dimension = useCallback(
    (d: string) => (isNamedDimension(d) ? t(`statisticsUi.dimensions.${d}`) : d),
    [t],
  );

  const value = useCallback(
    (d: string, key: string): string => {
      if (key === 'unknown' || key === 'unspecified' || (key === 'other' && d === 'nationality')) {
        return t(`statisticsUi.values.${key}`);
      }
      if (isOneOf(SHARED_VALUES, key)) {
        return t(`statisticsUi.values.${key}`);
      }
      switch (d) {
        case 'form':
        case 'mainForm':
          return v.form(key);
        case 'referralSource':
          if (key === 'anonymous' || key === 'public_report') {
            return t(`statisticsUi.values.${key}`);
          }
          return isOneOf(ORGANISATION_TYPES, key) ? t(`organisationTypes.${key}`) : key;
        case 'proceduresByPhase':
          return pick(PHASES.get(key), uiLanguage) || key;
        case 'document_type':
        case 'documentsByType':
          return pick(DOCUMENTS.get(key), uiLanguage) || key;
        case 'end_reason':
        case 'endsByReason':
          return pick(END_REASONS.get(key), uiLanguage) || key;
        case 'sector':
          return v.sector(key);
        case 'isicSection':
          return isOneOf(ISIC_SECTIONS, key) ? `${key} ${pick(ISIC_SECTION_NAMES[key], uiLanguage)}` : key;
        case 'gender':
          return v.gender(key);
        case 'minor':
          return v.tri(key);
        case 'kind':
          return v.kind(key);
        case 'ageBand':
          return t('statisticsUi.values.ageBand', { band: key });
        case 'nationalityGroup':
          return isOneOf(NATIONALITY_GROUPS, key) && key !== 'unknown' ? t(`statisticsUi.values.${key}`) : key;
        case 'nationality':
          return labelOf(countries.options, key);
        case 'district':
          return labelOf(districts.options, key);
        case 'region':
          return isOneOf(REGIONS, key) ? t(`regions.${key}`) : key;
        case 'month':
          return /^\d{4}-\d{2}$/.test(key) ? formatDate(`${key}-01T00:00:00`, language, { month: 'short', year: 'numeric' }) : key;
        default:
          return key;
      }
    },
    // `v` is rebuilt on every render but only depends on `t`: the labels change with the language
    // and when the reference lists arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language, uiLanguage, countries.options, districts.options],
  );

  return { dimension, value };
}
