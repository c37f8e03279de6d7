import { sql, type SQL } from 'drizzle-orm';
import {
  AGE_BANDS,
  EXPLOITATION_FORMS,
  GENDERS,
  JUDICIAL_DISTRICTS,
  NATIONALITY_GROUPS,
  REGIONS,
  AGE_GROUPS,
  ISIC_SECTIONS,
  SECTOR_ISIC_SECTION,
  SIGNAL_SECTORS,
  VICTIM_STATUSES,
  type SignalStatDimension,
  type VictimStatDimension,
} from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
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

/**
 * The organisation's own records (alias `r`): those it made or holds (owner) or handles (referred
 * to it). Shares and break-glass are access for a purpose, not the organisation's caseload.
 */
function ownRecords(recordType: 'signal' | 'victim_file'): (actor: Actor) => SQL {
  return (actor) => {
    if (actor.kind !== 'user') {
      return sql`false`;
    }
    return sql`r.id IN (
      SELECT ra.record_id FROM record_access ra
      WHERE ra.record_type = ${recordType} AND ra.organisation_id = ${actor.organisationId}
        AND ra.relationship IN ('owner', 'referred')
        AND ra.revoked_at IS NULL AND (ra.expires_at IS NULL OR ra.expires_at > now()))`;
  };
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

/** ISIC section of the signal's sector (the mapping is data: `SECTOR_ISIC_SECTION`). */
const ISIC_EXPR = sql`CASE r.sector ${sql.join(
  Object.entries(SECTOR_ISIC_SECTION).flatMap(([sector, section]) => (section === null ? [] : [sql`WHEN ${sector} THEN ${section}`])),
  sql` `,
)} ELSE 'unknown' END`;

export const signalSource: StatSource<SignalStatDimension> = {
  from: sql`signals r
    LEFT JOIN countries c ON c.code = r.nationality
    LEFT JOIN judicial_districts jd ON jd.code = r.judicial_district
    LEFT JOIN municipalities m ON m.nis_code = r.municipality`,
  registeredAt: SIGNAL_REGISTERED,
  dimensions: {
    form: { expr: (a) => sql`${sql.identifier(a)}.v`, lateral: unnestForms, keys: [...EXPLOITATION_FORMS, 'unspecified'] },
    sector: { expr: () => sql`coalesce(r.sector, 'unknown')`, keys: [...SIGNAL_SECTORS, 'unknown'] },
    isicSection: { expr: () => ISIC_EXPR, keys: [...ISIC_SECTIONS, 'unknown'] },
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
  organisationScope: ownRecords('signal'),
};

// --- victims ----------------------------------------------------------------------------------

/** A victim file is registered when the centre opens it (Belgian time). */
const VICTIM_REGISTERED = sql`(r.created_at AT TIME ZONE 'Europe/Brussels')`;

/** Phases that follow the magistrate's confirmation: the person is an identified victim then. */
export const IDENTIFIED_PHASES = BELGIAN_PROCEDURE.phases.filter((p) => p.order >= 2).map((p) => p.code);

const identifiedPhases = sql`ARRAY[${sql.join(
  IDENTIFIED_PHASES.map((c) => sql`${c}`),
  sql`, `,
)}]::text[]`;

/**
 * Victims = victim files (a person accompanied by a centre). Gender, age band and nationality are
 * the non-identifying context on the signal the file came from (the file holds identity only
 * encrypted); the centre is the file's current owner; the referral source is who made the signal.
 */
export const victimSource: StatSource<VictimStatDimension> = {
  from: sql`victim_files r
    LEFT JOIN signals s ON s.id = r.signal_id
    LEFT JOIN countries c ON c.code = s.nationality
    LEFT JOIN judicial_districts jd ON jd.code = coalesce(r.judicial_district, s.judicial_district)
    LEFT JOIN municipalities m ON m.nis_code = s.municipality
    LEFT JOIN organisations ro ON ro.id = s.reporting_organisation_id
    LEFT JOIN procedures p ON p.victim_file_id = r.id`,
  registeredAt: VICTIM_REGISTERED,
  dimensions: {
    form: { expr: (a) => sql`${sql.identifier(a)}.v`, lateral: unnestForms, keys: [...EXPLOITATION_FORMS, 'unspecified'] },
    mainForm: {
      expr: () => sql`CASE cardinality(r.forms) WHEN 0 THEN 'unspecified' WHEN 1 THEN r.forms[1] ELSE 'multiple' END`,
      keys: [...EXPLOITATION_FORMS, 'multiple', 'unspecified'],
    },
    gender: { expr: () => sql`coalesce(s.gender, 'unknown')`, keys: GENDERS },
    ageBand: { expr: () => sql`coalesce(s.age_band, 'unknown')`, keys: AGE_BANDS },
    ageGroup: { expr: () => sql`CASE r.minor WHEN 'yes' THEN 'minor' WHEN 'no' THEN 'adult' ELSE 'unknown' END`, keys: AGE_GROUPS },
    nationalityGroup: {
      expr: () => sql`CASE WHEN s.nationality IS NULL THEN 'unknown' WHEN s.nationality = 'BE' THEN 'belgian' WHEN c.eu THEN 'other_eu' ELSE 'non_eu' END`,
      keys: NATIONALITY_GROUPS,
    },
    nationality: { expr: () => sql`coalesce(s.nationality, 'unknown')` },
    referralSource: {
      expr: () => sql`CASE WHEN s.id IS NULL THEN 'unknown' WHEN s.kind = 'anonymous' THEN 'anonymous' WHEN s.kind = 'public_report' THEN 'public_report' ELSE coalesce(ro.type, 'unknown') END`,
    },
    district: { expr: () => sql`coalesce(r.judicial_district, s.judicial_district, 'unknown')`, keys: [...JUDICIAL_DISTRICTS, 'unknown'] },
    region: { expr: () => REGION_EXPR, keys: [...REGIONS, 'unknown'] },
    // The owning centre (a subquery, so that queries not grouped by centre do not pay for it).
    centre: {
      expr: () => sql`coalesce((
        SELECT coalesce(co.short_name, co.name) FROM record_access ra JOIN organisations co ON co.id = ra.organisation_id
        WHERE ra.record_type = 'victim_file' AND ra.record_id = r.id AND ra.relationship = 'owner' AND ra.revoked_at IS NULL
        ORDER BY ra.granted_at DESC, ra.id LIMIT 1), 'unknown')`,
    },
    status: {
      expr: () => sql`CASE WHEN p.phase = ANY(${identifiedPhases}) OR EXISTS (
        SELECT 1 FROM procedure_events pe WHERE pe.procedure_id = p.id AND pe.to_phase = ANY(${identifiedPhases})) THEN 'identified' ELSE 'presumed' END`,
      keys: VICTIM_STATUSES,
    },
    month: { expr: () => sql`to_char(${VICTIM_REGISTERED}, 'YYYY-MM')` },
    year: { expr: () => sql`to_char(${VICTIM_REGISTERED}, 'YYYY')` },
  },
  organisationScope: ownRecords('victim_file'),
};

/** Filters a statistics query may carry; outward callers only get the predefined ones. */
export interface StatFilters {
  from?: string;
  to?: string;
  year?: number;
  region?: string;
  kind?: string;
}

export function filterConditions<D extends string>(source: StatSource<D> & { dimensions: { region: DimensionSql; kind?: DimensionSql } }, f: StatFilters): SQL[] {
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
    if (!source.dimensions.kind) {
      throw new Error('this source has no kind');
    }
    out.push(sql`(${source.dimensions.kind.expr('kind')}) = ${f.kind}`);
  }
  return out;
}

/** Records whose value of a dimension is `value` (multi-valued dimensions: one of their values). */
export function dimensionIs<D extends string>(source: StatSource<D>, dim: D, value: string): SQL {
  const d = source.dimensions[dim];
  if (d.lateral) {
    return sql`EXISTS (SELECT 1 FROM (SELECT 1) one ${d.lateral('f')} WHERE ${d.expr('f')} = ${value})`;
  }
  return sql`(${d.expr(dim)}) = ${value}`;
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
