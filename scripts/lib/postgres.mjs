import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function pgBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) {
    return null;
  }
  const versions = readdirSync(base).filter((v) => existsSync(path.join(base, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

/**
 * A PostgreSQL server for tests: DATABASE_URL if set, else the local server on 127.0.0.1:5432,
 * else a private throw-away cluster (installing Debian's postgresql when missing, as root).
 * Tests create and drop their own databases on it.
 */
export async function ensurePostgres() {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, description: 'DATABASE_URL', stop: async () => {} };
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await answers(local)) {
    return { url: local, description: 'local server on 127.0.0.1:5432', stop: async () => {} };
  }
  const isRoot = process.getuid?.() === 0;
  let bin = pgBinDir();
  if (!bin && isRoot) {
    console.log('PostgreSQL is missing: installing Debian\'s postgresql package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
    bin = pgBinDir();
  }
  if (!bin) {
    throw new Error('No PostgreSQL available: set DATABASE_URL, start a server on 127.0.0.1:5432, or install postgresql');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'keten-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const port = await freePort();
  // initdb refuses to run as root: run the cluster as the postgres user when we are root.
  const asUser = (cmd, args) =>
    isRoot ? spawnSync('su', ['postgres', '-c', [cmd, ...args].map((a) => `'${a}'`).join(' ')], { stdio: 'inherit' }) : spawnSync(cmd, args, { stdio: 'inherit' });
  if (asUser(path.join(bin, 'initdb'), ['-A', 'trust', '-U', 'postgres', '-D', data]).status !== 0) {
    throw new Error('initdb failed');
  }
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  if (asUser(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']).status !== 0) {
    throw new Error('pg_ctl start failed');
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    description: `private cluster on port ${port}`,
    stop: async () => {
      asUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
