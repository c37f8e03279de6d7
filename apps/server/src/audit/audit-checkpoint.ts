import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../config/config.ts';
import type { Db, Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { scheduleOnce } from '../jobs/recurring.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { Secrets } from '../lib/secrets.ts';
import { auditCheckpoints, auditEvents } from './audit.schema.ts';

export const AUDIT_CHECKPOINT_JOB = 'audit.checkpoint';
export const DEFAULT_CHECKPOINT_INTERVAL_MS = 5 * 60_000;

/** Where checkpoints are appended unless the deployment names another file (ideally another disk). */
export function defaultCheckpointFile(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'audit-checkpoints.jsonl');
}

/** One signed statement: stream `stream` had reached `seq`, whose row hash is `hash`. */
export interface AuditCheckpoint {
  stream: string;
  seq: number;
  hash: string;
  /** ISO 8601 with milliseconds; part of the signed message. */
  signedAt: string;
  /** Ed25519 signature, base64. */
  signature: string;
  keyId: string;
}

/** One line of the checkpoint file. */
export const CheckpointLineSchema = z.strictObject({
  v: z.literal(1),
  stream: z.string().min(1).max(100),
  seq: z.int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.iso.datetime(),
  signature: z.string().min(1).max(200),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
});

export function checkpointMessage(c: Pick<AuditCheckpoint, 'stream' | 'seq' | 'hash' | 'signedAt'>): string {
  return `keten-audit-checkpoint:v1:${c.stream}:${c.seq}:${c.hash}:${c.signedAt}`;
}

/** A short, stable name of a verify key: the first 16 hex digits of SHA-256 over its SPKI DER. */
export function auditKeyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

export function signCheckpoint(
  keys: Pick<Secrets, 'auditSigningKey' | 'auditVerifyKey'>,
  c: Pick<AuditCheckpoint, 'stream' | 'seq' | 'hash' | 'signedAt'>,
): AuditCheckpoint {
  const signature = sign(null, Buffer.from(checkpointMessage(c), 'utf8'), keys.auditSigningKey).toString(
    'base64',
  );
  return { ...c, signature, keyId: auditKeyId(keys.auditVerifyKey) };
}

export function checkpointSignatureValid(verifyKey: KeyObject, c: AuditCheckpoint): boolean {
  try {
    return verify(
      null,
      Buffer.from(checkpointMessage(c), 'utf8'),
      verifyKey,
      Buffer.from(c.signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/**
 * Appends lines and fsyncs, so an acknowledged checkpoint survives a crash. A line left half
 * written by an earlier crash is closed with a newline first, so it cannot swallow the next one.
 */
function appendLines(filePath: string, lines: string[]): void {
  const created = !existsSync(filePath);
  if (created) {
    mkdirSync(path.dirname(filePath), { recursive: true });
  }
  const fd = openSync(filePath, 'a+', 0o600);
  try {
    const size = fstatSync(fd).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      prefix = last.toString('utf8') === '\n' ? '' : '\n';
    }
    writeSync(fd, prefix + lines.map((l) => `${l}\n`).join(''));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) {
    // Make the new directory entry itself durable.
    const dirFd = openSync(path.dirname(filePath), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
}

export interface CheckpointRefusal {
  stream: string;
  reason: string;
}

export interface WriteCheckpointsResult {
  written: AuditCheckpoint[];
  /** Streams whose head is not a continuation of their last checkpoint: never signed (see below). */
  refused: CheckpointRefusal[];
}

/** The checkpoint with the highest seq of one stream in the database (the one that protects most rows). */
export async function latestDbCheckpoint(db: Executor, stream: string): Promise<AuditCheckpoint | null> {
  const [row] = await db
    .select()
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.stream, stream))
    .orderBy(desc(auditCheckpoints.seq), desc(auditCheckpoints.signedAt))
    .limit(1);
  return row ? { ...row, signedAt: row.signedAt.toISOString() } : null;
}

async function rowHashAt(db: Executor, stream: string, seq: number): Promise<string | null> {
  const [row] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.stream, stream), eq(auditEvents.seq, seq)))
    .limit(1);
  return row?.hash ?? null;
}

/**
 * Signs the head of every stream that moved since its last checkpoint, appends the checkpoints to
 * `filePath` (outside the database) and stores them in `audit_checkpoints`.
 *
 * - The file is written first: a checkpoint in the file but not in the database is harmless (it
 *   names committed rows), while the reverse would leave newest rows without outside evidence.
 * - A head that does not extend the stream's previous checkpoint (lower seq, or a different row at
 *   the checkpointed seq), or that does not match its row, is refused: signing it would bless a
 *   truncated or rewritten chain.
 * - Writing a checkpoint is not itself an audit event: that would move the platform head and make
 *   every run produce a new checkpoint.
 */
