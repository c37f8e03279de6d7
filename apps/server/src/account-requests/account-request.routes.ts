import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountRequestListQuerySchema,
  AccountRequestReceivedSchema,
  AccountRequestSchema,
  AdminUserSchema,
  ApproveAccountRequestSchema,
  CreateAccountRequestSchema,
  PageInfoSchema,
  RefuseAccountRequestSchema,
} from '@keten/shared';
import { organisationIdParam, resolveUserAdminScope, variantParams, type UserAdminVariant } from '../admin/admin-scope.ts';
import { findAccountRequests } from './account-request.repo.ts';
import { approveAccountRequest, presentAccountRequest, refuseAccountRequest, submitAccountRequest } from './account-request.service.ts';

/** The public form: 5 submissions per IP address per hour (spam, and probing for addresses). */
const SUBMIT_RATE = { max: 5, timeWindow: '1 hour' };

export const accountRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/account-requests',
    {
      config: { permission: 'public', rateLimit: SUBMIT_RATE },
      schema: {
        tags: ['accounts'],
        summary: 'Request an account (public form). Answers 202 for new, duplicate and existing addresses alike',
        body: CreateAccountRequestSchema,
        response: { 202: AccountRequestReceivedSchema },
      },
    },
    async (req, reply) => {
      await app.deps.database.db.transaction((tx) => submitAccountRequest(tx, req.ctx, app.deps.jobs, req.body));
      return reply.status(202).send({ status: 'received' as const });
    },
  );
};

/**
 * Handling requests: an organisation administrator for their own organisation (`org.users.manage`,
 * under /api/admin), a platform administrator for any organisation (`platform.users.manage`, under
 * /api/admin/organisations/:organisationId) — e.g. to approve the first administrator of a new one.
 */
export const accountRequestAdminRoutes: FastifyPluginAsyncZod<{ variant: UserAdminVariant }> = async (app, { variant }) => {
  const permission = variant === 'platform' ? ('platform.users.manage' as const) : ('org.users.manage' as const);
  const db = () => app.deps.database.db;

  app.get(
    '/account-requests',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Account requests of the organisation (default: pending)',
        params: variantParams(variant, {}),
        querystring: AccountRequestListQuerySchema,
        response: { 200: z.object({ data: z.array(AccountRequestSchema), page: PageInfoSchema }) },
      },
    },
    async (req) => {
      const scope = await resolveUserAdminScope(db(), req.actor, variant, organisationIdParam(req.params));
      const { rows, page } = await findAccountRequests(db(), scope, req.query);
      return { data: rows.map((r) => presentAccountRequest(r, scope)), page };
    },
  );

  app.post(
    '/account-requests/:id/approve',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Approve: creates the invited user with the chosen roles and mails an invitation link',
        params: variantParams(variant, { id: z.uuid() }),
        body: ApproveAccountRequestSchema,
        response: { 200: AdminUserSchema },
      },
    },
    async (req) =>
      db().transaction(async (tx) => {
        const scope = await resolveUserAdminScope(tx, req.actor, variant, organisationIdParam(req.params));
        return approveAccountRequest(tx, req.ctx, app.deps.jobs, scope, req.params.id, req.body.roles);
      }),
  );

  app.post(
    '/account-requests/:id/refuse',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: "Refuse with a reason (mailed to the requester in the request's language)",
        params: variantParams(variant, { id: z.uuid() }),
        body: RefuseAccountRequestSchema,
        response: { 200: AccountRequestSchema },
      },
    },
    async (req) =>
      db().transaction(async (tx) => {
        const scope = await resolveUserAdminScope(tx, req.actor, variant, organisationIdParam(req.params));
        return refuseAccountRequest(tx, req.ctx, app.deps.jobs, scope, req.params.id, req.body.reason);
      }),
  );
};
