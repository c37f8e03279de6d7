import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ChainPerformanceSchema,
  OfficialTableSchema,
  PopulationFigureSchema,
  PopulationListSchema,
  ReleaseDiffSchema,
  ReleaseListSchema,
  ReleaseSchema,
  VictimStatisticsSchema,
  type OfficialTable,
  type StatTable,
} from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { recordAccess } from '../../apps/server/src/access/access.schema.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { procedureRequests, procedures } from '../../apps/server/src/procedure/procedure.schema.ts';
import { referrals } from '../../apps/server/src/referrals/referral.schema.ts';
import { signals } from '../../apps/server/src/signals/signal.schema.ts';
import {
  ModelBuilder,
  disclosedEntries,
  slots2D,
} from '../../apps/server/src/statistics/disclosure-attack.ts';
import { protectTable2D, type ProtectedTable2D } from '../../apps/server/src/statistics/disclosure.ts';
import { buildOfficialTable } from '../../apps/server/src/statistics/official-tables.ts';
import { victimFiles } from '../../apps/server/src/victim-files/victim-file.schema.ts';
import { demoUser, loginAs, type LoggedIn } from '../support/auth.ts';
import { openVictimFile, signalFactory } from '../support/cases.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Victim statistics, chain performance, official tables and releases on a small fictional fixture
 * whose figures are computed by hand below (victim files inserted with fixed dates).
 */

let t: TestApp;
let pagasa: LoggedIn;
let payoke: LoggedIn;
let rapporteur: LoggedIn;
let coordinator: LoggedIn;
let reporter: LoggedIn;

const DAY = 86_400_000;
interface Group {
  centre: 'centre-pagasa' | 'centre-payoke';
  n: number;
  opened: string;
  forms: string[];
  gender: string;
  ageBand: string;
  minor: 'yes' | 'no';
  nationality: string;
  district: string;
  kind: 'professional' | 'anonymous' | 'public_report';
  phase: string | null;
  ended?: { reason: string; on: string };
  docs: { code: string; on: string }[];
  /** Per file: days from the signal to its referral, and from the referral to its acceptance. */
  referral?: { sent: number[]; accepted: number[] };
}

// 2026: PAG-ASA A 6 + B 7 + C 2 = 15, Payoke D 5 + E 1 = 6 → 21. 2025: Payoke F 6 + G 5 = 11.
const GROUPS: Record<string, Group> = {
  A: {
    centre: 'centre-pagasa',
    n: 6,
    opened: '2026-02-01T10:00:00Z',
    forms: ['sexual'],
    gender: 'female',
    ageBand: '18-24',
    minor: 'no',
    nationality: 'RO',
    district: 'antwerp',
    kind: 'professional',
    phase: 'provisional_stay',
    docs: [
      { code: 'annex_15', on: '2026-02-11' },
      { code: 'attestation_of_immatriculation', on: '2026-03-01' },
    ],
    referral: { sent: [1, 1, 2, 3, 5, 8], accepted: [0.5, 1, 1, 2, 2, 4] },
  },
  B: {
    centre: 'centre-pagasa',
    n: 7,
    opened: '2026-03-01T10:00:00Z',
    forms: ['labour'],
    gender: 'male',
    ageBand: '25-34',
    minor: 'no',
    nationality: 'IN',
    district: 'east_flanders',
    kind: 'professional',
    phase: 'reflection',
    docs: [{ code: 'annex_15', on: '2026-03-04' }],
  },
  C: {
    centre: 'centre-pagasa',
    n: 2,
    opened: '2026-04-01T10:00:00Z',
    forms: ['sexual'],
    gender: 'female',
    ageBand: '12-17',
    minor: 'yes',
    nationality: 'NG',
    district: 'brussels',
    kind: 'anonymous',
    phase: null,
    docs: [],
  },
  D: {
    centre: 'centre-payoke',
    n: 5,
    opened: '2026-01-15T10:00:00Z',
    forms: ['labour'],
    gender: 'male',
    ageBand: '35-44',
    minor: 'no',
    nationality: 'BE',
    district: 'antwerp',
    kind: 'professional',
    phase: 'temporary_stay',
    docs: [
      { code: 'registration_certificate_a', on: '2026-02-01' },
      { code: 'registration_certificate_a', on: '2026-08-01' },
    ],
  },
  E: {
    centre: 'centre-payoke',
    n: 1,
    opened: '2026-05-01T10:00:00Z',
    forms: ['labour', 'forced_criminality'],
    gender: 'male',
    ageBand: '18-24',
    minor: 'no',
    nationality: 'MA',
    district: 'liege',
    kind: 'public_report',
    phase: 'reflection',
    ended: { reason: 'person_withdrew', on: '2026-06-01' },
    docs: [],
  },
  F: {
    centre: 'centre-payoke',
    n: 6,
    opened: '2025-06-01T10:00:00Z',
    forms: ['begging'],
    gender: 'female',
    ageBand: '25-34',
    minor: 'no',
    nationality: 'RO',
    district: 'liege',
    kind: 'professional',
    phase: 'reflection',
    ended: { reason: 'guidance_ended_by_centre', on: '2026-01-10' },
    docs: [],
  },
  G: {
    centre: 'centre-payoke',
    n: 5,
    opened: '2025-09-01T10:00:00Z',
    forms: ['sexual'],
    gender: 'female',
    ageBand: '25-34',
    minor: 'no',
    nationality: 'RO',
    district: 'antwerp',
    kind: 'professional',
    phase: 'reflection',
    docs: [],
  },
};

