import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { createAppCrypto } from '../../apps/server/src/crypto/app-crypto.ts';
import { openDatabase, type Database } from '../../apps/server/src/db/client.ts';
import { acquireDataDirLock, type HeldLock } from '../../apps/server/src/db/lock.ts';
import { loadSecrets } from '../../apps/server/src/lib/secrets.ts';
import { signals } from '../../apps/server/src/signals/signal.schema.ts';
import { victimFileNotes } from '../../apps/server/src/victim-files/victim-file.schema.ts';
import { HARNESS_LIMITS, httpLogin, liveSignalFactory, liveVictimFile, seededRandom, type HttpSession } from './live-client.ts';
import { freePort, REPO_ROOT, spawnServer, waitForHealth, type ServerProcess } from './server-process.ts';

/*
 * Crash safety: concurrent writers talk to a real server process over HTTP while the harness kills
 * it with SIGKILL at (seeded) random moments and starts it again on the same data directory or
 * database. At the end every write the client saw acknowledged (HTTP 201) must be present and
 * intact (decrypted and compared with what was sent), `keten audit verify` must pass, and the
 * embedded data directory must open after the last kill (the dead process's lock taken over).
 */

export interface CrashOptions {
  /** PostgreSQL URL of an empty database; absent = the embedded database in a new data directory. */
  databaseUrl?: string;
  kills: number;
  seed: number;
  /** Concurrent writers of each kind (signal submissions, victim-file notes). */
  writersPerKind?: number;
  /** Time the server runs before the next kill, drawn between these bounds (ms). */
  uptimeMs?: [number, number];
  /** Run `keten audit verify` (server stopped) after every n-th kill, and always at the end. */
  verifyEvery?: number;
  log?: (msg: string) => void;
}

export interface CrashReport {
  database: 'pglite' | 'postgresql';
  seed: number;
  kills: number;
  acknowledgedSignals: number;
  acknowledgedNotes: number;
  /** Requests in flight at a kill that got no answer: each may or may not exist (not checked). */
  unanswered: number;
  /** Connection attempts refused while the server was down (writers retry every 50 ms). */
  refusedWhileDown: number;
  /** Answers with a 5xx status: must be 0. */
  serverErrors: number;
  /** Acknowledged writes that are missing: must be 0. */
  lost: number;
  /** Acknowledged writes present with other content: must be 0. */
  corrupted: number;
  auditVerifications: number;
  auditVerifyFailures: number;
  /** Starts after a kill that did not become healthy: must be 0. */
  failedRestarts: number;
  lockTakeovers: number;
  meanRestartMs: number;
  problems: string[];
}

interface AckedSignal {
  id: string;
  familyName: string;
  nationality: string;
}

interface AckedNote {
  id: string;
  text: string;
}

