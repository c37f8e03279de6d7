import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilitiesOf } from '@keten/shared';
import { DEMO_USERS } from '../../apps/server/src/demo/demo-users.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Every route with its declared permission. A change to this list is an access change: the
// snapshot file is reviewed like code (style.md).
let t: TestApp;
const sessions = new Map<string, LoggedIn>();

beforeAll(async () => {
  t = await createTestApp({ demo: true, env: { KETEN_LOGIN_IP_LOCK_AFTER: '100000' } });
  for (const u of DEMO_USERS) {
    sessions.set(u.key, await loginAs(t.app, t.database, u.key));
  }
});
afterAll(async () => {
  await t.close();
});

const UUID = '00000000-0000-4000-8000-000000000000';
const concrete = (url: string) =>
  url
    .replace(/:recordType/g, 'signal')
    .replace(/:key/g, 'general')
    .replace(/:version/g, '1')
    .replace(/:token/g, 'x'.repeat(43))
    .replace(/:[a-zA-Z]+/g, UUID);

describe('route table', () => {
  it('lists every /api route with its permission (reviewed snapshot)', async () => {
    const lines = t.app.routeTable.map((r) => `${r.method.padEnd(6)} ${r.url}  →  ${r.permission}`).sort();
    expect(lines.length).toBeGreaterThan(30);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/routes.txt');
  });
});

describe('permission matrix: every route × every role', () => {
  it('anonymous callers get 401 on every non-public route, before any validation', async () => {
    for (const r of t.app.routeTable.filter((x) => x.permission !== 'public')) {
      const res = await t.app.inject({ method: r.method as 'GET', url: concrete(r.url), payload: r.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('each role is refused exactly the capability routes its role table does not grant', async () => {
    const failures: string[] = [];
    for (const u of DEMO_USERS) {
      const s = sessions.get(u.key)!;
      const caps = new Set<string>(capabilitiesOf(u.roles));
      for (const r of t.app.routeTable.filter((x) => x.permission !== 'public' && x.permission !== 'authenticated')) {
        if (r.url === '/api/auth/logout') {
          continue;
        }
        const res = await t.app.inject({
          method: r.method as 'GET',
          url: concrete(r.url),
          headers: r.method === 'GET' ? { cookie: s.cookie } : s.headers,
          payload: r.method === 'GET' ? undefined : {},
        });
        const denied = res.statusCode === 403 && res.body.includes('Requires the capability');
        const expectDenied = !caps.has(r.permission);
        if (denied !== expectDenied || res.statusCode === 401 || res.statusCode >= 500) {
          failures.push(`${u.key} ${r.method} ${r.url} → ${res.statusCode} (${r.permission}) ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('state-changing requests without the CSRF token are refused for every role', async () => {
    const s = sessions.get('caseworker')!;
    for (const r of t.app.routeTable.filter((x) => x.permission !== 'public' && x.method !== 'GET')) {
      const res = await t.app.inject({ method: r.method as 'POST', url: concrete(r.url), headers: { cookie: s.cookie }, payload: {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
    }
  });
});