let seq = 0;
async function insertGroup(g: Group): Promise<void> {
  const police = demoOrganisationId('police-demo-brussel');
  const centre = demoOrganisationId(g.centre);
  const opened = new Date(g.opened);
  for (let i = 0; i < g.n; i++) {
    seq++;
    const signalId = randomUUID();
    const fileId = randomUUID();
    const signalAt = new Date(opened.getTime() - 10 * DAY);
    await t.database.db.insert(signals).values({
      id: signalId,
      reference: `SIG-2026-${String(800000 + seq)}`,
      kind: g.kind,
      reportingOrganisationId: police,
      forms: g.forms,
      gender: g.gender,
      ageBand: g.ageBand,
      minor: g.minor,
      nationality: g.nationality,
      judicialDistrict: g.district,
      createdAt: signalAt,
    });
    await t.database.db.insert(victimFiles).values({
      id: fileId,
      reference: `VF-TEST-${String(seq)}`,
      signalId,
      minor: g.minor,
      forms: g.forms,
      judicialDistrict: g.district,
      createdAt: opened,
    });
    await t.database.db
      .insert(recordAccess)
      .values({ recordType: 'victim_file', recordId: fileId, organisationId: centre, relationship: 'owner' });
    if (g.referral) {
      const sent = new Date(signalAt.getTime() + (g.referral.sent[i] ?? 0) * DAY);
      await t.database.db.insert(referrals).values({
        id: randomUUID(),
        sourceType: 'signal',
        sourceId: signalId,
        victimFileId: fileId,
        fromOrganisationId: police,
        fromUserId: demoUser('reporter').id,
        toOrganisationId: centre,
        purpose: 'centre_intake',
        status: 'accepted',
        consent: 'given',
        sentAt: sent,
        answerDueAt: new Date(sent.getTime() + 3 * DAY),
        respondedAt: new Date(sent.getTime() + (g.referral.accepted[i] ?? 0) * DAY),
      });
    }
    if (g.phase) {
      const procedureId = randomUUID();
      await t.database.db.insert(procedures).values({
        id: procedureId,
        victimFileId: fileId,
        country: 'BE',
        configVersion: BELGIAN_PROCEDURE.version,
        phase: g.phase,
        status: g.ended ? 'ended' : 'running',
        startedOn: g.opened.slice(0, 10),
        endReason: g.ended?.reason ?? null,
        endedOn: g.ended?.on ?? null,
      });
      for (const d of g.docs) {
        await t.database.db.insert(procedureRequests).values({
          id: randomUUID(),
          procedureId,
          victimFileId: fileId,
          kind: 'document',
          phase: g.phase,
          documentCode: d.code,
          toOrganisationId: demoOrganisationId('dvz-minteh'),
          toOrganisationType: 'immigration_office',
          fromOrganisationId: centre,
          status: 'done',
          requestedOn: d.on,
          issuedOn: d.on,
        });
      }
    }
  }
}

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  for (const g of Object.values(GROUPS)) {
    await insertGroup(g);
  }
  // One referral still waiting for an answer, past its date (sent by the police to PAG-ASA).
  await t.database.db.insert(referrals).values({
    id: randomUUID(),
    sourceType: 'signal',
    sourceId: randomUUID(),
    fromOrganisationId: demoOrganisationId('police-demo-brussel'),
    fromUserId: demoUser('reporter').id,
    toOrganisationId: demoOrganisationId('centre-pagasa'),
    purpose: 'centre_intake',
    status: 'sent',
    consent: 'given',
    sentAt: new Date('2026-06-01T10:00:00Z'),
    answerDueAt: new Date('2026-06-04T10:00:00Z'),
  });
  pagasa = await loginAs(t.app, t.database, 'caseworker');
  payoke = await loginAs(t.app, t.database, 'caseworker-payoke');
  rapporteur = await loginAs(t.app, t.database, 'rapporteur');
  coordinator = await loginAs(t.app, t.database, 'coordinator-national');
  reporter = await loginAs(t.app, t.database, 'reporter');
});
afterAll(async () => {
  await t.close();
});

