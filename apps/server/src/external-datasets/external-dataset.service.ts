import { desc, eq, sql } from 'drizzle-orm';
import { CTDC_MULTI_VALUED, type CtdcGroupBy, type CtdcSummary, type ExternalDataset } from '@keten/shared';
import { systemActor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db, Executor } from '../db/types.ts';
import type { ClaimedJob, JobQueue } from '../jobs/queue.ts';
import { countBy, type StatSource } from '../statistics/statistics.repo.ts';
import { OUTWARD_K, axisKeys, protect, protectedToTable, toMatrix } from '../statistics/stat-table.ts';
import { CtdcFormatError, parseCtdc, type CtdcRecord } from './ctdc-parse.ts';
import { ctdcRecords, externalDatasets } from './external-dataset.schema.ts';

export const CTDC_IMPORT_JOB = 'external_dataset.import_ctdc';
const BATCH = 500;
const MAX_REJECTED_LISTED = 200;

type DatasetRow = typeof externalDatasets.$inferSelect;

export function presentDataset(row: DatasetRow, progress: number | null): ExternalDataset {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    status: row.status,
    progress: row.status === 'done' ? 100 : (progress ?? 0),
    rowsRead: row.rowsRead,
    rowsImported: row.rowsImported,
    rowsRejected: row.rowsRejected,
    rejected: row.rejected,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function getDataset(db: Executor, id: string): Promise<ExternalDataset | null> {
  const rows = await db
    .select({ d: externalDatasets, progress: sql<number | null>`(SELECT progress FROM jobs WHERE jobs.id = ${externalDatasets.jobId})` })
    .from(externalDatasets)
    .where(eq(externalDatasets.id, id));
  const r = rows[0];
  return r ? presentDataset(r.d, r.progress) : null;
}

export async function findDatasets(db: Executor): Promise<ExternalDataset[]> {
  const rows = await db
    .select({ d: externalDatasets, progress: sql<number | null>`(SELECT progress FROM jobs WHERE jobs.id = ${externalDatasets.jobId})` })
    .from(externalDatasets)
    .orderBy(desc(externalDatasets.createdAt))
    .limit(200);
  return rows.map((r) => presentDataset(r.d, r.progress));
}

const toRow = (datasetId: string, r: CtdcRecord) => ({ datasetId, ...r });

/**
 * The import job: parses the stored file, inserts the records in batches (progress after each)
 * and writes the summary. Re-runnable: a retry starts by deleting what an earlier attempt wrote.
 * Batches are separate statements, not one transaction: PGlite has one session, and the queue's
 * progress updates go through the outer handle.
 */
export function registerExternalDatasetJobs(queue: JobQueue): void {
  queue.register(CTDC_IMPORT_JOB, async (job: ClaimedJob, ctx) => {
    const datasetId = typeof job.payload.datasetId === 'string' ? job.payload.datasetId : null;
    if (!datasetId) {
      throw new Error('ctdc import job without datasetId');
    }
    await importCtdc(ctx.db, datasetId, (p) => ctx.setProgress(p));
  });
}

export async function importCtdc(db: Db, datasetId: string, setProgress: (p: number) => Promise<void>): Promise<void> {
  const [ds] = await db.select().from(externalDatasets).where(eq(externalDatasets.id, datasetId));
  if (!ds || ds.sourceText === null) {
    return;
  }
  await db.delete(ctdcRecords).where(eq(ctdcRecords.datasetId, datasetId));
  await db.update(externalDatasets).set({ status: 'running', error: null }).where(eq(externalDatasets.id, datasetId));
  let parsed;
  try {
    parsed = parseCtdc(ds.sourceText);
  } catch (err) {
    if (err instanceof CtdcFormatError) {
      // A file that is not CTDC fails for good: retrying cannot help.
      await db
        .update(externalDatasets)
        .set({ status: 'failed', error: err.message, sourceText: null, finishedAt: sql`now()` })
        .where(eq(externalDatasets.id, datasetId));
      return;
    }
    throw err;
  }
  await setProgress(5);
  const total = parsed.records.length;
  for (let i = 0; i < total; i += BATCH) {
    await db.insert(ctdcRecords).values(parsed.records.slice(i, i + BATCH).map((r) => toRow(datasetId, r)));
    await setProgress(5 + (90 * Math.min(total, i + BATCH)) / Math.max(total, 1));
  }
  await db.transaction(async (tx) => {
    await tx
      .update(externalDatasets)
      .set({
        status: 'done',
        sourceText: null,
        rowsRead: parsed.rowsRead,
        rowsImported: total,
        rowsRejected: parsed.rejected.length,
        rejected: parsed.rejected.slice(0, MAX_REJECTED_LISTED),
        finishedAt: sql`now()`,
      })
      .where(eq(externalDatasets.id, datasetId));
    await recordAudit(
      tx,
      { actor: systemActor('jobs'), requestId: null, ip: null },
      {
        action: 'external_dataset.imported',
        recordType: 'external_dataset',
        recordId: datasetId,
        details: { kind: 'ctdc', rowsRead: parsed.rowsRead, rowsImported: total, rowsRejected: parsed.rejected.length },
      },
    );
  });
}

// --- the reduced dashboard -------------------------------------------------------------------

const text = (col: string) => ({ expr: () => sql`coalesce(${sql.identifier(col)}, 'unknown')` });
const multi = (col: string) => ({
  expr: (a: string) => sql`${sql.identifier(a)}.v`,
  lateral: (a: string) => sql`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(r.${sql.identifier(col)}) = 0 THEN ARRAY['unspecified']::text[] ELSE r.${sql.identifier(col)} END) AS ${sql.identifier(a)}(v)`,
});

export const ctdcSource: StatSource<CtdcGroupBy> = {
  from: sql`ctdc_records r`,
  registeredAt: sql`make_date(r.year_of_registration, 1, 1)`,
  dimensions: {
    year: { expr: () => sql`coalesce(r.year_of_registration::text, 'unknown')` },
    dataSource: text('data_source'),
    gender: text('gender'),
    ageBroad: text('age_broad'),
    majorityStatus: text('majority_status'),
    citizenship: text('citizenship'),
    countryOfExploitation: text('country_of_exploitation'),
    typeOfExploitation: multi('types_of_exploitation'),
    meansOfControl: multi('means_of_control'),
    recruiterRelation: multi('recruiter_relations'),
  },
  organisationScope: () => sql`false`,
};

export async function getCtdcSummary(db: Executor, datasetId: string, q: { groupBy: CtdcGroupBy; by2?: CtdcGroupBy | undefined; method: 'suppress' | 'round' }): Promise<CtdcSummary> {
  const dims = q.by2 !== undefined && q.by2 !== q.groupBy ? ([q.groupBy, q.by2] as const) : ([q.groupBy] as const);
  const rows = await countBy(db, ctdcSource, dims, [sql`r.dataset_id = ${datasetId}`]);
  const axes = {
    rows: axisKeys(undefined, rows.map((r) => r.a)),
    columns: dims.length === 2 ? axisKeys(undefined, rows.map((r) => r.b ?? '')) : null,
  };
  // CTDC's records are k-anonymised already; the aggregates we publish are still outward
  // figures, so they follow the same rule as Keten's own (no filters offered: no differencing).
  const published = protect(toMatrix(rows, axes), dims.length === 1, { k: OUTWARD_K, method: q.method }, []);
  return {
    datasetId,
    unit: 'records',
    source: { name: 'CTDC Global k-anonymised dataset', kAnonymised: true, terms: 'https://www.ctdatacollaborative.org/terms-use' },
    disclosure: { controlled: true, method: q.method, k: OUTWARD_K, zerosPublished: true, protectedAgainst: [] },
    table: protectedToTable(published, axes, { rowDimension: dims[0], columnDimension: dims[1] ?? null, multiValued: dims.some((d) => CTDC_MULTI_VALUED.includes(d)) }),
  };
}
