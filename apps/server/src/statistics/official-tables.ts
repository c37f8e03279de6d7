import { sql, type SQL } from 'drizzle-orm';
import type {
  DisclosureInfo,
  OfficialTable,
  OfficialTableKey,
  StatTable,
  VictimStatDimension,
} from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { statisticsTablesDe } from '@keten/shared/i18n/statistics-tables/de';
import { statisticsTablesEn } from '@keten/shared/i18n/statistics-tables/en';
import { statisticsTablesFr } from '@keten/shared/i18n/statistics-tables/fr';
import { statisticsTablesNl } from '@keten/shared/i18n/statistics-tables/nl';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { protectLinked, type LinkedResult } from './linked.ts';
import { populationFor } from './population.repo.ts';
import { countBy, victimSource, type CountRow } from './statistics.repo.ts';
import { NOT_CONTROLLED, OUTWARD_K, axisKeys, rawTable, toMatrix, type Axes } from './stat-table.ts';

/**
 * The official tables (issue #6): definitions in code, each a set of linked groups (one row
 * dimension crossed with several column dimensions), computed for a calendar year. Reproducible:
 * fixed axes, ordering by key, deterministic protection — the same data give the same table.
 * Outward: protected jointly (linked.ts). Internal (a centre's own files): the counts as they are.
 */

/** Who the table is for: the organisation's own records, unsuppressed, or everyone, protected. */
export type ActorScope = { audience: 'internal'; actor: Actor } | { audience: 'outward' };

export interface OfficialTableParams {
  table: OfficialTableKey;
  /** A calendar year, `YYYY`. */
  period: string;
  method?: 'suppress' | 'round';
}

type Which = 'year' | 'complement';

/** Counts one group's part (rows, or rows × columns) for the year or for all other years. */
type Counter = (
  tx: Executor,
  scope: ActorScope,
  dims: readonly [string] | readonly [string, string],
  year: number,
  which: Which,
) => Promise<CountRow[]>;

interface GroupDef {
  rows: string;
  columns: readonly string[];
  /** What one count is, when the table's groups count different things (they then share no total). */
  unit?: string;
}

interface Definition {
  key: OfficialTableKey;
  /** Bump when what is counted changes (stored with every release). */
  version: number;
  unit: OfficialTable['unit'];
  groups: readonly GroupDef[];
  counter: Counter;
  keys: (dim: string) => readonly string[] | undefined;
  rates: boolean;
}

// --- victims -------------------------------------------------------------------------------------

const victimYear = (year: number, which: Which): SQL =>
  which === 'year'
    ? sql`extract(year FROM ${victimSource.registeredAt}) = ${year}`
    : sql`extract(year FROM ${victimSource.registeredAt}) <> ${year}`;

const scopeCondition = (scope: ActorScope): SQL =>
  scope.audience === 'internal' ? victimSource.organisationScope(scope.actor) : sql`true`;

const victimCounter: Counter = (tx, scope, dims, year, which) =>
  countBy(
    tx,
    victimSource,
    dims as readonly [VictimStatDimension] | readonly [VictimStatDimension, VictimStatDimension],
    [scopeCondition(scope), victimYear(year, which)],
  );

const victimKeys = (dim: string) => victimSource.dimensions[dim as VictimStatDimension].keys;

// --- Immigration Office ------------------------------------------------------------------------

const DOCUMENTS = [...BELGIAN_PROCEDURE.phases]
  .sort((a, b) => a.order - b.order)
  .flatMap((p) => (p.document ? [p.document.code] : []));
const END_REASONS = BELGIAN_PROCEDURE.endReasons.map((r) => r.code);

/** Documents issued, each marked first issue or renewal (a later issue of the same document in the same procedure). */
const issuedDocuments = (scope: ActorScope) => sql`(
  SELECT pr.document_code AS document_type, pr.issued_on,
    CASE WHEN row_number() OVER (PARTITION BY pr.procedure_id, pr.document_code ORDER BY pr.issued_on, pr.id) = 1 THEN 'first' ELSE 'renewal' END AS issue_kind
  FROM procedure_requests pr JOIN victim_files r ON r.id = pr.victim_file_id
  WHERE pr.kind = 'document' AND pr.status = 'done' AND pr.issued_on IS NOT NULL AND pr.document_code IS NOT NULL AND ${scopeCondition(scope)}) d`;