const getAs = async <T>(schema: z.ZodType<T>, who: LoggedIn, url: string): Promise<T> => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return schema.parse(res.json());
};
const status = async (who: LoggedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  (
    await t.app.inject({
      method,
      url,
      headers: who.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
  ).statusCode;

/** Values of a table as { row: value } (1-D) or { 'row|col': value } (2-D), zeros left out. */
function valuesOf(tb: StatTable): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  tb.rows.forEach((r, i) => {
    (tb.columns ?? ['']).forEach((c, j) => {
      const cell = tb.cells[i]?.[j];
      if (cell && cell.value !== 0) {
        out[tb.columns ? `${r}|${c}` : r] = cell.value;
      }
    });
  });
  return out;
}
const part = (o: OfficialTable, key: string): StatTable => {
  const p = o.parts.find((x) => x.key === key);
  expect(p, key).toBeDefined();
  return p!.table;
};

describe('victim statistics: scope and dimensions', () => {
  it('a centre counts its own files only (PAG-ASA 15, Payoke 17), unsuppressed', async () => {
    const a = await getAs(VictimStatisticsSchema, pagasa, '/api/statistics/victims?groupBy=form');
    expect(a.scope).toBe('organisation');
    expect(a.unit).toBe('victims');
    expect(valuesOf(a.table)).toEqual({ sexual: 8, labour: 7 });
    expect(a.table.total.value).toBe(15);
    const b = await getAs(
      VictimStatisticsSchema,
      payoke,
      '/api/statistics/victims?groupBy=mainForm&by2=year',
    );
    expect(valuesOf(b.table)).toEqual({
      'sexual|2025': 5,
      'begging|2025': 6,
      'labour|2026': 5,
      'multiple|2026': 1,
    });
    expect(b.table.total.value).toBe(17);
  });

  it('nationality group, age group, referral source, district, region and centre from the file and its signal', async () => {
    const nat = await getAs(
      VictimStatisticsSchema,
      pagasa,
      '/api/statistics/victims?groupBy=nationalityGroup&by2=ageGroup',
    );
    expect(valuesOf(nat.table)).toEqual({ 'other_eu|adult': 6, 'non_eu|adult': 7, 'non_eu|minor': 2 });
    const src = await getAs(VictimStatisticsSchema, pagasa, '/api/statistics/victims?groupBy=referralSource');
    expect(valuesOf(src.table)).toEqual({ local_police: 13, anonymous: 2 });
    const region = await getAs(VictimStatisticsSchema, pagasa, '/api/statistics/victims?groupBy=region');
    expect(valuesOf(region.table)).toEqual({ 'BE-VLG': 13, unknown: 2 });
    const centre = await getAs(VictimStatisticsSchema, payoke, '/api/statistics/victims?groupBy=centre');
    expect(valuesOf(centre.table)).toEqual({ Payoke: 17 });
    const band = await getAs(
      VictimStatisticsSchema,
      pagasa,
      '/api/statistics/victims?groupBy=ageBand&from=2026-01-01&to=2026-12-31',
    );
    expect(valuesOf(band.table)).toEqual({ '12-17': 2, '18-24': 6, '25-34': 7 });
  });

  it('internal filters on any dimension (own files, not suppressed)', async () => {
    const f = await getAs(
      VictimStatisticsSchema,
      payoke,
      '/api/statistics/victims?groupBy=gender&form=forced_criminality',
    );
    expect(valuesOf(f.table)).toEqual({ male: 1 });
    expect(f.filters).toEqual({ form: 'forced_criminality' });
    const g = await getAs(
      VictimStatisticsSchema,
      pagasa,
      '/api/statistics/victims?groupBy=mainForm&nationalityGroup=non_eu&ageGroup=adult',
    );
    expect(valuesOf(g.table)).toEqual({ labour: 7 });
  });

  it('a file counts once per form in `form`, once in `mainForm` (several forms = multiple)', async () => {
    const f = await getAs(
      VictimStatisticsSchema,
      payoke,
      '/api/statistics/victims?groupBy=form&from=2026-01-01',
    );
    expect(f.table.multiValued).toBe(true);
    expect(valuesOf(f.table)).toEqual({ labour: 6, forced_criminality: 1 });
  });

  it('outward: national, suppressed below 5, one predefined filter at a time', async () => {
    const o = await getAs(
      VictimStatisticsSchema,
      rapporteur,
      '/api/statistics/outward/victims?groupBy=centre&year=2026',
    );
    expect(o.scope).toBe('national');
    expect(o.disclosure.controlled).toBe(true);
    expect(valuesOf(o.table)['PAG-ASA']).toBe(15);
    const g = await getAs(
      VictimStatisticsSchema,
      rapporteur,
      '/api/statistics/outward/victims?groupBy=ageGroup&year=2026',
    );
    expect(g.table.cells[g.table.rows.indexOf('minor')]![0]!.suppressed).toBe('primary');
    expect(
      await status(rapporteur, 'GET', '/api/statistics/outward/victims?groupBy=form&year=2026&region=BE-VLG'),
    ).toBe(400);
    expect(
      await status(rapporteur, 'GET', '/api/statistics/outward/victims?groupBy=form&from=2026-01-01'),
    ).toBe(400);
  });

  it('roles: a centre cannot read outward figures, the rapporteur no internal ones, a first-line reporter neither', async () => {
    expect(await status(pagasa, 'GET', '/api/statistics/outward/victims')).toBe(403);
    expect(await status(rapporteur, 'GET', '/api/statistics/victims')).toBe(403);
    expect(await status(reporter, 'GET', '/api/statistics/victims')).toBe(403);
    expect(await status(reporter, 'GET', '/api/statistics/chain')).toBe(403);
  });
});

describe('chain performance', () => {
  it('lead times: median and 90th percentile (percentile_cont) over the national records', async () => {
    const c = await getAs(ChainPerformanceSchema, rapporteur, '/api/statistics/outward/chain?year=2026');
    const d = Object.fromEntries(c.durations.map((x) => [x.measure, x]));
    // Signal → referral: 1,1,2,3,5,8 days → median 2.5, p90 at 4.5 → 5 + 0.5·3 = 6.5.
    expect(d['signalToReferral']).toEqual({
      measure: 'signalToReferral',
      n: 6,
      medianDays: 2.5,
      p90Days: 6.5,
      suppressed: null,
    });
    // Referral → acceptance: 0.5,1,1,2,2,4 → median 1.5, p90 2 + 0.5·2 = 3.
    expect(d['referralToAcceptance']).toEqual({
      measure: 'referralToAcceptance',
      n: 6,
      medianDays: 1.5,
      p90Days: 3,
      suppressed: null,
    });
    // Opening → first document (2026 files): A 6 × 10 days, B 7 × 3 days, D 5 × 17 days → 18 values.
    // Sorted: 3×7, 10×6, 17×5 → median (9th, 10th) = 10; p90 at 15.3 → 17.
    expect(d['acceptanceToFirstDocument']).toEqual({
      measure: 'acceptanceToFirstDocument',
      n: 18,
      medianDays: 10,
      p90Days: 17,
      suppressed: null,
    });
  });

  it('procedure tables: by phase (running), documents issued in the year, ends by reason; outward suppressed', async () => {
    const c = await getAs(ChainPerformanceSchema, rapporteur, '/api/statistics/outward/chain?year=2026');
    expect(valuesOf(c.proceduresByPhase)).toEqual({ reflection: 12, provisional_stay: 6, temporary_stay: 5 });
    expect(valuesOf(c.documentsByType)).toEqual({
      annex_15: 13,
      attestation_of_immatriculation: 6,
      registration_certificate_a: 10,
    });
    // Ends 2026: 1 person_withdrew (primary) + 6 guidance_ended_by_centre → a second cell is suppressed.
    expect(c.endsByReason.cells[c.endsByReason.rows.indexOf('person_withdrew')]![0]).toEqual({
      value: null,
      suppressed: 'primary',
    });
    expect(
      c.endsByReason.total.value === null ||
        c.endsByReason.cells[c.endsByReason.rows.indexOf('guidance_ended_by_centre')]![0]!.value === null,
    ).toBe(true);
    // The unanswered referral: 1, below k.
    expect(c.unansweredReferrals.total.suppressed).not.toBeNull();
  });

  it('internal: a centre sees its own lead times and referrals, small counts included', async () => {
    const a = await getAs(ChainPerformanceSchema, pagasa, '/api/statistics/chain?year=2026');
    expect(a.scope).toBe('organisation');
    const d = Object.fromEntries(a.durations.map((x) => [x.measure, x]));
    // PAG-ASA: A 6 × 10 days, B 7 × 3 days → 13 values, median 3 (7th), p90 at 10.8 → 10.
    expect(d['acceptanceToFirstDocument']).toMatchObject({ n: 13, medianDays: 3, p90Days: 10 });
    expect(valuesOf(a.unansweredReferrals)).toEqual({ overdue: 1 });
    const b = await getAs(ChainPerformanceSchema, payoke, '/api/statistics/chain?year=2026');
    expect(valuesOf(b.endsByReason)).toEqual({ person_withdrew: 1, guidance_ended_by_centre: 6 });
    expect(valuesOf(b.unansweredReferrals)).toEqual({});
    expect(b.durations.find((x) => x.measure === 'signalToReferral')?.n).toBe(0);
  });
});

describe('official tables', () => {
  it('Myria key figures, internal (PAG-ASA 2026): linked 1- and 2-D tables with margins, by hand', async () => {
    const o = await getAs(
      OfficialTableSchema,
      pagasa,
      '/api/statistics/official/myria_key_figures?period=2026',
    );
    expect(o.scope).toBe('organisation');
    expect(o.definition.note.nl).toContain('slachtofferdossiers');
    expect(valuesOf(part(o, 'form_by_gender'))).toEqual({ 'sexual|female': 8, 'labour|male': 7 });
    expect(valuesOf(part(o, 'form_by_age_group'))).toEqual({
      'sexual|adult': 6,
      'sexual|minor': 2,
      'labour|adult': 7,
    });
    expect(valuesOf(part(o, 'form_by_nationality_group'))).toEqual({
      'sexual|other_eu': 6,
      'sexual|non_eu': 2,
      'labour|non_eu': 7,
    });
    expect(valuesOf(part(o, 'by_form'))).toEqual({ sexual: 8, labour: 7 });
    expect(valuesOf(part(o, 'by_gender'))).toEqual({ female: 8, male: 7 });
    expect(valuesOf(part(o, 'by_age_group'))).toEqual({ adult: 13, minor: 2 });
    expect(part(o, 'by_nationality_group').total.value).toBe(15);
  });

  it('Myria key figures, outward 2026: the published cells are the hand-computed ones, small cells are not published', async () => {
    const o = await getAs(
      OfficialTableSchema,
      rapporteur,
      '/api/statistics/outward/official/myria_key_figures?period=2026',
    );
    // National 2026 (21): sexual F 8 (A 6, C 2); labour M 12 (B 7, D 5); multiple M 1 (E).
    const truth: Record<string, number> = { 'sexual|female': 8, 'labour|male': 12, 'multiple|male': 1 };
    const fg = part(o, 'form_by_gender');
    fg.rows.forEach((r, i) =>
      fg.columns!.forEach((c, j) => {
        const cell = fg.cells[i]![j]!;
        if (cell.value !== null) {
          expect(cell.value, `${r}|${c}`).toBe(truth[`${r}|${c}`] ?? 0);
        }
      }),
    );
    expect(fg.cells[fg.rows.indexOf('multiple')]![fg.columns!.indexOf('male')]!.value).toBeNull();
    // 1-D tables are the margins of the 2-D ones, cell for cell.
    expect(part(o, 'by_form').cells.map((c) => c[0])).toEqual(fg.rowTotals);
    expect(part(o, 'by_gender').cells.map((c) => c[0])).toEqual(fg.colTotals);
    // The shared form margin is the same in every 2-D part.
    expect(part(o, 'form_by_age_group').rowTotals).toEqual(fg.rowTotals);
    expect(part(o, 'form_by_nationality_group').rowTotals).toEqual(fg.rowTotals);
    for (const p of o.parts) {
      for (const c of [
        ...p.table.cells.flat(),
        ...(p.table.rowTotals ?? []),
        ...(p.table.colTotals ?? []),
        p.table.total,
      ]) {
        expect(c.value === null || c.value === 0 || c.value >= 5, p.key).toBe(true);
      }
    }
  });

  it('Eurostat registered victims 2026: identified (provisional stay or later) or presumed, by sex', async () => {
    const o = await getAs(
      OfficialTableSchema,
      pagasa,
      '/api/statistics/official/eurostat_registered_victims?period=2026',
    );
    // PAG-ASA: A 6 identified (female), B 7 presumed (male), C 2 presumed (female).
    expect(valuesOf(part(o, 'gender_by_status'))).toEqual({
      'female|identified': 6,
      'female|presumed': 2,
      'male|presumed': 7,
    });
    expect(valuesOf(part(o, 'gender_by_age_band'))).toEqual({
      'female|12-17': 2,
      'female|18-24': 6,
      'male|25-34': 7,
    });
    const n = await getAs(
      OfficialTableSchema,
      rapporteur,
      '/api/statistics/outward/official/eurostat_registered_victims?period=2026',
    );
    // National: identified A 6 + D 5 = 11, presumed B 7 + C 2 + E 1 = 10.
    const st = part(n, 'by_status');
    expect(st.cells[st.rows.indexOf('identified')]![0]!.value ?? 11).toBe(11);
    expect(st.total.value ?? 21).toBe(21);
  });

  it('SDG 16.2.2: victims per 100,000 with population figures kept by the coordination bureau', async () => {
    // No 2026 population seeded: the coordination bureau adds it (the rapporteur may not).
    const body = {
      population: 11_900_000,
      source: 'Statbel, 1 January 2026 (fictional test figure)',
      status: 'verified',
    };
    expect(await status(rapporteur, 'PUT', '/api/statistics/outward/population/2026/BE', body)).toBe(403);
    expect(await status(pagasa, 'PUT', '/api/statistics/outward/population/2026/BE', body)).toBe(403);
    const before = await auditCountOf('statistics.population_updated');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/statistics/outward/population/2026/BE',
      headers: coordinator.headers,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(PopulationFigureSchema.parse(res.json()).status).toBe('verified');
    expect(await auditCountOf('statistics.population_updated')).toBe(before + 1);
    await t.app.inject({
      method: 'PUT',
      url: '/api/statistics/outward/population/2026/BE-VLG',
      headers: coordinator.headers,
      payload: { ...body, population: 6_900_000, status: 'to_verify' },
    });
    const list = await getAs(PopulationListSchema, rapporteur, '/api/statistics/outward/population');
    expect(
      list.data
        .filter((p) => p.year === 2024)
        .map((p) => p.area)
        .sort(),
    ).toEqual(['BE', 'BE-BRU', 'BE-VLG', 'BE-WAL']);

    const o = await getAs(OfficialTableSchema, pagasa, '/api/statistics/official/sdg_16_2_2?period=2026');
    // PAG-ASA 2026: 15 victims; Flanders (Antwerp, Ghent) 13, unknown (Brussels district) 2.
    expect(valuesOf(part(o, 'by_region'))).toEqual({ 'BE-VLG': 13, unknown: 2 });
    const rates = Object.fromEntries((o.rates ?? []).map((r) => [r.key, r]));
    expect(rates['BE']).toEqual({
      key: 'BE',
      victims: { value: 15, suppressed: null },
      population: 11_900_000,
      populationToVerify: false,
      per100k: 0.126,
    });
    expect(rates['BE-VLG']).toMatchObject({
      population: 6_900_000,
      populationToVerify: true,
      per100k: 0.188,
    });
    expect(rates['BE-WAL']).toMatchObject({ population: null, per100k: null });
  });

  it('Immigration Office 2026: documents by first issue / renewal, ends by reason', async () => {
    const o = await getAs(
      OfficialTableSchema,
      payoke,
      '/api/statistics/official/immigration_office_procedure?period=2026',
    );
    expect(valuesOf(part(o, 'document_type_by_issue_kind'))).toEqual({
      'registration_certificate_a|first': 5,
      'registration_certificate_a|renewal': 5,
    });
    expect(valuesOf(part(o, 'by_end_reason'))).toEqual({ person_withdrew: 1, guidance_ended_by_centre: 6 });
    const n = await getAs(
      OfficialTableSchema,
      rapporteur,
      '/api/statistics/outward/official/immigration_office_procedure?period=2026',
    );
    const docs = part(n, 'document_type_by_issue_kind');
    expect(valuesOf(docs)).toEqual({
      'annex_15|first': 13,
      'attestation_of_immatriculation|first': 6,
      'registration_certificate_a|first': 5,
      'registration_certificate_a|renewal': 5,
    });
  });

  it('reproducible: the same table computed twice is identical, cell for cell (API and function)', async () => {
    for (const table of [
      'myria_key_figures',
      'eurostat_registered_victims',
      'sdg_16_2_2',
      'immigration_office_procedure',
    ]) {
      const url = `/api/statistics/outward/official/${table}?period=2026`;
      const a = await t.app.inject({ method: 'GET', url, headers: { cookie: rapporteur.cookie } });
      const b = await t.app.inject({ method: 'GET', url, headers: { cookie: rapporteur.cookie } });
      expect(a.body).toBe(b.body);
    }
    const x = await buildOfficialTable(
      t.database.db,
      { audience: 'outward' },
      { table: 'myria_key_figures', period: '2025' },
    );
    const y = await buildOfficialTable(
      t.database.db,
      { audience: 'outward' },
      { table: 'myria_key_figures', period: '2025' },
    );
    expect(JSON.stringify(x)).toBe(JSON.stringify(y));
  });

  it('rounding instead of suppression: every published figure a multiple of 5, non-zero counts never 0', async () => {
    const o = await getAs(OfficialTableSchema, rapporteur, '/api/statistics/outward/official/myria_key_figures?period=2026&method=round');
    expect(o.disclosure.method).toBe('round');
    const fg = part(o, 'form_by_gender');
    expect(fg.cells[fg.rows.indexOf('multiple')]![fg.columns!.indexOf('male')]).toEqual({ value: 5, suppressed: null });
    for (const p of o.parts) {
      for (const c of [...p.table.cells.flat(), p.table.total]) {
        expect(c.value! % 5).toBe(0);
      }
    }
  });

  it('a centre sees its own official figures only; outward routes refuse it', async () => {
    const a = await getAs(
      OfficialTableSchema,
      payoke,
      '/api/statistics/official/myria_key_figures?period=2026',
    );
    expect(part(a, 'by_form').total.value).toBe(6);
    expect(
      await status(pagasa, 'GET', '/api/statistics/outward/official/myria_key_figures?period=2026'),
    ).toBe(403);
    expect(
      await status(rapporteur, 'GET', '/api/statistics/outward/official/myria_key_figures?period=26'),
    ).toBe(400);
  });
});

async function auditCountOf(action: string): Promise<number> {
  const rows = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(sql`${auditEvents.action} = ${action}`);
  return rows[0]?.n ?? 0;
}

describe('releases and revisions', () => {
  it('publishing freezes the table; a late entry makes a revision that needs a reason and shows the changed cells', async () => {
    const before = await auditCountOf('statistics.release_published');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/statistics/outward/releases',
      headers: rapporteur.headers,
      payload: { table: 'immigration_office_procedure', period: '2026' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const first = ReleaseSchema.parse(res.json());
    expect(first.revision).toBe(1);
    expect(first.content.disclosure.controlled).toBe(true);
    expect(await auditCountOf('statistics.release_published')).toBe(before + 1);

    // Nothing changed: no revision; a revision without a reason is refused.
    expect(
      await status(rapporteur, 'POST', '/api/statistics/outward/releases', {
        table: 'immigration_office_procedure',
        period: '2026',
        reason: 'Checking the figures again',
      }),
    ).toBe(409);
    expect(
      await status(rapporteur, 'POST', '/api/statistics/outward/releases', {
        table: 'immigration_office_procedure',
        period: '2026',
      }),
    ).toBe(422);

    // A late entry: five more annex 15 documents issued in 2026 for the PAG-ASA group B files.
    const procs = await t.database.db
      .execute(sql`SELECT p.id, p.victim_file_id FROM procedures p WHERE p.phase = 'reflection' AND p.status = 'running'
      AND EXISTS (SELECT 1 FROM procedure_requests pr WHERE pr.procedure_id = p.id AND pr.document_code = 'annex_15') ORDER BY p.id LIMIT 5`);
    for (const p of (procs as { rows: { id: string; victim_file_id: string }[] }).rows) {
      await t.database.db.insert(procedureRequests).values({
        id: randomUUID(),
        procedureId: p.id,
        victimFileId: p.victim_file_id,
        kind: 'document',
        phase: 'reflection',
        documentCode: 'annex_15',
        toOrganisationId: demoOrganisationId('dvz-minteh'),
        toOrganisationType: 'immigration_office',
        fromOrganisationId: demoOrganisationId('centre-pagasa'),
        status: 'done',
        requestedOn: '2026-10-01',
        issuedOn: '2026-10-01',
      });
    }
    const rev = await t.app.inject({
      method: 'POST',
      url: '/api/statistics/outward/releases',
      headers: coordinator.headers,
      payload: {
        table: 'immigration_office_procedure',
        period: '2026',
        reason: 'Late entries: renewals recorded after the first release',
      },
    });
    expect(rev.statusCode, rev.body).toBe(201);
    const second = ReleaseSchema.parse(rev.json());
    expect(second.revision).toBe(2);
    expect(second.reason).toContain('Late entries');

    const diff = await getAs(
      ReleaseDiffSchema,
      rapporteur,
      `/api/statistics/outward/releases/${second.id}/diff`,
    );
    expect(diff.previous?.id).toBe(first.id);
    // annex_15: 13 first issues and 0 renewals before; now 5 of them have a second issue → renewal 5.
    expect(diff.changes).toContainEqual({
      part: 'document_type_by_issue_kind',
      row: 'annex_15',
      column: 'renewal',
      before: { value: 0, suppressed: null },
      after: { value: 5, suppressed: null },
    });
    expect(diff.changes).toContainEqual({
      part: 'by_issue_kind',
      row: 'renewal',
      column: null,
      before: { value: 5, suppressed: null },
      after: { value: 10, suppressed: null },
    });
    expect(diff.release.changedCells).toBe(diff.changes.length);

    // The first release is unchanged (frozen).
    const again = await getAs(ReleaseSchema, rapporteur, `/api/statistics/outward/releases/${first.id}`);
    expect(again.content).toEqual(first.content);
    const firstDiff = await getAs(
      ReleaseDiffSchema,
      rapporteur,
      `/api/statistics/outward/releases/${first.id}/diff`,
    );
    expect(firstDiff.previous).toBeNull();
    expect(firstDiff.changes).toEqual([]);

    const list = await getAs(
      ReleaseListSchema,
      rapporteur,
      '/api/statistics/outward/releases?table=immigration_office_procedure',
    );
    expect(list.data.map((r) => r.revision)).toEqual([2, 1]);
    expect(
      await status(pagasa, 'POST', '/api/statistics/outward/releases', {
        table: 'myria_key_figures',
        period: '2026',
      }),
    ).toBe(403);
    expect(await status(rapporteur, 'GET', `/api/statistics/outward/releases/${randomUUID()}`)).toBe(404);
  });
});

describe('disclosure attack on the official tables', () => {
  const toProtected = (tb: StatTable): ProtectedTable2D => ({
    cells: tb.cells,
    rowTotals: tb.rowTotals ?? [],
    colTotals: tb.colTotals ?? [],
    total: tb.total,
  });
  /** The true counts on a table's axes, from a sparse list (hand-computed above). */
  const truthOf = (tb: StatTable, cells: Record<string, number>) =>
    tb.rows.map((r) => tb.columns!.map((c) => cells[`${r}|${c}`] ?? 0));

  it('form × gender 2026 with its margins, the 2025 table and the all-years table: no suppressed count is recovered', async () => {
    const y = part(
      await getAs(
        OfficialTableSchema,
        rapporteur,
        '/api/statistics/outward/official/myria_key_figures?period=2026',
      ),
      'form_by_gender',
    );
    const o = part(
      await getAs(
        OfficialTableSchema,
        rapporteur,
        '/api/statistics/outward/official/myria_key_figures?period=2025',
      ),
      'form_by_gender',
    );
    const a = (
      await getAs(
        VictimStatisticsSchema,
        rapporteur,
        '/api/statistics/outward/victims?groupBy=mainForm&by2=gender',
      )
    ).table;
    expect(o.rows).toEqual(y.rows);
    expect(a.rows).toEqual(y.rows);
    expect(a.columns).toEqual(y.columns);
    const yTruth = truthOf(y, { 'sexual|female': 8, 'labour|male': 12, 'multiple|male': 1 });
    const oTruth = truthOf(o, { 'begging|female': 6, 'sexual|female': 5 });
    const aTruth = yTruth.map((row, i) => row.map((v, j) => v + (oTruth[i]?.[j] ?? 0)));
    const small = y.cells[y.rows.indexOf('multiple')]![y.columns!.indexOf('male')]!;
    expect(small).toEqual({ value: null, suppressed: 'primary' });

    const b = new ModelBuilder(40);
    const Y = slots2D(b, toProtected(y), 'Y', yTruth);
    const O = slots2D(b, toProtected(o), 'O', oTruth);
    const A = slots2D(b, toProtected(a), 'A', aTruth);
    // 2026 + 2025 = all years (the fixture has no other year), entry by entry, margins included.
    Y.forEach((row, i) =>
      row.forEach((ys, j) => {
        const os = O[i]?.[j];
        const as = A[i]?.[j];
        if (os && as) {
          b.sum([ys, os], as);
        }
      }),
    );
    const pinned = disclosedEntries(b.model()).filter((e) => !e.endsWith('=0'));
    expect(pinned).toEqual([]);
  });

  it('the linked parts of 2026 (form × gender, × age group, × nationality group) with their shared margins: nothing is recovered', async () => {
    const o = await getAs(
      OfficialTableSchema,
      rapporteur,
      '/api/statistics/outward/official/myria_key_figures?period=2026',
    );
    const truths: Record<string, Record<string, number>> = {
      form_by_gender: { 'sexual|female': 8, 'labour|male': 12, 'multiple|male': 1 },
      form_by_age_group: { 'sexual|adult': 6, 'sexual|minor': 2, 'labour|adult': 12, 'multiple|adult': 1 },
      form_by_nationality_group: {
        'sexual|other_eu': 6,
        'sexual|non_eu': 2,
        'labour|non_eu': 7,
        'labour|belgian': 5,
        'multiple|non_eu': 1,
      },
    };
    const attack = (tables: StatTable[]) => {
      const b = new ModelBuilder(25);
      const grids = tables.map((tb, p) =>
        slots2D(b, toProtected(tb), `P${String(p)}`, truthOf(tb, Object.values(truths)[p] ?? {})),
      );
      // The row margin (victims per form) and the total are the same figures in every part.
      for (const g of grids.slice(1)) {
        g.forEach((row, i) => {
          const first = grids[0]?.[i];
          const a = first?.[first.length - 1];
          const c = row[row.length - 1];
          if (a && c) {
            b.sum([a], c);
          }
        });
      }
      return disclosedEntries(b.model()).filter((e) => !e.endsWith('=0'));
    };
    const parts = Object.keys(truths).map((k) => part(o, k));
    expect(attack(parts)).toEqual([]);
    // Control: the same parts protected one by one (no joint treatment) give cells away.
    const alone = parts.map((tb, p) => {
      const t = protectTable2D(truthOf(tb, Object.values(truths)[p] ?? {}));
      return { ...tb, cells: t.cells, rowTotals: t.rowTotals, colTotals: t.colTotals, total: t.total };
    });
    expect(attack(alone)).not.toEqual([]);
  });
});

describe('a file opened through the services', () => {
  it('counts for the centre that opened it, not for another centre', async () => {
    const beforeA =
      (await getAs(VictimStatisticsSchema, pagasa, '/api/statistics/victims?groupBy=centre')).table.total
        .value ?? 0;
    const beforeB =
      (await getAs(VictimStatisticsSchema, payoke, '/api/statistics/victims?groupBy=centre')).table.total
        .value ?? 0;
    const make = await signalFactory(t);
    await openVictimFile(t, reporter, pagasa, make());
    const a = await getAs(VictimStatisticsSchema, pagasa, '/api/statistics/victims?groupBy=referralSource');
    expect(a.table.total.value).toBe(beforeA + 1);
    expect(
      (await getAs(VictimStatisticsSchema, payoke, '/api/statistics/victims?groupBy=centre')).table.total
        .value,
    ).toBe(beforeB);
    const g = await getAs(
      VictimStatisticsSchema,
      pagasa,
      '/api/statistics/victims?groupBy=nationalityGroup&by2=gender',
    );
    // The factory's person: a Romanian man → other EU, male (15 + 1 in PAG-ASA's figures).
    expect(g.table.cells[g.table.rows.indexOf('other_eu')]![g.table.columns!.indexOf('male')]!.value).toBe(1);
  });
});
