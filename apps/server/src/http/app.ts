import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { FieldIssue } from '@keten/shared';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/client.ts';
import { healthRoutes } from '../health/health.routes.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { referenceRoutes } from '../reference/reference.routes.ts';
import type { Secrets } from '../lib/secrets.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { accountRequestRoutes } from '../account-requests/account-request.routes.ts';
import { adminRoutes } from '../admin/admin.routes.ts';
import { auditSearchRoutes } from '../admin/audit-search.routes.ts';
import { metricsRoutes } from '../admin/metrics.routes.ts';
import { invitationRoutes } from '../invitations/invitation.routes.ts';
import { myMfaRoutes } from '../invitations/my-mfa.routes.ts';
import { organisationRoutes } from '../organisations/organisation.routes.ts';
import { serviceAccountRoutes } from '../service-accounts/service-account.routes.ts';
import { oidcRoutes } from '../auth/oidc.routes.ts';
import { authPlugin } from './auth-plugin.ts';
import { accessRoutes } from '../access/access.routes.ts';
import { guideRoutes } from '../knowledge/guide.routes.ts';
import { victimInfoRoutes } from '../knowledge/victim-info.routes.ts';
import { directoryRoutes } from '../directory/directory.routes.ts';
import { libraryRoutes } from '../documents/library.routes.ts';
import { actionPlanRoutes } from '../action-plan/action-plan.routes.ts';
import { signalRoutes } from '../signals/signal.routes.ts';
import { statisticsRoutes } from '../statistics/statistics.routes.ts';
import { externalDatasetRoutes } from '../external-datasets/external-dataset.routes.ts';
import { exportRoutes } from '../exports/export.routes.ts';
import { htcdsRoutes } from '../htcds/htcds.routes.ts';
import { referralRoutes } from '../referrals/referral.routes.ts';
import { victimFileRoutes } from '../victim-files/victim-file.routes.ts';
import { attachmentRoutes } from '../attachments/attachment.routes.ts';
import { procedureRoutes } from '../procedure/procedure.routes.ts';
import { judicialRoutes } from '../judicial/judicial.routes.ts';
import { taskRoutes } from '../tasks/task.routes.ts';
import { AppError, errorBody } from './errors.ts';
import type { RoutePermission } from './route-permission.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  secrets: Secrets;
  crypto: AppCrypto;
  jobs: JobQueue;
  version: string;
  loggerInstance?: FastifyBaseLogger;
}

/** Every /api route with its declared permission (the route snapshot test reviews access changes). */
export interface RouteTableEntry {
  method: string;
  url: string;
  permission: RoutePermission;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    routeTable: readonly RouteTableEntry[];
  }
}

export type App = FastifyInstance;

/** Request logs carry method, path and id only: query strings and bodies can hold personal data. */
export const requestSerializer = (req: { id: string; method: string; url: string }): Record<string, string> => ({
  id: req.id,
  method: req.method,
  path: maskPath(req.url.split('?')[0] ?? ''),
});

/** Secret tokens travel in some paths (invitation links): logs keep the route, never the token. */
export function maskPath(path: string): string {
  return path.replace(/\/(invitation|invitations)\/[^/]+/g, '/$1/…');
}

