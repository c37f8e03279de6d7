import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  purpose: string;
}

export class DataDirLockedError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly holder: LockInfo,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Keten process (PID ${holder.pid} on ${holder.hostname}, ` +
        `${holder.purpose}, since ${holder.startedAt}). The embedded database allows only one process: stop that ` +
        'process first, or use another KETEN_DATA_DIR.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid === 'number') {
      return {
        pid: parsed.pid,
        hostname: parsed.hostname ?? 'unknown',
        startedAt: parsed.startedAt ?? 'unknown',
        purpose: parsed.purpose ?? 'unknown',
      };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  }
  return null;
}

export interface HeldLock {
  file: string;
  release(): void;
}

/**
 * PGlite takes no lock on its data directory, and two processes on one directory corrupt it.
 * Keten therefore holds its own lock file. A lock left by a dead process is taken over.
 */
export function acquireDataDirLock(
  dataDir: string,
  purpose: string,
  log: (msg: string) => void,
): HeldLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'keten.lock');
  const info: LockInfo = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), purpose };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) {
          return;
        }
        released = true;
        const current = readLock(file);
        if (current?.pid === process.pid) {
          rmSync(file, { force: true });
        }
      };
      process.once('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw err;
      }
    }
    const holder = readLock(file);
    // A lock from another host (shared disk) cannot be checked for liveness: refuse.
    if (holder && holder.pid !== process.pid && (holder.hostname !== hostname() || isAlive(holder.pid))) {
      throw new DataDirLockedError(dataDir, holder);
    }
    log(
      holder
        ? `Taking over the lock on ${dataDir} left by PID ${holder.pid} (${holder.purpose}, since ${holder.startedAt}), which is no longer running.`
        : `Removing an unreadable lock file on ${dataDir}.`,
    );
    // Remove and retry the exclusive create, so that two processes taking over at once cannot both win.
    rmSync(file, { force: true });
  }
  const holder = readLock(file);
  if (holder) {
    throw new DataDirLockedError(dataDir, holder);
  }
  throw new Error(`Could not acquire the lock on ${dataDir}`);
}
