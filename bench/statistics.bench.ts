import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq, sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { DASHBOARD_FIGURES } from '@keten/shared/exports';
import { OFFICIAL_TABLES, SECTOR_ISIC_SECTION, type OfficialTableKey, type SignalStatDimension, type VictimStatDimension } from '@keten/shared';
import type { Actor } from '../apps/server/src/access/actor.ts';
import { loadConfig } from '../apps/server/src/config/config.ts';
import { createAppCrypto } from '../apps/server/src/crypto/app-crypto.ts';
import { openDatabase, type Database } from '../apps/server/src/db/client.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import type { Db, Tx } from '../apps/server/src/db/types.ts';
import { generateStatisticsData } from '../apps/server/src/demo/generate.ts';
import { demoOrganisationId, demoUserId, seedDemoData } from '../apps/server/src/demo/seed.ts';
import { externalDatasets } from '../apps/server/src/external-datasets/external-dataset.schema.ts';
import { importCtdc } from '../apps/server/src/external-datasets/external-dataset.service.ts';
import { loadSecrets } from '../apps/server/src/lib/secrets.ts';
import { buildOfficialTable } from '../apps/server/src/statistics/official-tables.ts';
import { getInternalChainPerformance, getOutwardChainPerformance } from '../apps/server/src/statistics/chain.service.ts';
import { getInternalSignalStatistics, getOutwardSignalStatistics } from '../apps/server/src/statistics/statistics.service.ts';
import { getInternalVictimStatistics, getOutwardVictimStatistics } from '../apps/server/src/statistics/victims.service.ts';
import type { Benchmark, BenchResult } from './harness.ts';
import { round } from './harness.ts';

/*
 * Statistics at volume. The data comes from the generator (`demo generate`): at --scale 1,
 * 1,000,000 signals and 200,000 victim files on PostgreSQL, 100,000 signals and 20,000 files on
 * PGlite — far above Belgian volumes, to show headroom. Measured through the real services, as
 * the routes call them (one REPEATABLE READ snapshot per figure):
 * - the dashboard: every figure the web dashboard loads — signals (DASHBOARD_FIGURES, also what
 *   the PDF report draws), victims (VICTIM_FIGURES) and the chain panel — outward (national,
 *   disclosure-controlled) and internal (one organisation's own);
 * - each figure against the same aggregate in hand-written SQL, as a ratio (what the service adds:
 *   scope, axes, margins, disclosure control);
 * - each official table (Myria, Eurostat, SDG 16.2.2, Immigration Office) for the previous year,
 *   outward, against its raw counts in hand-written SQL;
 * - the CTDC sample import (rows per second, the shared sample repeated to a measurable size).
 * Budgets are for scale 1 and scaled linearly below it (with a floor); pass/fail is in the JSON.
 */

/**
 * Budgets at scale 1, in milliseconds: the whole dashboard (signals, victims and the chain panel,
 * 27 figures one after the other; the browser loads them in parallel).
 */
const BUDGET_MS = {
  postgresql: { outwardDashboard: 30_000, internalDashboard: 15_000 },
  pglite: { outwardDashboard: 30_000, internalDashboard: 15_000 },
} as const;
/** Each official table for one year (outward: also the other years, for the differencing protection). */
const OFFICIAL_BUDGET_MS = { postgresql: 8_000, pglite: 8_000 } as const;
const BUDGET_FLOOR_MS = 1_500;
const REPEATS = 3;

