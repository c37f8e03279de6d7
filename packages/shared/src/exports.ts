import { z } from 'zod';
import { UI_LANGUAGES } from './languages.ts';
import { REGIONS } from './reference.ts';
import { OfficialTableKeySchema, SignalStatDimensionSchema, VictimStatDimensionSchema, type SignalStatDimension } from './statistics.ts';

/*
 * Exports of statistics (tables and the dashboard) as jobs, and the HTCDS exchange of victim
 * files: what the server and the web app agree on. An export follows its requester's scope:
 * `internal` = the organisation's own records, as they are; `outward` = national figures, always
 * disclosure-controlled (access-model.md "Outward statistics").
 */

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_KINDS = ['table', 'dashboard'] as const;
export const EXPORT_AUDIENCES = ['internal', 'outward'] as const;
export type ExportAudience = (typeof EXPORT_AUDIENCES)[number];
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * The dashboard: every figure the web dashboard loads (apps/web/src/features/statistics/
 * statistics-page.tsx: the timeline, the years, one panel per dimension and the default cross
 * table), in order. The PDF report draws the same charts, and the benchmark times this list.
 */
export const DASHBOARD_FIGURES = [
  { id: 'signals_by_month', groupBy: 'month', chart: 'line' },
  { id: 'signals_by_year', groupBy: 'year', chart: 'bar' },
  { id: 'signals_by_form', groupBy: 'form', chart: 'bar' },
  { id: 'signals_by_sector', groupBy: 'sector', chart: 'bar' },
  { id: 'signals_by_gender', groupBy: 'gender', chart: 'bar' },
  { id: 'signals_by_age_band', groupBy: 'ageBand', chart: 'bar' },
  { id: 'signals_by_nationality_group', groupBy: 'nationalityGroup', chart: 'bar' },
  { id: 'signals_by_nationality', groupBy: 'nationality', chart: 'bar' },
  { id: 'signals_by_kind', groupBy: 'kind', chart: 'bar' },
  { id: 'signals_by_district', groupBy: 'district', chart: 'bar' },
  { id: 'signals_by_region', groupBy: 'region', chart: 'bar' },
  { id: 'signals_by_form_and_gender', groupBy: 'form', by2: 'gender', chart: 'stacked' },
] as const satisfies readonly { id: string; groupBy: SignalStatDimension; by2?: SignalStatDimension; chart: 'bar' | 'line' | 'stacked' }[];
export type DashboardFigureId = (typeof DASHBOARD_FIGURES)[number]['id'];
export const DASHBOARD_FIGURE_IDS = DASHBOARD_FIGURES.map((f) => f.id) as [DashboardFigureId, ...DashboardFigureId[]];

/**
 * One table to export: signals or victim files counted by one or two dimensions, or an official
 * table (Myria, Eurostat, SDG 16.2.2, Immigration Office) for a calendar year, all its parts.
 */
export const ExportTableSpecSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('signals'), groupBy: SignalStatDimensionSchema, by2: SignalStatDimensionSchema.optional() }),
  z.object({ source: z.literal('victims'), groupBy: VictimStatDimensionSchema, by2: VictimStatDimensionSchema.optional() }),
  z.object({ source: z.literal('official'), table: OfficialTableKeySchema }),
]);
export type ExportTableSpec = z.infer<typeof ExportTableSpecSchema>;

const IsoDate = z.iso.date();

/**
 * The period: a calendar year, or (internal figures only) a date range. Outward exports take the
 * same predefined filters as the outward tables: one of year, region or kind at a time.
 */
export const ExportPeriodSchema = z
  .object({
    year: z.int().min(2000).max(2100).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .refine((p) => p.year === undefined || (p.from === undefined && p.to === undefined), { message: 'Either a year or a date range', path: ['year'] });
export type ExportPeriod = z.infer<typeof ExportPeriodSchema>;

export const ExportFiltersSchema = z.object({
  kind: z.enum(['professional', 'anonymous', 'public_report']).optional(),
  region: z.enum(REGIONS).optional(),
});

export const ExportRequestSchema = z
  .object({
    kind: z.enum(EXPORT_KINDS),
    /** Defaults to what the requester's capabilities allow (internal first). */
    audience: z.enum(EXPORT_AUDIENCES).optional(),
    /** kind `table`: the tables. */
    tables: z.array(ExportTableSpecSchema).min(1).max(20).optional(),
    /** kind `dashboard`: the figures (default: all of them). */
    figures: z.array(z.enum(DASHBOARD_FIGURE_IDS)).min(1).max(DASHBOARD_FIGURES.length).optional(),
    period: ExportPeriodSchema.default({}),
    filters: ExportFiltersSchema.default({}),
    method: z.enum(['suppress', 'round']).default('suppress'),
    format: z.enum(EXPORT_FORMATS),
    /** Language of titles, labels and notes (default: the requester's profile language). */
    language: z.enum(UI_LANGUAGES).optional(),
  })
  .refine((r) => r.kind !== 'table' || (r.tables?.length ?? 0) > 0, { message: 'A table export names at least one table', path: ['tables'] });
export type ExportRequest = z.input<typeof ExportRequestSchema>;

export const ExportJobSchema = z.object({
  id: z.uuid(),
  kind: z.enum(EXPORT_KINDS),
  audience: z.enum(EXPORT_AUDIENCES),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(EXPORT_STATUSES),
  /** 0–100, for the progress bar. */
  progress: z.int().min(0).max(100),
  fileName: z.string().nullable(),
  sizeBytes: z.int().nonnegative().nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** After this moment the file is gone (410). */
  expiresAt: z.iso.datetime(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;

// --- HTCDS exchange -----------------------------------------------------------------------------

export const HTCDS_FORMATS = ['json', 'csv'] as const;
export type HtcdsFormat = (typeof HTCDS_FORMATS)[number];

/** Prefix of the Belgian extension fields (what HTCDS v2.0 has no field for). */
export const HTCDS_EXTENSION_PREFIX = 'ext_be_';

export const HtcdsExportQuerySchema = z.object({
  format: z.enum(HTCDS_FORMATS).default('json'),
});

export const HtcdsImportBodySchema = z.object({
  format: z.enum(HTCDS_FORMATS),
  /** The file's text: a JSON array of records (or `{ records: [...] }`), or CSV with a header row. */
  content: z.string().min(1).max(20_000_000),
});

export const HtcdsRowErrorSchema = z.object({ row: z.int().positive(), field: z.string(), reason: z.string() });
export type HtcdsRowError = z.infer<typeof HtcdsRowErrorSchema>;

export const HtcdsImportReportSchema = z.object({
  rowsRead: z.int().nonnegative(),
  rowsImported: z.int().nonnegative(),
  rowsRejected: z.int().nonnegative(),
  /** Every problem found: nothing of a row with an error is imported. */
  errors: z.array(HtcdsRowErrorSchema),
  imported: z.array(z.object({ row: z.int().positive(), id: z.uuid(), reference: z.string() })),
});
export type HtcdsImportReport = z.infer<typeof HtcdsImportReportSchema>;
