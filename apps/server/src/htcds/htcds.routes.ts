import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HtcdsExportQuerySchema, HtcdsImportBodySchema, HtcdsImportReportSchema } from '@keten/shared/exports';
import { exportHtcds, importHtcds } from './htcds.service.ts';

/**
 * Data exchange in the IOM Human Trafficking Case Data Standard (HTCDS v2.0). Export: the victim
 * files my organisation may open, each cut to the sections I may see (identity only where ID is
 * visible), audited as an export of every record listed. Import: into files owned by my centre,
 * with a per-row report; `ext_be_reference` and the `ext_be_procedure_*` / `ext_be_documents_issued`
 * fields are export-only (a file gets a new reference; a procedure is run in Keten).
 */
export const htcdsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/htcds/victim-files',
    {
      config: { permission: 'record.read' },
      schema: { tags: ['victim-files'], summary: 'Victim files in the HTCDS layout (JSON or CSV), cut to the sections I may see (audited)', querystring: HtcdsExportQuerySchema },
    },
    async (req, reply) => {
      const format = req.query.format;
      const { body } = await db().transaction((tx) => exportHtcds(tx, req.ctx, app.deps.crypto, format));
      return reply
        .header('content-type', format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="keten-htcds-${new Date().toISOString().slice(0, 10)}.${format}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.post(
    '/api/htcds/victim-files/import',
    {
      config: { permission: 'record.write' },
      bodyLimit: 25 * 1024 * 1024,
      schema: {
        tags: ['victim-files'],
        summary: 'Import an HTCDS file (JSON or CSV) into victim files owned by my centre; a row with any error is not imported (report per row and field)',
        body: HtcdsImportBodySchema,
        response: { 200: HtcdsImportReportSchema },
      },
    },
    async (req) => db().transaction((tx) => importHtcds(tx, req.ctx, app.deps.crypto, req.body.format, req.body.content)),
  );
};