/** The same counts as each dashboard figure, written by hand (no axes, no protection). */
function handSql(groupBy: SignalStatDimension, by2: SignalStatDimension | undefined, scope: SQL): SQL {
  const key = (d: SignalStatDimension): SQL => {
    switch (d) {
      case 'form':
        return sql`f.v`;
      case 'sector':
        return sql`coalesce(s.sector, 'unknown')`;
      case 'isicSection':
        return sql`CASE s.sector ${sql.raw(
          Object.entries(SECTOR_ISIC_SECTION)
            .filter(([, section]) => section !== null)
            .map(([sector, section]) => `WHEN '${sector}' THEN '${String(section)}'`)
            .join(' '),
        )} ELSE 'unknown' END`;
      case 'gender':
        return sql`coalesce(s.gender, 'unknown')`;
      case 'ageBand':
        return sql`coalesce(s.age_band, 'unknown')`;
      case 'minor':
        return sql`s.minor`;
      case 'nationalityGroup':
        return sql`CASE WHEN s.nationality IS NULL THEN 'unknown' WHEN s.nationality = 'BE' THEN 'belgian' WHEN c.eu THEN 'other_eu' ELSE 'non_eu' END`;
      case 'nationality':
        return sql`coalesce(s.nationality, 'unknown')`;
      case 'district':
        return sql`coalesce(s.judicial_district, 'unknown')`;
      case 'region':
        return sql`CASE WHEN m.region_code IS NOT NULL THEN m.region_code WHEN cardinality(jd.regions) = 1 THEN jd.regions[1] ELSE 'unknown' END`;
      case 'kind':
        return sql`s.kind`;
      case 'month':
        return sql`to_char(s.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM')`;
      case 'year':
        return sql`to_char(s.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY')`;
    }
  };
  const dims = [groupBy, ...(by2 ? [by2] : [])];
  const joins = [
    dims.includes('form') ? sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(s.forms) = 0 THEN ARRAY['unspecified']::text[] ELSE s.forms END) f(v)` : sql``,
    dims.includes('nationalityGroup') ? sql`LEFT JOIN countries c ON c.code = s.nationality` : sql``,
    dims.includes('region') ? sql`LEFT JOIN municipalities m ON m.nis_code = s.municipality LEFT JOIN judicial_districts jd ON jd.code = s.judicial_district` : sql``,
  ];
  const keys = sql.join(dims.map((d) => key(d)), sql`, `);
  return sql`SELECT ${keys}, count(*) FROM signals s ${sql.join(joins, sql` `)} WHERE ${scope} GROUP BY ${sql.join(dims.map((_, i) => sql.raw(String(i + 1))), sql`, `)}`;
}

/**
 * The raw counts each official table is built from, for one year, in one hand-written statement
 * (GROUPING SETS over the pairs the table publishes; no axes, no complement, no protection).
 */
function officialHandSql(table: OfficialTableKey, year: number): SQL {
  const files = sql`FROM victim_files r LEFT JOIN signals s ON s.id = r.signal_id LEFT JOIN countries c ON c.code = s.nationality
    WHERE extract(year FROM r.created_at AT TIME ZONE 'Europe/Brussels') = ${year}`;
  const mainForm = sql`CASE cardinality(r.forms) WHEN 0 THEN 'unspecified' WHEN 1 THEN r.forms[1] ELSE 'multiple' END`;
  const gender = sql`coalesce(s.gender, 'unknown')`;
  const ageGroup = sql`CASE r.minor WHEN 'yes' THEN 'minor' WHEN 'no' THEN 'adult' ELSE 'unknown' END`;
  const natGroup = sql`CASE WHEN s.nationality IS NULL THEN 'unknown' WHEN s.nationality = 'BE' THEN 'belgian' WHEN c.eu THEN 'other_eu' ELSE 'non_eu' END`;
  switch (table) {
    case 'myria_key_figures':
    case 'eurostat_registered_victims':
      return sql`SELECT ${mainForm} AS f, ${gender} AS g, ${ageGroup} AS a, ${natGroup} AS n, count(*) ${files}
        GROUP BY GROUPING SETS ((1), (2), (3), (4), (1, 2), (1, 3), (1, 4), ())`;
    case 'sdg_16_2_2':
      return sql`SELECT CASE WHEN cardinality(jd.regions) = 1 THEN jd.regions[1] ELSE 'unknown' END AS region, count(*)
        FROM victim_files r LEFT JOIN judicial_districts jd ON jd.code = r.judicial_district
        WHERE extract(year FROM r.created_at AT TIME ZONE 'Europe/Brussels') = ${year} GROUP BY 1`;
    case 'immigration_office_procedure':
      return sql`SELECT d, count(*) FROM (
          SELECT pr.document_code AS d FROM procedure_requests pr WHERE pr.kind = 'document' AND pr.status = 'done' AND extract(year FROM pr.issued_on) = ${year}
          UNION ALL SELECT coalesce(p.end_reason, 'unknown') FROM procedures p WHERE p.status = 'ended' AND extract(year FROM p.ended_on) = ${year}) x GROUP BY 1`;
  }
}

/**
 * The victims unit of the web dashboard (statistics-page.tsx: per month, per year, one panel per
 * dimension, the default cross table form × gender).
 */
const VICTIM_FIGURES: readonly { id: string; groupBy: VictimStatDimension; by2?: VictimStatDimension }[] = [
  ...(['month', 'year', 'form', 'gender', 'ageBand', 'ageGroup', 'nationalityGroup', 'nationality', 'referralSource', 'district', 'region', 'centre', 'status'] as const).map((d) => ({
    id: `victims_by_${d}`,
    groupBy: d,
  })),
  { id: 'victims_by_form_and_gender', groupBy: 'form', by2: 'gender' },
];

function victimHandSql(groupBy: VictimStatDimension, by2: VictimStatDimension | undefined, scope: SQL): SQL {
  const key = (d: VictimStatDimension): SQL => {
    switch (d) {
      case 'form':
        return sql`f.v`;
      case 'mainForm':
        return sql`CASE cardinality(r.forms) WHEN 0 THEN 'unspecified' WHEN 1 THEN r.forms[1] ELSE 'multiple' END`;
      case 'gender':
        return sql`coalesce(s.gender, 'unknown')`;
      case 'ageBand':
        return sql`coalesce(s.age_band, 'unknown')`;
      case 'ageGroup':
        return sql`CASE r.minor WHEN 'yes' THEN 'minor' WHEN 'no' THEN 'adult' ELSE 'unknown' END`;
      case 'nationalityGroup':
        return sql`CASE WHEN s.nationality IS NULL THEN 'unknown' WHEN s.nationality = 'BE' THEN 'belgian' WHEN c.eu THEN 'other_eu' ELSE 'non_eu' END`;
      case 'nationality':
        return sql`coalesce(s.nationality, 'unknown')`;
      case 'referralSource':
        return sql`CASE WHEN s.id IS NULL THEN 'unknown' WHEN s.kind <> 'professional' THEN s.kind ELSE coalesce(ro.type, 'unknown') END`;
      case 'district':
        return sql`coalesce(r.judicial_district, s.judicial_district, 'unknown')`;
      case 'region':
        return sql`CASE WHEN cardinality(jd.regions) = 1 THEN jd.regions[1] ELSE 'unknown' END`;
      case 'centre':
        return sql`coalesce(ow.organisation_id::text, 'unknown')`;
      case 'status':
        return sql`CASE WHEN p.phase IN ('provisional_stay', 'temporary_stay', 'permanent_stay') THEN 'identified' ELSE 'presumed' END`;
      case 'month':
        return sql`to_char(r.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM')`;
      case 'year':
        return sql`to_char(r.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY')`;
    }
  };
  const dims = [groupBy, ...(by2 ? [by2] : [])];
  const form = dims.includes('form') ? sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(r.forms) = 0 THEN ARRAY['unspecified']::text[] ELSE r.forms END) f(v)` : sql``;
  return sql`SELECT ${sql.join(dims.map((d) => key(d)), sql`, `)}, count(*)
    FROM victim_files r ${form}
    LEFT JOIN signals s ON s.id = r.signal_id LEFT JOIN countries c ON c.code = s.nationality
    LEFT JOIN organisations ro ON ro.id = s.reporting_organisation_id LEFT JOIN judicial_districts jd ON jd.code = r.judicial_district
    LEFT JOIN procedures p ON p.victim_file_id = r.id
    LEFT JOIN record_access ow ON ow.record_type = 'victim_file' AND ow.record_id = r.id AND ow.relationship = 'owner' AND ow.revoked_at IS NULL
    WHERE ${scope} GROUP BY ${sql.join(dims.map((_, i) => sql.raw(String(i + 1))), sql`, `)}`;
}

const snapshot = <T>(db: Db, fn: (tx: Tx) => Promise<T>) =>
  db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    return fn(tx);
  });

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface Target {
  kind: 'pglite' | 'postgresql';
  database: Database;
  close(): Promise<void>;
}

async function openTarget(kind: 'pglite' | 'postgresql', pgUrl: string | null): Promise<Target> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'keten-bench-stats-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
    return {
      kind,
      database,
      close: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!pgUrl) {
    throw new Error('no PostgreSQL');
  }
  const name = `keten_bench_statistics_${String(process.pid)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgresql', url: url.toString(), poolSize: 4 });
  return {
    kind,
    database,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: pgUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** The CTDC sample, its data rows repeated `times` (one header): a realistic file of a chosen size. */
function ctdcFile(times: number): { text: string; rows: number } {
  const sample = readFileSync('/work/shared/reference/ctdc_k_anon_sample.csv', 'utf8');
  const nl = sample.indexOf('\n');
  const header = sample.slice(0, nl + 1);
  const body = sample.slice(nl + 1).replace(/\n*$/, '\n');
  const rows = body.split('\n').filter((l) => l.trim() !== '').length;
  return { text: header + body.repeat(times), rows: rows * times };
}

export const statisticsBench: Benchmark = async (ctx) => {
  const out: BenchResult[] = [];
  const targets: ('pglite' | 'postgresql')[] = ctx.pgUrl ? ['postgresql', 'pglite'] : ['pglite'];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-bench-secrets-'));
  const config = loadConfig({ NODE_ENV: 'test', KETEN_DATA_DIR: dataDir, LOG_LEVEL: 'silent', KETEN_DEMO: 'true' });
  const crypto = createAppCrypto(loadSecrets(config, () => undefined));
  try {
    for (const kind of targets) {
      const perScale = kind === 'postgresql' ? { signals: 1_000_000, files: 200_000 } : { signals: 100_000, files: 20_000 };
      const signals = Math.max(2_000, Math.round(perScale.signals * ctx.scale));
      const files = Math.max(400, Math.round(perScale.files * ctx.scale));
      const target = await openTarget(kind, ctx.pgUrl);
      try {
        const db = target.database.db;
        await runMigrations(target.database);
        await seedDemoData(db, crypto);
        ctx.log(`${kind}: generating ${signals} signals and ${files} victim files`);
        const genMs = await timed(() => generateStatisticsData(db, { signals, files, seed: 0.42 }));
        await db.execute(sql`ANALYZE`);
        ctx.log(`${kind}: generated in ${round(genMs / 1000, 1)} s`);

        // The internal view: a federal police THB unit (owner of a share of the generated signals).
        const actor: Actor = { kind: 'user', userId: demoUserId('investigator'), organisationId: demoOrganisationId('fgp-brussel-thb'), organisationType: 'federal_police_thb', roles: ['police_investigator'], sessionId: null };
        const internalScope = sql`s.id IN (SELECT record_id FROM record_access WHERE record_type = 'signal' AND organisation_id = ${actor.organisationId}
          AND relationship IN ('owner', 'referred') AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()))`;

        const metrics: Record<string, number> = { signals, files, generateSeconds: round(genMs / 1000, 2), generateRowsPerSecond: Math.round(signals / (genMs / 1000)) };
        const ratios: Record<string, number> = {};
        const notes: string[] = [];
        // The victims view of a centre (its own files), as a centre caseworker sees it.
        const centreActor: Actor = { kind: 'user', userId: demoUserId('caseworker'), organisationId: demoOrganisationId('centre-pagasa'), organisationType: 'specialised_centre', roles: ['centre_caseworker'], sessionId: null };
        const centreScope = sql`r.id IN (SELECT record_id FROM record_access WHERE record_type = 'victim_file' AND organisation_id = ${centreActor.organisationId}
          AND relationship IN ('owner', 'referred') AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()))`;
        type Figure = { id: string; service: (tx: Tx) => Promise<unknown>; hand: SQL | null };
        const figuresFor = (audience: 'outward' | 'internal'): Figure[] => [
          ...DASHBOARD_FIGURES.map((f) => {
            const by2 = 'by2' in f ? f.by2 : undefined;
            const q = { groupBy: f.groupBy, ...(by2 ? { by2 } : {}) };
            return {
              id: f.id,
              service: (tx: Tx) => (audience === 'outward' ? getOutwardSignalStatistics(tx, { ...q, method: 'suppress' }) : getInternalSignalStatistics(tx, actor, q)),
              hand: handSql(f.groupBy, by2, audience === 'outward' ? sql`true` : internalScope),
            };
          }),
          ...VICTIM_FIGURES.map((f) => {
            const q = { groupBy: f.groupBy, ...(f.by2 ? { by2: f.by2 } : {}) };
            return {
              id: f.id,
              service: (tx: Tx) => (audience === 'outward' ? getOutwardVictimStatistics(tx, { ...q, method: 'suppress' }) : getInternalVictimStatistics(tx, centreActor, q)),
              hand: victimHandSql(f.groupBy, f.by2, audience === 'outward' ? sql`true` : centreScope),
            };
          }),
          // The chain panel: lead times (percentiles) and procedure figures; no hand-written twin.
          { id: 'chain_performance', service: (tx: Tx) => (audience === 'outward' ? getOutwardChainPerformance(tx, {}) : getInternalChainPerformance(tx, centreActor, {})), hand: null },
        ];
        for (const audience of ['outward', 'internal'] as const) {
          const figures = figuresFor(audience);
          const serviceTotals: number[] = [];
          const sqlTotals: number[] = [];
          const perFigure = new Map<string, { service: number[]; sql: number[] }>();
          for (let rep = 0; rep < REPEATS; rep++) {
            let serviceTotal = 0;
            let sqlTotal = 0;
            for (const f of figures) {
              const serviceMs = await timed(() => snapshot(db, f.service));
              const hand = f.hand;
              const sqlMs = hand ? await timed(() => db.execute(hand)) : 0;
              serviceTotal += serviceMs;
              sqlTotal += hand ? sqlMs : 0;
              const entry = perFigure.get(f.id) ?? { service: [], sql: [] };
              entry.service.push(serviceMs);
              entry.sql.push(sqlMs);
              perFigure.set(f.id, entry);
            }
            serviceTotals.push(serviceTotal);
            sqlTotals.push(sqlTotal);
          }
          const dashboardMs = median(serviceTotals);
          const budgetKey = audience === 'outward' ? 'outwardDashboard' : 'internalDashboard';
          const budget = Math.max(BUDGET_FLOOR_MS, BUDGET_MS[kind][budgetKey] * ctx.scale);
          const chainMs = median(perFigure.get('chain_performance')?.service ?? []);
          metrics[`${audience}DashboardMs`] = round(dashboardMs, 1);
          metrics[`${audience}DashboardHandSqlMs`] = round(median(sqlTotals), 1);
          metrics[`${audience}DashboardBudgetMs`] = round(budget, 0);
          metrics[`${audience}DashboardPass`] = dashboardMs <= budget ? 1 : 0;
          // The ratio compares like with like: the dashboard without the chain panel, which has no twin.
          ratios[`${audience}Dashboard_vs_handSql`] = round((dashboardMs - chainMs) / Math.max(median(sqlTotals), 0.001), 2);
          for (const [id, m] of perFigure) {
            metrics[`${audience}.${id}.ms`] = round(median(m.service), 1);
            if (id !== 'chain_performance') {
              ratios[`${audience}.${id}_vs_handSql`] = round(median(m.service) / Math.max(median(m.sql), 0.001), 2);
            }
          }
          notes.push(`${audience} dashboard: ${String(figures.length)} figures (signals, victims, chain) in ${round(dashboardMs, 0)} ms (median of ${String(REPEATS)}), budget ${round(budget, 0)} ms: ${dashboardMs <= budget ? 'pass' : 'FAIL'}`);
        }
        // Official tables for last year, outward (the published form), each against its raw counts.
        const year = new Date().getUTCFullYear() - 1;
        const official: Record<string, number> = {};
        const officialRatios: Record<string, number> = {};
        const officialNotes: string[] = [];
        for (const table of OFFICIAL_TABLES) {
          const service: number[] = [];
          const hand: number[] = [];
          for (let rep = 0; rep < REPEATS; rep++) {
            service.push(await timed(() => snapshot(db, (tx) => buildOfficialTable(tx, { audience: 'outward' }, { table, period: String(year), method: 'suppress' }))));
            hand.push(await timed(() => db.execute(officialHandSql(table, year))));
          }
          const ms = median(service);
          const budget = Math.max(BUDGET_FLOOR_MS, OFFICIAL_BUDGET_MS[kind] * ctx.scale);
          official[`${table}.ms`] = round(ms, 1);
          official[`${table}.handSqlMs`] = round(median(hand), 1);
          official[`${table}.budgetMs`] = round(budget, 0);
          official[`${table}.pass`] = ms <= budget ? 1 : 0;
          officialRatios[`${table}_vs_handSql`] = round(ms / Math.max(median(hand), 0.001), 2);
          officialNotes.push(`${table} ${String(year)}: ${round(ms, 0)} ms, budget ${round(budget, 0)} ms: ${ms <= budget ? 'pass' : 'FAIL'}`);
        }
        out.push({
          name: 'statistics-official-tables',
          description: 'Each official table (outward, previous calendar year) through buildOfficialTable vs its raw counts in one hand-written GROUPING SETS statement',
          database: kind,
          metrics: official,
          ratios: officialRatios,
          notes: officialNotes,
        });
        out.push({
          name: 'statistics-dashboard',
          description: 'Every figure the web dashboard loads (signals, victims, chain panel) through the statistics services (outward: disclosure-controlled; internal: a police unit for signals, a centre for victims), and the same aggregates in hand-written SQL',
          database: kind,
          metrics,
          ratios,
          notes,
        });

        // CTDC import throughput: the shared sample, repeated, through the import job's function.
        const times = Math.max(1, Math.round(10 * ctx.scale));
        const file = ctdcFile(times);
        const [ds] = await db
          .insert(externalDatasets)
          .values({ kind: 'ctdc', name: 'bench', sourceText: file.text, sourceBytes: Buffer.byteLength(file.text) })
          .returning({ id: externalDatasets.id });
        const importMs = await timed(() => importCtdc(db, ds!.id, async () => undefined));
        const [done] = await db.select().from(externalDatasets).where(eq(externalDatasets.id, ds!.id));
        out.push({
          name: 'statistics-ctdc-import',
          description: `CTDC k-anonymised sample (${String(times)}× the shared file) imported through the import job's function`,
          database: kind,
          metrics: { rowsRead: done?.rowsRead ?? 0, rowsImported: done?.rowsImported ?? 0, rowsRejected: done?.rowsRejected ?? 0, seconds: round(importMs / 1000, 2), rowsPerSecond: Math.round((done?.rowsImported ?? 0) / (importMs / 1000)) },
        });
      } finally {
        await target.close();
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
};
