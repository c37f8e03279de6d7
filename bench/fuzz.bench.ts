import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { capabilitiesOf, ErrorBodySchema } from '@keten/shared';
import { queryRows } from '../apps/server/src/db/types.ts';
import { DEMO_USERS } from '../apps/server/src/demo/demo-users.ts';
import { loginAs, type LoggedIn } from '../tests/support/auth.ts';
import { TEST_DB_KIND } from '../tests/support/test-db.ts';
import { createTestApp, type TestApp } from '../tests/support/test-app.ts';
import type { Benchmark } from './harness.ts';

/*
 * Hostile-input fuzzing of every route in the app's own OpenAPI document. For each route,
 * fast-check generates requests from the route's schemas — valid values, boundary values, wrong
 * types, huge strings, deeply nested JSON, unicode edge cases (lone surrogates, right-to-left
 * override, zero-width, NUL), SQL/HTML/path injection strings and bad path parameters — and sends
 * them as a demo user holding the route's capability (with the CSRF token) and anonymously.
 * Checked on every answer: no 5xx, no stack trace or internal text, the one error shape on 4xx;
 * and a request that was refused (4xx) changed no data (table checksums before and after).
 * The API test runs a capped number per route with a fixed seed; `npm run bench -- fuzz` the full one.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

interface OpenApiOperation {
  parameters?: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
type OpenApi = { paths: Record<string, Record<string, OpenApiOperation>> };

/** Tables that legitimately change on a refused request: the audit trail (denials are audited),
 * sessions (last seen), the job queue, and login/abuse bookkeeping. */
export const VOLATILE_TABLES = new Set(['audit_events', 'audit_heads', 'audit_checkpoints', 'record_access', 'sessions', 'jobs', 'login_throttle', 'pending_logins', 'spent_challenges']);

export const INJECTION_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1; SELECT pg_sleep(0)--',
  "1' UNION SELECT null,version()--",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '..\\..\\windows\\win.ini',
  '/dev/null',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '%s%s%s%n',
  '__proto__',
  'constructor',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'مرحبا بالعالم',
  'שלום',
  '𝕏𝔶𝔷 😀 👩‍👩‍👧',
  'e\u0301\u0301\u0301\u0301',
  '\r\n\r\nX-Injected: 1',
  ' ',
  '',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
];

const HUGE = 'A'.repeat(200_000);

/** Nested arrays or objects `depth` levels deep. */
function deep(depth: number, kind: 'array' | 'object'): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) {
    v = kind === 'array' ? [v] : { a: v };
  }
  return v;
}

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTION_STRINGS),
  fc.constant(HUGE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\uD800', '\uDC00', '\u202E', '\u200B', '\uFFFF', 'a', '/', "'", '%'), maxLength: 20 }),
);

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 1e308, [], {}),
  fc.constant(deep(3000, 'array')),
  fc.constant(deep(500, 'object')),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => i)),
  fc.constant({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

function typesOf(s: Schema): string[] {
  const t = s.type;
  return Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
}

const LIMIT = 60;

/** A value the schema accepts (as well as fast-check can tell from the JSON Schema). */
export function fromSchema(s: Schema | undefined, depth = 0): fc.Arbitrary<Json> {
  if (!s || depth > 6) {
    return fc.constant(null);
  }
  if ('const' in s) {
    return fc.constant(s.const as Json);
  }
  if (Array.isArray(s.enum)) {
    return fc.constantFrom(...(s.enum as Json[]));
  }
  for (const k of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[k])) {
      return fc.oneof(...(s[k] as Schema[]).map((x) => fromSchema(x, depth + 1)));
    }
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0) {
    return fromSchema(s.allOf[0] as Schema, depth + 1);
  }
  const types = typesOf(s);
  if (types.length > 1) {
    return fc.oneof(...types.map((t) => fromSchema({ ...s, type: t }, depth + 1)));
  }
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = typeof s.minimum === 'number' ? Math.max(s.minimum, -(2 ** 31)) : -1000;
      const max = typeof s.maximum === 'number' ? Math.min(s.maximum, 2 ** 31) : 100_000;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : -1e6;
      const max = typeof s.maximum === 'number' ? s.maximum : 1e6;
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string':
      return stringFrom(s);
    case 'array': {
      const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
      const maxLength = Math.max(minLength, Math.min(typeof s.maxItems === 'number' ? s.maxItems : 4, 4));
      return fc.array(fromSchema(s.items as Schema | undefined, depth + 1), { minLength, maxLength });
    }
    case undefined:
    case 'object':
    default: {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const required = new Set((s.required ?? []) as string[]);
      const keys = Object.keys(props);
      if (keys.length === 0) {
        return fc.constant({});
      }
      const model: Record<string, fc.Arbitrary<Json>> = {};
      for (const k of keys) {
        model[k] = fromSchema(props[k], depth + 1);
      }
      return fc.record(model, { requiredKeys: keys.filter((k) => required.has(k)) });
    }
  }
}