const immigrationCounter: Counter = async (tx, scope, dims, year, which) => {
  const cmp = which === 'year' ? sql`=` : sql`<>`;
  const [d1, d2] = dims;
  let query: SQL;
  if (d1 === 'end_reason') {
    query = sql`SELECT coalesce(p.end_reason, 'unknown') AS a, NULL::text AS b, count(*)::int AS n
      FROM procedures p JOIN victim_files r ON r.id = p.victim_file_id
      WHERE p.status = 'ended' AND p.ended_on IS NOT NULL AND ${scopeCondition(scope)} AND extract(year FROM p.ended_on) ${cmp} ${year}
      GROUP BY 1, 2`;
  } else {
    const col = (d: string | undefined) =>
      d === 'issue_kind' ? sql`d.issue_kind` : d === 'document_type' ? sql`d.document_type` : sql`NULL::text`;
    query = sql`SELECT ${col(d1)} AS a, ${col(d2)} AS b, count(*)::int AS n FROM ${issuedDocuments(scope)}
      WHERE extract(year FROM d.issued_on) ${cmp} ${year} GROUP BY 1, 2`;
  }
  const rows = await queryRows<{ a: string; b: string | null; n: number | string }>(tx, query);
  return rows.map((r) => ({ a: r.a, b: r.b, n: Number(r.n) }));
};

const immigrationKeys = (dim: string): readonly string[] | undefined =>
  dim === 'document_type'
    ? DOCUMENTS
    : dim === 'issue_kind'
      ? ['first', 'renewal']
      : dim === 'end_reason'
        ? END_REASONS
        : undefined;

// --- the definitions ---------------------------------------------------------------------------

export const OFFICIAL_DEFINITIONS: Record<OfficialTableKey, Definition> = {
  myria_key_figures: {
    key: 'myria_key_figures',
    version: 1,
    unit: 'victims',
    groups: [{ rows: 'mainForm', columns: ['gender', 'ageGroup', 'nationalityGroup'] }],
    counter: victimCounter,
    keys: victimKeys,
    rates: false,
  },
  eurostat_registered_victims: {
    key: 'eurostat_registered_victims',
    version: 1,
    unit: 'victims',
    groups: [{ rows: 'gender', columns: ['ageBand', 'nationalityGroup', 'mainForm', 'status'] }],
    counter: victimCounter,
    keys: victimKeys,
    rates: false,
  },
  sdg_16_2_2: {
    key: 'sdg_16_2_2',
    version: 1,
    unit: 'victims',
    groups: [
      { rows: 'region', columns: [] },
      { rows: 'gender', columns: ['ageGroup'] },
    ],
    counter: victimCounter,
    keys: victimKeys,
    rates: true,
  },
  immigration_office_procedure: {
    key: 'immigration_office_procedure',
    version: 1,
    unit: 'documents',
    groups: [
      { rows: 'document_type', columns: ['issue_kind'], unit: 'documents' },
      { rows: 'end_reason', columns: [], unit: 'procedures' },
    ],
    counter: immigrationCounter,
    keys: immigrationKeys,
    rates: false,
  },
};

/** Part keys: dimension names in snake case, `form` for the main form. */
const PART_NAMES: Record<string, string> = {
  mainForm: 'form',
  gender: 'gender',
  ageGroup: 'age_group',
  ageBand: 'age_band',
  nationalityGroup: 'nationality_group',
  status: 'status',
  region: 'region',
  document_type: 'document_type',
  issue_kind: 'issue_kind',
  end_reason: 'end_reason',
};
const partName = (dim: string) => PART_NAMES[dim] ?? dim;

type PartsKey = keyof typeof statisticsTablesEn.statisticsTables.parts;
const LANGS = {
  nl: statisticsTablesNl,
  fr: statisticsTablesFr,
  de: statisticsTablesDe,
  en: statisticsTablesEn,
} as const;
const localized = (pick: (t: typeof statisticsTablesNl) => string) => ({
  nl: pick(LANGS.nl),
  fr: pick(LANGS.fr),
  de: pick(LANGS.de),
  en: pick(LANGS.en),
});
const partTitle = (key: string) => localized((t) => t.statisticsTables.parts[key as PartsKey]);

