import { z } from 'zod';
import { REGIONS } from './reference.ts';

/**
 * Statistics: what the server returns and the dashboards draw. Outward figures (rapporteur,
 * coordinator, anything published) are always disclosure-controlled (access-model.md "Outward
 * statistics"); internal figures of an organisation on its own records are not.
 */

/** Dimensions of the signal statistics. `form` is multi-valued: a signal counts once per form. */
export const SIGNAL_STAT_DIMENSIONS = ['form', 'sector', 'isicSection', 'gender', 'ageBand', 'minor', 'nationalityGroup', 'nationality', 'district', 'region', 'kind', 'month', 'year'] as const;
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
  /** Least-squares trend over the published months (suppressed months take no part); null under three months. */
  trend: z
    .object({ slopePerMonth: z.number(), points: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), value: z.number().nonnegative() })) })
    .nullable(),
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

// --- victims (victim files) -----------------------------------------------------------------------

/**
 * Dimensions of the victim statistics. A victim is a victim file (a person accompanied by a
 * centre); the person's gender, age band and nationality are the non-identifying context recorded
 * on the signal the file came from (`unknown` for a file without one). `form` is multi-valued (a
 * person counts once per form); `mainForm` is a partition (one form, `multiple` or `unspecified`)
 * used by the official tables so that linked tables add up. `ageGroup` is minor/adult.
 */
export const VICTIM_STAT_DIMENSIONS = [
  'form',
  'mainForm',
  'gender',
  'ageBand',
  'ageGroup',
  'nationalityGroup',
  'nationality',
  'referralSource',
  'district',
  'region',
  'centre',
  'status',
  'month',
  'year',
] as const;
export type VictimStatDimension = (typeof VICTIM_STAT_DIMENSIONS)[number];
export const VictimStatDimensionSchema = z.enum(VICTIM_STAT_DIMENSIONS);
export const MULTI_VALUED_VICTIM_DIMENSIONS: readonly VictimStatDimension[] = ['form'];
export const AGE_GROUPS = ['minor', 'adult', 'unknown'] as const;
/** Identified (a magistrate confirmed the trafficking file: provisional stay or later) or presumed. */
export const VICTIM_STATUSES = ['identified', 'presumed'] as const;

export const VictimStatisticsSchema = z.object({
  scope: StatScopeSchema,
  unit: z.enum(['victims']),
  filters: z.record(z.string(), z.union([z.string(), z.number()])),
  disclosure: DisclosureInfoSchema,
  table: StatTableSchema,
});
export type VictimStatistics = z.infer<typeof VictimStatisticsSchema>;

/** Dimensions an internal victim query may filter on (internal figures: any value, not suppressed). */
export const VICTIM_FILTER_DIMENSIONS = ['form', 'gender', 'ageBand', 'ageGroup', 'nationalityGroup', 'nationality', 'referralSource', 'district', 'region', 'status'] as const;
// No control characters: a NUL cannot reach PostgreSQL text (it answered 500, found by fuzzing).
const FilterValue = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((v) => !Array.from(v).some((c) => c.charCodeAt(0) < 0x20), 'no control characters')
  .optional();

export const InternalVictimStatsQuerySchema = z.object({
  groupBy: VictimStatDimensionSchema.default('form'),
  by2: VictimStatDimensionSchema.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  ...Object.fromEntries(VICTIM_FILTER_DIMENSIONS.map((d) => [d, FilterValue])) as Record<(typeof VICTIM_FILTER_DIMENSIONS)[number], typeof FilterValue>,
});

/** Outward victim figures: one predefined filter at a time (a calendar year or a region). */
export const OutwardVictimStatsQuerySchema = z
  .strictObject({
    groupBy: VictimStatDimensionSchema.default('form'),
    by2: VictimStatDimensionSchema.optional(),
    year: OutwardFilterFields.year,
    region: OutwardFilterFields.region,
    method: z.enum(['suppress', 'round']).default('suppress'),
  })
  .refine((q) => q.year === undefined || q.region === undefined, { message: 'Outward figures take one predefined filter at a time (year or region)', path: ['year'] });

