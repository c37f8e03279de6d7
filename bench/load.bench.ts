import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { DEMO_USERS } from '../apps/server/src/demo/demo-users.ts';
import { HARNESS_LIMITS, httpLogin, liveSignalFactory, liveVictimFile, seededRandom, type HttpSession } from '../tests/support/live-client.ts';
import { startServer, type ServerProcess } from '../tests/support/server-process.ts';
import type { Benchmark, BenchResult } from './harness.ts';
import { percentile, round } from './harness.ts';

/*
 * Load: a real server process on loopback, every demo user logged in before the timed phase, then
 * a realistic mix of what people do for a fixed time (bounded in requests too): signal
 * submissions, triage lists, victim-file views, task lists and dashboard loads (a dashboard is the
 * three requests its page makes, in parallel). Reported per action, with the server's memory and
 * the ratio against a bare Fastify endpoint measured in the same run.
 */

const CONNECTIONS = 16;

interface Action {
  name: string;
  weight: number;
  run(i: number): Promise<boolean>;
}

/** A new, empty database on the PostgreSQL server at `adminUrl`; `drop()` removes it. */
export async function createPgDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `keten_bench_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Resident memory of a process in MiB (Linux /proc). */
function rssMiB(pid: number | undefined): number {
  if (!pid) {
    return 0;
  }
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function ok(res: Response, status = 200): Promise<boolean> {
  await res.arrayBuffer();
  return res.status === status;
}

async function runTarget(
  kind: 'pglite' | 'postgresql',
  env: Record<string, string>,
  seconds: number,
  maxRequests: number,
  log: (m: string) => void,
): Promise<{ metrics: Record<string, number>; notes: string[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-load-'));
  let server: ServerProcess | null = null;
  try {
    server = await startServer({ KETEN_DATA_DIR: dataDir, KETEN_DEMO: 'true', LOG_LEVEL: 'warn', ...HARNESS_LIMITS, ...env });
    const base = server.url;
    // Every demo user logs in once, before the timed phase (a TOTP code serves one login per user).
    log(`${kind}: logging in ${DEMO_USERS.length} demo users`);
    const sessions = new Map<string, HttpSession>();
    for (const u of DEMO_USERS) {
      sessions.set(u.key, await httpLogin(base, u.key));
    }
    const s = (key: string): HttpSession => {
      const x = sessions.get(key);
      if (!x) {
        throw new Error(`no session for ${key}`);
      }
      return x;
    };
    const build = await liveSignalFactory(base);
    log(`${kind}: preparing victim files and signals`);
    const files: string[] = [];
    for (let i = 0; i < 8; i++) {
      files.push(await liveVictimFile(base, s('reporter'), s('caseworker'), build(600_000 + 6 * i)));
    }
    for (let i = 0; i < 40; i++) {
      await ok(await fetch(`${base}/api/signals`, { method: 'POST', headers: s('investigator').headers, body: JSON.stringify(build(200_000 + i)) }), 201);
    }
    const get = (key: string, url: string): Promise<boolean> => fetch(`${base}${url}`, { headers: { cookie: s(key).cookie } }).then((r) => ok(r));
    const triagers = ['caseworker', 'caseworker-payoke', 'investigator'];
    const taskUsers = ['caseworker', 'coordinator', 'caseworker-payoke', 'investigator', 'magistrate', 'immigration', 'guardianship', 'municipality'];
    const internalStats = ['coordinator', 'caseworker', 'investigator', 'financial'];
    const outwardStats = ['rapporteur', 'coordinator-national'];
    let n = 0;
    const actions: Action[] = [
      {
        name: 'signal-submit',
        weight: 15,
        run: async () => ok(await fetch(`${base}/api/signals`, { method: 'POST', headers: s('reporter').headers, body: JSON.stringify(build(n++)) }), 201),
      },
      { name: 'triage-list', weight: 20, run: (i) => get(triagers[i % triagers.length]!, '/api/triage') },
      { name: 'file-view', weight: 20, run: (i) => get(i % 3 === 0 ? 'coordinator' : 'caseworker', `/api/victim-files/${files[i % files.length]!}`) },
      { name: 'file-list', weight: 10, run: (i) => get(i % 2 ? 'coordinator' : 'caseworker', '/api/victim-files') },
      { name: 'task-list', weight: 20, run: (i) => get(taskUsers[i % taskUsers.length]!, '/api/tasks') },
      {
        name: 'dashboard',
        weight: 15,
        run: async (i) => {
          if (i % 3 === 0) {
            const who = outwardStats[i % outwardStats.length]!;
            const r = await Promise.all([
              get(who, '/api/statistics/outward/signals?groupBy=district&method=suppress'),
              get(who, '/api/statistics/outward/signals?groupBy=form&method=suppress'),
              get(who, '/api/statistics/outward/signals/timeline'),
            ]);
            return r.every(Boolean);
          }
          const who = internalStats[i % internalStats.length]!;
          const r = await Promise.all([
            get(who, '/api/statistics/signals?groupBy=district'),
            get(who, '/api/statistics/signals?groupBy=form'),
            get(who, '/api/statistics/signals/timeline'),
          ]);
          return r.every(Boolean);
        },
      },
    ];
    // Every action once before the clock starts: a wrong URL fails here, not as "errors" in the figures.
    for (const a of actions) {
      for (let i = 0; i < 3; i++) {
        if (!(await a.run(i))) {
          throw new Error(`warm-up of ${a.name} (variant ${i}) failed`);
        }
      }
    }
    const totalWeight = actions.reduce((w, a) => w + a.weight, 0);
    const random = seededRandom(8);
    const pick = (): Action => {
      let r = random() * totalWeight;
      for (const a of actions) {
        r -= a.weight;
        if (r < 0) {
          return a;
        }
      }
      return actions[actions.length - 1]!;
    };
    const latencies = new Map<string, number[]>(actions.map((a) => [a.name, []]));
    const errors = new Map<string, number>(actions.map((a) => [a.name, 0]));
    let requests = 0;
    let peakRss = rssMiB(server.proc.pid);
    const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(server?.proc.pid))), 250);
    log(`${kind}: ${seconds}s × ${CONNECTIONS} connections (at most ${maxRequests} actions)`);
    const deadline = performance.now() + seconds * 1000;
    const start = performance.now();
    let started = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline && started < maxRequests) {
          const i = started++;
          const a = pick();
          const t0 = performance.now();
          let good = false;
          try {
            good = await a.run(i);
          } catch {
            good = false;
          }
          latencies.get(a.name)!.push(performance.now() - t0);
          requests += a.name === 'dashboard' ? 3 : 1;
          if (!good) {
            errors.set(a.name, (errors.get(a.name) ?? 0) + 1);
          }
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    clearInterval(rssTimer);
    const endRss = rssMiB(server.proc.pid);
    peakRss = Math.max(peakRss, endRss);
    const metrics: Record<string, number> = {
      seconds: round(elapsed, 1),
      actions: started,
      httpRequests: requests,
      requestsPerSecond: round(requests / elapsed),
      actionsPerSecond: round(started / elapsed),
      errors: [...errors.values()].reduce((x, y) => x + y, 0),
      serverRssMiB: round(endRss, 1),
      serverPeakRssMiB: round(peakRss, 1),
    };
    for (const [name, l] of latencies) {
      l.sort((a, b) => a - b);
      const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      metrics[`${key}Count`] = l.length;
      metrics[`${key}P50Ms`] = round(percentile(l, 50), 1);
      metrics[`${key}P95Ms`] = round(percentile(l, 95), 1);
      metrics[`${key}P99Ms`] = round(percentile(l, 99), 1);
      metrics[`${key}Errors`] = errors.get(name) ?? 0;
    }
    return { metrics, notes: [] };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const loadBench: Benchmark = async (ctx) => {
  const seconds = Math.max(10, Math.round(60 * ctx.scale));
  const maxRequests = Math.max(2000, Math.round(200_000 * ctx.scale));
  const bare = Fastify();
  bare.get('/ping', async () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  let bareRps: number;
  try {
    ctx.log(`bare Fastify: ${Math.min(seconds, 5)}s × ${CONNECTIONS} connections`);
    const b = await autocannon({ url: `${bareUrl}/ping`, connections: CONNECTIONS, duration: Math.min(seconds, 5) });
    bareRps = b.requests.average;
  } finally {
    await bare.close();
  }
  const out: BenchResult[] = [];
  const targets: ('pglite' | 'postgresql')[] = ctx.pgUrl ? ['pglite', 'postgresql'] : ['pglite'];
  for (const kind of targets) {
    const pgDb = kind === 'postgresql' && ctx.pgUrl ? await createPgDatabase(ctx.pgUrl) : null;
    try {
      const r = await runTarget(kind, pgDb ? { DATABASE_URL: pgDb.url } : { DATABASE_URL: '' }, seconds, maxRequests, ctx.log);
      out.push({
        name: 'load',
        description:
          `A real server on loopback, ${DEMO_USERS.length} demo users logged in beforehand, ${CONNECTIONS} concurrent clients for ${seconds}s (at most ${maxRequests} actions): ` +
          'signal submissions 15%, triage lists 20%, victim-file views 20%, file lists 10%, task lists 20%, dashboards 15% (3 parallel requests each). Latencies per action in ms; errors must be 0.',
        database: kind,
        metrics: { ...r.metrics, bareFastifyRps: round(bareRps) },
        ratios: { requestsVsBareFastify: round((r.metrics.requestsPerSecond ?? 0) / bareRps, 4) },
        notes: [
          'The client runs in the bench process on the same machine as the server: both share the CPU.',
          ...r.notes,
        ],
      });
    } finally {
      await pgDb?.drop();
    }
  }
  return out;
};