function runCli(env: Record<string, string>, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/keten.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'test', ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

export async function runCrashScenario(options: CrashOptions): Promise<CrashReport> {
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const [minUp, maxUp] = options.uptimeMs ?? [150, 1200];
  const writersPerKind = options.writersPerKind ?? 3;
  const verifyEvery = options.verifyEvery ?? Number.POSITIVE_INFINITY;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-crash-'));
  const env: Record<string, string> = {
    KETEN_DATA_DIR: dataDir,
    KETEN_DEMO: 'true',
    LOG_LEVEL: 'warn',
    DATABASE_URL: options.databaseUrl ?? '',
    ...HARNESS_LIMITS,
  };
  const report: CrashReport = {
    database: options.databaseUrl ? 'postgresql' : 'pglite',
    seed: options.seed,
    kills: 0,
    acknowledgedSignals: 0,
    acknowledgedNotes: 0,
    unanswered: 0,
    refusedWhileDown: 0,
    serverErrors: 0,
    lost: 0,
    corrupted: 0,
    auditVerifications: 0,
    auditVerifyFailures: 0,
    failedRestarts: 0,
    lockTakeovers: 0,
    meanRestartMs: 0,
    problems: [],
  };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server: ServerProcess = spawnServer(env, port);
  const ackedSignals: AckedSignal[] = [];
  const ackedNotes: AckedNote[] = [];
  let stop = false;
  let restartTotal = 0;
  const problem = (p: string): void => {
    if (report.problems.length < 20) {
      report.problems.push(p);
    }
  };

  const start = async (first = false): Promise<boolean> => {
    try {
      // The first start migrates and seeds the demo data: slow on a busy machine.
      await waitForHealth(server, first ? 600_000 : 300_000);
      if (/Taking over the lock/.test(server.output())) {
        report.lockTakeovers++;
      }
      return true;
    } catch (err) {
      report.failedRestarts++;
      problem(`restart ${report.kills}: ${(err as Error).message.slice(0, 500)}`);
      return false;
    }
  };

  const verify = async (): Promise<void> => {
    report.auditVerifications++;
    const res = await runCli(env, ['audit', 'verify']);
    if (res.code !== 0) {
      report.auditVerifyFailures++;
      problem(`audit verify after kill ${report.kills}: ${res.out.slice(-800)}`);
    } else if (!options.databaseUrl && /Taking over the lock/.test(res.out)) {
      report.lockTakeovers++;
    }
  };

  try {
    if (!(await start(true))) {
      throw new Error(`The server did not start: ${report.problems.join('\n')}`);
    }
    const reporter = await httpLogin(base, 'reporter');
    const centre = await httpLogin(base, 'caseworker');
    const build = await liveSignalFactory(base);
    const fileId = await liveVictimFile(base, reporter, centre, build(0));
    let n = 1;

    const post = async (session: HttpSession, url: string, body: unknown): Promise<Response | null> => {
      try {
        return await fetch(`${base}${url}`, { method: 'POST', headers: session.headers, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
      } catch (err) {
        if ((err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') {
          report.refusedWhileDown++;
        } else {
          report.unanswered++;
        }
        return null;
      }
    };
    const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

    const signalWriter = async (): Promise<void> => {
      while (!stop) {
        const s = build(n++);
        const res = await post(reporter, '/api/signals', s);
        if (res?.status === 201) {
          ackedSignals.push({ id: s.id, familyName: s.person.familyName ?? '', nationality: s.person.nationality ?? '' });
        } else {
          if (res && res.status >= 500) {
            report.serverErrors++;
          }
          if (res) {
            problem(`signal refused with ${res.status}: ${(await res.text()).slice(0, 300)}`);
          }
          await pause(res ? 0 : 50);
        }
        await res?.arrayBuffer().catch(() => undefined);
      }
    };
    const noteWriter = async (): Promise<void> => {
      while (!stop) {
        const text = `Fictional crash-test note ${n++}: ${Math.floor(Math.random() * 1e9).toString(36)}`;
        const res = await post(centre, `/api/victim-files/${fileId}/notes`, { section: 'PS', occurredOn: '2026-11-21', text });
        if (res?.status === 201) {
          ackedNotes.push({ id: ((await res.json()) as { id: string }).id, text });
        } else {
          if (res && res.status >= 500) {
            report.serverErrors++;
          }
          if (res) {
            problem(`note refused with ${res.status}: ${(await res.text()).slice(0, 300)}`);
          }
          await res?.arrayBuffer().catch(() => undefined);
          await pause(res ? 0 : 50);
        }
      }
    };
    const writers = [...Array.from({ length: writersPerKind }, signalWriter), ...Array.from({ length: writersPerKind }, noteWriter)];

    for (let k = 1; k <= options.kills; k++) {
      await pause(minUp + Math.floor(random() * (maxUp - minUp)));
      await server.stop('SIGKILL');
      report.kills++;
      if (k % verifyEvery === 0 && k < options.kills) {
        await verify();
      }
      const t0 = Date.now();
      server = spawnServer(env, port);
      if (!(await start())) {
        break;
      }
      restartTotal += Date.now() - t0;
      if (k % 10 === 0) {
        log(`${k}/${options.kills} kills; acknowledged ${ackedSignals.length} signals, ${ackedNotes.length} notes`);
      }
    }
    // The last kill, while the writers are still writing.
    await pause(minUp + Math.floor(random() * (maxUp - minUp)));
    await server.stop('SIGKILL');
    report.kills++;
    stop = true;
    await Promise.all(writers);
    report.acknowledgedSignals = ackedSignals.length;
    report.acknowledgedNotes = ackedNotes.length;
    report.meanRestartMs = report.kills > 1 ? Math.round(restartTotal / (report.kills - 1)) : 0;

    await checkWrites(env, options.databaseUrl, dataDir, ackedSignals, ackedNotes, report, problem);
    await verify();
    return report;
  } finally {
    stop = true;
    await server.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Opens the database as the next process would (taking over the dead server's lock) and checks every acknowledged write. */
async function checkWrites(
  env: Record<string, string>,
  databaseUrl: string | undefined,
  dataDir: string,
  ackedSignals: AckedSignal[],
  ackedNotes: AckedNote[],
  report: CrashReport,
  problem: (p: string) => void,
): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const crypto = createAppCrypto(loadSecrets(config, () => undefined));
  let lock: HeldLock | null = null;
  let database: Database;
  if (databaseUrl) {
    database = await openDatabase({ kind: 'postgresql', url: databaseUrl, poolSize: 2 });
  } else {
    const messages: string[] = [];
    lock = acquireDataDirLock(dataDir, 'crash harness check', (m) => messages.push(m));
    if (messages.some((m) => m.startsWith('Taking over the lock'))) {
      report.lockTakeovers++;
    }
    if (config.database.kind !== 'pglite') {
      throw new Error('expected the embedded database');
    }
    database = await openDatabase({ kind: 'pglite', dataDir: config.database.dataDir });
  }
  try {
    for (let i = 0; i < ackedSignals.length; i += 500) {
      const part = ackedSignals.slice(i, i + 500);
      const rows = await database.db.select({ id: signals.id, familyName: signals.familyName, nationality: signals.nationality }).from(signals).where(inArray(signals.id, part.map((s) => s.id)));
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const s of part) {
        const row = byId.get(s.id);
        if (!row) {
          report.lost++;
          problem(`acknowledged signal ${s.id} is missing`);
          continue;
        }
        let name: string | null = null;
        try {
          name = crypto.cipher.decryptNullable(row.familyName, { table: 'signals', row: s.id, column: 'family_name' });
        } catch {
          name = null;
        }
        if (name !== s.familyName || (row.nationality ?? '') !== s.nationality) {
          report.corrupted++;
          problem(`acknowledged signal ${s.id} differs from what was sent`);
        }
      }
    }
    for (let i = 0; i < ackedNotes.length; i += 500) {
      const part = ackedNotes.slice(i, i + 500);
      const rows = await database.db.select({ id: victimFileNotes.id, text: victimFileNotes.text }).from(victimFileNotes).where(inArray(victimFileNotes.id, part.map((x) => x.id)));
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const note of part) {
        const row = byId.get(note.id);
        if (!row) {
          report.lost++;
          problem(`acknowledged note ${note.id} is missing`);
          continue;
        }
        let text: string | null = null;
        try {
          text = crypto.cipher.decrypt(row.text, { table: 'victim_file_notes', row: note.id, column: 'text' });
        } catch {
          text = null;
        }
        if (text !== note.text) {
          report.corrupted++;
          problem(`acknowledged note ${note.id} differs from what was sent`);
        }
      }
    }
  } finally {
    await database.close();
    lock?.release();
  }
}