/** The list of official tables and their parts (for a menu). */
export function officialTableCatalogue(): {
  table: OfficialTableKey;
  definitionVersion: number;
  unit: OfficialTable['unit'];
  parts: string[];
}[] {
  return Object.values(OFFICIAL_DEFINITIONS).map((d) => ({
    table: d.key,
    definitionVersion: d.version,
    unit: d.unit,
    parts: partKeys(d),
  }));
}

function partKeys(d: Definition): string[] {
  return d.groups.flatMap((g) => [
    `by_${partName(g.rows)}`,
    ...g.columns.map((c) => `by_${partName(c)}`),
    ...g.columns.map((c) => `${partName(g.rows)}_by_${partName(c)}`),
  ]);
}

const yearBounds = (year: number) => ({ from: `${String(year)}-01-01`, to: `${String(year)}-12-31` });

interface CountedGroup {
  def: GroupDef;
  rowAxis: string[];
  colAxes: string[][];
  year: number[][][];
  complement: number[][][];
}

async function countGroup(
  tx: Executor,
  d: Definition,
  scope: ActorScope,
  g: GroupDef,
  year: number,
): Promise<CountedGroup> {
  const dimsList: (readonly [string] | readonly [string, string])[] =
    g.columns.length === 0 ? [[g.rows]] : g.columns.map((c) => [g.rows, c] as const);
  const yearRows: CountRow[][] = [];
  const complementRows: CountRow[][] = [];
  for (const dims of dimsList) {
    yearRows.push(await d.counter(tx, scope, dims, year, 'year'));
    complementRows.push(
      scope.audience === 'outward' ? await d.counter(tx, scope, dims, year, 'complement') : [],
    );
  }
  // Axes from both versions (every year has the same rows and columns), fixed keys first.
  const all = [...yearRows.flat(), ...complementRows.flat()];
  const rowAxis = axisKeys(
    d.keys(g.rows),
    all.map((r) => r.a),
  );
  const colAxes = g.columns.map((c, i) =>
    axisKeys(
      d.keys(c),
      [...(yearRows[i] ?? []), ...(complementRows[i] ?? [])].map((r) => r.b ?? ''),
    ),
  );
  const axesOf = (i: number): Axes => ({
    rows: rowAxis,
    columns: g.columns.length === 0 ? null : (colAxes[i] ?? []),
  });
  return {
    def: g,
    rowAxis,
    colAxes,
    year: yearRows.map((rows, i) => toMatrix(rows, axesOf(i))),
    complement: complementRows.map((rows, i) => toMatrix(rows, axesOf(i))),
  };
}

type Part = OfficialTable['parts'][number];

function partsOf(groups: readonly CountedGroup[], protectedGroups: readonly LinkedResult[] | null): Part[] {
  const parts: Part[] = [];
  groups.forEach((cg, gi) => {
    const g = cg.def;
    const p = protectedGroups?.[gi];
    const rowName = partName(g.rows);
    const meta1 = (dim: string) => ({ rowDimension: dim, columnDimension: null, multiValued: false });
    if (g.columns.length === 0) {
      const axes: Axes = { rows: cg.rowAxis, columns: null };
      const m = cg.year[0] ?? [];
      const table: StatTable =
        p?.kind === '1d'
          ? {
              ...meta1(g.rows),
              rows: axes.rows,
              columns: null,
              cells: p.table.cells.map((c) => [c]),
              rowTotals: null,
              colTotals: null,
              total: p.table.total,
            }
          : rawTable(m, axes, meta1(g.rows));
      parts.push({ key: `by_${rowName}`, title: partTitle(`by_${rowName}`), marginOf: null, table });
      return;
    }
    const twoD: StatTable[] = g.columns.map((c, i) => {
      const axes: Axes = { rows: cg.rowAxis, columns: cg.colAxes[i] ?? [] };
      const meta = { rowDimension: g.rows, columnDimension: c, multiValued: false };
      const t = p?.kind === '2d' ? p.tables[i] : undefined;
      return t
        ? {
            ...meta,
            rows: axes.rows,
            columns: axes.columns,
            cells: t.cells,
            rowTotals: t.rowTotals,
            colTotals: t.colTotals,
            total: t.total,
          }
        : rawTable(cg.year[i] ?? [], axes, meta);
    });
    const first = twoD[0];
    const firstKey = `${rowName}_by_${partName(g.columns[0] ?? '')}`;
    if (first?.rowTotals) {
      parts.push({
        key: `by_${rowName}`,
        title: partTitle(`by_${rowName}`),
        marginOf: firstKey,
        table: {
          ...meta1(g.rows),
          rows: first.rows,
          columns: null,
          cells: first.rowTotals.map((c) => [c]),
          rowTotals: null,
          colTotals: null,
          total: first.total,
        },
      });
    }
    g.columns.forEach((c, i) => {
      const t = twoD[i];
      if (t?.colTotals && t.columns) {
        const key2 = `${rowName}_by_${partName(c)}`;
        parts.push({
          key: `by_${partName(c)}`,
          title: partTitle(`by_${partName(c)}`),
          marginOf: key2,
          table: {
            ...meta1(c),
            rows: t.columns,
            columns: null,
            cells: t.colTotals.map((x) => [x]),
            rowTotals: null,
            colTotals: null,
            total: t.total,
          },
        });
      }
    });
    g.columns.forEach((c, i) => {
      const t = twoD[i];
      if (t) {
        const key2 = `${rowName}_by_${partName(c)}`;
        parts.push({ key: key2, title: partTitle(key2), marginOf: null, table: t });
      }
    });
  });
  return parts;
}

