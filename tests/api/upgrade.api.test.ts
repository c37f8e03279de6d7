import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAdminJobs } from '../../apps/server/src/admin/admin.jobs.ts';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { createAppCrypto } from '../../apps/server/src/crypto/app-crypto.ts';
import { openDatabase, type Database } from '../../apps/server/src/db/client.ts';
import { MIGRATIONS_FOLDER, migrationStatus, readJournal, runMigrations } from '../../apps/server/src/db/migrate.ts';
import { queryRows } from '../../apps/server/src/db/types.ts';
import { seedDemoData } from '../../apps/server/src/demo/seed.ts';
import { buildApp } from '../../apps/server/src/http/app.ts';
import { JobQueue } from '../../apps/server/src/jobs/queue.ts';
import { loadSecrets } from '../../apps/server/src/lib/secrets.ts';
import { KETEN_VERSION } from '../../apps/server/src/lib/version.ts';
import { seedBuiltinCatalogues } from '../../apps/server/src/signals/catalogue.repo.ts';
import { loginAs } from '../support/auth.ts';
import { createEmptyPgDatabase, TEST_PG_URL } from '../support/test-db.ts';
import type { TestApp } from '../support/test-app.ts';

// An installation made with the oldest schema (the first migrations only: extensions, foundation,
// reference data, identity), holding data written for that schema, is upgraded with the real
// migrator to the current schema. The data must be intact, and the current app must work on it.
const OLD_LEVEL = 4;
const ORG_ID = '5e0c7a11-0000-4000-8000-00000000a001';
const USER_ID = '5e0c7a11-0000-4000-8000-00000000b001';

let database: Database;
let dropDatabase: () => Promise<void> = async () => undefined;
let oldFolder = '';
let t: TestApp | null = null;
const journal = readJournal();

/** A migrations folder holding only the first `n` migrations of the journal. */
function firstMigrations(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'keten-upgrade-migrations-'));
  mkdirSync(path.join(dir, 'meta'));
  const entries = journal.entries.slice(0, n);
  writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) {
    copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  }
  return dir;
}

const one = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T> => {
  const [row] = await queryRows<T>(database.db, query);
  if (!row) {
    throw new Error('no row');
  }
  return row;
};

beforeAll(async () => {
  if (TEST_PG_URL) {
    const empty = await createEmptyPgDatabase();
    database = await openDatabase({ kind: 'postgresql', url: empty.url, poolSize: 5 });
    dropDatabase = empty.drop;
  } else {
    database = await openDatabase({ kind: 'pglite-memory' });
  }
  oldFolder = firstMigrations(OLD_LEVEL);
  await runMigrations(database, oldFolder);

  // Data as the first release wrote it (raw SQL: today's Drizzle schema has more columns).
  await database.db.execute(sql`
    INSERT INTO organisations (id, type, name, short_name, country, judicial_district, serves_districts, working_languages, email_domains, public_contact)
    VALUES (${ORG_ID}, 'ngo', 'Fictieve Vereniging Oude Versie', 'FVOV', 'BE', 'brussels', ARRAY['brussels','leuven']::text[], ARRAY['nl','fr','ro']::text[], ARRAY['fvov.example.be']::text[],
            '{"phone":"+32 2 000 00 01","email":"info@fvov.example.be","hours":{"nl":"ma–vr 9–17","fr":"lu–ve 9–17"}}'::jsonb)`);
  await database.db.execute(sql`
    INSERT INTO users (id, organisation_id, email, display_name, job_title, language, status, version)
    VALUES (${USER_ID}, ${ORG_ID}, 'medewerker@fvov.example.be', 'Fictieve Medewerker', 'Begeleider', 'fr', 'invited', 3)`);
  await database.db.execute(sql`INSERT INTO user_roles (user_id, role) VALUES (${USER_ID}, 'organisation_admin')`);
}, 180_000);

afterAll(async () => {
  await t?.close();
  if (!t) {
    await database?.close();
    await dropDatabase();
  }
  if (oldFolder) {
    rmSync(oldFolder, { recursive: true, force: true });
  }
});

