import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ContentPageListQuerySchema,
  ContentPageSchema,
  CreateContentPageSchema,
  SlugSchema,
  UpdateContentPageSchema,
  VictimInfoIndexSchema,
  VictimInfoQuerySchema,
} from '@keten/shared';
import { findAllPages, findContentLanguages, findPublishedPages, getPublishedPage, summarise } from './content-page.repo.ts';
import { createPage, updatePage } from './content-page.service.ts';

/**
 * Information for the person concerned (public), and the editing of those pages by the
 * coordination bureau (`knowledge.edit`). Public answers carry no personal data and set no cookie.
 */
export const victimInfoRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/victim-info',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['victim-info'],
        summary: 'Published pages for one language and audience, the languages available, and the quick-exit address',
        querystring: VictimInfoQuerySchema,
        response: { 200: VictimInfoIndexSchema },
      },
    },
    async (req) => {
      const pages = await findPublishedPages(db(), req.query.lang, req.query.audience);
      return {
        data: pages.map(summarise),
        languages: await findContentLanguages(db(), req.query.audience),
        quickExitUrl: app.deps.config.knowledge.quickExitUrl,
      };
    },
  );

  app.get(
    '/api/victim-info/:slug',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['victim-info'],
        summary: 'One published page',
        params: z.object({ slug: SlugSchema }),
        querystring: VictimInfoQuerySchema,
        response: { 200: ContentPageSchema },
      },
    },
    async (req) => getPublishedPage(db(), req.params.slug, req.query.lang, req.query.audience),
  );

  app.get(
    '/api/content-pages',
    {
      config: { permission: 'knowledge.edit' },
      schema: {
        tags: ['victim-info'],
        summary: 'Every page in every status and language (editors)',
        querystring: ContentPageListQuerySchema,
        response: { 200: z.object({ data: z.array(ContentPageSchema), page: z.object({ total: z.int() }) }) },
      },
    },
    async (req) => {
      const data = await findAllPages(db(), req.query);
      return { data, page: { total: data.length } };
    },
  );

  app.post(
    '/api/content-pages',
    {
      config: { permission: 'knowledge.edit' },
      schema: { tags: ['victim-info'], summary: 'A new page, or a translation of one into another language', body: CreateContentPageSchema, response: { 201: ContentPageSchema } },
    },
    async (req, reply) => {
      const page = await db().transaction((tx) => createPage(tx, req.ctx, req.body));
      return reply.status(201).send(page);
    },
  );

  app.patch(
    '/api/content-pages/:id',
    {
      config: { permission: 'knowledge.edit' },
      schema: {
        tags: ['victim-info'],
        summary: 'Edit a page (optimistic locking: a stale version answers 409)',
        params: z.object({ id: z.uuid() }),
        body: UpdateContentPageSchema,
        response: { 200: ContentPageSchema },
      },
    },
    async (req) => db().transaction((tx) => updatePage(tx, req.ctx, req.params.id, req.body)),
  );
};