// --- chain performance --------------------------------------------------------------------------

/** The chain's lead times, in days (fractional), over the records of the chosen year. */
export const CHAIN_DURATIONS = ['signalToReferral', 'referralToAcceptance', 'acceptanceToFirstDocument'] as const;
export type ChainDuration = (typeof CHAIN_DURATIONS)[number];

export const DurationFigureSchema = z.object({
  measure: z.enum(CHAIN_DURATIONS),
  /** How many records the figure is computed over; null when withheld (outward, fewer than k). */
  n: z.int().nonnegative().nullable(),
  medianDays: z.number().nonnegative().nullable(),
  p90Days: z.number().nonnegative().nullable(),
  /** `primary` when withheld because fewer than k records (outward only). */
  suppressed: z.enum(SUPPRESSION_REASONS).nullable(),
});
export type DurationFigure = z.infer<typeof DurationFigureSchema>;

export const ChainPerformanceSchema = z.object({
  scope: StatScopeSchema,
  filters: z.record(z.string(), z.union([z.string(), z.number()])),
  disclosure: DisclosureInfoSchema,
  durations: z.array(DurationFigureSchema),
  /** Referrals still waiting for an answer: total and past their answer date (1-D: rows `open`, `overdue`). */
  unansweredReferrals: StatTableSchema,
  /** Running procedures by phase. */
  proceduresByPhase: StatTableSchema,
  /** Residence documents issued, by document type. */
  documentsByType: StatTableSchema,
  /** Procedures ended, by end reason. */
  endsByReason: StatTableSchema,
});
export type ChainPerformance = z.infer<typeof ChainPerformanceSchema>;

export const InternalChainQuerySchema = z.object({ year: OutwardFilterFields.year });
export const OutwardChainQuerySchema = z.strictObject({ year: OutwardFilterFields.year });

// --- official tables ----------------------------------------------------------------------------

export const OFFICIAL_TABLES = ['myria_key_figures', 'eurostat_registered_victims', 'sdg_16_2_2', 'immigration_office_procedure'] as const;
export type OfficialTableKey = (typeof OFFICIAL_TABLES)[number];
export const OfficialTableKeySchema = z.enum(OFFICIAL_TABLES);

/** An official table is published for a calendar year (free ranges would allow differencing). */
export const OfficialPeriodSchema = z.string().regex(/^\d{4}$/, 'a calendar year, e.g. 2025');

/** A rate (SDG 16.2.2): the victims counted, the population, and victims per 100,000. */
export const RateRowSchema = z.object({
  key: z.string(),
  victims: StatCellSchema,
  population: z.int().positive().nullable(),
  /** Whether the population figure is still marked "to verify". */
  populationToVerify: z.boolean(),
  per100k: z.number().nonnegative().nullable(),
});

/** A text in the four languages, frozen with a release (the i18n namespace `statisticsTables` holds the current one). */
export const Localized4Schema = z.object({ nl: z.string(), fr: z.string(), de: z.string(), en: z.string() });

export const OfficialTablePartSchema = z.object({
  /** Stable key of the part, e.g. `form_by_gender` (i18n: `statisticsTables.parts.<key>`). */
  key: z.string(),
  title: Localized4Schema,
  /** 1-D parts that are margins of a 2-D part of the same group name it here. */
  marginOf: z.string().nullable(),
  table: StatTableSchema,
});

