import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateOrganisationSchema,
  OrganisationSchema,
  OrganisationTypeSchema,
  PageInfoSchema,
  PageQuerySchema,
  PublicOrganisationSchema,
  UpdateOrganisationSchema,
} from '@keten/shared';
import { PLATFORM_SCOPE } from '../admin/admin-scope.ts';
import { findOrganisations, findPublicOrganisations, getOrganisation } from './organisation.repo.ts';
import { createOrganisation, presentOrganisation, updateOrganisation } from './organisation.service.ts';

const OrganisationParams = z.object({ organisationId: z.uuid() });

/**
 * The public organisation picker of the account request form, and the platform administrator's
 * organisation register (`platform.organisations.manage`; scope: every organisation).
 */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/public/organisations',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['organisations'],
        summary: 'Organisations to choose from on the account request form (id, name, type only)',
        response: { 200: z.object({ data: z.array(PublicOrganisationSchema) }) },
      },
    },
    async () => ({ data: await findPublicOrganisations(db()) }),
  );

  app.get(
    '/api/admin/organisations',
    {
      config: { permission: 'platform.organisations.manage' },
      schema: {
        tags: ['admin'],
        summary: 'All organisations (platform administrator)',
        querystring: PageQuerySchema.extend({ type: OrganisationTypeSchema.optional() }),
        response: { 200: z.object({ data: z.array(OrganisationSchema), page: PageInfoSchema }) },
      },
    },
    async (req) => {
      const { rows, page } = await findOrganisations(db(), PLATFORM_SCOPE, req.query);
      return { data: rows.map(presentOrganisation), page };
    },
  );

  app.post(
    '/api/admin/organisations',
    {
      config: { permission: 'platform.organisations.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create an organisation',
        body: CreateOrganisationSchema,
        response: { 201: OrganisationSchema },
      },
    },
    async (req, reply) => {
      const created = await db().transaction((tx) => createOrganisation(tx, req.ctx, req.body));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/admin/organisations/:organisationId',
    {
      config: { permission: 'platform.organisations.manage' },
      schema: { tags: ['admin'], summary: 'One organisation', params: OrganisationParams, response: { 200: OrganisationSchema } },
    },
    async (req) => presentOrganisation(await getOrganisation(db(), PLATFORM_SCOPE, req.params.organisationId)),
  );

  app.patch(
    '/api/admin/organisations/:organisationId',
    {
      config: { permission: 'platform.organisations.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Edit an organisation (optimistic locking: send the version you loaded; 409 when stale)',
        params: OrganisationParams,
        body: UpdateOrganisationSchema,
        response: { 200: OrganisationSchema },
      },
    },
    async (req) => db().transaction((tx) => updateOrganisation(tx, req.ctx, PLATFORM_SCOPE, req.params.organisationId, req.body)),
  );
};