export async function writeCheckpoints(
  db: Db,
  keys: Pick<Secrets, 'auditSigningKey' | 'auditVerifyKey'>,
  filePath: string,
  options: { now?: () => Date } = {},
): Promise<WriteCheckpointsResult> {
  const now = options.now ?? (() => new Date());
  const candidates = await queryRows<{
    stream: string;
    seq: string;
    hash: string;
    cp_seq: string | null;
    cp_hash: string | null;
  }>(
    db,
    sql`SELECT h.stream, h.seq::text AS seq, h.hash, c.seq::text AS cp_seq, c.hash AS cp_hash
        FROM audit_heads h
        LEFT JOIN LATERAL (
          SELECT seq, hash FROM audit_checkpoints c
          WHERE c.stream = h.stream ORDER BY seq DESC, signed_at DESC LIMIT 1
        ) c ON true
        WHERE h.seq > 0 AND (c.seq IS NULL OR c.seq <> h.seq OR c.hash <> h.hash)
        ORDER BY h.stream`,
  );
  const written: AuditCheckpoint[] = [];
  const refused: CheckpointRefusal[] = [];
  for (const c of candidates) {
    const seq = Number(c.seq);
    const headRowHash = await rowHashAt(db, c.stream, seq);
    if (headRowHash !== c.hash) {
      refused.push({
        stream: c.stream,
        reason: `the head (seq ${seq}) does not match the stream's row at that seq`,
      });
      continue;
    }
    if (c.cp_seq !== null) {
      const cpSeq = Number(c.cp_seq);
      if (seq < cpSeq) {
        refused.push({
          stream: c.stream,
          reason: `the head (seq ${seq}) is behind the last checkpoint (seq ${cpSeq})`,
        });
        continue;
      }
      if ((await rowHashAt(db, c.stream, cpSeq)) !== c.cp_hash) {
        refused.push({
          stream: c.stream,
          reason: `the row at the last checkpoint (seq ${cpSeq}) has changed`,
        });
        continue;
      }
    }
    written.push(
      signCheckpoint(keys, { stream: c.stream, seq, hash: c.hash, signedAt: now().toISOString() }),
    );
  }
  if (written.length > 0) {
    appendLines(
      filePath,
      written.map((w) => JSON.stringify({ v: 1, ...w })),
    );
    await db.insert(auditCheckpoints).values(written.map((w) => ({ ...w, signedAt: new Date(w.signedAt) })));
  }
  return { written, refused };
}

/** Thrown by the job when some stream could not be checkpointed; the message holds stream ids only. */
export class AuditCheckpointRefusedError extends Error {
  constructor(public readonly refused: CheckpointRefusal[]) {
    super(
      `Audit checkpoint refused for ${refused.length} stream(s): ${refused.map((r) => `${r.stream}: ${r.reason}`).join('; ')}`,
    );
    this.name = 'AuditCheckpointRefusedError';
  }
}

/** Enqueues the next checkpoint run unless one is already waiting. */
export async function scheduleAuditCheckpoint(
  db: Executor,
  queue: JobQueue,
  runAt: Date = new Date(),
  exceptJobId?: string,
): Promise<void> {
  await scheduleOnce(db, queue, AUDIT_CHECKPOINT_JOB, runAt, exceptJobId);
}

/**
 * Registers the checkpoint job. Each run first schedules the next one (every `intervalMs`), then
 * signs the moved heads; refused streams make the run fail, so the queue's error log shows them.
 */
export function registerAuditCheckpointJob(
  queue: JobQueue,
  options: {
    secrets: Pick<Secrets, 'auditSigningKey' | 'auditVerifyKey'>;
    filePath: string;
    intervalMs?: number;
  },
): void {
  const intervalMs = options.intervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS;
  queue.register(AUDIT_CHECKPOINT_JOB, async (job, ctx) => {
    await scheduleAuditCheckpoint(ctx.db, queue, new Date(Date.now() + intervalMs), job.id);
    const result = await writeCheckpoints(ctx.db, options.secrets, options.filePath);
    if (result.refused.length > 0) {
      throw new AuditCheckpointRefusedError(result.refused);
    }
  });
}
