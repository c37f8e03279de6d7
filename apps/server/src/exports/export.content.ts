import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  ISIC_SECTION_NAMES,
  InternalSignalStatsQuerySchema,
  InternalVictimStatsQuerySchema,
  OutwardSignalStatsQuerySchema,
  OutwardVictimStatsQuerySchema,
  translations,
  type DisclosureInfo,
  type IsicSection,
  type LocalizedText,
  type SignalStatDimension,
  type StatTable,
  type UiLanguage,
} from '@keten/shared';
import { DASHBOARD_FIGURES, type DashboardFigureId, type ExportAudience, type ExportRequestSchema, type ExportTableSpec } from '@keten/shared/exports';
import { exportsDe } from '@keten/shared/i18n/exports/de';
import { exportsEn, type ExportsTranslation } from '@keten/shared/i18n/exports/en';
import { exportsFr } from '@keten/shared/i18n/exports/fr';
import { exportsNl } from '@keten/shared/i18n/exports/nl';
import type { Actor } from '../access/actor.ts';
import type { Db, Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { buildOfficialTable } from '../statistics/official-tables.ts';
import { getInternalSignalStatistics, getOutwardSignalStatistics } from '../statistics/statistics.service.ts';
import { getInternalVictimStatistics, getOutwardVictimStatistics } from '../statistics/victims.service.ts';

/**
 * What goes into an export: the tables (through the statistics service, so the viewer's scope and
 * the disclosure control are the ones the screens use), their titles, the definitions note under
 * each table, and the labels of every row and column in the requester's language.
 */

/** The request as validated and stored with the export. */
export type StoredExportRequest = z.infer<typeof ExportRequestSchema>;

export const EXPORT_TEXTS: Record<UiLanguage, ExportsTranslation['exports']> = {
  en: exportsEn.exports,
  nl: exportsNl.exports,
  fr: exportsFr.exports,
  de: exportsDe.exports,
};

export type ChartKind = 'bar' | 'line' | 'stacked';

export interface ExportItem {
  /** Audit and file naming: `signals.form` or `signals.form.year` (a field-name-like code). */
  key: string;
  title: string;
  table: StatTable;
  disclosure: DisclosureInfo;
  notes: string[];
  chart: ChartKind | null;
  /** Row and column labels in the export's language (the codes stay in `table`). */
  rowLabels: string[];
  columnLabels: string[] | null;
}

export interface ExportContent {
  audience: ExportAudience;
  language: UiLanguage;
  title: string;
  periodLabel: string;
  filtersLabel: string;
  scopeNote: string;
  generatedOn: string;
  items: ExportItem[];
}

/** One table to compute: a spec plus its title and chart. */
interface Piece {
  spec: ExportTableSpec;
  title: string | null;
  chart: ChartKind | null;
}

export function piecesOf(request: StoredExportRequest): Piece[] {
  if (request.kind === 'dashboard') {
    const wanted = new Set<DashboardFigureId>(request.figures ?? DASHBOARD_FIGURES.map((f) => f.id));
    return DASHBOARD_FIGURES.filter((f) => wanted.has(f.id)).map((f) => ({
      spec: { source: 'signals' as const, groupBy: f.groupBy, ...('by2' in f ? { by2: f.by2 } : {}) },
      title: f.id,
      chart: f.chart,
    }));
  }
  return (request.tables ?? []).map((spec) => ({ spec, title: null, chart: null }));
}

export const itemKey = (spec: ExportTableSpec): string =>
  spec.source === 'official' ? `official.${spec.table}` : [spec.source, spec.groupBy, ...(spec.by2 && spec.by2 !== spec.groupBy ? [spec.by2] : [])].join('.');

const refuse = (message: string, reason: string, field: string) => new AppError('validation_failed', message, { reason, field });

/**
 * The statistics query of one table for this audience, checked like the statistics routes check
 * theirs: outward figures take one predefined filter at a time (signals: year, region or kind;
 * victims: year or region), internal figures a date range (and the kind, for signals); official
 * tables a calendar year and no filter. A request outside those rules is refused before any job runs.
 */
export function queryFor(audience: ExportAudience, request: StoredExportRequest, spec: ExportTableSpec) {
  const { period, filters } = request;
  if (spec.source === 'official') {
    if (period.year === undefined) {
      throw refuse('Official tables are published for a calendar year', 'official_needs_year', 'period.year');
    }
    if (filters.kind !== undefined || filters.region !== undefined) {
      throw refuse('Official tables take no filters', 'official_filters', 'filters');
    }
    return { kind: 'official', table: spec.table, period: String(period.year), method: request.method } as const;
  }
  const dims = { groupBy: spec.groupBy, ...(spec.by2 ? { by2: spec.by2 } : {}) };
  if (audience === 'outward') {
    if (period.from !== undefined || period.to !== undefined) {
      throw refuse('Outward figures take whole calendar years, not date ranges', 'outward_date_range', 'period');
    }
    const common = { ...(period.year !== undefined ? { year: period.year } : {}), ...(filters.region ? { region: filters.region } : {}), method: request.method };
    if (spec.source === 'victims') {
      if (filters.kind !== undefined) {
        throw refuse('Victim figures have no kind filter', 'victims_kind', 'filters.kind');
      }
      const parsed = OutwardVictimStatsQuerySchema.safeParse({ ...dims, ...common });
      if (!parsed.success) {
        throw refuse('Outward figures take one predefined filter at a time (year or region)', 'outward_filters', 'filters');
      }
      return { kind: 'victims_outward', query: parsed.data } as const;
    }
    const parsed = OutwardSignalStatsQuerySchema.safeParse({ ...dims, ...common, ...(filters.kind ? { kind: filters.kind } : {}) });
    if (!parsed.success) {
      throw refuse('Outward figures take one predefined filter at a time (year, region or kind)', 'outward_filters', 'filters');
    }
    return { kind: 'signals_outward', query: parsed.data } as const;
  }
  if (filters.region !== undefined) {
    throw refuse('Internal figures have no region filter', 'internal_region', 'filters.region');
  }
  const from = period.year !== undefined ? `${String(period.year)}-01-01` : period.from;
  const to = period.year !== undefined ? `${String(period.year)}-12-31` : period.to;
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  if (spec.source === 'victims') {
    if (filters.kind !== undefined) {
      throw refuse('Victim figures have no kind filter', 'victims_kind', 'filters.kind');
    }
    return { kind: 'victims_internal', query: InternalVictimStatsQuerySchema.parse({ ...dims, ...range }) } as const;
  }
  return { kind: 'signals_internal', query: InternalSignalStatsQuerySchema.parse({ ...dims, ...range, ...(filters.kind ? { kind: filters.kind } : {}) }) } as const;
}

interface Computed {
  title: string | null;
  table: StatTable;
  disclosure: DisclosureInfo;
  notes: string[] | null;
}

/**
 * Computes one requested table in its own snapshot (filtered ⊆ unfiltered must hold within a
 * table); an official table gives one entry per part, with its own title and definition note.
 */
async function computeTables(db: Db, actor: Actor, audience: ExportAudience, request: StoredExportRequest, spec: ExportTableSpec, language: UiLanguage): Promise<Computed[]> {
  const q = queryFor(audience, request, spec);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    switch (q.kind) {
      case 'official': {
        const scope = audience === 'outward' ? ({ audience: 'outward' } as const) : ({ audience: 'internal', actor } as const);
        const t = await buildOfficialTable(tx, scope, { table: q.table, period: q.period, method: q.method });
        const texts = EXPORT_TEXTS[language];
        const rates = (t.rates ?? []).map((r) =>
          interpolate(texts.rate, {
            area: labelOf(language, EMPTY_NAMES, 'region', r.key),
            rate: r.per100k === null ? 'x' : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(r.per100k),
            victims: r.victims.value ?? 'x',
            population: r.population === null ? '—' : new Intl.NumberFormat(language).format(r.population),
          }),
        );
        return t.parts.map((part, i) => ({
          title: `${t.definition.title[language]}: ${part.title[language]}`,
          table: part.table,
          disclosure: t.disclosure,
          notes: [t.definition.note[language], ...(i === 0 ? rates : [])],
        }));
      }
      case 'signals_outward':
      case 'signals_internal':
      case 'victims_outward':
      case 'victims_internal': {
        const s =
          q.kind === 'signals_outward'
            ? await getOutwardSignalStatistics(tx, q.query)
            : q.kind === 'signals_internal'
              ? await getInternalSignalStatistics(tx, actor, q.query)
              : q.kind === 'victims_outward'
                ? await getOutwardVictimStatistics(tx, q.query)
                : await getInternalVictimStatistics(tx, actor, q.query);
        return [{ title: null, table: s.table, disclosure: s.disclosure, notes: null }];
      }
    }
  });
}