/** A PostgreSQL data exception (SQLSTATE class 22), possibly wrapped by Drizzle (`cause`). */
function isDataException(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 3 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    ...(deps.loggerInstance
      ? { loggerInstance: deps.loggerInstance }
      : {
          logger: {
            level: config.logLevel,
            serializers: { req: requestSerializer },
            redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
          },
        }),
    bodyLimit: config.bodyLimit,
    genReqId: () => randomUUID(),
    trustProxy: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Undecodable or over-long path parameters are refused by the router: same error shape as the rest.
    frameworkErrors: (error: FastifyError, _req: unknown, reply: FastifyReply) => {
      void reply.code(error.statusCode === 414 ? 414 : 400).send(errorBody('bad_request', 'The address is not valid'));
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });

  // Deny by default: an /api route that does not declare its permission cannot be registered.
  const routeTable: RouteTableEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) {
      return;
    }
    if (route.url.startsWith('/api/docs')) {
      route.config = { ...(route.config ?? {}), permission: 'public' };
      return;
    }
    const permission = route.config?.permission;
    if (!permission) {
      throw new Error(`Route ${JSON.stringify(route.method)} ${route.url} declares no permission`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') {
        routeTable.push({ method, url: route.url, permission });
      }
    }
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects its CSS variables in style tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });

  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      Object.assign(new AppError('rate_limited', `Too many requests; retry in ${ctx.after}`), { statusCode: 429 }),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Keten API',
        description: 'The API of Keten, the platform of the chain against human trafficking.',
        version: deps.version,
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues: FieldIssue[] = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
        code: v.keyword,
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send(errorBody('validation_failed', 'The request is not valid', { issues }));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err: { message: err.message, code: err.code } }, 'response failed its own schema');
      return reply.status(500).send(errorBody('internal', 'Internal error'));
    }
    if (isDataException(err)) {
      // SQLSTATE class 22 (a NUL in text, a number out of range …): the request's values, not the server.
      return reply.status(400).send(errorBody('bad_request', 'The request holds a value the database cannot store'));
    }
    const status = err.statusCode ?? 500;
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(errorBody('payload_too_large', `The request body exceeds ${config.bodyLimit} bytes`));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(errorBody('unsupported_media_type', 'Unsupported content type'));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return reply.status(400).send(errorBody('bad_request', 'The request body is not valid JSON'));
      default:
        break;
    }
    if (status === 429) {
      return reply.status(429).send(errorBody('rate_limited', 'Too many requests'));
    }
    if (status >= 400 && status < 500) {
      // Other client errors raised by Fastify itself (e.g. malformed JSON: SyntaxError with 400).
      return reply.status(400).send(errorBody('bad_request', 'The request is not valid'));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('internal', 'Internal error'));
  });

  app.get(
    '/api/openapi.json',
    { config: { permission: 'public' }, schema: { hide: true } },
    async () => app.swagger(),
  );

  await app.register(authPlugin);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(oidcRoutes);
  await app.register(referenceRoutes);
  await app.register(organisationRoutes);
  await app.register(accountRequestRoutes);
  await app.register(invitationRoutes);
  await app.register(myMfaRoutes);
  await app.register(adminRoutes);
  await app.register(serviceAccountRoutes);
  await app.register(auditSearchRoutes);
  await app.register(metricsRoutes);
  await app.register(accessRoutes);
  await app.register(guideRoutes);
  await app.register(victimInfoRoutes);
  await app.register(directoryRoutes);
  await app.register(libraryRoutes);
  await app.register(actionPlanRoutes);
  await app.register(signalRoutes);
  await app.register(statisticsRoutes);
  await app.register(externalDatasetRoutes);
  await app.register(exportRoutes);
  await app.register(htcdsRoutes);
  await app.register(referralRoutes);
  await app.register(victimFileRoutes);
  await app.register(attachmentRoutes);
  await app.register(procedureRoutes);
  await app.register(judicialRoutes);
  await app.register(taskRoutes);

  const webDist = config.webDist;
  const indexHtml = webDist ? path.join(webDist, 'index.html') : null;
  if (webDist && indexHtml && existsSync(indexHtml)) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          void res.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
    // Files under assets/ are served by @fastify/static; every other page is the single-page app.
    app.get('/*', { config: {} }, async (req, reply) => {
      const rel = req.url.split('?')[0] ?? '/';
      if (rel === '/api' || rel.startsWith('/api/')) {
        return reply.callNotFound();
      }
      if (rel !== '/' && existsSync(path.join(webDist, path.normalize(rel).replace(/^(\.\.[/\\])+/, '')))) {
        return reply.sendFile(path.normalize(rel).slice(1));
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }

  app.setNotFoundHandler((req, reply) => {
    return reply
      .status(404)
      .send(errorBody('route_not_found', `No route ${req.method} ${req.url.split('?')[0] ?? ''}`));
  });

  return app;
}
