import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { SignalStatisticsSchema, SignalTimelineSchema, type SignalSector, type StatCell, type StatTable } from '@keten/shared';
import { recordAccess } from '../../apps/server/src/access/access.schema.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { signals } from '../../apps/server/src/signals/signal.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let caseworker: LoggedIn;
let payoke: LoggedIn;
let rapporteur: LoggedIn;
let coordinator: LoggedIn;

interface Spec {
  org: string;
  kind: 'professional' | 'anonymous' | 'public_report';
  forms: string[];
  gender: string;
  nationality: string | null;
  district: string;
  at: string;
  n: number;
  sector?: SignalSector;
}

// Fictional signals: PAG-ASA 12, Payoke 3, a police zone 20 (with anonymous and public reports).
const SPECS: Spec[] = [
  { org: 'centre-pagasa', kind: 'professional', forms: ['sexual'], gender: 'female', nationality: 'RO', district: 'antwerp', at: '2025-03-10T10:00:00Z', n: 5 },
  { org: 'centre-pagasa', kind: 'professional', forms: ['sexual'], gender: 'female', nationality: 'BE', district: 'antwerp', at: '2026-02-10T10:00:00Z', n: 2 },
  { org: 'centre-pagasa', kind: 'professional', forms: ['labour'], gender: 'male', nationality: 'MA', district: 'ghent', at: '2026-01-15T10:00:00Z', n: 5 },
  { org: 'centre-payoke', kind: 'professional', forms: ['labour'], gender: 'male', nationality: 'IN', district: 'antwerp', at: '2025-06-01T10:00:00Z', n: 3, sector: 'car_wash' },
  { org: 'police-demo-brussel', kind: 'professional', forms: ['sexual', 'labour'], gender: 'female', nationality: 'NG', district: 'brussels', at: '2025-05-05T10:00:00Z', n: 8 },
  { org: 'police-demo-brussel', kind: 'anonymous', forms: ['labour'], gender: 'male', nationality: null, district: 'liege', at: '2026-04-04T10:00:00Z', n: 6 },
  { org: 'police-demo-brussel', kind: 'public_report', forms: ['begging'], gender: 'unknown', nationality: 'RO', district: 'liege', at: '2026-04-20T10:00:00Z', n: 2 },
  { org: 'police-demo-brussel', kind: 'professional', forms: ['forced_criminality'], gender: 'male', nationality: 'BE', district: 'ghent', at: '2025-11-11T10:00:00Z', n: 4 },
];
const signalIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  let seq = 1;
  for (const s of SPECS) {
    for (let i = 0; i < s.n; i++) {
      const id = randomUUID();
      signalIds.push(id);
      await t.database.db.insert(signals).values({
        id,
        reference: `SIG-2026-${String(900000 + seq++)}`,
        kind: s.kind,
        reportingOrganisationId: demoOrganisationId(s.org),
        forms: s.forms,
        gender: s.gender,
        nationality: s.nationality,
        judicialDistrict: s.district,
        sector: s.sector ?? null,
        minor: 'no',
        createdAt: new Date(s.at),
      });
      await t.database.db.insert(recordAccess).values({ recordType: 'signal', recordId: id, organisationId: demoOrganisationId(s.org), relationship: 'owner' });
    }
  }
  caseworker = await loginAs(t.app, t.database, 'caseworker');
  payoke = await loginAs(t.app, t.database, 'caseworker-payoke');
  rapporteur = await loginAs(t.app, t.database, 'rapporteur');
  coordinator = await loginAs(t.app, t.database, 'coordinator-national');
});
afterAll(async () => {
  await t.close();
});

const get = async (who: LoggedIn, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  return { status: res.statusCode, raw: res.body };
};
/** GET that checks the answer against the shared response schema (what the dashboard relies on). */
const getAs = async <T>(schema: z.ZodType<T>, who: LoggedIn, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return { status: res.statusCode, body: schema.parse(res.json()), raw: res.body };
};
const row = (table: StatTable, key: string): StatCell => {
  const i = table.rows.indexOf(key);
  expect(i, key).toBeGreaterThanOrEqual(0);
  return table.cells[i]![0]!;
};
const auditCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents))[0]!.n;