interface Names {
  districts: Map<string, LocalizedText>;
  countries: Map<string, LocalizedText>;
}

const EMPTY_NAMES: Names = { districts: new Map(), countries: new Map() };

/** Documents, end reasons and phases of the Belgian procedure, by code (official tables' rows). */
const PROCEDURE_LABELS = new Map<string, LocalizedText>([
  ...BELGIAN_PROCEDURE.phases.flatMap((p) => [[p.code, p.name] as const, ...(p.document ? [[p.document.code, p.document.name] as const] : [])]),
  ...BELGIAN_PROCEDURE.endReasons.map((r) => [r.code, r.text] as const),
]);

async function loadNames(db: Executor): Promise<Names> {
  const d = await queryRows<{ code: string; name: LocalizedText }>(db, sql`SELECT code, name FROM judicial_districts`);
  const c = await queryRows<{ code: string; name: LocalizedText }>(db, sql`SELECT code, name FROM countries`);
  return { districts: new Map(d.map((r) => [r.code, r.name])), countries: new Map(c.map((r) => [r.code, r.name])) };
}

/** The label of a cell key: our own vocabularies first, then reference names, else the code. */
export function labelOf(lang: UiLanguage, names: Names, dimension: string, key: string): string {
  const t = EXPORT_TEXTS[lang];
  const values = t.values as Record<string, string>;
  const vocab = translations[lang].signals.vocab;
  const lookup = (m: Record<string, string>) => m[key];
  switch (dimension as SignalStatDimension) {
    case 'form':
      return lookup(vocab.form) ?? values[key] ?? key;
    case 'sector':
      return lookup(vocab.sector) ?? values[key] ?? key;
    case 'isicSection':
      return key in ISIC_SECTION_NAMES ? `${key} ${ISIC_SECTION_NAMES[key as IsicSection][lang]}` : (values[key] ?? key);
    case 'gender':
      return lookup(vocab.gender) ?? values[key] ?? key;
    case 'kind':
      return lookup(vocab.kind) ?? values[key] ?? key;
    case 'region':
      return lookup(translations[lang].regions) ?? values[key] ?? key;
    case 'district':
      return names.districts.get(key)?.[lang] ?? values[key] ?? key;
    case 'nationality':
      return names.countries.get(key)?.[lang] ?? values[key] ?? key;
    case 'ageBand':
    case 'minor':
    case 'nationalityGroup':
    case 'month':
    case 'year':
      return values[key] ?? key;
  }
  if (dimension === 'mainForm') {
    return lookup(vocab.form) ?? values[key] ?? key;
  }
  return values[key] ?? PROCEDURE_LABELS.get(key)?.[lang] ?? key;
}

