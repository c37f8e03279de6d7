import { sql, type SQL } from 'drizzle-orm';
import {
  CHAIN_DURATIONS,
  type ChainDuration,
  type ChainPerformance,
  type DurationFigure,
  type StatTable,
} from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { type CountRow, victimSource } from './statistics.repo.ts';
import {
  NOT_CONTROLLED,
  OUTWARD_K,
  axisKeys,
  protectedToTable,
  publishOutward,
  rawTable,
  toMatrix,
  type Axes,
} from './stat-table.ts';
import { presentFilters } from './statistics.service.ts';

/**
 * The chain's performance: lead times (median and 90th percentile, `percentile_cont`), referrals
 * waiting for an answer, running procedures by phase, documents issued by type and procedures
 * ended by reason. Internal figures: the organisation's own files and referrals; outward:
 * everything, lead times withheld below k records and the tables disclosure-controlled.
 */

/** Days in Belgian time for a year filter on a timestamp or date expression. */
const inYear = (expr: SQL, year: number | undefined): SQL =>
  year === undefined ? sql`true` : sql`extract(year FROM ${expr}) = ${year}`;
const brussels = (col: SQL) => sql`(${col} AT TIME ZONE 'Europe/Brussels')`;

/** Which records an actor's figures cover: null = national (outward). */
type Scope = { actor: Actor } | null;

/** Victim files in scope (alias `r` = victim_files). */
const fileScope = (scope: Scope): SQL =>
  scope === null ? sql`true` : victimSource.organisationScope(scope.actor);

/** Referrals the organisation sent or received (alias `rf`). */
const referralScope = (scope: Scope): SQL => {
  if (scope === null) {
    return sql`true`;
  }
  if (scope.actor.kind !== 'user') {
    return sql`false`;
  }
  return sql`(rf.from_organisation_id = ${scope.actor.organisationId} OR rf.to_organisation_id = ${scope.actor.organisationId})`;
};

interface DurationRow {
  n: number | string;
  median: number | string | null;
  p90: number | string | null;
}

function durationQuery(measure: ChainDuration, scope: Scope, year: number | undefined): SQL {
  const stats = (days: SQL) => sql`count(*)::int AS n,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}) AS median,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days}) AS p90`;
  switch (measure) {
    case 'signalToReferral':
      // From the signal to its first referral (cohort: signals first referred in the year).
      return sql`SELECT ${stats(sql`extract(epoch FROM (q.first_sent - q.created_at)) / 86400.0`)} FROM (
          SELECT s.id, s.created_at, min(rf.sent_at) AS first_sent
          FROM referrals rf JOIN signals s ON rf.source_type = 'signal' AND s.id = rf.source_id
          WHERE ${referralScope(scope)}
          GROUP BY s.id, s.created_at) q
        WHERE ${inYear(brussels(sql`q.first_sent`), year)}`;
    case 'referralToAcceptance':
      return sql`SELECT ${stats(sql`extract(epoch FROM (rf.responded_at - rf.sent_at)) / 86400.0`)}
        FROM referrals rf
        WHERE rf.status = 'accepted' AND rf.responded_at IS NOT NULL AND ${referralScope(scope)} AND ${inYear(brussels(sql`rf.sent_at`), year)}`;
    case 'acceptanceToFirstDocument':
      // From the file's opening (the centre accepts the person) to the first residence document.
      return sql`SELECT ${stats(sql`(q.first_issued - q.opened_on)::numeric`)} FROM (
          SELECT r.id, ${brussels(sql`r.created_at`)}::date AS opened_on, min(pr.issued_on) AS first_issued
          FROM victim_files r JOIN procedure_requests pr ON pr.victim_file_id = r.id AND pr.kind = 'document' AND pr.status = 'done' AND pr.issued_on IS NOT NULL
          WHERE ${fileScope(scope)}
          GROUP BY r.id, r.created_at) q
        WHERE ${inYear(sql`q.opened_on`, year)}`;
  }
}

const round2 = (v: number | string | null): number | null =>
  v === null ? null : Math.round(Number(v) * 100) / 100;

export async function leadTimes(
  tx: Executor,
  scope: Scope,
  year: number | undefined,
): Promise<DurationFigure[]> {
  const out: DurationFigure[] = [];
  for (const measure of CHAIN_DURATIONS) {
    const [row] = await queryRows<DurationRow & Record<string, unknown>>(
      tx,
      durationQuery(measure, scope, year),
    );
    const n = Number(row?.n ?? 0);
    // Outward: a median over fewer than k people describes those people; withheld.
    const withheld = scope === null && n > 0 && n < OUTWARD_K;
    out.push(
      withheld
        ? { measure, n: null, medianDays: null, p90Days: null, suppressed: 'primary' }
        : {
            measure,
            n,
            medianDays: round2(row?.median ?? null),
            p90Days: round2(row?.p90 ?? null),
            suppressed: null,
          },
    );
  }
  return out;
}

async function countRows(tx: Executor, query: SQL): Promise<CountRow[]> {
  const rows = await queryRows<{ a: string; n: number | string }>(tx, query);
  return rows.map((r) => ({ a: r.a, b: null, n: Number(r.n) }));
}

