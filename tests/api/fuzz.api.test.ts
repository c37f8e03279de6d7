import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFuzz, type FuzzResult } from '../../bench/fuzz.bench.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Hostile input against every route of the OpenAPI document (engine and checks in
// bench/fuzz.bench.ts): a capped number of requests per route with a fixed seed, as the demo
// user holding the route's permission (with CSRF) and anonymously. `npm run bench -- fuzz` runs
// the full number. Asserted: no 5xx, no internal text, the error shape, no data change on refusal.
let t: TestApp;
let result: FuzzResult;

beforeAll(async () => {
  t = await createTestApp({ demo: true, env: { KETEN_LOGIN_IP_LOCK_AFTER: '1000000', KETEN_LOGIN_LOCK_AFTER: '10000', KETEN_SIGNAL_RATE_PER_MINUTE: '1000000' } });
  result = await runFuzz(t, { seed: 7, perRoute: Number(process.env.KETEN_FUZZ_PER_ROUTE ?? 4), anonymousPerRoute: 2 });
  if (process.env.KETEN_FUZZ_REPORT) {
    console.log(result.routes.map((r) => `${r.method} ${r.url}: ${r.asUser} as ${r.role ?? '-'}, ${r.anonymous} anonymous ${JSON.stringify(r.statuses)}`).join('\n'));
  }
}, 600_000);
afterAll(async () => {
  await t?.close();
});

describe('hostile input on every route', () => {
  it('covers every route of the OpenAPI document, most of them as a user with the permission', () => {
    const documented = t.app.routeTable.length;
    expect(result.routes.length).toBeGreaterThan(100);
    expect(result.routes.length).toBeGreaterThanOrEqual(documented - 5);
    expect(result.routes.every((r) => r.asUser + r.anonymous > 0)).toBe(true);
    expect(result.routes.filter((r) => r.asUser > 0).length).toBeGreaterThan(result.routes.length * 0.8);
  });

  it('answers no request with a server error, internal text or another error shape', () => {
    expect(result.failures).toEqual([]);
  });

  it('changes no data on a refused request', () => {
    expect(result.changedOnRefusal).toEqual([]);
  });
});