export const OfficialTableSchema = z.object({
  table: OfficialTableKeySchema,
  /** Bumped whenever what is counted changes; stored with each release. */
  definitionVersion: z.int().positive(),
  /** Title and definition note (what is counted), in the four languages. */
  definition: z.object({ title: Localized4Schema, note: Localized4Schema }),
  period: OfficialPeriodSchema,
  /** The period as dates (Belgian time, inclusive). */
  from: IsoDate,
  to: IsoDate,
  scope: StatScopeSchema,
  unit: z.enum(['victims', 'documents', 'procedures']),
  disclosure: DisclosureInfoSchema,
  /** Linked tables: 1-D tables are the margins of the 2-D ones, protected jointly. */
  parts: z.array(OfficialTablePartSchema),
  rates: z.array(RateRowSchema).nullable(),
});
export type OfficialTable = z.infer<typeof OfficialTableSchema>;

export const OfficialTableQuerySchema = z.strictObject({
  period: OfficialPeriodSchema,
  method: z.enum(['suppress', 'round']).default('suppress'),
});

export const OfficialTableListSchema = z.object({
  data: z.array(z.object({ table: OfficialTableKeySchema, definitionVersion: z.int().positive(), unit: z.enum(['victims', 'documents', 'procedures']), parts: z.array(z.string()) })),
});

// --- releases -----------------------------------------------------------------------------------

export const CellChangeSchema = z.object({
  part: z.string(),
  /** Row key; `total` for the column margins and the grand total. */
  row: z.string(),
  /** Column key, `total` for a row margin, null for a 1-D table. */
  column: z.string().nullable(),
  before: StatCellSchema.nullable(),
  after: StatCellSchema.nullable(),
});
export type CellChange = z.infer<typeof CellChangeSchema>;

export const PublishReleaseBodySchema = z.strictObject({
  table: OfficialTableKeySchema,
  period: OfficialPeriodSchema,
  method: z.enum(['suppress', 'round']).default('suppress'),
  /** Required for a revision (a period already released); why the figures are published again. */
  reason: z.string().trim().min(10).max(2000).optional(),
});

export const ReleaseSummarySchema = z.object({
  id: z.uuid(),
  table: OfficialTableKeySchema,
  period: OfficialPeriodSchema,
  /** 1 for the first release of a period, 2… for revisions. */
  revision: z.int().positive(),
  definitionVersion: z.int().positive(),
  method: z.enum(['suppress', 'round']),
  reason: z.string().nullable(),
  changedCells: z.int().nonnegative(),
  publishedAt: z.string(),
});
export type ReleaseSummary = z.infer<typeof ReleaseSummarySchema>;

export const ReleaseSchema = ReleaseSummarySchema.extend({ content: OfficialTableSchema });
export type Release = z.infer<typeof ReleaseSchema>;

export const ReleaseListQuerySchema = z.object({ table: OfficialTableKeySchema.optional(), period: OfficialPeriodSchema.optional() });
export const ReleaseListSchema = z.object({ data: z.array(ReleaseSummarySchema) });

export const ReleaseDiffSchema = z.object({
  release: ReleaseSummarySchema,
  /** Null for a first release. */
  previous: ReleaseSummarySchema.nullable(),
  changes: z.array(CellChangeSchema),
});
export type ReleaseDiff = z.infer<typeof ReleaseDiffSchema>;

// --- population (SDG 16.2.2 denominators) -------------------------------------------------------

export const POPULATION_AREAS = ['BE', ...REGIONS] as const;
export const PopulationFigureSchema = z.object({
  year: z.int().min(2000).max(2100),
  area: z.enum(POPULATION_AREAS),
  population: z.int().positive(),
  source: z.string(),
  /** `to_verify` until the coordination bureau checks the figure against Statbel. */
  status: z.enum(['to_verify', 'verified']),
  updatedAt: z.string(),
});
export type PopulationFigure = z.infer<typeof PopulationFigureSchema>;
export const PopulationListSchema = z.object({ data: z.array(PopulationFigureSchema) });
export const PopulationUpdateBodySchema = z.strictObject({
  population: z.int().positive().max(100_000_000),
  source: z.string().trim().min(3).max(300),
  status: z.enum(['to_verify', 'verified']),
});
