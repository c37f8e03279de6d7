import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GuideQuerySchema, GuideRoleListSchema, GuideRoleSchema, GuideSchema, LanguageQuerySchema } from '@keten/shared';
import { renderGuideLeaflet } from './guide-leaflet.ts';
import { buildGuide, guideRoleList } from './guide.service.ts';

/**
 * The public referral guide: no login, no cookie needed, no personal data in or out. Rate-limited
 * leaflets, because rendering a PDF costs more than answering JSON.
 */
export const guideRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/guide',
    { config: { permission: 'public' }, schema: { tags: ['guide'], summary: 'The roles of the referral guide', querystring: LanguageQuerySchema, response: { 200: GuideRoleListSchema } } },
    async (req) => ({ data: guideRoleList(req.query.lang) }),
  );

  app.get(
    '/api/guide/:role',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['guide'],
        summary: 'The guide for one role: signs, what to do now, whom to call, what happens next, rights',
        params: z.object({ role: GuideRoleSchema }),
        querystring: GuideQuerySchema,
        response: { 200: GuideSchema },
      },
    },
    async (req) => buildGuide(db(), req.params.role, req.query.lang, { minor: req.query.minor }),
  );

  app.get(
    '/api/guide/:role/leaflet.pdf',
    {
      config: { permission: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['guide'],
        summary: 'The role’s one-page leaflet (PDF) in the chosen language',
        params: z.object({ role: GuideRoleSchema }),
        querystring: GuideQuerySchema,
      },
    },
    async (req, reply) => {
      const guide = await buildGuide(db(), req.params.role, req.query.lang, { minor: req.query.minor });
      const pdf = await renderGuideLeaflet(guide, { baseUrl: app.deps.config.publicUrl });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="keten-guide-${guide.role}-${guide.language}.pdf"`)
        .header('cache-control', 'public, max-age=300')
        .send(pdf);
    },
  );
};
