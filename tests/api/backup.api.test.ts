import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../apps/server/src/access/actor.ts';
import { writeCheckpoints } from '../../apps/server/src/audit/audit-checkpoint.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { verifyAudit } from '../../apps/server/src/audit/audit-verify.ts';
import { BackupFileError, BackupPassphraseError } from '../../apps/server/src/backup/backup-format.ts';
import { createBackup, fingerprintDatabase, restoreBackup, RestoreRefusedError, writeCheckpointFileFromDatabase, type TableFingerprint } from '../../apps/server/src/backup/backup.service.ts';
import { queryRows } from '../../apps/server/src/db/types.ts';
import { acquireDataDirLock } from '../../apps/server/src/db/lock.ts';
import { victimFiles } from '../../apps/server/src/victim-files/victim-file.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { expectOk, openVictimFile, signalFactory, submitSignal } from '../support/cases.ts';
import { REPO_ROOT } from '../support/server-process.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createEmptyPgDatabase, createTestDatabase, TEST_DB_KIND, TEST_PG_URL, type TestDatabase } from '../support/test-db.ts';

// A light scrypt cost keeps the in-process round trips quick; the CLI test below uses the real one.
const KDF = { n: 2 ** 12, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery staple 2026';
const ctx = { actor: systemActor('cli'), requestId: null, ip: null };

let t: TestApp;
let work: string;
const targets: TestDatabase[] = [];
let fileId: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'keten-backup-'));
  t = await createTestApp({ demo: true });
  const who: Record<string, LoggedIn> = {};
  for (const key of ['reporter', 'caseworker']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  const signal = await signalFactory(t);
  for (let i = 0; i < 5; i++) {
    await submitSignal(t, who.reporter!, signal({ person: { familyName: `Fictivescu${i}`, givenName: 'Ion' } }));
  }
  fileId = await openVictimFile(t, who.reporter!, who.caseworker!, signal());
  expectOk(
    await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/notes`, headers: who.caseworker!.headers, payload: { section: 'PS', occurredOn: '2026-11-21', text: 'Fictional note: first interview with an interpreter.' } }),
    201,
  );
  expectOk(await t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}`, headers: { cookie: who.caseworker!.cookie } }), 200);
  // Signed checkpoints in the database (and a file) make the audit part of the round trip meaningful.
  await writeCheckpoints(t.database.db, t.secrets, path.join(work, 'source-checkpoints.jsonl'));
});

afterAll(async () => {
  for (const d of targets) {
    await d.drop();
  }
  await t?.close();
  rmSync(work, { recursive: true, force: true });
});

async function freshTarget(): Promise<TestDatabase> {
  const d = await createTestDatabase();
  targets.push(d);
  return d;
}

const AUDIT_TABLES = new Set(['audit_events', 'audit_heads']);

function withoutAudit(f: Record<string, TableFingerprint>): Record<string, TableFingerprint> {
  return Object.fromEntries(Object.entries(f).filter(([k]) => !AUDIT_TABLES.has(k)));
}

describe(`backup and restore on ${TEST_DB_KIND}`, () => {
  let file: string;
  let before: Record<string, TableFingerprint>;

  it('writes an encrypted file holding no readable personal data, and records the backup in the audit trail', async () => {
    before = await fingerprintDatabase(t.database);
    file = path.join(work, 'round-trip.keten-backup');
    const result = await createBackup(t.database, { file, passphrase: PASSPHRASE, secrets: t.secrets, includeKeys: true, ctx, kdf: KDF });
    expect(result.tables).toBe(Object.keys(before).length);
    expect(result.rows).toBe(Object.values(before).reduce((n, f) => n + f.rows, 0));
    const bytes = readFileSync(file);
    for (const needle of ['Fictivescu', 'interpreter', 'audit_events', 'demo.keten']) {
      expect(bytes.includes(Buffer.from(needle))).toBe(false);
    }
    const [last] = await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.occurredAt)).where(eq(auditEvents.action, 'backup.created'));
    expect(last).toMatchObject({ stream: 'platform', actorKind: 'system', actorId: 'cli' });
    expect(last?.details).toMatchObject({ tables: result.tables, rows: result.rows, keysIncluded: true });
  });

  it('restores into a freshly migrated database: every table has the same rows, the audit trail verifies, encrypted identity reads back', async () => {
    const target = await freshTarget();
    const result = await restoreBackup(target.database, { file, passphrase: PASSPHRASE, secrets: t.secrets, force: false, ctx });
    expect(result.rows).toBe(Object.values(before).reduce((n, f) => n + f.rows, 0));
    const after = await fingerprintDatabase(target.database);
    expect(withoutAudit(after)).toEqual(withoutAudit(before));
    // The trail is the source's up to the backup, plus one row: the restore itself.
    expect(after.audit_events!.rows).toBe(before.audit_events!.rows + 1);
    const sourceRows = await t.database.db.select({ id: auditEvents.id, hash: auditEvents.hash }).from(auditEvents).where(ne(auditEvents.action, 'backup.created')).orderBy(asc(auditEvents.id));
    const restoredRows = await target.database.db.select({ id: auditEvents.id, hash: auditEvents.hash }).from(auditEvents).where(ne(auditEvents.action, 'backup.restored')).orderBy(asc(auditEvents.id));
    expect(restoredRows).toEqual(sourceRows);
    const checkpointFile = path.join(work, 'target-checkpoints.jsonl');
    const cp = await writeCheckpointFileFromDatabase(target.database, checkpointFile);
    expect(cp.lines).toBeGreaterThan(0);
    const report = await verifyAudit(target.database.db, t.secrets, { checkpointFile });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const [row] = await target.database.db.select().from(victimFiles).where(eq(victimFiles.id, fileId));
    expect(t.crypto.cipher.decryptNullable(row?.familyName, { table: 'victim_files', row: fileId, column: 'family_name' })).toBe('Fictivescu');
    // Sequences continue after the restored values: the next reference is not a duplicate.
    const [next] = await queryRows<{ n: number }>(target.database.db, sql`SELECT nextval('signal_reference_seq')::int AS n`);
    expect(next!.n).toBeGreaterThan(6);
  });

  it('refuses a wrong passphrase, a tampered or truncated file, and a database that holds data — changing nothing', async () => {
    const target = await freshTarget();
    const untouched = await fingerprintDatabase(target.database);
    await expect(restoreBackup(target.database, { file, passphrase: 'not the passphrase at all', secrets: t.secrets, force: false, ctx })).rejects.toBeInstanceOf(BackupPassphraseError);

    const bytes = readFileSync(file);
    const tampered = Buffer.from(bytes);
    tampered[Math.floor(bytes.length * 0.6)]! ^= 0x01;
    writeFileSync(path.join(work, 'tampered'), tampered);
    await expect(restoreBackup(target.database, { file: path.join(work, 'tampered'), passphrase: PASSPHRASE, secrets: t.secrets, force: false, ctx })).rejects.toThrow(/damaged/);

    writeFileSync(path.join(work, 'truncated'), bytes.subarray(0, bytes.length - 100));
    await expect(restoreBackup(target.database, { file: path.join(work, 'truncated'), passphrase: PASSPHRASE, secrets: t.secrets, force: false, ctx })).rejects.toBeInstanceOf(BackupFileError);
    expect(await fingerprintDatabase(target.database)).toEqual(untouched);

    // The source itself holds data: refused without --force.
    const source = await fingerprintDatabase(t.database);
    await expect(restoreBackup(t.database, { file, passphrase: PASSPHRASE, secrets: t.secrets, force: false, ctx })).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await fingerprintDatabase(t.database)).toEqual(source);
  });

  it('refuses an installation with other keys, and with --force replaces data that is there', async () => {
    const other = await createTestApp();
    try {
      await expect(restoreBackup(other.database, { file, passphrase: PASSPHRASE, secrets: other.secrets, force: true, ctx })).rejects.toThrow(/other keys/);
    } finally {
      await other.close();
    }
    const target = await freshTarget();
    await restoreBackup(target.database, { file, passphrase: PASSPHRASE, secrets: t.secrets, force: false, ctx });
    await restoreBackup(target.database, { file, passphrase: PASSPHRASE, secrets: t.secrets, force: true, ctx });
    expect(withoutAudit(await fingerprintDatabase(target.database))).toEqual(withoutAudit(before));
  });
});