const interpolate = (s: string, vars: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));

function notesFor(t: ExportsTranslation['exports'], spec: ExportTableSpec, table: StatTable): string[] {
  const dims: (string | undefined)[] = [table.rowDimension, table.columnDimension ?? undefined];
  const notes = [spec.source === 'victims' ? t.definitionsText.victims : t.definitionsText.signals];
  if (table.multiValued) {
    notes.push(t.definitionsText.multiValued);
  }
  if (dims.includes('nationality')) {
    notes.push(t.definitionsText.nationality);
  }
  if (dims.includes('region')) {
    notes.push(t.definitionsText.region);
  }
  return notes;
}

function periodLabel(t: ExportsTranslation['exports'], request: StoredExportRequest, today: string): string {
  const { year, from, to } = request.period;
  if (year !== undefined) {
    return interpolate(t.report.periodYear, { year });
  }
  if (from && to) {
    return interpolate(t.report.periodRange, { from, to });
  }
  if (from) {
    return interpolate(t.report.periodFrom, { from });
  }
  if (to) {
    return interpolate(t.report.periodTo, { to });
  }
  return interpolate(t.report.periodAll, { date: today });
}

/**
 * Builds every table of an export, reporting progress (0–1) after each. Each table is computed
 * in its own short transaction: on PGlite (one session) progress updates could not be written
 * while one long transaction is open, and the server keeps answering between tables.
 */
