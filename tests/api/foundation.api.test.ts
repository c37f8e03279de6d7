import { sql } from 'drizzle-orm';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, HealthSchema, JUDICIAL_DISTRICTS } from '@keten/shared';
import { queryRows } from '../../apps/server/src/db/types.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { TEST_DB_KIND } from '../support/test-db.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    env: { KETEN_BODY_LIMIT: '4096' },
    extend: (app) => {
      // A probe route that writes in a transaction and then fails, to prove nothing is half-written.
      app.withTypeProvider<ZodTypeProvider>().post(
        '/api/_probe/write',
        {
          config: { permission: 'public' },
          schema: { body: z.object({ kind: z.string().min(1).max(50), count: z.number().int().min(0).max(10), fail: z.boolean() }) },
        },
        async (req) => {
          await t.database.db.transaction(async (tx) => {
            for (let i = 0; i < req.body.count; i++) {
              await t.jobs.enqueue(tx, req.body.kind, { i });
            }
            if (req.body.fail) {
              throw new Error('probe failure after writes');
            }
          });
          return { ok: true };
        },
      );
    },
  });
});
afterAll(async () => {
  await t.close();
});

async function jobCount(kind: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM jobs WHERE kind = ${kind}`);
  return rows[0]?.n ?? 0;
}

describe('health and meta', () => {
  it('reports the database kind, version and applied migrations', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = HealthSchema.parse(res.json());
    expect(body.status).toBe('ok');
    expect(body.database).toBe(TEST_DB_KIND);
    expect(body.migrations.applied).toBeGreaterThanOrEqual(3);
    expect(body.migrations.latest).toMatch(/^\d{14}_/);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells the web app whether this is a demo', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/meta' });
    expect(res.json()).toMatchObject({ name: 'Keten', demo: false, languages: ['nl', 'fr', 'de', 'en'] });
  });

  it('sends security headers with a strict CSP', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/meta' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('OpenAPI', () => {
  it('publishes an OpenAPI 3 document generated from the zod schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/meta', '/api/reference/countries']));
    const health = doc.paths['/api/health'] as { get: { responses: Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }> } };
    expect(Object.keys(health.get.responses['200']?.content['application/json']?.schema.properties ?? {})).toEqual(
      expect.arrayContaining(['status', 'database', 'version', 'migrations']),
    );
  });

  it('serves Swagger UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});

describe('reference data', () => {
  it('lists the twelve judicial districts with names in four languages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reference/judicial-districts' });
    const { data } = res.json<{ data: { code: string; name: Record<string, string> }[] }>();
    expect(data.map((d) => d.code).sort()).toEqual([...JUDICIAL_DISTRICTS].sort());
    for (const d of data) {
      expect(Object.keys(d.name).sort()).toEqual(['de', 'en', 'fr', 'nl']);
    }
  });

  it('lists ISO countries with EU membership', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reference/countries' });
    const { data } = res.json<{ data: { code: string; eu: boolean; name: Record<string, string> }[] }>();
    expect(data.length).toBeGreaterThan(240);
    expect(data.filter((c) => c.eu)).toHaveLength(27);
    expect(data.find((c) => c.code === 'BE')).toMatchObject({ eu: true, name: { nl: 'België', fr: 'Belgique' } });
    expect(data.find((c) => c.code === 'NG')).toMatchObject({ eu: false });
  });

  it('lists languages with names in four languages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reference/languages' });
    const { data } = res.json<{ data: { code: string; name: Record<string, string> }[] }>();
    const ti = data.find((l) => l.code === 'ti');
    expect(ti?.name.en).toBe('Tigrinya');
    expect(data.find((l) => l.code === 'ro')?.name.nl).toBe('Roemeens');
  });
});

describe('bad input', () => {
  const expectError = (res: { statusCode: number; json: () => unknown }, status: number, code: string): void => {
    expect(res.statusCode).toBe(status);
    const body = ErrorBodySchema.parse(res.json());
    expect(body.error.code).toBe(code);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|node_modules|stack/i);
  };

  it('answers an unknown API route with 404 in the error shape', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/api/nothing-here' }), 404, 'route_not_found');
    expectError(await t.app.inject({ method: 'DELETE', url: '/api/health' }), 404, 'route_not_found');
  });

  it('answers malformed JSON with 400 and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/_probe/write',
      headers: { 'content-type': 'application/json' },
      payload: '{"kind": "malformed", "count": 1,',
    });
    expectError(res, 400, 'bad_request');
    expect(await jobCount('malformed')).toBe(0);
  });

  it('answers wrong types with 400 and per-field details', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/_probe/write', payload: { kind: 7, count: 'many', fail: false } });
    expectError(res, 400, 'validation_failed');
    const issues = (res.json<{ error: { details: { issues: { path: string }[] } } }>()).error.details.issues;
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['body.kind', 'body.count']));
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/_probe/write',
      payload: { kind: 'x'.repeat(10_000), count: 1, fail: false },
    });
    expectError(res, 413, 'payload_too_large');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/_probe/write', headers: { 'content-type': 'text/xml' }, payload: '<a/>' });
    expectError(res, 415, 'unsupported_media_type');
  });

  it('rolls back a failed write completely and answers 500 without internals', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/_probe/write', payload: { kind: 'half', count: 3, fail: true } });
    expectError(res, 500, 'internal');
    expect(res.json<{ error: { message: string } }>().error.message).toBe('Internal error');
    expect(await jobCount('half')).toBe(0);
  });

  it('keeps serving after bad requests', async () => {
    const ok = await t.app.inject({ method: 'POST', url: '/api/_probe/write', payload: { kind: 'fine', count: 2, fail: false } });
    expect(ok.statusCode).toBe(200);
    expect(await jobCount('fine')).toBe(2);
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
