import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JudicialTrackSchema, JudicialUpdateSchema } from '@keten/shared';
import { updateJudicial } from './judicial.service.ts';

export const judicialRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/victim-files/:id/judicial',
    {
      config: { permission: 'judicial.write' },
      schema: {
        tags: ['judicial'],
        summary: 'Edit the judicial and rights track (JU; version 0 = first entry; 409 on a stale version)',
        params: z.object({ id: z.uuid() }),
        body: JudicialUpdateSchema,
        response: { 200: JudicialTrackSchema.extend({ version: z.int() }) },
      },
    },
    async (req) => app.deps.database.db.transaction((tx) => updateJudicial(tx, req.ctx, app.deps.crypto, req.params.id, req.body)),
  );
};