function stringFrom(s: Schema): fc.Arbitrary<string> {
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : 200;
  switch (s.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date':
      return fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
      break;
  }
  if (typeof s.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length >= minLength && x.length <= maxLength);
    } catch {
      // A pattern JavaScript cannot compile: fall through to plain strings.
    }
  }
  const cap = Math.max(minLength, Math.min(maxLength, LIMIT));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength: cap }) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(maxLength, 100_000))) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(maxLength + 1, 200_001))) },
  );
}

/** A valid value with, most of the time, one hostile change somewhere in it. */
function mutate(valid: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    {
      // A valid body whose one text field holds an injection or unicode edge case (NUL, lone surrogate …).
      weight: 4,
      arbitrary: fc.tuple(valid, fc.constantFrom(...INJECTION_STRINGS), fc.nat()).map(([v, bad, pick]) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) {
          return v;
        }
        const texts = Object.keys(v).filter((k) => typeof v[k] === 'string');
        return texts.length === 0 ? v : { ...v, [texts[pick % texts.length]!]: bad };
      }),
    },
    { weight: 2, arbitrary: hostileValue },
    {
      weight: 5,
      arbitrary: fc.tuple(valid, hostileValue, fc.nat(), fc.boolean()).map(([v, bad, pick, extra]) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) {
          return bad;
        }
        const keys = Object.keys(v);
        if (extra || keys.length === 0) {
          return { ...v, [INJECTION_STRINGS[pick % INJECTION_STRINGS.length] ?? 'x']: bad };
        }
        return { ...v, [keys[pick % keys.length]!]: bad };
      }),
    },
  );
}

const BAD_PATH_SEGMENTS = ['0', '-1', 'null', 'undefined', '..', '%2e%2e', '%00', '%C0%AE', "'%20OR%20'1'%3D'1", '%3Cscript%3E', 'A'.repeat(5000), '%F0%9F%98%80', '%E2%80%AE', '%ED%A0%80', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];

/** Percent-encodes a path segment; a lone surrogate (which encodeURIComponent refuses) becomes invalid UTF-8 on purpose. */
function encodeSegment(x: string): string {
  let out = '';
  for (const ch of x) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%ED%A0%80';
    }
  }
  return out || '%20';
}

function paramValue(s: Schema | undefined): fc.Arbitrary<string> {
  const good = fromSchema(s).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return fc.oneof({ weight: 3, arbitrary: good.map(encodeSegment) }, { weight: 2, arbitrary: fc.constantFrom(...BAD_PATH_SEGMENTS) }, { weight: 1, arbitrary: hostileString.map((x) => encodeSegment(x.slice(0, 300))) });
}

function queryValue(s: Schema | undefined): fc.Arbitrary<string> {
  const good = fromSchema(s).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: fc.constantFrom(...INJECTION_STRINGS) }, { weight: 1, arbitrary: hostileString.map((x) => x.slice(0, 5000)) });
}

export interface FuzzRequest {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

function requestArbitrary(path: string, method: string, op: OpenApiOperation): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map((p) => paramValue(p.schema))).map((values) => {
    let url = path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, values[i] ?? 'x');
    });
    return url;
  });
  const queryArb = fc
    .tuple(...queryParams.map((p) => fc.option(queryValue(p.schema), { nil: undefined, freq: p.required ? 10 : 2 })), fc.option(fc.tuple(hostileString, hostileString), { freq: 6 }))
    .map(([...values]) => {
      const extra = values.pop() as [string, string] | null | undefined;
      const q = new URLSearchParams();
      queryParams.forEach((p, i) => {
        const v = values[i] as string | undefined;
        if (v !== undefined) {
          q.set(p.name, v);
        }
      });
      if (extra) {
        q.set(extra[0].slice(0, 200), extra[1].slice(0, 2000));
      }
      const s = q.toString();
      return s ? `?${s}` : '';
    });
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const hasBody = method !== 'get' && method !== 'head';
  const bodyArb: fc.Arbitrary<{ body?: string; contentType?: string }> = !hasBody
    ? fc.constant({})
    : fc.oneof(
        { weight: 8, arbitrary: mutate(fromSchema(bodySchema ?? { type: 'object' })).map((b) => ({ body: JSON.stringify(b), contentType: 'application/json' })) },
        { weight: 1, arbitrary: fc.constantFrom('{"a":', '{"a":1}}', '\u0000', '{"__proto__":{"x":1}}', 'not json', '').map((b) => ({ body: b, contentType: 'application/json' })) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => ({ body: Buffer.from(b).toString('latin1'), contentType: 'application/octet-stream' })) },
        { weight: 1, arbitrary: fc.constant({ body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' }) },
      );
  return fc.tuple(pathArb, queryArb, bodyArb).map(([p, q, b]) => ({ method: method.toUpperCase(), url: `${p}${q}`, ...b }));
}

/** Text that must never reach a client: stack frames, source paths, database and runtime errors. */
const INTERNAL_TEXT = [
  /\bat [\w$.<>]+ \((?:file:\/\/|\/)[^)]*:\d+:\d+\)/,
  /node_modules/,
  /\/work\/main|apps\/server\/src/,
  /\.ts:\d+:\d+/,
  /"stack"\s*:/,
  /violates (?:foreign key|check|unique|not-null) constraint/,
  /syntax error at or near/,
  /invalid input syntax for type/,
  /duplicate key value/,
  /relation "[^"]+" does not exist/,
  /invalid byte sequence for encoding/,
  /cannot be converted to text/,
  /ZodError|TypeError:|ReferenceError:|RangeError:|SyntaxError: Unexpected/,
  /Failed query:|DrizzleQueryError/,
];