const PHASES = [...BELGIAN_PROCEDURE.phases].sort((a, b) => a.order - b.order).map((p) => p.code);
const DOCUMENTS = [...BELGIAN_PROCEDURE.phases]
  .sort((a, b) => a.order - b.order)
  .flatMap((p) => (p.document ? [p.document.code] : []));
const END_REASONS = BELGIAN_PROCEDURE.endReasons.map((r) => r.code);

/** The 1-D tables of the chain; `year` applies to documents and ends (flows), not to current state. */
export const CHAIN_TABLES = {
  unansweredReferrals: {
    keys: ['within_deadline', 'overdue'],
    query: (scope: Scope) =>
      sql`SELECT CASE WHEN rf.answer_due_at < now() THEN 'overdue' ELSE 'within_deadline' END AS a, count(*)::int AS n
          FROM referrals rf WHERE rf.status = 'sent' AND ${referralScope(scope)} GROUP BY 1`,
    yearly: false,
  },
  proceduresByPhase: {
    keys: PHASES,
    query: (scope: Scope) =>
      sql`SELECT p.phase AS a, count(*)::int AS n FROM procedures p JOIN victim_files r ON r.id = p.victim_file_id
          WHERE p.status = 'running' AND ${fileScope(scope)} GROUP BY 1`,
    yearly: false,
  },
  documentsByType: {
    keys: DOCUMENTS,
    query: (scope: Scope, year?: number) =>
      sql`SELECT pr.document_code AS a, count(*)::int AS n FROM procedure_requests pr JOIN victim_files r ON r.id = pr.victim_file_id
          WHERE pr.kind = 'document' AND pr.status = 'done' AND pr.issued_on IS NOT NULL AND pr.document_code IS NOT NULL
            AND ${fileScope(scope)} AND ${inYear(sql`pr.issued_on`, year)} GROUP BY 1`,
    yearly: true,
  },
  endsByReason: {
    keys: END_REASONS,
    query: (scope: Scope, year?: number) =>
      sql`SELECT coalesce(p.end_reason, 'unknown') AS a, count(*)::int AS n FROM procedures p JOIN victim_files r ON r.id = p.victim_file_id
          WHERE p.status = 'ended' AND p.ended_on IS NOT NULL AND ${fileScope(scope)} AND ${inYear(sql`p.ended_on`, year)} GROUP BY 1`,
    yearly: true,
  },
} as const;
type ChainTable = keyof typeof CHAIN_TABLES;

async function chainTable(
  tx: Executor,
  name: ChainTable,
  scope: Scope,
  year: number | undefined,
): Promise<StatTable> {
  const def = CHAIN_TABLES[name];
  const meta = { rowDimension: name, columnDimension: null, multiValued: false };
  const filtered = await countRows(tx, def.query(scope, year));
  if (scope !== null) {
    const axes: Axes = {
      rows: axisKeys(
        def.keys,
        filtered.map((r) => r.a),
      ),
      columns: null,
    };
    return rawTable(toMatrix(filtered, axes), axes, meta);
  }
  // Outward: axes from the unfiltered counts, the year version protected against them.
  const base = def.yearly && year !== undefined ? await countRows(tx, def.query(scope, undefined)) : filtered;
  const axes: Axes = {
    rows: axisKeys(
      def.keys,
      base.map((r) => r.a),
    ),
    columns: null,
  };
  const filters = def.yearly && year !== undefined ? (['year'] as const) : ([] as const);
  const published = await publishOutward({
    filters,
    oneD: true,
    options: { k: OUTWARD_K, method: 'suppress' },
    countsFor: async (subset) => toMatrix(subset.length === 0 ? base : filtered, axes),
  });
  return protectedToTable(published, axes, meta);
}

async function chainPerformance(
  tx: Executor,
  scope: Scope,
  year: number | undefined,
): Promise<ChainPerformance> {
  return {
    scope: scope === null ? 'national' : 'organisation',
    filters: presentFilters({ year }),
    disclosure:
      scope === null
        ? {
            controlled: true,
            method: 'suppress',
            k: OUTWARD_K,
            zerosPublished: true,
            protectedAgainst: year === undefined ? [] : ['year'],
          }
        : NOT_CONTROLLED,
    durations: await leadTimes(tx, scope, year),
    unansweredReferrals: await chainTable(tx, 'unansweredReferrals', scope, year),
    proceduresByPhase: await chainTable(tx, 'proceduresByPhase', scope, year),
    documentsByType: await chainTable(tx, 'documentsByType', scope, year),
    endsByReason: await chainTable(tx, 'endsByReason', scope, year),
  };
}

/** The organisation's own chain figures (files it holds, referrals it sent or received). */
export function getInternalChainPerformance(
  tx: Executor,
  actor: Actor,
  q: { year?: number | undefined },
): Promise<ChainPerformance> {
  return chainPerformance(tx, { actor }, q.year);
}

/** National chain figures, disclosure-controlled. */
export function getOutwardChainPerformance(
  tx: Executor,
  q: { year?: number | undefined },
): Promise<ChainPerformance> {
  return chainPerformance(tx, null, q.year);
}
