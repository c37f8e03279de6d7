import type { Capability } from '@keten/shared';

/**
 * Every /api route declares who may call it, in `config.permission`: `public` (by name),
 * `authenticated` (any logged-in user, e.g. their own profile), or a capability from the role
 * table. A route without a declaration refuses to register (deny by default).
 */
export type RoutePermission = 'public' | 'authenticated' | Capability;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
}