interface CliResult {
  code: number | null;
  out: string;
}

function keten(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/keten.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'test', ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe(`npm run keten -- backup / restore on ${TEST_DB_KIND}`, () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of drops) {
      await d();
    }
  });

  async function installation(): Promise<NodeJS.ProcessEnv> {
    const dir = mkdtempSync(path.join(work, 'inst-'));
    const env: NodeJS.ProcessEnv = { KETEN_DATA_DIR: dir, DATABASE_URL: '', KETEN_BACKUP_PASSPHRASE: PASSPHRASE };
    if (TEST_PG_URL) {
      const empty = await createEmptyPgDatabase();
      drops.push(empty.drop);
      env.DATABASE_URL = empty.url;
    }
    return env;
  }

  it('backs up a demo installation and restores it into a new one, which then verifies its audit trail', async () => {
    const source = await installation();
    expect((await keten(source, 'demo', 'seed')).code).toBe(0);
    const file = path.join(work, 'cli.keten-backup');
    const backup = await keten(source, 'backup', file);
    expect(backup.out).toMatch(/Backup written: \d+ tables/);
    expect(backup.code).toBe(0);

    const target = await installation();
    const restore = await keten(target, 'restore', file);
    expect(restore.out).toMatch(/Wrote the backup's keys/);
    expect(restore.code).toBe(0);
    const verify = await keten(target, 'audit', 'verify');
    expect(verify.out).not.toMatch(/failed/);
    expect(verify.code).toBe(0);

    const wrong = await keten({ ...target, KETEN_BACKUP_PASSPHRASE: 'a wrong passphrase here' }, 'restore', file, '--force');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/passphrase does not open this backup/);
  }, 180_000);

  it.runIf(Boolean(TEST_PG_URL))('moves an embedded installation to PostgreSQL (backup on PGlite, restore on PostgreSQL)', async () => {
    const source = { KETEN_DATA_DIR: mkdtempSync(path.join(work, 'inst-')), DATABASE_URL: '', KETEN_BACKUP_PASSPHRASE: PASSPHRASE };
    expect((await keten(source, 'demo', 'seed')).code).toBe(0);
    const file = path.join(work, 'move.keten-backup');
    expect((await keten(source, 'backup', file)).code).toBe(0);
    const target = await installation();
    const restore = await keten(target, 'restore', file);
    expect(restore.out).toMatch(/Restored \d+ tables/);
    expect(restore.code).toBe(0);
    expect((await keten(target, 'audit', 'verify')).code).toBe(0);
  }, 180_000);

  it.skipIf(Boolean(TEST_PG_URL))('refuses to back up an embedded database that a running process holds, naming its PID', async () => {
    const env = await installation();
    const lock = acquireDataDirLock(env.KETEN_DATA_DIR!, 'test: a running server', () => undefined);
    try {
      const res = await keten(env, 'backup', path.join(work, 'locked.keten-backup'));
      expect(res.code).toBe(1);
      expect(res.out).toContain(`PID ${process.pid}`);
    } finally {
      lock.release();
    }
  }, 60_000);
});