describe('internal figures: an organisation sees its own records only, unsuppressed', () => {
  it('a centre caseworker counts PAG-ASA signals only, small cells included', async () => {
    const r = await getAs(SignalStatisticsSchema, caseworker, '/api/statistics/signals?groupBy=form');
    expect(r.status).toBe(200);
    expect(r.body.scope).toBe('organisation');
    expect(r.body.disclosure.controlled).toBe(false);
    expect(row(r.body.table, 'sexual')).toEqual({ value: 7, suppressed: null });
    expect(row(r.body.table, 'labour')).toEqual({ value: 5, suppressed: null });
    expect(r.body.table.total.value).toBe(12);
  });

  it('another centre sees its 3 signals (a count below k is shown: internal)', async () => {
    const r = await getAs(SignalStatisticsSchema, payoke, '/api/statistics/signals?groupBy=form');
    expect(r.body.table.total.value).toBe(3);
    expect(row(r.body.table, 'labour')).toEqual({ value: 3, suppressed: null });
  });

  it('industry as ISIC sections, mapped from the sector as data (car wash → G); a sector without an industry is unknown', async () => {
    const r = await getAs(SignalStatisticsSchema, payoke, '/api/statistics/signals?groupBy=isicSection');
    expect(row(r.body.table, 'G').value).toBe(3);
    expect(row(r.body.table, 'F').value).toBe(0);
    const own = await getAs(SignalStatisticsSchema, caseworker, '/api/statistics/signals?groupBy=isicSection');
    expect(row(own.body.table, 'unknown').value).toBe(12);
  });

  it('nationality groups: Belgian / other EU / non-EU from the countries table', async () => {
    const r = await getAs(SignalStatisticsSchema, caseworker, '/api/statistics/signals?groupBy=nationalityGroup');
    expect(row(r.body.table, 'belgian').value).toBe(2);
    expect(row(r.body.table, 'other_eu').value).toBe(5);
    expect(row(r.body.table, 'non_eu').value).toBe(5);
    expect(row(r.body.table, 'unknown').value).toBe(0);
  });

  it('two dimensions with margins, and a date range', async () => {
    const r = await getAs(SignalStatisticsSchema, caseworker, '/api/statistics/signals?groupBy=form&by2=year');
    const tb = r.body.table;
    expect(tb.columns).toEqual(['2025', '2026']);
    expect(tb.cells[tb.rows.indexOf('sexual')]!.map((c) => c.value)).toEqual([5, 2]);
    expect(tb.colTotals!.map((c) => c.value)).toEqual([5, 7]);
    expect(tb.rowTotals![tb.rows.indexOf('labour')]!.value).toBe(5);
    const ranged = await getAs(SignalStatisticsSchema, caseworker, '/api/statistics/signals?groupBy=kind&from=2026-01-01&to=2026-12-31');
    expect(ranged.body.table.total.value).toBe(7);
  });

  it('timeline per month, gaps filled', async () => {
    const r = await getAs(SignalTimelineSchema, caseworker, '/api/statistics/signals/timeline');
    expect(r.status).toBe(200);
    expect(r.body.points[0]).toEqual({ month: '2025-03', value: 5, suppressed: null });
    expect(r.body.points.find((p) => p.month === '2025-04')?.value).toBe(0);
    expect(r.body.points.at(-1)?.month).toBe('2026-02');
    expect(r.body.total.value).toBe(12);
    // The trend is fitted on the server over every month of the series, one value per month.
    expect(r.body.trend?.points.map((p) => p.month)).toEqual(r.body.points.map((p) => p.month));
  });

  it('reads of statistics are not audited', async () => {
    const before = await auditCount();
    await get(caseworker, '/api/statistics/signals?groupBy=sector');
    await get(rapporteur, '/api/statistics/outward/signals?groupBy=sector');
    expect(await auditCount()).toBe(before);
  });
});

