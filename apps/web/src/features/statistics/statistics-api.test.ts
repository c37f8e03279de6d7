import { describe, expect, it } from 'vitest';
import { exportScope } from './export-job.tsx';
import { filterParams, statTableUrl, type DashboardFilters } from './statistics-api.ts';

const national = (filter: Extract<DashboardFilters, { audience: 'national' }>['filter']): DashboardFilters => ({ audience: 'national', filter, method: 'suppress' });
const own: DashboardFilters = { audience: 'organisation', filters: { from: '2026-01-01', to: '2026-06-30', kind: 'anonymous' } };

describe('the statistics queries the dashboard sends', () => {
  it('national figures go to the outward routes with one predefined filter and the protection method', () => {
    expect(statTableUrl('signals', national({ by: 'region', value: 'BE-WAL' }), 'form', 'gender')).toBe('/api/statistics/outward/signals?region=BE-WAL&groupBy=form&by2=gender&method=suppress');
    expect(statTableUrl('victims', national({ by: 'year', value: 2026 }), 'centre')).toBe('/api/statistics/outward/victims?year=2026&groupBy=centre&method=suppress');
  });

  it('victims take no kind of signal, in either audience', () => {
    expect(filterParams(national({ by: 'kind', value: 'anonymous' }), 'victims').toString()).toBe('');
    expect(filterParams(own, 'victims').toString()).toBe('from=2026-01-01&to=2026-06-30');
    expect(filterParams(own, 'signals').toString()).toBe('from=2026-01-01&to=2026-06-30&kind=anonymous');
  });

  it('an export asks for the same figures as the screen shows', () => {
    expect(exportScope(own, 'signals')).toEqual({ audience: 'internal', period: { from: '2026-01-01', to: '2026-06-30' }, filters: { kind: 'anonymous' } });
    expect(exportScope(national({ by: 'year', value: 2025 }), 'signals')).toEqual({ audience: 'outward', method: 'suppress', period: { year: 2025 }, filters: {} });
    expect(exportScope(national({ by: 'kind', value: 'public_report' }), 'victims')).toEqual({ audience: 'outward', method: 'suppress', period: {}, filters: {} });
  });
});
