import {
  SignalStatisticsSchema,
  SignalTimelineSchema,
  type Region,
  type SignalStatDimension,
} from '@keten/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api.ts';

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

/** The query string for a filter set (without the grouping). */
export function filterParams(f: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.audience === 'organisation') {
    for (const key of ['from', 'to', 'kind'] as const) {
      const value = f.filters[key];
      if (value) {
        params.set(key, value);
      }
    }
    return params;
  }
  if (f.filter.by !== 'none') {
    params.set(f.filter.by, String(f.filter.value));
  }
  return params;
}

const base = (audience: StatAudience) => (audience === 'national' ? '/api/statistics/outward/signals' : '/api/statistics/signals');

export function signalTableUrl(f: DashboardFilters, groupBy: SignalStatDimension, by2?: SignalStatDimension, suffix = ''): string {
  const params = filterParams(f);
  params.set('groupBy', groupBy);
  if (by2) {
    params.set('by2', by2);
  }
  if (f.audience === 'national') {
    params.set('method', f.method);
  }
  return `${base(f.audience)}${suffix}?${params.toString()}`;
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
