import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAdminJobs } from '../../apps/server/src/admin/admin.jobs.ts';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { createAppCrypto } from '../../apps/server/src/crypto/app-crypto.ts';
import { seedDemoData } from '../../apps/server/src/demo/seed.ts';
import { buildApp, requestSerializer } from '../../apps/server/src/http/app.ts';
import { JobQueue } from '../../apps/server/src/jobs/queue.ts';
import { loadSecrets } from '../../apps/server/src/lib/secrets.ts';
import { KETEN_VERSION } from '../../apps/server/src/lib/version.ts';
import { seedBuiltinCatalogues } from '../../apps/server/src/signals/catalogue.repo.ts';
import { registerSignalJobs } from '../../apps/server/src/signals/signal.jobs.ts';
import { registerCaseJobs } from '../../apps/server/src/tasks/case.jobs.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { expectOk, orgId, signalFactory } from '../support/cases.ts';
import { createTestDatabase } from '../support/test-db.ts';
import type { TestApp } from '../support/test-app.ts';

// A full journey of one fictional person — signal with name and document number → referral →
// victim file with identity, address and phone → procedure step → statistics — with the app's
// logger at its most verbose level writing into memory. The logs must not contain any of the
// personal data used; they may contain methods, routes, ids and status codes.
const PERSON = {
  familyName: 'Zmeurescu-Logtest',
  givenName: 'Anișoara',
  documentNumber: 'RX9081726',
  alias: 'Nuța Logtest',
  address: 'Rue Fictive 77, 1070 Anderlecht',
  phone: '+32 470 98 76 54',
  email: 'anisoara.logtest@example.org',
  birthDate: '1991-03-17',
  shelter: 'Fictional shelter Logtest',
};
const NEEDLES = [
  PERSON.familyName,
  'Zmeurescu',
  PERSON.givenName,
  'Anisoara',
  PERSON.documentNumber,
  PERSON.alias,
  'Rue Fictive',
  '470 98 76 54',
  '470987654',
  PERSON.email,
  PERSON.birthDate,
  PERSON.shelter,
  // The demo password and TOTP secret must not appear either.
  'fictional-demo-access-2026',
  'KETENDEMOKETENDEMO',
];