export interface RouteReport {
  method: string;
  url: string;
  permission: string;
  /** Requests sent as the demo user holding the route's permission (0 when no demo user has it). */
  asUser: number;
  anonymous: number;
  role: string | null;
  statuses: Record<string, number>;
}

export interface FuzzResult {
  routes: RouteReport[];
  failures: string[];
  tried: number;
  /** Tables whose contents changed on a refused request, with the request (should be none). */
  changedOnRefusal: string[];
}

export interface FuzzOptions {
  seed: number;
  /** Requests per route as the user with the route's permission. */
  perRoute: number;
  /** Requests per route as an anonymous caller. */
  anonymousPerRoute: number;
  log?: (m: string) => void;
}

async function checksums(t: TestApp): Promise<Map<string, string>> {
  const tables = await queryRows<{ tablename: string }>(t.database.db, sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const out = new Map<string, string>();
  const names = tables.map((r) => r.tablename).filter((n) => !VOLATILE_TABLES.has(n));
  // Order-independent (no sort): row count and the sum of each row's md5 prefix.
  const parts = names.map((n) => `select '${n}' as t, count(*)::text || ':' || coalesce(sum(('x' || substr(md5(x::text), 1, 15))::bit(60)::bigint::numeric), 0)::text as h from "${n}" x`);
  const rows = await queryRows<{ t: string; h: string }>(t.database.db, sql.raw(parts.join(' union all ')));
  for (const r of rows) {
    out.set(r.t, r.h);
  }
  return out;
}

function diff(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...a.keys()].filter((k) => a.get(k) !== b.get(k));
}

/** Demo user holding a permission ('public' and 'authenticated': the centre caseworker). */
export function roleFor(permission: string): string | null {
  if (permission === 'public' || permission === 'authenticated') {
    return 'caseworker';
  }
  const u = DEMO_USERS.find((d) => (capabilitiesOf(d.roles) as readonly string[]).includes(permission));
  return u?.key ?? null;
}

/** Routes not sent with a session: they end the very session the fuzzer uses. */
const ANONYMOUS_ONLY = new Set(['POST /api/auth/logout']);