async function ratesOf(tx: Executor, year: number, parts: readonly Part[]): Promise<OfficialTable['rates']> {
  const byRegion = parts.find((p) => p.key === 'by_region')?.table;
  if (!byRegion) {
    return null;
  }
  const population = await populationFor(tx, year);
  const rows = [
    { key: 'BE', victims: byRegion.total },
    ...byRegion.rows
      .filter((r) => r !== 'unknown')
      .map((r) => ({
        key: r,
        victims: byRegion.cells[byRegion.rows.indexOf(r)]?.[0] ?? { value: 0, suppressed: null },
      })),
  ];
  return rows.map((r) => {
    const pop = population.get(r.key) ?? null;
    const per100k =
      r.victims.value === null || pop === null
        ? null
        : Math.round((r.victims.value / pop.population) * 100_000 * 1000) / 1000;
    return {
      key: r.key,
      victims: r.victims,
      population: pop?.population ?? null,
      populationToVerify: pop?.status !== 'verified',
      per100k,
    };
  });
}

/**
 * Builds one official table for a calendar year. Pure in its inputs: the data in `tx` (one
 * snapshot), the scope and the parameters; the same inputs give the same table, cell for cell.
 */
export async function buildOfficialTable(
  tx: Executor,
  scope: ActorScope,
  params: OfficialTableParams,
): Promise<OfficialTable> {
  const d = OFFICIAL_DEFINITIONS[params.table];
  const year = Number(params.period);
  if (!/^\d{4}$/.test(params.period)) {
    throw new RangeError('the period is a calendar year');
  }
  const method = params.method ?? 'suppress';
  const groups: CountedGroup[] = [];
  for (const g of d.groups) {
    groups.push(await countGroup(tx, d, scope, g, year));
  }
  const outward = scope.audience === 'outward';
  const protectedGroups = outward
    ? protectLinked(
        groups.map((g) => ({
          year: g.year,
          complement: g.complement,
          oneD: g.def.columns.length === 0,
          link: g.def.unit ?? d.unit,
        })),
        { k: OUTWARD_K, method },
      )
    : null;
  const parts = partsOf(groups, protectedGroups);
  const disclosure: DisclosureInfo = outward
    ? {
        controlled: true,
        method,
        k: OUTWARD_K,
        zerosPublished: true,
        protectedAgainst: method === 'round' ? [] : ['linked_tables', 'other_periods'],
      }
    : NOT_CONTROLLED;
  return {
    table: d.key,
    definitionVersion: d.version,
    definition: {
      title: localized((t) => t.statisticsTables.tables[d.key].title),
      note: localized((t) => t.statisticsTables.tables[d.key].note),
    },
    period: params.period,
    ...yearBounds(year),
    scope: outward ? 'national' : 'organisation',
    unit: d.unit,
    disclosure,
    parts,
    rates: d.rates ? await ratesOf(tx, year, parts) : null,
  };
}
