import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound, validationFailed } from '../http/errors.ts';
import { SESSION_COOKIE } from '../http/auth-plugin.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import type { AuthDeps } from './login.service.ts';
import {
  completeOidcLogin,
  findOidcProviders,
  getOidcConfig,
  OIDC_CALLBACK_PATH,
  OIDC_FLOW_MINUTES,
  OIDC_STATE_COOKIE,
  OidcConfigSchema,
  OidcProviderUnavailableError,
  ReturnToSchema,
  setOidcConfig,
  SetOidcConfigSchema,
  startOidcLogin,
} from './oidc.service.ts';

const OIDC_RATE = { max: 30, timeWindow: '1 minute' };

/**
 * Login through an organisation's own OpenID Connect provider (authorisation code + PKCE), and
 * the platform administrator's settings for it. The provider proves who someone is; the account,
 * its organisation and its roles always come from Keten.
 */
export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = (): AuthDeps => ({ db: app.deps.database.db, config: app.deps.config, cipher: app.deps.crypto.cipher, hashKey: app.deps.crypto.hashKey });
  // The same session cookie as after a password login (auth.routes.ts).
  const sessionCookieOptions = () => ({ httpOnly: true, secure: app.deps.config.sessions.cookieSecure, sameSite: 'strict' as const, path: '/' });

  app.get(
    '/api/auth/oidc/providers',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Organisations whose people can log in with their own identity provider',
        response: { 200: z.object({ data: z.array(z.object({ id: z.uuid(), name: z.string() })) }) },
      },
    },
    async () => ({ data: await findOidcProviders(app.deps.database.db) }),
  );

  app.get(
    '/api/auth/oidc/:organisationId/start',
    {
      config: { permission: 'public', rateLimit: OIDC_RATE },
      schema: {
        tags: ['auth'],
        summary: "Start a login at the organisation's identity provider (redirects there)",
        params: z.object({ organisationId: z.uuid() }),
        querystring: z.object({ returnTo: ReturnToSchema.default('/') }),
      },
    },
    async (req, reply) => {
      let started: Awaited<ReturnType<typeof startOidcLogin>>;
      try {
        started = await startOidcLogin(deps(), { organisationId: req.params.organisationId, returnTo: req.query.returnTo });
      } catch (err) {
        if (err instanceof OidcProviderUnavailableError) {
          req.log.warn({ organisationId: req.params.organisationId, cause: err.cause instanceof Error ? err.cause.name : 'unknown' }, 'OpenID Connect discovery failed');
          throw new AppError('unavailable', 'The identity provider cannot be reached; try again later');
        }
        throw err;
      }
      if (!started) {
        throw notFound('This organisation offers no login with its own identity provider');
      }
      void reply.setCookie(OIDC_STATE_COOKIE, started.state, {
        httpOnly: true,
        secure: app.deps.config.sessions.cookieSecure,
        // Lax: the provider sends the browser back with a cross-site top-level navigation.
        sameSite: 'lax',
        path: OIDC_CALLBACK_PATH,
        maxAge: OIDC_FLOW_MINUTES * 60,
      });
      return reply.redirect(started.authorizationUrl, 302);
    },
  );

  app.get(
    OIDC_CALLBACK_PATH,
    {
      config: { permission: 'public', rateLimit: OIDC_RATE },
      schema: {
        tags: ['auth'],
        summary: 'Where the identity provider sends the browser back (redirects into the app)',
        // The whole response (code, iss, error …) is validated by openid-client from the raw URL.
        querystring: z.looseObject({ state: z.string().min(1).max(500) }),
      },
    },
    async (req, reply) => {
      const at = req.url.indexOf('?');
      const outcome = await completeOidcLogin(deps(), req.ctx, {
        query: at >= 0 ? req.url.slice(at) : '',
        state: req.query.state,
        stateCookie: req.cookies[OIDC_STATE_COOKIE],
        userAgent: req.headers['user-agent'] ?? null,
      });
      void reply.clearCookie(OIDC_STATE_COOKIE, { path: OIDC_CALLBACK_PATH });
      switch (outcome.kind) {
        case 'invalid_state':
          throw new AppError('bad_request', 'This login is unknown, expired or already used; start again', { reason: 'oidc_invalid_state' });
        case 'refused':
          if (outcome.problem) {
            req.log.warn({ problem: outcome.problem }, 'OpenID Connect login failed at the provider');
          }
          return reply.redirect(`/login?error=${outcome.error}`, 302);
        case 'second_factor':
          return reply.redirect(`/login/second-factor?pending=${encodeURIComponent(outcome.pendingToken)}`, 302);
        case 'session':
          void reply.setCookie(SESSION_COOKIE, outcome.session.token, sessionCookieOptions());
          return reply.redirect(outcome.returnTo, 302);
      }
    },
  );

  app.get(
    '/api/admin/organisations/:id/oidc',
    {
      config: { permission: 'platform.organisations.manage' },
      schema: {
        tags: ['admin'],
        summary: "An organisation's OpenID Connect login settings (without the client secret)",
        params: z.object({ id: z.uuid() }),
        response: { 200: OidcConfigSchema },
      },
    },
    async (req) => {
      const found = await getOidcConfig(app.deps.database.db, app.deps.config, req.params.id);
      if (!found) {
        throw notFound('This organisation has no OpenID Connect settings');
      }
      return found;
    },
  );

  app.put(
    '/api/admin/organisations/:id/oidc',
    {
      config: { permission: 'platform.organisations.manage' },
      schema: {
        tags: ['admin'],
        summary: "Set an organisation's OpenID Connect login (the client secret is write-only)",
        params: z.object({ id: z.uuid() }),
        body: SetOidcConfigSchema,
        response: { 200: OidcConfigSchema },
      },
    },
    async (req) => {
      if (!app.deps.config.oidc.allowHttp && new URL(req.body.issuer).protocol !== 'https:') {
        throw validationFailed([{ path: 'body.issuer', code: 'https_required', message: 'The issuer must use https' }]);
      }
      return app.deps.database.db.transaction(async (tx) => {
        const [organisation] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, req.params.id));
        if (!organisation) {
          throw notFound('No such organisation');
        }
        return setOidcConfig(tx, req.ctx, { config: app.deps.config, cipher: app.deps.crypto.cipher }, organisation.id, req.body);
      });
    },
  );
};
