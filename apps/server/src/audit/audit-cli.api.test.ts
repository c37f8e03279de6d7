import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPgDatabase, TEST_DB_KIND, TEST_PG_URL } from '../../../../tests/support/test-db.ts';
import type { RequestContext } from '../access/actor.ts';
import { loadConfig, REPO_ROOT, type Config } from '../config/config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { loadSecrets } from '../lib/secrets.ts';
import { defaultCheckpointFile, writeCheckpoints } from './audit-checkpoint.ts';
import { recordRead } from './audit.service.ts';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
let env: NodeJS.ProcessEnv;
let config: Config;
let dropPg: (() => Promise<void>) | null = null;

/** Runs `npm run keten -- …` the way an operator does (a separate process). */
function keten(...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'apps/server/src/cli/keten.ts', ...args], { cwd: REPO_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Opens the same database the command uses (never while a command runs: PGlite is one process). */
async function withDatabase(fn: (database: Database) => Promise<void>): Promise<void> {
  const database =
    config.database.kind === 'pglite'
      ? await openDatabase({ kind: 'pglite', dataDir: config.database.dataDir })
      : await openDatabase({ kind: 'postgresql', url: config.database.url });
  try {
    await fn(database);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'keten-audit-cli-'));
  let databaseUrl = '';
  if (TEST_PG_URL) {
    const empty = await createEmptyPgDatabase();
    databaseUrl = empty.url;
    dropPg = empty.drop;
  }
  // Empty values count as unset: secrets are generated in the data directory, as on a first start.
  env = {
    ...process.env,
    NODE_ENV: 'test',
    KETEN_DATA_DIR: dir,
    DATABASE_URL: databaseUrl,
    KETEN_SECRETS_FILE: '',
    KETEN_SESSION_SECRET: '',
    KETEN_ENCRYPTION_KEYS: '',
    KETEN_BLIND_INDEX_KEY: '',
    KETEN_AUDIT_SIGNING_KEY: '',
  };
  config = loadConfig(env);
});
afterAll(async () => {
  await dropPg?.();
  rmSync(dir, { recursive: true, force: true });
});

describe(`npm run keten -- audit verify (${TEST_DB_KIND})`, () => {
  it(
    'exits 0 with a summary when intact and 1 with a report naming the damaged row',
    { timeout: 240_000 },
    async () => {
      expect((await keten('migrate')).code).toBe(0);

      const empty = await keten('audit', 'verify');
      expect(empty.code, empty.stderr).toBe(0);
      expect(empty.stdout).toMatch(/Audit trail intact: 0 stream\(s\), 0 row\(s\) verified/);

      const ctx: RequestContext = {
        actor: {
          kind: 'user',
          userId: randomUUID(),
          organisationId: randomUUID(),
          organisationType: 'specialised_centre',
          roles: ['centre_caseworker'],
          sessionId: null,
        },
        requestId: null,
        ip: null,
      };
      const secrets = loadSecrets(config, () => undefined);
      await withDatabase(async ({ db }) => {
        for (let i = 0; i < 3; i++) {
          await db.transaction((tx) =>
            recordRead(tx, ctx, {
              action: 'record.viewed',
              recordType: 'signal',
              recordIds: [randomUUID()],
              sections: ['SG'],
            }),
          );
        }
        const cp = await writeCheckpoints(db, secrets, defaultCheckpointFile(config));
        // The organisation's stream, and the platform stream holding the first run's 'audit.verified'.
        expect(cp.written).toHaveLength(2);
      });

      const intact = await keten('audit', 'verify');
      expect(intact.code, intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/Audit trail intact: 2 stream\(s\), 4 row\(s\) verified/);

      await withDatabase(async ({ db }) => {
        await db.execute(
          sql`UPDATE audit_events SET record_type = 'victim_file' WHERE seq = 2 AND stream <> 'platform'`,
        );
      });
      const damaged = await keten('audit', 'verify');
      expect(damaged.code).toBe(1);
      expect(damaged.stdout).toMatch(/AUDIT TRAIL DAMAGED: 1 problem\(s\)/);
      expect(damaged.stdout).toMatch(/\[row_changed\] row seq 2 \(.+\) was changed after it was written/);
      expect(damaged.stderr).toMatch(/failed verification/);
    },
  );
});
