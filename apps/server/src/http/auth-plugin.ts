import fastifyCookie from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { capabilitiesOf, type Capability, type Role, SERVICE_CAPABILITIES } from '@keten/shared';
import type { Actor, RequestContext } from '../access/actor.ts';
import { resolveApiToken } from '../service-accounts/api-token.service.ts';
import { resolveSession, type ResolvedSession } from '../sessions/session.service.ts';
import { safeEqual } from '../auth/tokens.ts';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    session: ResolvedSession | null;
    /** Actor, request id and IP: what every audit event needs. */
    ctx: RequestContext;
  }
}

export const SESSION_COOKIE = 'keten_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function actorCapabilities(actor: Actor): readonly Capability[] {
  switch (actor.kind) {
    case 'user':
      return capabilitiesOf(actor.roles as Role[]);
    case 'service':
      return actor.capabilities.filter((c): c is Capability =>
        (SERVICE_CAPABILITIES as readonly string[]).includes(c),
      );
    case 'system':
    case 'anonymous':
      return [];
  }
}

/**
 * The first steps of every request path: authenticate (session cookie or service token), then
 * check the route's declared permission and, for state-changing requests in a session, the CSRF
 * token. Nothing after this runs for a request that fails here.
 */
function checkPermission(req: FastifyRequest): void {
  const permission = req.routeOptions.config.permission;
  if (!permission || permission === 'public') {
    return;
  }
  const actor = req.actor;
  if (actor.kind === 'anonymous') {
    throw new AppError('unauthenticated', 'Log in first');
  }
  if (req.session && !SAFE_METHODS.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, req.session.csrfToken)) {
      throw new AppError('forbidden', 'Missing or invalid CSRF token', { reason: 'csrf' });
    }
  }
  if (permission === 'authenticated') {
    if (actor.kind !== 'user') {
      throw new AppError('forbidden', 'Only people can do this');
    }
    return;
  }
  if (!actorCapabilities(actor).includes(permission)) {
    throw new AppError('forbidden', `Requires the capability ${permission}`);
  }
}

export const authPlugin = fp(async (app) => {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', null);
  app.decorateRequest('ctx', null as never);

  app.addHook('onRequest', async (req) => {
    req.actor = { kind: 'anonymous' };
    req.session = null;
    const { config, database } = app.deps;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      const resolved = await resolveApiToken(database.db, auth.slice(7).trim());
      if (!resolved) {
        throw new AppError('unauthenticated', 'Invalid or revoked API token');
      }
      req.actor = resolved;
    } else {
      const token = req.cookies[SESSION_COOKIE];
      if (token) {
        const session = await resolveSession(database.db, token, config.sessions);
        if (session) {
          req.session = session;
          req.actor = session.actor;
        }
      }
    }
    req.ctx = { actor: req.actor, requestId: req.id, ip: req.ip };
    // The permission is checked right after authentication, before the body is even validated,
    // so an anonymous caller learns nothing about a protected route's input.
    checkPermission(req);
  });
});