describe('upgrading from the oldest schema', () => {
  it('starts at the old level with pending migrations', async () => {
    const status = await migrationStatus(database);
    expect(status.applied).toBe(OLD_LEVEL);
    expect(status.pending.length).toBe(journal.entries.length - OLD_LEVEL);
    expect(status.pending.length).toBeGreaterThan(0);
  });

  it('applies every remaining migration with the real migrator and keeps the data intact', async () => {
    await runMigrations(database);
    const status = await migrationStatus(database);
    expect(status.pending).toEqual([]);
    expect(status.applied).toBe(journal.entries.length);
    expect(status.latest).toBe(journal.entries.at(-1)?.tag);

    const org = await one<{ name: string; short_name: string; serves_districts: string[]; working_languages: string[]; email_domains: string[]; public_contact: Record<string, unknown>; version: number }>(
      sql`SELECT name, short_name, serves_districts, working_languages, email_domains, public_contact, version FROM organisations WHERE id = ${ORG_ID}`,
    );
    expect(org).toMatchObject({
      name: 'Fictieve Vereniging Oude Versie',
      short_name: 'FVOV',
      serves_districts: ['brussels', 'leuven'],
      working_languages: ['nl', 'fr', 'ro'],
      email_domains: ['fvov.example.be'],
      public_contact: { phone: '+32 2 000 00 01', email: 'info@fvov.example.be', hours: { nl: 'ma–vr 9–17', fr: 'lu–ve 9–17' } },
      // Added by a later migration, with its default.
      version: 1,
    });
    const user = await one<{ email: string; display_name: string; language: string; status: string; version: number; organisation_id: string }>(
      sql`SELECT email, display_name, language, status, version, organisation_id FROM users WHERE id = ${USER_ID}`,
    );
    expect(user).toEqual({ email: 'medewerker@fvov.example.be', display_name: 'Fictieve Medewerker', language: 'fr', status: 'invited', version: 3, organisation_id: ORG_ID });
    const roles = await queryRows<{ role: string }>(database.db, sql`SELECT role FROM user_roles WHERE user_id = ${USER_ID}`);
    expect(roles.map((r) => r.role)).toEqual(['organisation_admin']);
  });

  it('runs the current app on the upgraded database: start-up seeding, public directory, login, writes', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-upgrade-'));
    const config = loadConfig({ NODE_ENV: 'test', KETEN_DATA_DIR: dataDir, KETEN_WEB_DIST: path.join(dataDir, 'no-web'), LOG_LEVEL: 'silent', KETEN_DEMO: 'true', KETEN_LOGIN_RATE_PER_MINUTE: '100000' });
    const secrets = loadSecrets(config, () => undefined);
    const crypto = createAppCrypto(secrets);
    const jobs = new JobQueue(database.db, { pollMs: 50 });
    // What the server does at every start (bootstrap.ts), on the upgraded data.
    await seedBuiltinCatalogues(database.db);
    await seedDemoData(database.db, crypto);
    const app = await buildApp({ config, database, secrets, crypto, jobs, version: KETEN_VERSION });
    registerAdminJobs(jobs, { config, log: app.log });
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
        await database.close();
        await dropDatabase();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };

    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode, health.body).toBe(200);

    // The organisation written by the first release is in today's public directory.
    const entry = await app.inject({ method: 'GET', url: `/api/directory/${ORG_ID}?lang=nl` });
    expect(entry.statusCode, entry.body).toBe(200);
    expect(entry.json<{ name: string; phone: string | null; hours: string | null; servesDistricts: string[] }>()).toMatchObject({
      name: 'Fictieve Vereniging Oude Versie',
      phone: '+32 2 000 00 01',
      hours: 'ma–vr 9–17',
      servesDistricts: ['brussels', 'leuven'],
    });

    // Users sign in, and the current code writes and reads records on the upgraded schema.
    const editor = await loginAs(app, database, 'editor');
    const created = await app.inject({
      method: 'POST',
      url: '/api/news',
      headers: editor.headers,
      payload: { title: 'Na de upgrade', body: 'Fictief bericht na de upgrade.', topic: 'coordination', language: 'nl', classification: 'public' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const news = await app.inject({ method: 'GET', url: '/api/news?q=upgrade' });
    expect(news.json<{ data: { title: string }[] }>().data.map((n) => n.title)).toContain('Na de upgrade');
  });
});
