import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer, startServer, type ServerProcess } from '../support/server-process.ts';
import { createEmptyPgDatabase, TEST_PG_URL } from '../support/test-db.ts';

// The lock and key-file behaviour belongs to the embedded database; on the PostgreSQL run this
// file still checks that a real process starts against DATABASE_URL.
const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-proc-'));
const servers: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(Boolean(TEST_PG_URL))('the server process on the embedded database', () => {
  it('starts, generates its key file with mode 0600, and refuses a second process on the same data directory', async () => {
    const first = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true' });
    servers.push(first);
    const health = (await (await fetch(`${first.url}/api/health`)).json()) as { database: string };
    expect(health.database).toBe('pglite');
    expect(first.output()).toMatch(/Generated new secrets/);
    expect(statSync(path.join(dataDir, 'keten-secrets.json')).mode & 0o777).toBe(0o600);

    const second = spawnServer({ KETEN_DATA_DIR: dataDir }, await freePort());
    servers.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another Keten process \(PID \d+/);
    // The first keeps serving.
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    const meta = (await (await fetch(`${first.url}/api/meta`)).json()) as { demo: boolean };
    expect(meta.demo).toBe(true);

    // After a clean stop, the next start reuses the data and its key file.
    expect(await first.stop()).toBe(0);
    const third = await startServer({ KETEN_DATA_DIR: dataDir });
    servers.push(third);
    expect(third.output()).not.toMatch(/Generated new secrets/);
  }, 300_000);

  it('takes over the lock of a killed process', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keten-kill-'));
    const a = await startServer({ KETEN_DATA_DIR: dir });
    await a.stop('SIGKILL');
    const b = await startServer({ KETEN_DATA_DIR: dir });
    servers.push(b);
    expect(b.output()).toMatch(/Taking over the lock/);
    expect((await fetch(`${b.url}/api/health`)).status).toBe(200);
  }, 300_000);

  it('stops with a message naming the variable on bad configuration', async () => {
    const bad = spawnServer({ KETEN_DATA_DIR: dataDir, KETEN_BODY_LIMIT: 'huge' }, await freePort());
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/KETEN_BODY_LIMIT/);
  });
});

describe.runIf(Boolean(TEST_PG_URL))('the server process on PostgreSQL', () => {
  it('starts against DATABASE_URL and reports postgresql', async () => {
    const empty = await createEmptyPgDatabase();
    try {
      const server = await startServer({ KETEN_DATA_DIR: dataDir, DATABASE_URL: empty.url, KETEN_DEMO: 'true' });
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string; status: string };
      expect(health).toMatchObject({ database: 'postgresql', status: 'ok' });
      expect(await server.stop()).toBe(0);
    } finally {
      await empty.drop();
    }
  });
});
