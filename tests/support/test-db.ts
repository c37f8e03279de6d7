import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../apps/server/src/db/client.ts';
import { MIGRATIONS_FOLDER, runMigrations } from '../../apps/server/src/db/migrate.ts';

export interface TestDatabase {
  database: Database;
  /** Closes the connection and drops the database (PostgreSQL) or frees it (PGlite). */
  drop(): Promise<void>;
}

/** PostgreSQL server to create throw-away databases on; unset = PGlite in memory. */
export const TEST_PG_URL = process.env.KETEN_TEST_PG_URL ?? '';
/**
 * The server read at call time: benchmarks switch between PGlite and PostgreSQL within one
 * process by setting KETEN_TEST_PG_URL before each run (the exported constants are for test files).
 */
const currentPgUrl = (): string => process.env.KETEN_TEST_PG_URL ?? '';
export const TEST_DB_KIND = TEST_PG_URL ? 'postgresql' : 'pglite';

function migrationsHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (f.endsWith('.sql')) {
      h.update(f).update(readFileSync(path.join(MIGRATIONS_FOLDER, f)));
    }
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * A fresh, migrated database for one test file. PGlite databases start from a snapshot of the
 * migrated schema (cached in the temp folder by migration hash), which is much faster than
 * migrating again. PostgreSQL gets a uniquely named database that `drop()` removes.
 */
/** An empty, uniquely named PostgreSQL database on the test server; `drop()` removes it. */
export async function createEmptyPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `keten_test_${randomBytes(6).toString('hex')}`;
  const server = currentPgUrl();
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: server });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (currentPgUrl()) {
    const empty = await createEmptyPgDatabase();
    const database = await openDatabase({ kind: 'postgresql', url: empty.url, poolSize: 5 });
    await runMigrations(database);
    return {
      database,
      drop: async () => {
        await database.close();
        await empty.drop();
      },
    };
  }
  const snapshot = path.join(tmpdir(), `keten-pglite-snapshot-${migrationsHash()}.tar.gz`);
  if (existsSync(snapshot)) {
    const database = await openDatabase({ kind: 'pglite-memory', loadDataDir: new Blob([readFileSync(snapshot)]) });
    return { database, drop: () => database.close() };
  }
  const database = await openDatabase({ kind: 'pglite-memory' });
  await runMigrations(database);
  if (database.pglite) {
    const dump = await database.pglite.dumpDataDir('gzip');
    const tmp = `${snapshot}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, snapshot);
  }
  return { database, drop: () => database.close() };
}
