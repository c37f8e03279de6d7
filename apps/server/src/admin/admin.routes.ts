import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountRequestAdminRoutes } from '../account-requests/account-request.routes.ts';
import { userAdminRoutes } from './user-admin.routes.ts';

/** Where a platform administrator reaches one organisation's users and requests. */
const PLATFORM_PREFIX = '/api/admin/organisations/:organisationId';

/**
 * User and account-request administration, mounted twice with one permission each (every route
 * declares exactly one): an organisation administrator's own organisation under /api/admin, any
 * organisation for a platform administrator under /api/admin/organisations/:organisationId.
 */
export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(userAdminRoutes, { prefix: '/api/admin', variant: 'organisation' });
  await app.register(userAdminRoutes, { prefix: PLATFORM_PREFIX, variant: 'platform' });
  await app.register(accountRequestAdminRoutes, { prefix: '/api/admin', variant: 'organisation' });
  await app.register(accountRequestAdminRoutes, { prefix: PLATFORM_PREFIX, variant: 'platform' });
};