const lines: string[] = [];
let t: TestApp;
const who: Record<string, LoggedIn> = {};

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-logs-'));
  const config = loadConfig({ NODE_ENV: 'test', KETEN_DATA_DIR: dataDir, KETEN_WEB_DIST: path.join(dataDir, 'no-web'), LOG_LEVEL: 'trace', KETEN_DEMO: 'true', KETEN_LOGIN_RATE_PER_MINUTE: '100000' });
  const secrets = loadSecrets(config, () => undefined);
  const { database, drop } = await createTestDatabase();
  const jobs = new JobQueue(database.db, { pollMs: 50 });
  const crypto = createAppCrypto(secrets);
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  // The same options as the server's logger (bootstrap.ts createLogger), into memory, at trace level.
  const logger = pino({ level: 'trace', serializers: { req: requestSerializer }, redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true } }, sink);
  await seedBuiltinCatalogues(database.db);
  await seedDemoData(database.db, crypto);
  const app = await buildApp({ config, database, secrets, crypto, jobs, version: KETEN_VERSION, loggerInstance: logger });
  const mailer = registerAdminJobs(jobs, { config, log: logger });
  registerCaseJobs(jobs, { config, mailer });
  registerSignalJobs(jobs);
  await app.ready();
  t = {
    app,
    database,
    jobs,
    config,
    secrets,
    crypto,
    close: async () => {
      await jobs.stop();
      await app.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  for (const key of ['reporter', 'caseworker', 'rapporteur']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('logs of a full journey', () => {
  it('hold requests and events but none of the names, document numbers, addresses or secrets used', async () => {
    const as = (key: string) => who[key]!;
    const signal = await signalFactory(t);
    const submission = signal({ person: { familyName: PERSON.familyName, givenName: PERSON.givenName, documentNumber: PERSON.documentNumber } });
    const created = await t.app.inject({ method: 'POST', url: '/api/signals', headers: as('reporter').headers, payload: submission });
    expectOk(created, 201);
    const signalId = created.json<{ id: string }>().id;
    // A search by name (query strings can carry personal data too).
    await t.app.inject({ method: 'GET', url: `/api/signals?q=${encodeURIComponent(PERSON.familyName)}`, headers: { cookie: as('reporter').cookie } });

    const referral = await t.app.inject({
      method: 'POST',
      url: '/api/referrals',
      headers: as('reporter').headers,
      payload: { source: { type: 'signal', id: signalId }, toOrganisationId: await orgId(t, 'centre-pagasa'), purpose: 'centre_intake', consentRecordedOn: '2026-11-20' },
    });
    expectOk(referral, 201);
    const referralId = referral.json<{ id: string; version: number }>().id;
    const accepted = await t.app.inject({ method: 'POST', url: `/api/referrals/${referralId}/respond`, headers: as('caseworker').headers, payload: { decision: 'accept', version: referral.json<{ version: number }>().version } });
    expect(accepted.statusCode, accepted.body).toBeLessThan(300);

    expectOk(await t.app.inject({ method: 'POST', url: `/api/signals/${signalId}/decision`, headers: as('caseworker').headers, payload: { decision: 'accept', reason: 'Fictional intake', version: 1 } }), 200);
    // With the referral accepted, the centre's decision opens the victim file; asking again names it.
    const file = await t.app.inject({ method: 'POST', url: '/api/victim-files', headers: as('caseworker').headers, payload: { signalId } });
    expect([201, 409], file.body).toContain(file.statusCode);
    const fileId = file.statusCode === 201 ? file.json<{ id: string }>().id : file.json<{ error: { details: { victimFileId: string } } }>().error.details.victimFileId;
    const current = (await t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}`, headers: { cookie: as('caseworker').cookie } })).json<{ data: { version: number } }>().data;
    const updated = await t.app.inject({
      method: 'PATCH',
      url: `/api/victim-files/${fileId}`,
      headers: as('caseworker').headers,
      payload: {
        version: current.version,
        identity: { familyName: PERSON.familyName, givenName: PERSON.givenName, aliases: [PERSON.alias], birthDate: PERSON.birthDate, documentNumbers: [{ kind: 'passport', number: PERSON.documentNumber }] },
        contact: { phone: PERSON.phone, email: PERSON.email, address: PERSON.address, shelter: PERSON.shelter },
      },
    });
    expectOk(updated, 200);
    // A refused update with personal data in it: validation errors are logged too.
    const refused = await t.app.inject({ method: 'PATCH', url: `/api/victim-files/${fileId}`, headers: as('caseworker').headers, payload: { version: 999, identity: { familyName: PERSON.familyName, birthDate: 'not a date' } } });
    expect(refused.statusCode).toBe(400);
    await t.app.inject({ method: 'GET', url: `/api/victim-files?q=${encodeURIComponent(PERSON.documentNumber)}`, headers: { cookie: as('caseworker').cookie } });

    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure`, headers: as('caseworker').headers, payload: { country: 'BE', startedOn: '2026-11-21' } }), 201);
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure/transitions`, headers: as('caseworker').headers, payload: { transition: 'start_reflection', occurredOn: '2026-11-21', version: 1 } }), 200);

    const stats = await t.app.inject({ method: 'GET', url: '/api/statistics/outward/signals?groupBy=form&year=2026', headers: { cookie: as('rapporteur').cookie } });
    expect(stats.statusCode, stats.body).toBeLessThan(500);
    await t.jobs.drain();

    // The logger did capture the journey (a test that reads an empty log could not fail).
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(text).toContain('/api/victim-files/');
    expect(text).toContain(fileId);
    const leaks = NEEDLES.filter((n) => text.toLowerCase().includes(n.toLowerCase()));
    const leakLines = lines.filter((l) => NEEDLES.some((n) => l.toLowerCase().includes(n.toLowerCase()))).slice(0, 5);
    expect(leaks, leakLines.join('\n')).toEqual([]);
  });
});
