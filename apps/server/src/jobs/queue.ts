import { hostname } from 'node:os';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { jobs, type JobStatus } from './job.schema.ts';

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export type JobHandler = (job: ClaimedJob, ctx: { db: Db; setProgress(percent: number): Promise<void> }) => Promise<void>;

/** Exponential backoff with a ceiling: 10 s, 20 s, 40 s … at most one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** A running job whose lock is older than this is considered abandoned (its process died). */
const STALE_LOCK_MS = 10 * 60_000;

/**
 * The job queue. `enqueue` takes the caller's transaction so that the job exists only if the
 * business change commits. Claiming uses FOR UPDATE SKIP LOCKED, so several workers never take
 * the same job.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workerId = `${hostname()}:${process.pid}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly options: { pollMs: number; onError?: (err: unknown, job: ClaimedJob | null) => void } = { pollMs: 1000 },
  ) {}

  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) {
      throw new Error(`Job handler for ${kind} already registered`);
    }
    this.handlers.set(kind, handler);
  }

  async enqueue(tx: Executor, kind: string, payload: Record<string, unknown> = {}, options: EnqueueOptions = {}): Promise<string> {
    const [row] = await tx
      .insert(jobs)
      .values({
        kind,
        payload,
        ...(options.runAt ? { runAt: options.runAt } : {}),
        ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      })
      .returning({ id: jobs.id });
    if (!row) {
      throw new Error('enqueue returned no row');
    }
    return row.id;
  }

  /** Claims one due job, or returns null. The claim commits before the job runs. */
  async claim(): Promise<ClaimedJob | null> {
    return this.db.transaction(async (tx) => {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM jobs
            WHERE (status = 'queued' AND run_at <= now())
               OR (status = 'running' AND locked_at < now() - make_interval(secs => ${STALE_LOCK_MS / 1000}))
            ORDER BY run_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED`,
      );
      const id = rows[0]?.id;
      if (!id) {
        return null;
      }
      const [job] = await tx
        .update(jobs)
        .set({ status: 'running', lockedAt: sql`now()`, lockedBy: this.workerId, attempts: sql`${jobs.attempts} + 1` })
        .where(eq(jobs.id, id))
        .returning();
      if (!job) {
        return null;
      }
      return { id: job.id, kind: job.kind, payload: job.payload, attempts: job.attempts, maxAttempts: job.maxAttempts };
    });
  }

  /** Runs at most one job. Returns whether a job was found. */
  async runOnce(): Promise<boolean> {
    const job = await this.claim();
    if (!job) {
      return false;
    }
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) {
        throw new Error(`No handler for job kind ${job.kind}`);
      }
      await handler(job, {
        db: this.db,
        setProgress: async (percent) => {
          await this.db
            .update(jobs)
            .set({ progress: Math.max(0, Math.min(100, Math.round(percent))) })
            .where(eq(jobs.id, job.id));
        },
      });
      await this.db
        .update(jobs)
        .set({ status: 'done', finishedAt: sql`now()`, lockedAt: null, lockedBy: null, progress: 100, lastError: null })
        .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running')));
    } catch (err) {
      this.options.onError?.(err, job);
      const failed = job.attempts >= job.maxAttempts;
      const message = err instanceof Error ? err.message : String(err);
      await this.db
        .update(jobs)
        .set({
          status: failed ? 'failed' : 'queued',
          runAt: new Date(Date.now() + backoffMs(job.attempts)),
          lockedAt: null,
          lockedBy: null,
          // Error messages of our own code carry ids, never personal data values.
          lastError: message.slice(0, 2000),
          ...(failed ? { finishedAt: sql`now()` } : {}),
        })
        .where(eq(jobs.id, job.id));
    }
    return true;
  }

  /** Runs due jobs until none is left (tests and commands use this). */
  async drain(limit = 1000): Promise<number> {
    let n = 0;
    while (n < limit && (await this.runOnce())) {
      n++;
    }
    return n;
  }

  start(): void {
    if (!this.stopped) {
      return;
    }
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) {
        return;
      }
      this.running = this.drain(50)
        .catch((err: unknown) => this.options.onError?.(err, null))
        .then(() => {
          this.running = null;
          if (!this.stopped) {
            this.timer = setTimeout(tick, this.options.pollMs);
          }
        });
    };
    this.timer = setTimeout(tick, this.options.pollMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.running;
  }

  async counts(): Promise<Record<Exclude<JobStatus, 'done'>, number>> {
    const rows = await queryRows<{ status: string; n: number }>(
      this.db,
      sql`SELECT status, count(*)::int AS n FROM jobs WHERE status <> 'done' GROUP BY status`,
    );
    const out = { queued: 0, running: 0, failed: 0 };
    for (const r of rows) {
      if (r.status === 'queued' || r.status === 'running' || r.status === 'failed') {
        out[r.status] = r.n;
      }
    }
    return out;
  }

  /** Deletes finished jobs older than the given age. */
  async purgeFinished(olderThanMs: number): Promise<void> {
    await this.db.delete(jobs).where(and(eq(jobs.status, 'done'), lt(jobs.finishedAt, new Date(Date.now() - olderThanMs))));
  }
}
