import { z } from 'zod';
import { REGIONS } from './reference.ts';

/**
 * Statistics: what the server returns and the dashboards draw. Outward figures (rapporteur,
 * coordinator, anything published) are always disclosure-controlled (access-model.md "Outward
 * statistics"); internal figures of an organisation on its own records are not.
 */

/** Dimensions of the signal statistics. `form` is multi-valued: a signal counts once per form. */
export const SIGNAL_STAT_DIMENSIONS = ['form', 'sector', 'gender', 'ageBand', 'minor', 'nationalityGroup', 'nationality', 'district', 'region', 'kind', 'month', 'year'] as const;
export type SignalStatDimension = (typeof SIGNAL_STAT_DIMENSIONS)[number];
export const SignalStatDimensionSchema = z.enum(SIGNAL_STAT_DIMENSIONS);

/** Dimensions whose records may fall in several cells (totals then count mentions). */
export const MULTI_VALUED_SIGNAL_DIMENSIONS: readonly SignalStatDimension[] = ['form'];

export const NATIONALITY_GROUPS = ['belgian', 'other_eu', 'non_eu', 'unknown'] as const;
export type NationalityGroup = (typeof NATIONALITY_GROUPS)[number];

/** How many countries the `nationality` dimension lists by name; the rest is `other`. */
export const TOP_NATIONALITIES = 10;

export const SUPPRESSION_REASONS = ['primary', 'secondary'] as const;

/** One published count: `value` is null when suppressed, and `suppressed` says why. */
export const StatCellSchema = z.object({
  value: z.int().nonnegative().nullable(),
  suppressed: z.enum(SUPPRESSION_REASONS).nullable(),
});
export type StatCell = z.infer<typeof StatCellSchema>;

export const DisclosureInfoSchema = z.object({
  /** false for internal figures on the organisation's own records. */
  controlled: z.boolean(),
  method: z.enum(['none', 'suppress', 'round']),
  /** Threshold: counts 1…k−1 are suppressed. Null when not controlled. */
  k: z.int().positive().nullable(),
  /** Zeros are true zeros and are published. */
  zerosPublished: z.boolean(),
  /** The filters this table was additionally protected against (differencing). */
  protectedAgainst: z.array(z.string()),
});
export type DisclosureInfo = z.infer<typeof DisclosureInfoSchema>;

/**
 * A 1- or 2-dimensional table with margins. 1-D: `columns` is null, each row has one cell,
 * `colTotals` is null and `rowTotals` is null (the row cells are the totals).
 */
export const StatTableSchema = z.object({
  rowDimension: z.string(),
  columnDimension: z.string().nullable(),
  rows: z.array(z.string()),
  columns: z.array(z.string()).nullable(),
  cells: z.array(z.array(StatCellSchema)),
  rowTotals: z.array(StatCellSchema).nullable(),
  colTotals: z.array(StatCellSchema).nullable(),
  total: StatCellSchema,
  /** True when a record can fall in several rows or columns (totals count mentions). */
  multiValued: z.boolean(),
});
export type StatTable = z.infer<typeof StatTableSchema>;

export const StatScopeSchema = z.enum(['organisation', 'national']);

export const SignalStatisticsSchema = z.object({
  scope: StatScopeSchema,
  /** What is counted; victim files will add `victims`. */
  unit: z.enum(['signals']),
  filters: z.record(z.string(), z.union([z.string(), z.number()])),
  disclosure: DisclosureInfoSchema,
  table: StatTableSchema,
});
export type SignalStatistics = z.infer<typeof SignalStatisticsSchema>;

export const TimelinePointSchema = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), value: z.int().nonnegative().nullable(), suppressed: z.enum(SUPPRESSION_REASONS).nullable() });
export const SignalTimelineSchema = z.object({
  scope: StatScopeSchema,
  unit: z.enum(['signals']),
  filters: z.record(z.string(), z.union([z.string(), z.number()])),
  disclosure: DisclosureInfoSchema,
  points: z.array(TimelinePointSchema),
  total: StatCellSchema,
});
export type SignalTimeline = z.infer<typeof SignalTimelineSchema>;

const IsoDate = z.iso.date();

