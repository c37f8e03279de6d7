import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../../apps/server/src/jobs/job.schema.ts';
import { backoffMs } from '../../apps/server/src/jobs/queue.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('job queue', () => {
  it('enqueues inside the business transaction: a rollback leaves no job', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await t.jobs.enqueue(tx, 'rolled-back', {});
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await t.database.db.select().from(jobs).where(eq(jobs.kind, 'rolled-back'))).toHaveLength(0);
  });

  it('runs a committed job once with its payload and records progress', async () => {
    const seen: unknown[] = [];
    t.jobs.register('collect', async (job, ctx) => {
      seen.push(job.payload);
      await ctx.setProgress(50);
    });
    const id = await t.database.db.transaction((tx) => t.jobs.enqueue(tx, 'collect', { n: 1 }));
    expect(await t.jobs.drain()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    const [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({ status: 'done', progress: 100, attempts: 1 });
    expect(await t.jobs.drain()).toBe(0);
  });

  it('retries a failing job with backoff and marks it failed after its last attempt', async () => {
    let calls = 0;
    t.jobs.register('flaky', async () => {
      calls++;
      throw new Error('downstream unavailable');
    });
    const id = await t.jobs.enqueue(t.database.db, 'flaky', {}, { maxAttempts: 2 });
    await t.jobs.runOnce();
    let [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row?.status).toBe('queued');
    expect(row?.lastError).toBe('downstream unavailable');
    expect(row!.runAt.getTime()).toBeGreaterThan(Date.now() + backoffMs(1) - 2000);
    // Not due yet: nothing runs.
    expect(await t.jobs.drain()).toBe(0);
    await t.database.db.update(jobs).set({ runAt: new Date(Date.now() - 1000) }).where(eq(jobs.id, id));
    await t.jobs.runOnce();
    [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row?.status).toBe('failed');
    expect(calls).toBe(2);
  });

  it('never hands the same job to two claimers', async () => {
    t.jobs.register('single', async () => undefined);
    for (let i = 0; i < 6; i++) {
      await t.jobs.enqueue(t.database.db, 'single', { i });
    }
    const claims = await Promise.all(Array.from({ length: 8 }, () => t.jobs.claim()));
    const ids = claims.filter((c) => c !== null).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(6);
  });

  it('reports queue counts for health', async () => {
    const counts = await t.jobs.counts();
    expect(counts.failed).toBeGreaterThanOrEqual(1);
  });

  it('computes exponential backoff with a ceiling', () => {
    expect(backoffMs(1)).toBe(10_000);
    expect(backoffMs(2)).toBe(20_000);
    expect(backoffMs(30)).toBe(3_600_000);
  });
});
