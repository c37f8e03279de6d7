import { describe, expect, it } from 'vitest';
import { runCrashScenario } from '../support/crash-harness.ts';
import { createEmptyPgDatabase, TEST_DB_KIND, TEST_PG_URL } from '../support/test-db.ts';

// The capped CI version of the crash harness (`npm run bench -- crash` runs many more kills):
// a fixed seed, 20 SIGKILLs of a real server process under concurrent writers, on the database
// of this run (PGlite data directory, or a new PostgreSQL database when KETEN_TEST_PG_URL is set).
const KILLS = 20;
const SEED = 20261122;

describe(`crash safety on ${TEST_DB_KIND}`, () => {
  it(`loses no acknowledged write over ${KILLS} SIGKILLs, and the audit trail still verifies`, async () => {
    const pg = TEST_PG_URL ? await createEmptyPgDatabase() : null;
    try {
      const report = await runCrashScenario({ kills: KILLS, seed: SEED, verifyEvery: 10, ...(pg ? { databaseUrl: pg.url } : {}) });
      console.log(`crash harness (${report.database}): ${JSON.stringify(report)}`);
      expect(report.problems).toEqual([]);
      expect(report.kills).toBe(KILLS + 1);
      expect(report.failedRestarts).toBe(0);
      // The writers really wrote between the kills, so the check below checks something.
      expect(report.acknowledgedSignals).toBeGreaterThan(KILLS);
      expect(report.acknowledgedNotes).toBeGreaterThan(KILLS);
      expect(report.lost).toBe(0);
      expect(report.corrupted).toBe(0);
      expect(report.serverErrors).toBe(0);
      expect(report.auditVerifications).toBe(2);
      expect(report.auditVerifyFailures).toBe(0);
      if (!pg) {
        // Every start after a kill, and the final check, took over the dead process's lock.
        expect(report.lockTakeovers).toBeGreaterThanOrEqual(KILLS);
      }
    } finally {
      await pg?.drop();
    }
  }, 900_000);
});