describe('outward figures: national, always disclosure-controlled', () => {
  it('the rapporteur sees national counts with small cells suppressed, never a record', async () => {
    const r = await getAs(SignalStatisticsSchema, rapporteur, '/api/statistics/outward/signals?groupBy=form');
    expect(r.status).toBe(200);
    expect(r.body.scope).toBe('national');
    expect(r.body.disclosure).toMatchObject({ controlled: true, method: 'suppress', k: 5 });
    // sexual 7 + 8 = 15; labour 5 + 3 + 8 + 6 = 22; begging 2 and forced criminality 4 are small
    expect(row(r.body.table, 'sexual')).toEqual({ value: 15, suppressed: null });
    expect(row(r.body.table, 'begging')).toEqual({ value: null, suppressed: 'primary' });
    expect(row(r.body.table, 'forced_criminality')).toEqual({ value: null, suppressed: 'primary' });
    expect(row(r.body.table, 'organ_removal')).toEqual({ value: 0, suppressed: null });
    expect(r.body.table.multiValued).toBe(true);
    for (const id of signalIds) {
      expect(r.raw).not.toContain(id);
    }
    expect(r.raw).not.toContain('SIG-');
  });

  it('a single small cell takes a second one with it (secondary suppression)', async () => {
    const r = await getAs(SignalStatisticsSchema, coordinator, '/api/statistics/outward/signals?groupBy=kind');
    // professional 35 (published? no: with public_report 2 alone suppressed, the smallest other goes too)
    expect(row(r.body.table, 'public_report').suppressed).toBe('primary');
    expect(row(r.body.table, 'anonymous')).toEqual({ value: null, suppressed: 'secondary' });
    expect(r.body.table.total.value).toBe(35);
  });

  it('a filtered version is protected against the unfiltered one (no small difference is published)', async () => {
    const all = (await getAs(SignalStatisticsSchema, rapporteur, '/api/statistics/outward/signals?groupBy=form&by2=gender')).body.table;
    const year = await getAs(SignalStatisticsSchema, rapporteur, '/api/statistics/outward/signals?groupBy=form&by2=gender&year=2026');
    expect(year.body.disclosure.protectedAgainst).toEqual(['year']);
    const flat = (tb: StatTable) => [...tb.cells.flat(), ...tb.rowTotals!, ...tb.colTotals!, tb.total];
    const a = flat(all);
    flat(year.body.table).forEach((c, i) => {
      const ref = a[i]!;
      if (c.value !== null && ref.value !== null) {
        const rest = ref.value - c.value;
        expect(rest === 0 || rest >= 5, `entry ${i}: ${ref.value} − ${c.value}`).toBe(true);
      }
    });
  });

  it('outward filters are predefined and one at a time: free date ranges and combinations are refused', async () => {
    const r = await get(rapporteur, '/api/statistics/outward/signals?groupBy=form&from=2026-01-01');
    expect(r.status).toBe(400);
    const region = await getAs(SignalStatisticsSchema, rapporteur, '/api/statistics/outward/signals?groupBy=kind&region=BE-WAL');
    expect(region.body.disclosure.protectedAgainst).toEqual(['region']);
    // one filter at a time: combined filters would need joint protection (see disclosure.ts)
    expect((await get(rapporteur, '/api/statistics/outward/signals?groupBy=kind&region=BE-WAL&kind=anonymous')).status).toBe(400);
  });

  it('rounding to base 5 instead of suppression', async () => {
    const r = await getAs(SignalStatisticsSchema, rapporteur, '/api/statistics/outward/signals?groupBy=form&method=round');
    expect(row(r.body.table, 'begging')).toEqual({ value: 5, suppressed: null });
    expect(row(r.body.table, 'labour')).toEqual({ value: 20, suppressed: null });
  });

  it('national timeline for one year', async () => {
    const r = await getAs(SignalTimelineSchema, rapporteur, '/api/statistics/outward/signals/timeline?year=2026');
    expect(r.status).toBe(200);
    expect(r.body.points.every((p) => p.month.startsWith('2026-'))).toBe(true);
    expect(r.body.points.find((p) => p.month === '2026-02')).toEqual({ month: '2026-02', value: null, suppressed: 'primary' });
    // Suppressed months take no part in the trend: it is null when fewer than three are published.
    const published = r.body.points.filter((p) => p.suppressed === null).length;
    expect(r.body.trend === null).toBe(published < 3);
  });

  it('an export is audited, with what was asked and never the figures', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/statistics/outward/signals/export?groupBy=form&year=2025', headers: { cookie: rapporteur.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.split('\n')[0]).toBe('form,count');
    // 2025 has no begging signal, 2026 has 2 (suppressed): a year and the other years share one
    // suppression pattern (linked.ts), so the 2025 zero is suppressed with them.
    expect(res.body).toContain('begging,x');
    const [ev] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'statistics.exported'));
    expect(ev?.details).toMatchObject({ dataset: 'signals', groupBy: 'form', filters: ['year'], format: 'csv' });
  });
});

describe('who may ask', () => {
  it('a caseworker calling an outward endpoint gets 403', async () => {
    expect((await get(caseworker, '/api/statistics/outward/signals?groupBy=form')).status).toBe(403);
    expect((await get(caseworker, '/api/statistics/outward/signals/export?groupBy=form')).status).toBe(403);
  });
  it('the rapporteur has no internal figures (no own records)', async () => {
    expect((await get(rapporteur, '/api/statistics/signals?groupBy=form')).status).toBe(403);
  });
  it('anonymous callers get 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/statistics/outward/signals' });
    expect(res.statusCode).toBe(401);
  });
});
