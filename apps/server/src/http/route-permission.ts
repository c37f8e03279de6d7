/**
 * Every /api route declares who may call it, in `config.permission`. Public routes say so by name.
 * The access issue adds capability names; a route without a declaration refuses to register.
 */
export type RoutePermission = 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
}
