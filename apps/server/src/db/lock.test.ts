import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock.ts';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), 'keten-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  dirs.length = 0;
});

describe('data directory lock', () => {
  it('creates the directory and holds a lock file with our pid', () => {
    const dir = path.join(tmp(), 'nested', 'data');
    const lock = acquireDataDirLock(dir, 'test', () => undefined);
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'test' });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('refuses while another live process holds the lock', () => {
    const dir = tmp();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dir, 'keten.lock'), JSON.stringify({ pid: other.pid, hostname: hostname(), startedAt: 'x', purpose: 'server' }));
      expect(() => acquireDataDirLock(dir, 'test', () => undefined)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, 'test', () => undefined)).toThrow(/in use by another Keten process \(PID \d+/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a dead process, with a log line', () => {
    const dir = tmp();
    const dead = spawnSync('sh', ['-c', 'echo $$']);
    const deadPid = Number(dead.stdout.toString().trim());
    writeFileSync(path.join(dir, 'keten.lock'), JSON.stringify({ pid: deadPid, hostname: hostname(), startedAt: 'x', purpose: 'server' }));
    const logs: string[] = [];
    const lock = acquireDataDirLock(dir, 'test', (m) => logs.push(m));
    expect(logs.join('\n')).toMatch(new RegExp(`Taking over the lock .* PID ${deadPid}`));
    lock.release();
  });

  it('refuses a lock held on another host (cannot check liveness)', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'keten.lock'), JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: 'x', purpose: 'server' }));
    expect(() => acquireDataDirLock(dir, 'test', () => undefined)).toThrow(DataDirLockedError);
  });
});
