import {
  ChainPerformanceSchema,
  OfficialTableSchema,
  ReleaseDiffSchema,
  ReleaseListSchema,
  ReleaseSchema,
  SignalStatisticsSchema,
  SignalTimelineSchema,
  VictimStatisticsSchema,
  type DisclosureInfo,
  type OfficialTableKey,
  type Region,
  type StatTable,
  type SignalStatDimension,
  type VictimStatDimension,
} from '@keten/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest, type ResponseParser } from '../../lib/api.ts';

/** What is counted: signals, or victims (victim files). */
export type StatUnit = 'signals' | 'victims';

/**
 * Who sees which figures follows the capability: `statistics.outward` (rapporteur, coordination
 * bureau) gets national, disclosure-controlled aggregates; `statistics.internal` gets the
 * organisation's own figures. The server decides what is counted; the browser only draws.
 */
export type StatAudience = 'national' | 'organisation';

export const SIGNAL_KINDS_FILTER = ['professional', 'anonymous', 'public_report'] as const;
export type SignalKindFilter = (typeof SIGNAL_KINDS_FILTER)[number];

/** Filters of the organisation's own figures: a free period and a kind of signal. */
export interface InternalFilters {
  from?: string | undefined;
  to?: string | undefined;
  kind?: SignalKindFilter | undefined;
}

/** National figures take one predefined filter at a time (access-model.md, outward statistics). */
export type OutwardFilter =
  | { by: 'none' }
  | { by: 'year'; value: number }
  | { by: 'region'; value: Region }
  | { by: 'kind'; value: SignalKindFilter };

export type DashboardFilters =
  | { audience: 'organisation'; filters: InternalFilters }
  | { audience: 'national'; filter: OutwardFilter; method: 'suppress' | 'round' };

/**
 * The query string for a filter set (without the grouping). Victims have no kind of signal: that
 * filter is left out for them (the page says so).
 */
export function filterParams(f: DashboardFilters, unit: StatUnit = 'signals'): URLSearchParams {
  const params = new URLSearchParams();
  if (f.audience === 'organisation') {
    for (const key of unit === 'victims' ? (['from', 'to'] as const) : (['from', 'to', 'kind'] as const)) {
      const value = f.filters[key];
      if (value) {
        params.set(key, value);
      }
    }
    return params;
  }
  if (f.filter.by !== 'none' && !(unit === 'victims' && f.filter.by === 'kind')) {
    params.set(f.filter.by, String(f.filter.value));
  }
  return params;
}

const base = (audience: StatAudience, unit: StatUnit = 'signals') =>
  audience === 'national' ? `/api/statistics/outward/${unit}` : `/api/statistics/${unit}`;

export function signalTableUrl(f: DashboardFilters, groupBy: SignalStatDimension, by2?: SignalStatDimension, suffix = ''): string {
  return statTableUrl('signals', f, groupBy, by2, suffix);
}

export function statTableUrl(unit: StatUnit, f: DashboardFilters, groupBy: string, by2?: string, suffix = ''): string {
  const params = filterParams(f, unit);
  params.set('groupBy', groupBy);
  if (by2) {
    params.set('by2', by2);
  }
  if (f.audience === 'national') {
    params.set('method', f.method);
  }
  return `${base(f.audience, unit)}${suffix}?${params.toString()}`;
}

/** What any figure table answer holds that the dashboard draws. */
export interface StatAnswer {
  disclosure: DisclosureInfo;
  table: StatTable;
}

/** One table of signal or victim figures by one or two dimensions. */
export function useStatTable(unit: StatUnit, f: DashboardFilters, groupBy: string, by2?: string) {
  const url = statTableUrl(unit, f, groupBy, by2);
  const parser: ResponseParser<StatAnswer> = unit === 'victims' ? VictimStatisticsSchema : SignalStatisticsSchema;
  return useQuery({
    queryKey: ['statistics', unit, url],
    queryFn: ({ signal }) => apiGet(url, parser, signal),
    placeholderData: keepPreviousData,
  });
}

