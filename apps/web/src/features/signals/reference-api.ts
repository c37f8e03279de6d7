import {
  CountrySchema,
  JudicialDistrictRecordSchema,
  LanguageSchema,
  type Country,
  type JudicialDistrictRecord,
  type Language,
  type UiLanguage,
} from '@keten/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { z } from 'zod';
import { apiGet } from '../../lib/api.ts';
import { pick, useUiLanguage } from '../catalogues/localized.ts';

// Public reference lists (no personal data); they change with a release at most.
const forever = Number.POSITIVE_INFINITY;

const districtsQuery = queryOptions({
  queryKey: ['reference', 'judicial-districts'],
  queryFn: ({ signal }) =>
    apiGet(
      '/api/reference/judicial-districts',
      z.object({ data: z.array(JudicialDistrictRecordSchema) }),
      signal,
    ),
  staleTime: forever,
});
const countriesQuery = queryOptions({
  queryKey: ['reference', 'countries'],
  queryFn: ({ signal }) =>
    apiGet('/api/reference/countries', z.object({ data: z.array(CountrySchema) }), signal),
  staleTime: forever,
});
const languagesQuery = queryOptions({
  queryKey: ['reference', 'languages'],
  queryFn: ({ signal }) =>
    apiGet('/api/reference/languages', z.object({ data: z.array(LanguageSchema) }), signal),
  staleTime: forever,
});

export interface Option {
  value: string;
  label: string;
}

function sortedOptions<T extends { name: Parameters<typeof pick>[0] }>(
  rows: readonly T[] | undefined,
  value: (row: T) => string,
  language: UiLanguage,
): Option[] {
  const collator = new Intl.Collator(`${language}-BE`);
  return (rows ?? [])
    .map((row) => ({ value: value(row), label: pick(row.name, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The twelve judicial districts, named in the UI language. */
export function useDistrictOptions(): {
  options: Option[];
  records: JudicialDistrictRecord[];
  isError: boolean;
} {
  const language = useUiLanguage();
  const query = useQuery(districtsQuery);
  const options = useMemo(
    () => sortedOptions(query.data?.data, (d) => d.code, language),
    [query.data, language],
  );
  return { options, records: query.data?.data ?? [], isError: query.isError };
}

/** Countries (ISO 3166-1 alpha-2) named in the UI language, sorted as that language sorts. */
export function useCountryOptions(): { options: Option[]; byCode: Map<string, Country>; isError: boolean } {
  const language = useUiLanguage();
  const query = useQuery(countriesQuery);
  const options = useMemo(
    () => sortedOptions(query.data?.data, (c) => c.code, language),
    [query.data, language],
  );
  const byCode = useMemo(() => new Map((query.data?.data ?? []).map((c) => [c.code, c])), [query.data]);
  return { options, byCode, isError: query.isError };
}

/** Languages (ISO 639) named in the UI language. */
export function useLanguageOptions(): { options: Option[]; byCode: Map<string, Language>; isError: boolean } {
  const language = useUiLanguage();
  const query = useQuery(languagesQuery);
  const options = useMemo(
    () => sortedOptions(query.data?.data, (l) => l.code, language),
    [query.data, language],
  );
  const byCode = useMemo(() => new Map((query.data?.data ?? []).map((l) => [l.code, l])), [query.data]);
  return { options, byCode, isError: query.isError };
}

/** A label for a code from one of the lists, the code itself when the list has not loaded. */
export function labelOf(options: readonly Option[], code: string | null | undefined): string {
  if (!code) {
    return '';
  }
  return options.find((o) => o.value === code)?.label ?? code;
}
