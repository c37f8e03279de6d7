import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  InternalSignalStatsQuerySchema,
  OutwardSignalStatsQuerySchema,
  translations,
  type DisclosureInfo,
  type LocalizedText,
  type SignalStatDimension,
  type SignalStatistics,
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
import { getInternalSignalStatistics, getOutwardSignalStatistics } from '../statistics/statistics.service.ts';

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
      spec: { source: 'signals', groupBy: f.groupBy, ...('by2' in f ? { by2: f.by2 } : {}) },
      title: f.id,
      chart: f.chart,
    }));
  }
  return (request.tables ?? []).map((spec) => ({ spec, title: null, chart: null }));
}

export const itemKey = (spec: ExportTableSpec): string => [spec.source, spec.groupBy, ...(spec.by2 && spec.by2 !== spec.groupBy ? [spec.by2] : [])].join('.');

/**
 * The statistics query of one table for this audience, checked like the statistics routes check
 * theirs: outward figures take one predefined filter (year, region or kind), internal figures a
 * date range and the kind. A request outside those rules is refused before any job runs.
 */
export function queryFor(audience: ExportAudience, request: StoredExportRequest, spec: ExportTableSpec) {
  const { period, filters } = request;
  if (audience === 'outward') {
    if (period.from !== undefined || period.to !== undefined) {
      throw new AppError('validation_failed', 'Outward figures take whole calendar years, not date ranges', { reason: 'outward_date_range', field: 'period' });
    }
    const parsed = OutwardSignalStatsQuerySchema.safeParse({
      groupBy: spec.groupBy,
      ...(spec.by2 ? { by2: spec.by2 } : {}),
      ...(period.year !== undefined ? { year: period.year } : {}),
      ...(filters.region ? { region: filters.region } : {}),
      ...(filters.kind ? { kind: filters.kind } : {}),
      method: request.method,
    });
    if (!parsed.success) {
      throw new AppError('validation_failed', 'Outward figures take one predefined filter at a time (year, region or kind)', { reason: 'outward_filters', field: 'filters' });
    }
    return { audience: 'outward', query: parsed.data } as const;
  }
  if (filters.region !== undefined) {
    throw new AppError('validation_failed', 'Internal figures have no region filter', { reason: 'internal_region', field: 'filters.region' });
  }
  const from = period.year !== undefined ? `${String(period.year)}-01-01` : period.from;
  const to = period.year !== undefined ? `${String(period.year)}-12-31` : period.to;
  const query = InternalSignalStatsQuerySchema.parse({
    groupBy: spec.groupBy,
    ...(spec.by2 ? { by2: spec.by2 } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  });
  return { audience: 'internal', query } as const;
}

/** Computes one table in its own snapshot (filtered ⊆ unfiltered must hold within a table). */
async function computeTable(db: Db, actor: Actor, audience: ExportAudience, request: StoredExportRequest, spec: ExportTableSpec): Promise<SignalStatistics> {
  const q = queryFor(audience, request, spec);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    return q.audience === 'outward' ? getOutwardSignalStatistics(tx, q.query) : getInternalSignalStatistics(tx, actor, q.query);
  });
}

interface Names {
  districts: Map<string, LocalizedText>;
  countries: Map<string, LocalizedText>;
}

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
  return values[key] ?? key;
}

const interpolate = (s: string, vars: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));

function notesFor(t: ExportsTranslation['exports'], spec: ExportTableSpec, table: StatTable): string[] {
  const dims = [spec.groupBy, spec.by2];
  const notes = [t.definitionsText.signals];
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
  for (const [i, piece] of pieces.entries()) {
    const s = await computeTable(db, actor, audience, request, piece.spec);
    if (request.period.year !== undefined && s.table.rowDimension === 'month' && s.table.columnDimension === null) {
      // The month axis spans every registration (fixed axes for the disclosure control); months
      // outside the chosen year are zero by the filter, so leaving them out hides nothing.
      const prefix = `${String(request.period.year)}-`;
      const keep = s.table.rows.map((k, i) => [k, i] as const).filter(([k]) => k.startsWith(prefix)).map(([, i]) => i);
      s.table = { ...s.table, rows: keep.map((i) => s.table.rows[i] ?? ''), cells: keep.map((i) => s.table.cells[i] ?? []) };
    }
    const dimName = (d: string) => (t.dimensions as Record<string, string>)[d] ?? d;
    const title = piece.title
      ? ((t.figures as Record<string, string>)[piece.title] ?? piece.title)
      : s.table.columnDimension
        ? interpolate(t.tableTitle2, { dimension: dimName(s.table.rowDimension).toLowerCase(), dimension2: dimName(s.table.columnDimension).toLowerCase() })
        : interpolate(t.tableTitle, { dimension: dimName(s.table.rowDimension).toLowerCase() });
    items.push({
      key: itemKey(piece.spec),
      title,
      table: s.table,
      disclosure: s.disclosure,
      notes: notesFor(t, piece.spec, s.table),
      chart: piece.chart,
      rowLabels: s.table.rows.map((k) => labelOf(language, names, s.table.rowDimension, k)),
      columnLabels: s.table.columns ? s.table.columns.map((k) => labelOf(language, names, s.table.columnDimension ?? '', k)) : null,
    });
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
