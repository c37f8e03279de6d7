import { randomUUID } from 'node:crypto';
import type { CatalogueDefinition, SessionInfo, SignalSubmission } from '@keten/shared';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../../apps/server/src/demo/demo-users.ts';

/** A client of a real server process over HTTP (crash harness, load bench): fictional data only. */

export interface HttpSession {
  key: string;
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request in this session. */
  headers: Record<string, string>;
}

/**
 * The configuration a harness gives its server so that logging many demo users in from one address
 * and submitting quickly is not mistaken for an attack (these limits are configuration).
 */
export const HARNESS_LIMITS: Record<string, string> = {
  KETEN_LOGIN_RATE_PER_MINUTE: '100000',
  KETEN_LOGIN_IP_LOCK_AFTER: '1000000',
  KETEN_SIGNAL_RATE_PER_MINUTE: '1000000',
  KETEN_COOKIE_SECURE: 'false',
};

/** Logs a demo user in through the real two-step API. Each user can log in once per TOTP step. */
export async function httpLogin(base: string, key: string): Promise<HttpSession> {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) {
    throw new Error(`no demo user ${key}`);
  }
  const step1 = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: DEMO_PASSWORD }) });
  if (step1.status !== 200) {
    throw new Error(`login of ${key}: ${step1.status} ${await step1.text()}`);
  }
  const { pendingToken } = (await step1.json()) as { pendingToken: string };
  const step2 = await fetch(`${base}/api/auth/second-factor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) }),
  });
  if (step2.status !== 200) {
    throw new Error(`second factor of ${key}: ${step2.status} ${await step2.text()}`);
  }
  const info = (await step2.json()) as SessionInfo;
  const session = step2.headers.getSetCookie().find((c) => c.startsWith('keten_session='));
  if (!session) {
    throw new Error(`no session cookie for ${key}`);
  }
  const cookie = session.split(';')[0] ?? '';
  return { key, cookie, csrfToken: info.csrfToken, headers: { cookie, 'x-csrf-token': info.csrfToken, 'content-type': 'application/json' } };
}

/** A builder of realistic fictional signals, from the server's own general catalogue. */
export async function liveSignalFactory(base: string): Promise<(i: number) => SignalSubmission> {
  const res = await fetch(`${base}/api/catalogues`);
  const catalogues = ((await res.json()) as { data: CatalogueDefinition[] }).data;
  const g = catalogues.find((c) => c.key === 'general');
  if (!g) {
    throw new Error('no general catalogue');
  }
  const districts = ['brussels', 'antwerp', 'liege', 'east_flanders', 'hainaut', 'leuven'] as const;
  const sectors = ['construction', 'hospitality', 'domestic_work', 'agriculture', 'car_wash'] as const;
  const nationalities = ['RO', 'BG', 'MA', 'NG', 'BR', 'UA', 'IN', 'VN'];
  return (i) => ({
    id: randomUUID(),
    consent: 'yes',
    narrative: `Fictional: works long hours without pay (case ${i}).`,
    traces: [],
    indicators: { catalogueVersions: [{ key: g.key, version: g.version }], ticks: g.indicators.filter((_, n) => (i + n) % 3 === 0).slice(0, 4).map((ind) => ({ catalogue: g.key, id: ind.id })) },
    assessment: { forms: ['labour'], smuggling: 'none', exploitationCountry: 'BE' },
    context: { encounteredOn: '2026-11-20', judicialDistrict: districts[i % districts.length]!, sector: sectors[i % sectors.length]!, howEncountered: 'patrol_or_check', immediateDanger: false },
    person: {
      familyName: `Fictief${i}`,
      givenName: 'Demo',
      minor: 'no',
      ageYears: 20 + (i % 40),
      gender: i % 2 ? 'female' : 'male',
      nationality: nationalities[i % nationalities.length]!,
      languages: ['en'],
      interpreterNeeded: false,
      unaccompanied: null,
      personCount: 1,
    },
  });
}

/** Submits a signal as `reporter`, accepts it in triage as `centre`, opens a victim file; returns its id. */
export async function liveVictimFile(base: string, reporter: HttpSession, centre: HttpSession, s: SignalSubmission): Promise<string> {
  const expect = async (res: Response, status: number): Promise<Record<string, unknown>> => {
    if (res.status !== status) {
      throw new Error(`${res.url}: expected ${status}, got ${res.status}: ${await res.text()}`);
    }
    return (await res.json()) as Record<string, unknown>;
  };
  const signal = await expect(await fetch(`${base}/api/signals`, { method: 'POST', headers: reporter.headers, body: JSON.stringify(s) }), 201);
  await expect(
    await fetch(`${base}/api/signals/${String(signal.id)}/decision`, { method: 'POST', headers: centre.headers, body: JSON.stringify({ decision: 'accept', reason: 'Fictional intake', version: 1 }) }),
    200,
  );
  const file = await expect(await fetch(`${base}/api/victim-files`, { method: 'POST', headers: centre.headers, body: JSON.stringify({ signalId: signal.id }) }), 201);
  return String(file.id);
}

/** A small seeded random generator (mulberry32), so a harness run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
