import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CtdcImportBodySchema, CtdcSummaryQuerySchema, CtdcSummarySchema, ExternalDatasetSchema } from '@keten/shared';
import { recordAudit } from '../audit/audit.service.ts';
import { AppError } from '../http/errors.ts';
import { CTDC_IMPORT_JOB, findDatasets, getCtdcSummary, getDataset } from './external-dataset.service.ts';
import { externalDatasets } from './external-dataset.schema.ts';

const IdParams = z.object({ id: z.uuid() });

/**
 * External statistical datasets (CTDC). Capability `statistics.outward`: the dataset is global,
 * published data used by the rapporteur and the coordination bureau to set Keten's national
 * figures beside it; it belongs to no organisation's caseload, so `statistics.internal` (an
 * organisation's figures on its own records) does not fit. Its summaries are outward figures and
 * disclosure-controlled like the others. The import is audited; reading the summary is not (ST).
 */
export const externalDatasetRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.post(
    '/api/external-datasets/ctdc',
    {
      config: { permission: 'statistics.outward' },
      bodyLimit: 60 * 1024 * 1024,
      schema: {
        tags: ['statistics'],
        summary: "Import CTDC's k-anonymised dataset (CSV text); runs as a job with progress",
        body: CtdcImportBodySchema,
        response: { 202: ExternalDatasetSchema },
      },
    },
    async (req, reply) => {
      const actor = req.actor;
      const id = await db().transaction(async (tx) => {
        const [row] = await tx
          .insert(externalDatasets)
          .values({
            kind: 'ctdc',
            name: req.body.name ?? 'CTDC Global k-anonymised dataset',
            sourceText: req.body.csv,
            sourceBytes: Buffer.byteLength(req.body.csv),
            createdBy: actor.kind === 'user' ? actor.userId : null,
            organisationId: actor.kind === 'user' ? actor.organisationId : null,
          })
          .returning({ id: externalDatasets.id });
        if (!row) {
          throw new Error('insert returned no row');
        }
        const jobId = await app.deps.jobs.enqueue(tx, CTDC_IMPORT_JOB, { datasetId: row.id }, { maxAttempts: 3 });
        await tx.update(externalDatasets).set({ jobId }).where(eq(externalDatasets.id, row.id));
        await recordAudit(tx, req.ctx, {
          action: 'external_dataset.import_started',
          recordType: 'external_dataset',
          recordId: row.id,
          details: { kind: 'ctdc', bytes: Buffer.byteLength(req.body.csv), jobId },
        });
        return row.id;
      });
      const ds = await getDataset(db(), id);
      if (!ds) {
        throw new AppError('not_found', 'No such dataset');
      }
      return reply.status(202).send(ds);
    },
  );

  app.get(
    '/api/external-datasets',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'External statistical datasets, newest first', response: { 200: z.object({ data: z.array(ExternalDatasetSchema) }) } },
    },
    async () => ({ data: await findDatasets(db()) }),
  );

  app.get(
    '/api/external-datasets/:id',
    {
      config: { permission: 'statistics.outward' },
      schema: { tags: ['statistics'], summary: 'Import status, progress and the rows read, imported and rejected', params: IdParams, response: { 200: ExternalDatasetSchema } },
    },
    async (req) => {
      const ds = await getDataset(db(), req.params.id);
      if (!ds) {
        throw new AppError('not_found', 'No such dataset');
      }
      return ds;
    },
  );

  app.get(
    '/api/external-datasets/:id/summary',
    {
      config: { permission: 'statistics.outward' },
      schema: {
        tags: ['statistics'],
        summary: 'Counts of a CTDC dataset by one or two fields (multi-value fields per value), disclosure-controlled',
        params: IdParams,
        querystring: CtdcSummaryQuerySchema,
        response: { 200: CtdcSummarySchema },
      },
    },
    async (req) => {
      const ds = await getDataset(db(), req.params.id);
      if (!ds) {
        throw new AppError('not_found', 'No such dataset');
      }
      if (ds.status !== 'done') {
        throw new AppError('conflict', 'The dataset is not imported yet', { reason: 'import_not_done', status: ds.status });
      }
      return getCtdcSummary(db(), ds.id, req.query);
    },
  );
};
