import { sql, type SQL } from 'drizzle-orm';
import {
  AGE_BANDS,
  EXPLOITATION_FORMS,
  GENDERS,
  JUDICIAL_DISTRICTS,
  NATIONALITY_GROUPS,
  REGIONS,
  SIGNAL_SECTORS,
  type SignalStatDimension,
} from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { SIGNAL_KINDS } from '../signals/signal.schema.ts';

/**
 * The query layer of the statistics: a *source* is a table of records (signals today, victim
 * files next) with, per dimension, the SQL that puts a record in a cell. Counting is one GROUP BY
 * over one or two dimensions; multi-valued dimensions (forms) unnest through a LATERAL join, so
 * a record counts once per value. Only counts leave this file, never a record.
 */
export interface DimensionSql {
  /** The cell key of a record (text), using the alias of its lateral join when there is one. */
  expr: (alias: string) => SQL;
  /** A LATERAL join that yields one row per value, exposed as `<alias>.v`. */
  lateral?: (alias: string) => SQL;
  /** The keys always listed, in order (a dashboard gets stable rows); data-driven when absent. */
  keys?: readonly string[];
}

export interface StatSource<D extends string> {
  /** FROM clause with the joins the dimensions need (record alias `r`). */
  from: SQL;
  dimensions: Record<D, DimensionSql>;
  /** The record's registration date in Belgian time, for periods. */
  registeredAt: SQL;
  /** Internal scope: the records the actor's organisation holds (owner or referred grant). */
  organisationScope(actor: Actor): SQL;
}

/** Belgian time: a signal made at 00:30 on 1 January belongs to the new year. */
const SIGNAL_REGISTERED = sql`(r.created_at AT TIME ZONE 'Europe/Brussels')`;

const unnestForms = (alias: string) =>
  sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(r.forms) = 0 THEN ARRAY['unspecified']::text[] ELSE r.forms END) AS ${sql.identifier(alias)}(v)`;

/**
 * Region of a signal: the municipality's region when known, else the judicial district's when the
 * district lies in one region only; Brussels straddles two regions and stays `unknown` then.
 */
const REGION_EXPR = sql`CASE WHEN m.region_code IS NOT NULL THEN m.region_code WHEN cardinality(jd.regions) = 1 THEN jd.regions[1] ELSE 'unknown' END`;

export const signalSource: StatSource<SignalStatDimension> = {
  from: sql`signals r
    LEFT JOIN countries c ON c.code = r.nationality
    LEFT JOIN judicial_districts jd ON jd.code = r.judicial_district
    LEFT JOIN municipalities m ON m.nis_code = r.municipality`,
  registeredAt: SIGNAL_REGISTERED,
  dimensions: {
    form: { expr: (a) => sql`${sql.identifier(a)}.v`, lateral: unnestForms, keys: [...EXPLOITATION_FORMS, 'unspecified'] },
    sector: { expr: () => sql`coalesce(r.sector, 'unknown')`, keys: [...SIGNAL_SECTORS, 'unknown'] },
    gender: { expr: () => sql`coalesce(r.gender, 'unknown')`, keys: GENDERS },
    ageBand: { expr: () => sql`coalesce(r.age_band, 'unknown')`, keys: AGE_BANDS },
    minor: { expr: () => sql`r.minor`, keys: ['yes', 'no', 'unsure'] },
    nationalityGroup: {
      expr: () => sql`CASE WHEN r.nationality IS NULL THEN 'unknown' WHEN r.nationality = 'BE' THEN 'belgian' WHEN c.eu THEN 'other_eu' ELSE 'non_eu' END`,
      keys: NATIONALITY_GROUPS,
    },
    nationality: { expr: () => sql`coalesce(r.nationality, 'unknown')` },
    district: { expr: () => sql`coalesce(r.judicial_district, 'unknown')`, keys: [...JUDICIAL_DISTRICTS, 'unknown'] },
    region: { expr: () => REGION_EXPR, keys: [...REGIONS, 'unknown'] },
    kind: { expr: () => sql`r.kind`, keys: SIGNAL_KINDS },
    month: { expr: () => sql`to_char(${SIGNAL_REGISTERED}, 'YYYY-MM')` },
    year: { expr: () => sql`to_char(${SIGNAL_REGISTERED}, 'YYYY')` },
  },
  organisationScope: (actor) => {
    if (actor.kind !== 'user') {
      return sql`false`;
    }
    // The organisation's own records: those it made (owner) or handles (referred to it). Shares
    // and break-glass are access for a purpose, not the organisation's caseload.
    return sql`r.id IN (
      SELECT ra.record_id FROM record_access ra
      WHERE ra.record_type = 'signal' AND ra.organisation_id = ${actor.organisationId}
        AND ra.relationship IN ('owner', 'referred')
        AND ra.revoked_at IS NULL AND (ra.expires_at IS NULL OR ra.expires_at > now()))`;
  },
};

/** Filters a statistics query may carry; outward callers only get the predefined ones. */
export interface StatFilters {
  from?: string;
  to?: string;
  year?: number;
  region?: string;
  kind?: string;
}

export function filterConditions<D extends string>(source: StatSource<D> & { dimensions: Record<'region' | 'kind', DimensionSql> }, f: StatFilters): SQL[] {
  const out: SQL[] = [];
  if (f.from !== undefined) {
    out.push(sql`${source.registeredAt}::date >= ${f.from}::date`);
  }
  if (f.to !== undefined) {
    out.push(sql`${source.registeredAt}::date <= ${f.to}::date`);
  }
  if (f.year !== undefined) {
    out.push(sql`extract(year FROM ${source.registeredAt}) = ${f.year}`);
  }
  if (f.region !== undefined) {
    out.push(sql`(${source.dimensions.region.expr('region')}) = ${f.region}`);
  }
  if (f.kind !== undefined) {
    out.push(sql`(${source.dimensions.kind.expr('kind')}) = ${f.kind}`);
  }
  return out;
}

export interface CountRow {
  a: string;
  b: string | null;
  n: number;
}

/** Counts records by one or two dimensions. */
export async function countBy<D extends string>(tx: Executor, source: StatSource<D>, dims: readonly [D] | readonly [D, D], where: readonly SQL[]): Promise<CountRow[]> {
  const [d1, d2] = dims;
  const dim1 = source.dimensions[d1];
  const dim2 = d2 === undefined ? undefined : source.dimensions[d2];
  const laterals = [dim1.lateral?.('d1') ?? sql``, dim2?.lateral?.('d2') ?? sql``];
  const cond = where.length > 0 ? sql.join([...where], sql` AND `) : sql`true`;
  const rows = await queryRows<{ a: string; b: string | null; n: number | string }>(
    tx,
    sql`SELECT a, b, count(*)::int AS n FROM (
          SELECT ${dim1.expr('d1')} AS a, ${dim2 ? dim2.expr('d2') : sql`NULL::text`} AS b
          FROM ${source.from} ${laterals[0]} ${laterals[1]}
          WHERE ${cond}) q
        GROUP BY a, b`,
  );
  return rows.map((r) => ({ a: r.a, b: r.b, n: Number(r.n) }));
}
