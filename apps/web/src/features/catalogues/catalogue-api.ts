import type { CatalogueDefinition, IndicatorDefinition } from '@keten/shared';
import { LocalizedTextSchema } from '@keten/shared';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../lib/api.ts';

/**
 * The indicator catalogues as the server serves them. The shape is the shared
 * `CatalogueDefinition`; the parser checks only what the screens rely on and keeps the rest, so a
 * catalogue with a field this build does not know yet still shows.
 */
const IndicatorSchema = z.looseObject({
  id: z.string(),
  text: LocalizedTextSchema,
  hint: LocalizedTextSchema.optional(),
  dimension: z.string().optional(),
  group: z.string().optional(),
  strength: z.enum(['strong', 'medium', 'weak']).optional(),
  targetGroups: z.array(z.enum(['adult', 'child'])),
  forms: z.array(z.string()),
  coercion: z.boolean().optional(),
});

export const CatalogueSchema = z.looseObject({
  key: z.string(),
  version: z.number().int(),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  source: z.looseObject({
    name: z.string(),
    year: z.number().optional(),
    url: z.string().optional(),
    note: z.string().optional(),
  }),
  sectors: z.array(z.string()),
  targetGroups: z.array(z.enum(['adult', 'child'])),
  threshold: z.number().int().optional(),
  combinationRule: z.unknown().optional(),
  indicators: z.array(IndicatorSchema),
});

/** The parsed catalogue, typed as the shared definition (the server validated it on publish). */
export function asDefinition(value: z.infer<typeof CatalogueSchema>): CatalogueDefinition {
  return value as unknown as CatalogueDefinition;
}

const CatalogueListSchema = z
  .object({ data: z.array(CatalogueSchema) })
  .transform((r) => r.data.map(asDefinition));
const OneCatalogueSchema = CatalogueSchema.transform(asDefinition);

export const cataloguesQueryKey = ['catalogues'] as const;

export const currentCataloguesQuery = queryOptions({
  queryKey: cataloguesQueryKey,
  queryFn: ({ signal }) => apiGet('/api/catalogues', CatalogueListSchema, signal),
});

/** `GET /api/catalogues`: the newest version of every list. */
export function useCurrentCatalogues() {
  return useQuery(currentCataloguesQuery);
}

/** One version of one list: a signal shows the texts of the version it was made with. */
export function catalogueVersionQuery(key: string, version: number) {
  return queryOptions({
    queryKey: ['catalogues', key, version],
    queryFn: ({ signal }) =>
      apiGet(`/api/catalogues/${encodeURIComponent(key)}/versions/${version}`, OneCatalogueSchema, signal),
    // A published version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Indicators of a list by id, for showing ticks. */
export function indicatorsById(catalogue: CatalogueDefinition): Map<string, IndicatorDefinition> {
  return new Map(catalogue.indicators.map((i) => [i.id, i]));
}

/**
 * The list versions a signal's ticks were made with, loaded once each: a signal is always read with
 * the texts its reporter saw, even after a list was revised.
 */
export function useCatalogueVersions(
  ticks: readonly { catalogue: string; version?: number | undefined }[] | undefined,
) {
  const pairs = [
    ...new Map(
      (ticks ?? [])
        .filter(
          (tick): tick is { catalogue: string; version: number } =>
            typeof tick.version === 'number' && tick.version > 0,
        )
        .map((tick) => [`${tick.catalogue}@${tick.version}`, tick]),
    ).values(),
  ];
  return useQueries({
    queries: pairs.map((tick) => catalogueVersionQuery(tick.catalogue, tick.version)),
    combine: (results) => ({
      catalogues: results.flatMap((r) => (r.data ? [r.data] : [])),
      isPending: results.some((r) => r.isPending),
    }),
  });
}