/** Internal (own organisation): free date range. */
export const InternalSignalStatsQuerySchema = z.object({
  groupBy: SignalStatDimensionSchema.default('form'),
  by2: SignalStatDimensionSchema.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  kind: z.enum(['professional', 'anonymous', 'public_report']).optional(),
});

/**
 * Outward: predefined filters only — whole calendar years, a region, a kind of signal — and one at
 * a time. Free date ranges would let anyone difference two overlapping periods down to single
 * persons; combined filters (year × region) give four versions of a table whose joint
 * inclusion–exclusion can pin a cell that pairwise protection leaves open (a counterexample is
 * kept in apps/server/src/statistics/disclosure.test.ts).
 */
const OutwardFilterFields = {
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  region: z.enum(REGIONS).optional(),
  kind: z.enum(['professional', 'anonymous', 'public_report']).optional(),
};
const oneFilterAtMost = (q: { year?: number | undefined; region?: string | undefined; kind?: string | undefined }) =>
  [q.year, q.region, q.kind].filter((v) => v !== undefined).length <= 1;
const ONE_FILTER = { message: 'Outward figures take one predefined filter at a time (year, region or kind)', path: ['year'] };

export const OutwardSignalStatsQuerySchema = z
  .strictObject({
    groupBy: SignalStatDimensionSchema.default('form'),
    by2: SignalStatDimensionSchema.optional(),
    ...OutwardFilterFields,
    method: z.enum(['suppress', 'round']).default('suppress'),
  })
  .refine(oneFilterAtMost, ONE_FILTER);

export const InternalTimelineQuerySchema = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  kind: z.enum(['professional', 'anonymous', 'public_report']).optional(),
});
export const OutwardTimelineQuerySchema = z.strictObject(OutwardFilterFields).refine(oneFilterAtMost, ONE_FILTER);

// --- external datasets (CTDC) ------------------------------------------------------------------

export const EXTERNAL_DATASET_KINDS = ['ctdc'] as const;
export const EXTERNAL_DATASET_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const CTDC_GROUP_BY = ['year', 'dataSource', 'gender', 'ageBroad', 'majorityStatus', 'citizenship', 'countryOfExploitation', 'typeOfExploitation', 'meansOfControl', 'recruiterRelation'] as const;
export type CtdcGroupBy = (typeof CTDC_GROUP_BY)[number];
/** CTDC fields that hold several values per record (each value is counted). */
export const CTDC_MULTI_VALUED: readonly CtdcGroupBy[] = ['typeOfExploitation', 'meansOfControl', 'recruiterRelation'];

export const CtdcImportBodySchema = z.object({
  /** The CSV text as published by CTDC (`;`-separated, notice in the first header cell). */
  csv: z.string().min(1).max(50_000_000),
  name: z.string().trim().min(1).max(200).optional(),
});

export const RejectedLineSchema = z.object({ line: z.int().positive(), reason: z.string() });

export const ExternalDatasetSchema = z.object({
  id: z.uuid(),
  kind: z.enum(EXTERNAL_DATASET_KINDS),
  name: z.string(),
  status: z.enum(EXTERNAL_DATASET_STATUSES),
  progress: z.int().min(0).max(100),
  rowsRead: z.int().nonnegative(),
  rowsImported: z.int().nonnegative(),
  rowsRejected: z.int().nonnegative(),
  /** The first rejected lines with their reason (at most 200 listed). */
  rejected: z.array(RejectedLineSchema),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExternalDataset = z.infer<typeof ExternalDatasetSchema>;

export const CtdcSummaryQuerySchema = z.object({
  groupBy: z.enum(CTDC_GROUP_BY).default('year'),
  by2: z.enum(CTDC_GROUP_BY).optional(),
  method: z.enum(['suppress', 'round']).default('suppress'),
});

export const CtdcSummarySchema = z.object({
  datasetId: z.uuid(),
  unit: z.enum(['records']),
  /** CTDC publishes k-anonymised records; we still suppress like any outward figure. */
  source: z.object({ name: z.string(), kAnonymised: z.boolean(), terms: z.string() }),
  disclosure: DisclosureInfoSchema,
  table: StatTableSchema,
});
export type CtdcSummary = z.infer<typeof CtdcSummarySchema>;
