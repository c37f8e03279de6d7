import { runCrashScenario, type CrashReport } from '../tests/support/crash-harness.ts';
import type { Benchmark, BenchResult } from './harness.ts';
import { createPgDatabase } from './load.bench.ts';

/*
 * The full crash-safety run (the CI test tests/api/crash.api.test.ts runs 20 kills): concurrent
 * writers against a real server process, SIGKILL at seeded random moments, restart on the same
 * data, and at the end every acknowledged write checked and the audit trail verified. `lost`,
 * `corrupted`, `auditVerifyFailures` and `failedRestarts` must all be 0.
 */

const SEED = 8_2026;

function toResult(r: CrashReport, kills: number): BenchResult {
  return {
    name: 'crash',
    description: `${kills} SIGKILLs of a real server process (seed ${r.seed}) under 3 concurrent signal writers and 3 victim-file note writers; restart on the same data after each; every acknowledged write checked (decrypted and compared), audit verify every 25 kills and at the end`,
    database: r.database,
    metrics: {
      kills: r.kills,
      acknowledgedSignals: r.acknowledgedSignals,
      acknowledgedNotes: r.acknowledgedNotes,
      acknowledgedWrites: r.acknowledgedSignals + r.acknowledgedNotes,
      unansweredAtKill: r.unanswered,
      refusedWhileDown: r.refusedWhileDown,
      serverErrors: r.serverErrors,
      lost: r.lost,
      corrupted: r.corrupted,
      auditVerifications: r.auditVerifications,
      auditVerifyFailures: r.auditVerifyFailures,
      failedRestarts: r.failedRestarts,
      lockTakeovers: r.lockTakeovers,
      meanRestartMs: r.meanRestartMs,
    },
    notes: r.problems.length > 0 ? r.problems : ['lost, corrupted, serverErrors, auditVerifyFailures and failedRestarts must be 0'],
  };
}

export const crashBench: Benchmark = async (ctx) => {
  // --scale 0.2 (the default) gives 200 kills per database; KETEN_CRASH_KILLS overrides.
  const kills = Number(process.env.KETEN_CRASH_KILLS ?? Math.max(20, Math.round(1000 * ctx.scale)));
  // KETEN_CRASH_DATABASES=pglite or =postgresql runs one of the two (e.g. in two parallel processes).
  const only = process.env.KETEN_CRASH_DATABASES?.split(',') ?? ['pglite', 'postgresql'];
  const out: BenchResult[] = [];
  if (only.includes('pglite')) {
    ctx.log(`pglite: ${kills} kills`);
    out.push(toResult(await runCrashScenario({ kills, seed: SEED, verifyEvery: 25, log: (m) => ctx.log(`pglite: ${m}`) }), kills));
  }
  if (ctx.pgUrl && only.includes('postgresql')) {
    const db = await createPgDatabase(ctx.pgUrl);
    try {
      ctx.log(`postgresql: ${kills} kills`);
      out.push(toResult(await runCrashScenario({ kills, seed: SEED, verifyEvery: 25, databaseUrl: db.url, log: (m) => ctx.log(`postgresql: ${m}`) }), kills));
    } finally {
      await db.drop();
    }
  }
  return out;
};
