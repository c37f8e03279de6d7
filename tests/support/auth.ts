import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SessionInfo } from '@keten/shared';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import type { Database } from '../../apps/server/src/db/client.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../../apps/server/src/demo/demo-users.ts';
import { demoUserId } from '../../apps/server/src/demo/seed.ts';
import { users } from '../../apps/server/src/users/user.schema.ts';

export interface LoggedIn {
  cookie: string;
  csrfToken: string;
  info: SessionInfo;
  /** Headers for a state-changing request in this session. */
  headers: Record<string, string>;
}

export function demoUser(key: string): { id: string; email: string } {
  const u = DEMO_USERS.find((d) => d.key === key);
  if (!u) {
    throw new Error(`no demo user ${key}`);
  }
  return { id: demoUserId(key), email: u.email };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'keten_session');
  if (!c) {
    throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  }
  return `keten_session=${c.value}`;
}

/**
 * Logs a demo user in through the real two-step API. TOTP codes cannot be replayed, so the
 * helper forgets the last accepted step first (tests log the same user in many times a minute).
 */
export async function loginAs(app: FastifyInstance, database: Database, key: string): Promise<LoggedIn> {
  const u = demoUser(key);
  await database.db.update(users).set({ totpLastStep: null }).where(eq(users.id, u.id));
  const step1 = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password: DEMO_PASSWORD } });
  if (step1.statusCode !== 200) {
    throw new Error(`login step 1 for ${key}: ${step1.statusCode} ${step1.body}`);
  }
  const { pendingToken } = step1.json<{ pendingToken: string }>();
  const step2 = await app.inject({
    method: 'POST',
    url: '/api/auth/second-factor',
    payload: { pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) },
  });
  if (step2.statusCode !== 200) {
    throw new Error(`login step 2 for ${key}: ${step2.statusCode} ${step2.body}`);
  }
  const info = step2.json<SessionInfo>();
  const cookie = sessionCookie(step2);
  return { cookie, csrfToken: info.csrfToken, info, headers: { cookie, 'x-csrf-token': info.csrfToken } };
}
