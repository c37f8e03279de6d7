import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateServiceAccountSchema,
  IssueApiTokenSchema,
  IssuedApiTokenSchema,
  PageInfoSchema,
  ServiceAccountListQuerySchema,
  ServiceAccountSchema,
} from '@keten/shared';
import { PLATFORM_SCOPE } from '../admin/admin-scope.ts';
import { findServiceAccounts, getServiceAccount, tokensOf } from './service-account.repo.ts';
import { createServiceAccount, disableServiceAccount, issueServiceToken, presentServiceAccount, revokeServiceToken } from './service-account.service.ts';

const AccountParams = z.object({ id: z.uuid() });

/** Machine accounts and their API tokens (`platform.service_accounts.manage`, every organisation). */
export const serviceAccountRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const permission = 'platform.service_accounts.manage' as const;

  app.get(
    '/api/admin/service-accounts',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Service accounts with their tokens (prefix, created, last used)',
        querystring: ServiceAccountListQuerySchema,
        response: { 200: z.object({ data: z.array(ServiceAccountSchema), page: PageInfoSchema }) },
      },
    },
    async (req) => {
      const { rows, page } = await findServiceAccounts(db(), PLATFORM_SCOPE, req.query);
      const tokens = await tokensOf(
        db(),
        rows.map((r) => r.id),
      );
      return { data: rows.map((r) => presentServiceAccount(r, tokens.get(r.id) ?? [])), page };
    },
  );

  app.post(
    '/api/admin/service-accounts',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Create a service account (capabilities from SERVICE_CAPABILITIES only; 422 otherwise)',
        body: CreateServiceAccountSchema,
        response: { 201: ServiceAccountSchema },
      },
    },
    async (req, reply) => {
      const created = await db().transaction((tx) => createServiceAccount(tx, req.ctx, PLATFORM_SCOPE, req.body));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/admin/service-accounts/:id',
    {
      config: { permission },
      schema: { tags: ['admin'], summary: 'One service account', params: AccountParams, response: { 200: ServiceAccountSchema } },
    },
    async (req) => {
      const row = await getServiceAccount(db(), PLATFORM_SCOPE, req.params.id);
      return presentServiceAccount(row, (await tokensOf(db(), [row.id])).get(row.id) ?? []);
    },
  );

  app.delete(
    '/api/admin/service-accounts/:id',
    {
      config: { permission },
      schema: { tags: ['admin'], summary: 'Disable a service account and revoke its tokens', params: AccountParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await db().transaction((tx) => disableServiceAccount(tx, req.ctx, PLATFORM_SCOPE, req.params.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/admin/service-accounts/:id/tokens',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Issue an API token. The token is in this response only; use it as `Authorization: Bearer <token>`',
        params: AccountParams,
        body: IssueApiTokenSchema,
        response: { 201: IssuedApiTokenSchema },
      },
    },
    async (req, reply) => {
      const issued = await db().transaction((tx) => issueServiceToken(tx, req.ctx, PLATFORM_SCOPE, req.params.id, req.body.expiresAt));
      // The plain token must not be kept by any cache on the way.
      void reply.header('cache-control', 'no-store');
      return reply.status(201).send(issued);
    },
  );

  app.delete(
    '/api/admin/service-accounts/:id/tokens/:tokenId',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Revoke an API token (it answers 401 from the next request on)',
        params: z.object({ id: z.uuid(), tokenId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await db().transaction((tx) => revokeServiceToken(tx, req.ctx, PLATFORM_SCOPE, req.params.id, req.params.tokenId));
      return reply.status(204).send(null);
    },
  );
};