export async function runFuzz(t: TestApp, opts: FuzzOptions): Promise<FuzzResult> {
  const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
  const permissions = new Map(t.app.routeTable.map((r) => [`${r.method} ${r.url}`, r.permission]));
  const sessions = new Map<string, LoggedIn>();
  const session = async (role: string): Promise<LoggedIn> => {
    const known = sessions.get(role);
    if (known) {
      const alive = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: known.cookie } });
      if (alive.statusCode === 200) {
        return known;
      }
    }
    const fresh = await loginAs(t.app, t.database, role);
    sessions.set(role, fresh);
    return fresh;
  };
  const failures: string[] = [];
  const changedOnRefusal: string[] = [];
  const routes: RouteReport[] = [];
  let tried = 0;
  let routeIndex = 0;

  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      routeIndex++;
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      const key = `${method.toUpperCase()} ${url}`;
      const permission = permissions.get(key) ?? 'unknown';
      const role = ANONYMOUS_ONLY.has(key) ? null : roleFor(permission);
      const report: RouteReport = { method: method.toUpperCase(), url, permission, asUser: 0, anonymous: 0, role, statuses: {} };
      const samples = fc.sample(requestArbitrary(path, method, op), { seed: opts.seed + routeIndex, numRuns: opts.perRoute + opts.anonymousPerRoute });
      const stateChanging = method !== 'get';
      if (role !== null) {
        // Log in (or check the session) before the baseline: a login writes to the users table.
        await session(role);
      }
      let before = await checksums(t);
      for (const [i, req] of samples.entries()) {
        const anonymous = role === null || i >= opts.perRoute;
        if (anonymous && report.anonymous >= opts.anonymousPerRoute) {
          continue;
        }
        const s = anonymous ? null : await session(role);
        if (s && stateChanging) {
          // The session check or a re-login may have touched the users table: measure from here.
          before = await checksums(t);
        }
        const headers: Record<string, string> = s ? (stateChanging ? { ...s.headers } : { cookie: s.cookie }) : {};
        if (req.contentType) {
          headers['content-type'] = req.contentType;
        }
        const res = await t.app.inject({ method: req.method as 'GET', url: req.url, headers, ...(req.body !== undefined ? { payload: req.body } : {}) });
        tried++;
        if (anonymous) {
          report.anonymous++;
        } else {
          report.asUser++;
        }
        report.statuses[String(res.statusCode)] = (report.statuses[String(res.statusCode)] ?? 0) + 1;
        const where = `${key} ${anonymous ? '(anonymous)' : `(as ${role})`} ${req.method} ${req.url.slice(0, 160)} body=${(req.body ?? '').slice(0, 160)}`;
        if (res.statusCode >= 500) {
          failures.push(`${res.statusCode} on ${where} → ${res.body.slice(0, 300)}`);
        }
        const internal = INTERNAL_TEXT.find((re) => re.test(res.body));
        if (internal) {
          failures.push(`internal text ${internal} in ${res.statusCode} on ${where} → ${res.body.slice(0, 300)}`);
        }
        if (res.statusCode >= 400 && !ErrorBodySchema.safeParse(safeJson(res.body)).success) {
          failures.push(`not the error shape: ${res.statusCode} on ${where} → ${res.body.slice(0, 200)}`);
        }
        if (stateChanging) {
          const after = await checksums(t);
          if (res.statusCode >= 400 && res.statusCode < 500) {
            const changed = diff(before, after);
            if (changed.length > 0) {
              changedOnRefusal.push(`${changed.join(', ')} changed on refused ${res.statusCode} ${where}`);
            }
          }
          before = after;
        }
      }
      if (!stateChanging) {
        const after = await checksums(t);
        const changed = diff(before, after);
        if (changed.length > 0) {
          changedOnRefusal.push(`${changed.join(', ')} changed during reads of ${key}`);
        }
      }
      routes.push(report);
      opts.log?.(`${key}: ${report.asUser} as ${role ?? '-'}, ${report.anonymous} anonymous ${JSON.stringify(report.statuses)}`);
    }
  }
  return { routes, failures, tried, changedOnRefusal };
}

function safeJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** `npm run bench -- fuzz`: the full number of cases per route. */
export const fuzzBench: Benchmark = async (ctx) => {
  const perRoute = Math.max(20, Math.round(400 * ctx.scale));
  const t = await createTestApp({ demo: true, env: { KETEN_LOGIN_IP_LOCK_AFTER: '1000000', KETEN_LOGIN_LOCK_AFTER: '10000', KETEN_SIGNAL_RATE_PER_MINUTE: '1000000' } });
  try {
    const started = Date.now();
    const r = await runFuzz(t, { seed: 20261122, perRoute, anonymousPerRoute: Math.max(5, Math.round(perRoute / 5)), log: () => undefined });
    const seconds = (Date.now() - started) / 1000;
    ctx.log(`${r.tried} requests over ${r.routes.length} routes in ${Math.round(seconds)} s; ${r.failures.length} failures, ${r.changedOnRefusal.length} data changes on refusal`);
    for (const f of [...r.failures, ...r.changedOnRefusal].slice(0, 50)) {
      ctx.log(`  ${f}`);
    }
    const metrics: Record<string, number> = {
      routes: r.routes.length,
      requests: r.tried,
      serverErrors: r.failures.filter((f) => /^5\d\d /.test(f)).length,
      failures: r.failures.length,
      dataChangedOnRefusal: r.changedOnRefusal.length,
      routesWithoutDemoRole: r.routes.filter((x) => x.role === null).length,
    };
    for (const x of r.routes) {
      metrics[`tried ${x.method} ${x.url}`] = x.asUser + x.anonymous;
    }
    return [
      {
        name: 'fuzz',
        description: `fast-check requests from the OpenAPI document, ${perRoute} per route as the permitted demo user plus anonymous ones, seed 20261122`,
        database: TEST_DB_KIND,
        metrics,
        notes: [...r.failures, ...r.changedOnRefusal].slice(0, 100),
      },
    ];
  } finally {
    await t.close();
  }
};
