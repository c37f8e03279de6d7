import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AdminSessionSchema,
  AdminUserSchema,
  PageInfoSchema,
  QueuedSchema,
  RevokedSessionsSchema,
  UpdateUserSchema,
  UserListQuerySchema,
} from '@keten/shared';
import { findActiveSessions } from '../sessions/session.service.ts';
import { organisationIdParam, resolveUserAdminScope, variantParams, type UserAdminVariant } from './admin-scope.ts';
import { presentAdminUser } from './user.presenter.ts';
import { findUsers, getUserInScope } from './user-admin.repo.ts';
import { resendInvitation, resetUserMfa, revokeUserSession, revokeUserSessions, updateUser } from './user-admin.service.ts';

/**
 * User administration. Registered twice (admin.routes.ts): under /api/admin for an organisation
 * administrator's own organisation (`org.users.manage`), and under
 * /api/admin/organisations/:organisationId for a platform administrator (`platform.users.manage`,
 * any organisation). Both see people's work identity, roles and sessions — never record data.
 */
export const userAdminRoutes: FastifyPluginAsyncZod<{ variant: UserAdminVariant }> = async (app, { variant }) => {
  const permission = variant === 'platform' ? ('platform.users.manage' as const) : ('org.users.manage' as const);
  const db = () => app.deps.database.db;
  const UserParams = variantParams(variant, { id: z.uuid() });

  app.get(
    '/users',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Users of the organisation with roles, status and last login',
        params: variantParams(variant, {}),
        querystring: UserListQuerySchema,
        response: { 200: z.object({ data: z.array(AdminUserSchema), page: PageInfoSchema }) },
      },
    },
    async (req) => {
      const scope = await resolveUserAdminScope(db(), req.actor, variant, organisationIdParam(req.params));
      const { rows, page } = await findUsers(db(), scope, req.query);
      return { data: rows.map((r) => presentAdminUser(r, scope.organisationType)), page };
    },
  );

  app.get(
    '/users/:id',
    {
      config: { permission },
      schema: { tags: ['admin'], summary: 'One user', params: UserParams, response: { 200: AdminUserSchema } },
    },
    async (req) => {
      const scope = await resolveUserAdminScope(db(), req.actor, variant, organisationIdParam(req.params));
      return presentAdminUser(await getUserInScope(db(), scope, req.params.id), scope.organisationType);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Change roles, disable/enable, name or job title (send the version you loaded; 409 when stale)',
        params: UserParams,
        body: UpdateUserSchema,
        response: { 200: AdminUserSchema },
      },
    },
    async (req) =>
      db().transaction(async (tx) => {
        const scope = await resolveUserAdminScope(tx, req.actor, variant, organisationIdParam(req.params));
        return updateUser(tx, req.ctx, scope, req.params.id, req.body);
      }),
  );

  app.post(
    '/users/:id/invitation',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'Send a new invitation link to an invited user (earlier links stop working)',
        params: UserParams,
        response: { 202: QueuedSchema },
      },
    },
    async (req, reply) => {
      await db().transaction(async (tx) => {
        const scope = await resolveUserAdminScope(tx, req.actor, variant, organisationIdParam(req.params));
        await resendInvitation(tx, req.ctx, app.deps.jobs, scope, req.params.id);
      });
      return reply.status(202).send({ status: 'queued' as const });
    },
  );

  app.post(
    '/users/:id/mfa-reset',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: "Clear the user's second factor, end their sessions and mail a new enrolment link",
        params: UserParams,
        response: { 200: AdminUserSchema },
      },
    },
    async (req) =>
      db().transaction(async (tx) => {
        const scope = await resolveUserAdminScope(tx, req.actor, variant, organisationIdParam(req.params));
        return resetUserMfa(tx, req.ctx, app.deps.jobs, scope, req.params.id);
      }),
  );

  app.get(
    '/users/:id/sessions',
    {
      config: { permission },
      schema: { tags: ['admin'], summary: "The user's active sessions", params: UserParams, response: { 200: z.object({ data: z.array(AdminSessionSchema) }) } },
    },
    async (req) => {
      const scope = await resolveUserAdminScope(db(), req.actor, variant, organisationIdParam(req.params));
      const user = await getUserInScope(db(), scope, req.params.id);
      const rows = await findActiveSessions(db(), user.id, app.deps.config.sessions);
      return {
        data: rows.map((r) => ({
          ...r,
          userId: user.id,
          createdAt: r.createdAt.toISOString(),
          lastSeenAt: r.lastSeenAt.toISOString(),
          expiresAt: r.expiresAt.toISOString(),
        })),
      };
    },
  );

  app.delete(
    '/users/:id/sessions/:sessionId',
    {
      config: { permission },
      schema: {
        tags: ['admin'],
        summary: 'End one session of the user',
        params: variantParams(variant, { id: z.uuid(), sessionId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await db().transaction(async (tx) => {
        const scope = await resolveUserAdminScope(tx, req.actor, variant, organisationIdParam(req.params));
        await revokeUserSession(tx, req.ctx, scope, req.params.id, req.params.sessionId);
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/users/:id/sessions',
    {
      config: { permission },
      schema: { tags: ['admin'], summary: 'End every session of the user', params: UserParams, response: { 200: RevokedSessionsSchema } },
    },
    async (req) => {
      const revoked = await db().transaction(async (tx) => {
        const scope = await resolveUserAdminScope(tx, req.actor, variant, organisationIdParam(req.params));
        return revokeUserSessions(tx, req.ctx, scope, req.params.id);
      });
      return { revoked };
    },
  );
};
