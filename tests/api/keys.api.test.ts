import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../apps/server/src/auth/totp.ts';
import { ENCRYPTED_COLUMNS, PLAIN_BYTEA_COLUMNS } from '../../apps/server/src/crypto/key-rotation.ts';
import { queryRows } from '../../apps/server/src/db/types.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/demo/demo-users.ts';
import { REPO_ROOT, startServer } from '../support/server-process.ts';
import { createEmptyPgDatabase, createTestDatabase, TEST_PG_URL } from '../support/test-db.ts';

function keten(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'apps/server/src/cli/keten.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'test', ...env },
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => resolve({ code, out }));
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) {
    await c();
  }
});

describe('encryption keys', () => {
  it('every bytea column in the schema is registered for rotation', async () => {
    const { database, drop } = await createTestDatabase();
    try {
      const cols = await queryRows<{ table_name: string; column_name: string }>(
        database.db,
        sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'bytea' ORDER BY 1, 2`,
      );
      const registered = ENCRYPTED_COLUMNS.flatMap((s) => s.columns.map((c) => `${s.table}.${c}`)).sort();
      expect(cols.map((c) => `${c.table_name}.${c.column_name}`).filter((c) => !PLAIN_BYTEA_COLUMNS.includes(c))).toEqual(registered);
    } finally {
      await drop();
    }
  });

  it('`keys rotate` re-encrypts under a new key in chunks; logins keep working; refused while a server holds the embedded data', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-keys-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const env: Record<string, string> = { KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true' };
    if (TEST_PG_URL) {
      const empty = await createEmptyPgDatabase();
      cleanups.push(() => empty.drop());
      env.DATABASE_URL = empty.url;
    }
    const seeded = await keten(['demo', 'seed'], env);
    expect(seeded.code, seeded.out).toBe(0);

    const secretsFile = path.join(dataDir, 'keten-secrets.json');
    const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as { encryptionKeys: string };
    secrets.encryptionKeys = `${secrets.encryptionKeys},2:${randomBytes(32).toString('base64')}`;
    writeFileSync(secretsFile, JSON.stringify(secrets), { mode: 0o600 });

    const before = await keten(['keys', 'status'], env);
    expect(before.out).toMatch(/Newest key version: 2/);
    expect(before.out).toMatch(/users: [1-9]\d* value\(s\) to re-encrypt/);

    if (!TEST_PG_URL) {
      const server = await startServer(env);
      const refused = await keten(['keys', 'rotate'], env);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/Cannot run "keys rotate" now: .*in use by another Keten process/);
      await server.stop();
    }

    const rotated = await keten(['keys', 'rotate', '--chunk=4'], env);
    expect(rotated.code, rotated.out).toBe(0);
    expect(rotated.out).toMatch(/users: re-encrypted [1-9]\d* value\(s\)/);
    const after = await keten(['keys', 'status'], env);
    expect(after.out).toMatch(/users: 0 value\(s\)/);

    // The TOTP secrets decrypt under the new key: a demo user can still log in.
    const server = await startServer(env);
    try {
      const s1 = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'caseworker@pagasa.example.be', password: DEMO_PASSWORD }),
      });
      const { pendingToken } = (await s1.json()) as { pendingToken: string };
      const s2 = await fetch(`${server.url}/api/auth/second-factor`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pendingToken, code: await currentTotp(DEMO_TOTP_SECRET) }),
      });
      expect(s2.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
