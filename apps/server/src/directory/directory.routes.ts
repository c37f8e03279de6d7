import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DirectoryEntrySchema, DirectoryQuerySchema, OnCallContactInputSchema, OnCallContactSchema, OnCallContactUpdateSchema, UiLanguageSchema } from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import { findDirectory, getDirectoryEntry, type DirectoryAudience } from './directory.repo.ts';
import { createOnCall, deleteOnCall, updateOnCall } from './on-call.service.ts';

const audienceOf = (actor: Actor): DirectoryAudience => (actor.kind === 'user' ? 'professional' : 'public');

/**
 * The coordination directory. Public visitors see the help organisations (centres, Guardianship
 * Service, Benelux contact points, Myria, NGOs) with their public contact data; logged-in
 * professionals see every organisation of the chain and the on-call contacts.
 */
export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/directory',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'Organisations with their public contact data (on-call contacts for logged-in users)',
        querystring: DirectoryQuerySchema,
        response: { 200: z.object({ data: z.array(DirectoryEntrySchema), page: z.object({ total: z.int() }) }) },
      },
    },
    async (req) => {
      const { lang, type, ...filter } = req.query;
      const data = await findDirectory(db(), audienceOf(req.actor), lang, { ...filter, types: type ? [type] : undefined });
      return { data, page: { total: data.length } };
    },
  );

  app.get(
    '/api/directory/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'One organisation of the directory',
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ lang: UiLanguageSchema.default('nl') }),
        response: { 200: DirectoryEntrySchema },
      },
    },
    async (req) => getDirectoryEntry(db(), audienceOf(req.actor), req.query.lang, req.params.id),
  );

  app.post(
    '/api/directory/:id/on-call',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['directory'],
        summary: 'Add an on-call contact (the organisation’s administrator or the coordination bureau)',
        params: z.object({ id: z.uuid() }),
        body: OnCallContactInputSchema,
        response: { 201: OnCallContactSchema },
      },
    },
    async (req, reply) => {
      const created = await db().transaction((tx) => createOnCall(tx, req.ctx, req.params.id, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/on-call-contacts/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['directory'], summary: 'Edit an on-call contact (optimistic locking)', params: z.object({ id: z.uuid() }), body: OnCallContactUpdateSchema, response: { 200: OnCallContactSchema } },
    },
    async (req) => db().transaction((tx) => updateOnCall(tx, req.ctx, req.params.id, req.body)),
  );

  app.delete(
    '/api/on-call-contacts/:id',
    { config: { permission: 'authenticated' }, schema: { tags: ['directory'], summary: 'Remove an on-call contact', params: z.object({ id: z.uuid() }), response: { 204: z.null() } } },
    async (req, reply) => {
      await db().transaction((tx) => deleteOnCall(tx, req.ctx, req.params.id));
      return reply.status(204).send(null);
    },
  );
};