/** One table of victim figures (victim files) by one or two dimensions. */
export function useVictimStatistics(f: DashboardFilters, groupBy: VictimStatDimension, by2?: VictimStatDimension) {
  const url = statTableUrl('victims', f, groupBy, by2);
  return useQuery({
    queryKey: ['statistics', 'victims', url],
    queryFn: ({ signal }) => apiGet(url, VictimStatisticsSchema, signal),
    placeholderData: keepPreviousData,
  });
}

/** The chain's lead times and procedure tables, for one year or all years. */
export function useChainPerformance(audience: StatAudience, year: number | null) {
  const url = `${audience === 'national' ? '/api/statistics/outward/chain' : '/api/statistics/chain'}${year === null ? '' : `?year=${year}`}`;
  return useQuery({
    queryKey: ['statistics', 'chain', url],
    queryFn: ({ signal }) => apiGet(url, ChainPerformanceSchema, signal),
    placeholderData: keepPreviousData,
  });
}

/** One table of signal figures by one or two dimensions. */
export function useSignalStatistics(f: DashboardFilters, groupBy: SignalStatDimension, by2?: SignalStatDimension) {
  const url = signalTableUrl(f, groupBy, by2);
  return useQuery({
    queryKey: ['statistics', 'signals', url],
    queryFn: ({ signal }) => apiGet(url, SignalStatisticsSchema, signal),
    placeholderData: keepPreviousData,
  });
}

/** Signals per month (the timeline takes the same filters, without a grouping or method). */
export function useSignalTimeline(f: DashboardFilters) {
  const url = `${base(f.audience)}/timeline?${filterParams(f).toString()}`;
  return useQuery({
    queryKey: ['statistics', 'timeline', url],
    queryFn: ({ signal }) => apiGet(url, SignalTimelineSchema, signal),
    placeholderData: keepPreviousData,
  });
}

// --- official tables and releases ---------------------------------------------------------------

/** An official table for a calendar year: national and protected, or the organisation's own. */
export function useOfficialTable(audience: StatAudience, table: OfficialTableKey, period: string, method: 'suppress' | 'round') {
  const url =
    audience === 'national'
      ? `/api/statistics/outward/official/${table}?period=${period}&method=${method}`
      : `/api/statistics/official/${table}?period=${period}`;
  return useQuery({
    queryKey: ['statistics', 'official', url],
    queryFn: ({ signal }) => apiGet(url, OfficialTableSchema, signal),
    placeholderData: keepPreviousData,
  });
}

const releasesKey = ['statistics', 'releases'] as const;

/** The published releases of a table (all periods), newest revision first. */
export function useReleases(table: OfficialTableKey, enabled: boolean) {
  return useQuery({
    queryKey: [...releasesKey, table],
    enabled,
    queryFn: ({ signal }) => apiGet(`/api/statistics/outward/releases?table=${table}`, ReleaseListSchema, signal),
  });
}

/** Publishes a table for a period as a release (a revision needs a reason). */
export function usePublishRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { table: OfficialTableKey; period: string; method: 'suppress' | 'round'; reason?: string }) =>
      apiRequest('/api/statistics/outward/releases', { method: 'POST', body, parser: ReleaseSchema }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: releasesKey }),
  });
}

/** What a revision changed against the previous release of its period, and why. */
export function useReleaseDiff(id: string | null) {
  return useQuery({
    queryKey: [...releasesKey, 'diff', id],
    enabled: id !== null,
    queryFn: ({ signal }) => apiGet(`/api/statistics/outward/releases/${id ?? ''}/diff`, ReleaseDiffSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** One release as published (its frozen table gives the names of the parts and their axes). */
export function useRelease(id: string | null) {
  return useQuery({
    queryKey: [...releasesKey, 'one', id],
    enabled: id !== null,
    queryFn: ({ signal }) => apiGet(`/api/statistics/outward/releases/${id ?? ''}`, ReleaseSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