export async function buildExportContent(
  db: Db,
  actor: Actor,
  args: { audience: ExportAudience; language: UiLanguage; request: StoredExportRequest; organisationName: string; now?: Date },
  onProgress: (fraction: number) => Promise<void>,
): Promise<ExportContent> {
  const { audience, language, request } = args;
  const t = EXPORT_TEXTS[language];
  const names = await loadNames(db);
  const pieces = piecesOf(request);
  const items: ExportItem[] = [];
  const dimName = (d: string) => (t.dimensions as Record<string, string>)[d] ?? d;
  for (const [i, piece] of pieces.entries()) {
    for (const c of await computeTables(db, actor, audience, request, piece.spec, language)) {
      let table = c.table;
      if (request.period.year !== undefined && table.rowDimension === 'month' && table.columnDimension === null) {
        // The month axis spans every registration (fixed axes for the disclosure control); months
        // outside the chosen year are zero by the filter, so leaving them out hides nothing.
        const prefix = `${String(request.period.year)}-`;
        const keep = table.rows.map((k, n) => [k, n] as const).filter(([k]) => k.startsWith(prefix)).map(([, n]) => n);
        table = { ...table, rows: keep.map((n) => table.rows[n] ?? ''), cells: keep.map((n) => table.cells[n] ?? []) };
      }
      const [one, two] = piece.spec.source === 'victims' ? [t.victimsTableTitle, t.victimsTableTitle2] : [t.tableTitle, t.tableTitle2];
      const title =
        c.title ??
        (piece.title
          ? ((t.figures as Record<string, string>)[piece.title] ?? piece.title)
          : table.columnDimension
            ? interpolate(two, { dimension: dimName(table.rowDimension).toLowerCase(), dimension2: dimName(table.columnDimension).toLowerCase() })
            : interpolate(one, { dimension: dimName(table.rowDimension).toLowerCase() }));
      const columnDimension = table.columnDimension;
      items.push({
        key: itemKey(piece.spec),
        title,
        table,
        disclosure: c.disclosure,
        notes: c.notes ?? notesFor(t, piece.spec, table),
        chart: piece.chart,
        rowLabels: table.rows.map((k) => labelOf(language, names, table.rowDimension, k)),
        columnLabels: table.columns && columnDimension ? table.columns.map((k) => labelOf(language, names, columnDimension, k)) : null,
      });
    }
    await onProgress((i + 1) / pieces.length);
  }
  const now = args.now ?? new Date();
  const today = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-BE`, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(now);
  const filterParts = [
    ...(request.filters.kind ? [`${t.dimensions.kind}: ${labelOf(language, names, 'kind', request.filters.kind)}`] : []),
    ...(request.filters.region ? [`${t.dimensions.region}: ${labelOf(language, names, 'region', request.filters.region)}`] : []),
  ];
  const k = items[0]?.disclosure.k ?? 5;
  return {
    audience,
    language,
    title: request.kind === 'dashboard' ? t.report.dashboard : t.report.tables,
    periodLabel: periodLabel(t, request, today),
    filtersLabel: filterParts.length > 0 ? filterParts.join('; ') : t.report.noFilters,
    scopeNote:
      audience === 'internal'
        ? interpolate(t.report.scopeInternal, { organisation: args.organisationName })
        : request.method === 'round'
          ? t.report.scopeOutwardRounded
          : interpolate(t.report.scopeOutward, { k }),
    generatedOn: interpolate(t.report.generatedOn, { date: today }),
    items,
  };
}
