import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { KeyObject } from 'node:crypto';
import type { Db } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import type { Secrets } from '../lib/secrets.ts';
import {
  auditKeyId,
  checkpointSignatureValid,
  CheckpointLineSchema,
  type AuditCheckpoint,
} from './audit-checkpoint.ts';
import { computeHash, GENESIS_HASH } from './audit-hash.ts';
import { auditCheckpoints, auditEvents, auditHeads } from './audit.schema.ts';

export type AuditProblemCode =
  | 'rows_missing'
  | 'prev_hash_mismatch'
  | 'row_changed'
  | 'head_missing'
  | 'head_mismatch'
  | 'checkpoint_bad_signature'
  | 'checkpoint_unknown_key'
  | 'checkpoint_beyond_end'
  | 'checkpoint_hash_mismatch'
  | 'stream_missing'
  | 'checkpoint_file_missing'
  | 'checkpoint_file_bad_line'
  | 'too_many_problems';

export interface AuditProblem {
  code: AuditProblemCode;
  message: string;
  /** The row (or checkpoint) concerned, where there is one. */
  seq?: number;
  id?: string;
  source?: 'database' | 'file';
}

export interface AuditStreamReport {
  stream: string;
  rows: number;
  lastSeq: number;
  /** Highest seq covered by a valid signed checkpoint, per place (null: none). */
  checkpointSeq: { database: number | null; file: number | null };
  problems: AuditProblem[];
}

export interface AuditVerifyReport {
  ok: boolean;
  streams: AuditStreamReport[];
  /** Problems not tied to one stream (the checkpoint file itself). */
  problems: AuditProblem[];
  /** Not tampering, but worth knowing (no checkpoint written yet). */
  warnings: string[];
  rows: number;
  checkpointFile: string;
}

export interface VerifyAuditOptions {
  checkpointFile: string;
  /** Rows read per query (keyset pagination), so memory stays flat on big trails. */
  chunkSize?: number;
  /** After this many problems in one stream the rest are summarised (one tampering can cascade). */
  maxProblemsPerStream?: number;
  /** Verify only these streams (default: every stream found in the database or the file). */
  streams?: readonly string[];
}

class ProblemList {
  readonly items: AuditProblem[] = [];
  private dropped = 0;
  constructor(private readonly max: number) {}
  add(p: AuditProblem): void {
    if (this.items.length < this.max) {
      this.items.push(p);
    } else {
      this.dropped++;
    }
  }
  finish(): AuditProblem[] {
    if (this.dropped > 0) {
      this.items.push({
        code: 'too_many_problems',
        message: `${this.dropped} further problem(s) not listed`,
      });
    }
    return this.items;
  }
}

interface BestCheckpoint {
  cp: AuditCheckpoint;
  source: 'database' | 'file';
  line?: number;
}

interface FileStreamInfo {
  best: BestCheckpoint | null;
  problems: AuditProblem[];
}

interface FileScan {
  exists: boolean;
  streams: Map<string, FileStreamInfo>;
  problems: AuditProblem[];
  lines: number;
}

function checkSignature(
  verifyKey: KeyObject,
  keyId: string,
  cp: AuditCheckpoint,
  where: { source: 'database' | 'file'; label: string; id?: string },
): AuditProblem | null {
  const base = { seq: cp.seq, source: where.source, ...(where.id === undefined ? {} : { id: where.id }) };
  if (cp.keyId !== keyId) {
    return {
      ...base,
      code: 'checkpoint_unknown_key',
      message: `${where.label}: signed with key ${cp.keyId}, but the audit verify key is ${keyId}`,
    };
  }
  if (!checkpointSignatureValid(verifyKey, cp)) {
    return {
      ...base,
      code: 'checkpoint_bad_signature',
      message: `${where.label}: the signature does not verify (forged or altered)`,
    };
  }
  return null;
}

/** Reads the checkpoint file line by line, keeping per stream the valid checkpoint with the highest seq. */
async function scanCheckpointFile(
  file: string,
  verifyKey: KeyObject,
  keyId: string,
  wanted: (s: string) => boolean,
): Promise<FileScan> {
  const out: FileScan = { exists: existsSync(file), streams: new Map(), problems: [], lines: 0 };
  if (!out.exists) {
    return out;
  }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const text = raw.trim();
    if (text === '') {
      continue;
    }
    out.lines++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const line = CheckpointLineSchema.safeParse(parsed);
    if (!line.success) {
      out.problems.push({
        code: 'checkpoint_file_bad_line',
        source: 'file',
        message: `checkpoint file line ${n} is not a valid checkpoint`,
      });
      continue;
    }
    const { v: _v, ...cp } = line.data;
    if (!wanted(cp.stream)) {
      continue;
    }
    let info = out.streams.get(cp.stream);
    if (!info) {
      info = { best: null, problems: [] };
      out.streams.set(cp.stream, info);
    }
    const problem = checkSignature(verifyKey, keyId, cp, {
      source: 'file',
      label: `checkpoint file line ${n} (seq ${cp.seq})`,
    });
    if (problem) {
      info.problems.push(problem);
    } else if (!info.best || cp.seq > info.best.cp.seq) {
      info.best = { cp, source: 'file', line: n };
    }
  }
  return out;
}

/** Distinct values of an indexed leading column without reading every row (a "loose index scan"). */
async function distinctStreams(db: Db, table: 'audit_events' | 'audit_checkpoints'): Promise<string[]> {
  const t = sql.identifier(table);
  const rows = await queryRows<{ stream: string }>(
    db,
    sql`WITH RECURSIVE s(stream) AS (
          (SELECT stream FROM ${t} ORDER BY stream LIMIT 1)
          UNION ALL
          SELECT (SELECT x.stream FROM ${t} x WHERE x.stream > s.stream ORDER BY x.stream LIMIT 1)
          FROM s WHERE s.stream IS NOT NULL
        )
        SELECT stream FROM s WHERE stream IS NOT NULL`,
  );
  return rows.map((r) => r.stream);
}

interface ChainState {
  rows: number;
  lastSeq: number;
  lastHash: string;
}

/**
 * Verifies the audit trail: per stream, that seq runs 1, 2, 3 … without gaps (a removed row), that
 * every row's prev_hash is the previous row's hash (removal, reordering), that every hash
 * recomputes (a changed row), that the head matches the last row, and that the signed checkpoints
 * in the database and in the file outside it verify and point at rows that still exist with the
 * same hash (removing the newest rows, even with the head fixed, leaves a checkpoint pointing past
 * the end). Only reads; rows are read in chunks, one stream at a time.
 */
export async function verifyAudit(
  db: Db,
  secrets: Pick<Secrets, 'auditVerifyKey'>,
  options: VerifyAuditOptions,
): Promise<AuditVerifyReport> {
  const chunkSize = options.chunkSize ?? 1000;
  const maxProblems = options.maxProblemsPerStream ?? 100;
  const verifyKey = secrets.auditVerifyKey;
  const keyId = auditKeyId(verifyKey);
  const only = options.streams ? new Set(options.streams) : null;
  const wanted = (s: string): boolean => only === null || only.has(s);

  // The file is read first: every checkpoint in it names rows committed before this moment, so
  // rows appended while we verify cannot make it look wrong.
  const file = await scanCheckpointFile(options.checkpointFile, verifyKey, keyId, wanted);

  const heads = await db.select({ stream: auditHeads.stream }).from(auditHeads);
  const names = new Set<string>([
    ...(await distinctStreams(db, 'audit_events')),
    ...(await distinctStreams(db, 'audit_checkpoints')),
    ...heads.map((h) => h.stream),
    ...file.streams.keys(),
  ]);
  const streamNames = [...names].filter(wanted).sort();

  const reports: AuditStreamReport[] = [];
  let dbCheckpoints = 0;
  for (const stream of streamNames) {
    const problems = new ProblemList(maxProblems);
    const fileInfo = file.streams.get(stream);
    for (const p of fileInfo?.problems ?? []) {
      problems.add(p);
    }

    // 1. Database checkpoints: every signature is checked; the highest valid one is compared below.
    let dbBest: BestCheckpoint | null = null;
    let after: { seq: number; id: string } | null = null;
    for (;;) {
      const chunk = await db
        .select()
        .from(auditCheckpoints)
        .where(
          and(
            eq(auditCheckpoints.stream, stream),
            after
              ? sql`(${auditCheckpoints.seq}, ${auditCheckpoints.id}) > (${after.seq}, ${after.id})`
              : undefined,
          ),
        )
        .orderBy(asc(auditCheckpoints.seq), asc(auditCheckpoints.id))
        .limit(chunkSize);
      for (const row of chunk) {
        dbCheckpoints++;
        const cp: AuditCheckpoint = { ...row, signedAt: row.signedAt.toISOString() };
        const problem = checkSignature(verifyKey, keyId, cp, {
          source: 'database',
          label: `database checkpoint ${row.id} (seq ${row.seq})`,
          id: row.id,
        });
        if (problem) {
          problems.add(problem);
        } else if (!dbBest || cp.seq > dbBest.cp.seq) {
          dbBest = { cp, source: 'database' };
        }
      }
      const last = chunk.at(-1);
      if (!last || chunk.length < chunkSize) {
        break;
      }
      after = { seq: last.seq, id: last.id };
    }
    const targets = [dbBest, fileInfo?.best ?? null].filter((b): b is BestCheckpoint => b !== null);
    const describe = (b: BestCheckpoint): string =>
      b.source === 'database'
        ? `the database checkpoint at seq ${b.cp.seq}`
        : `the file checkpoint at seq ${b.cp.seq} (line ${b.line ?? '?'})`;
    const matched = new Set<BestCheckpoint>();

    // 2. The chain, in seq order.
    const state: ChainState = { rows: 0, lastSeq: 0, lastHash: GENESIS_HASH };
    const scan = async (): Promise<number> => {
      let read = 0;
      for (;;) {
        const chunk = await db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.stream, stream), gt(auditEvents.seq, state.lastSeq)))
          .orderBy(asc(auditEvents.seq))
          .limit(chunkSize);
        for (const row of chunk) {
          const expected = state.lastSeq + 1;
          let gap = false;
          if (row.seq !== expected) {
            gap = true;
            problems.add({
              code: 'rows_missing',
              seq: row.seq,
              id: row.id,
              message:
                row.seq === expected + 1
                  ? `row seq ${expected} is missing (removed)`
                  : `rows seq ${expected}–${row.seq - 1} are missing (removed)`,
            });
          }
          // After a gap the mismatch is explained by the gap itself; do not report it twice.
          if (!gap && row.prevHash !== state.lastHash) {
            problems.add({
              code: 'prev_hash_mismatch',
              seq: row.seq,
              id: row.id,
              message: `row seq ${row.seq} (${row.id}) does not follow row seq ${state.lastSeq}: rows were reordered, removed or rewritten`,
            });
          }
          const recomputed = computeHash(row.prevHash, {
            ...row,
            occurredAt: row.occurredAt.toISOString(),
          });
          if (recomputed !== row.hash) {
            problems.add({
              code: 'row_changed',
              seq: row.seq,
              id: row.id,
              message: `row seq ${row.seq} (${row.id}) was changed after it was written (its hash does not recompute)`,
            });
          }
          for (const t of targets) {
            if (t.cp.seq === row.seq) {
              matched.add(t);
              if (t.cp.hash !== row.hash) {
                problems.add({
                  code: 'checkpoint_hash_mismatch',
                  seq: row.seq,
                  id: row.id,
                  source: t.source,
                  message: `${describe(t)} signed another hash than row seq ${row.seq} has now: the chain was rewritten up to there`,
                });
              }
            }
          }
          state.rows++;
          state.lastSeq = row.seq;
          state.lastHash = row.hash;
          read++;
        }
        if (chunk.length < chunkSize) {
          return read;
        }
      }
    };
    await scan();

    // 3. The head. Appends may continue while we verify (on PostgreSQL): a head ahead of the scan
    // means rows were committed meanwhile, so read on until the head is reached or nothing comes.
    const readHead = async (): Promise<{ seq: number; hash: string } | undefined> =>
      (
        await db
          .select({ seq: auditHeads.seq, hash: auditHeads.hash })
          .from(auditHeads)
          .where(eq(auditHeads.stream, stream))
      )[0];
    let head = await readHead();
    while (head && head.seq > state.lastSeq && (await scan()) > 0) {
      head = await readHead();
    }
    if (!head) {
      if (state.rows > 0) {
        problems.add({ code: 'head_missing', message: `the stream has ${state.rows} rows but no head row` });
      }
    } else if (head.seq !== state.lastSeq || head.hash !== state.lastHash) {
      problems.add({
        code: 'head_mismatch',
        seq: head.seq,
        message:
          state.rows === 0
            ? `the head is at seq ${head.seq} but the stream has no rows`
            : `the head (seq ${head.seq}) does not match the last row (seq ${state.lastSeq})${head.seq > state.lastSeq ? ': the newest rows were removed' : ''}`,
      });
    }

    // 4. Checkpoints pointing past the end: the newest rows were cut off (even if the head was fixed).
    for (const t of targets) {
      if (matched.has(t)) {
        continue;
      }
      if (state.rows === 0) {
        problems.add({
          code: 'stream_missing',
          seq: t.cp.seq,
          source: t.source,
          message: `${describe(t)} exists, but the stream has no rows: the stream was removed`,
        });
      } else if (t.cp.seq > state.lastSeq) {
        problems.add({
          code: 'checkpoint_beyond_end',
          seq: t.cp.seq,
          source: t.source,
          message: `${describe(t)} points past the last row (seq ${state.lastSeq}): rows seq ${state.lastSeq + 1}–${t.cp.seq} or more were removed`,
        });
      } else {
        problems.add({
          code: 'checkpoint_hash_mismatch',
          seq: t.cp.seq,
          source: t.source,
          message: `${describe(t)} points at a row that is missing`,
        });
      }
    }

    reports.push({
      stream,
      rows: state.rows,
      lastSeq: state.lastSeq,
      checkpointSeq: { database: dbBest?.cp.seq ?? null, file: fileInfo?.best?.cp.seq ?? null },
      problems: problems.finish(),
    });
  }

  const globalProblems = [...file.problems];
  const warnings: string[] = [];
  if (!file.exists) {
    if (dbCheckpoints > 0) {
      globalProblems.push({
        code: 'checkpoint_file_missing',
        source: 'file',
        message: `the checkpoint file ${options.checkpointFile} is missing, but the database holds ${dbCheckpoints} checkpoint(s)`,
      });
    } else {
      warnings.push(
        `no checkpoint file at ${options.checkpointFile} yet: removal of the newest rows cannot be detected until one is written`,
      );
    }
  }
  for (const r of reports) {
    const covered = Math.max(r.checkpointSeq.database ?? 0, r.checkpointSeq.file ?? 0);
    if (r.problems.length === 0 && r.lastSeq > covered && file.exists) {
      warnings.push(
        `stream ${r.stream}: ${r.lastSeq - covered} newest row(s) not yet covered by a signed checkpoint`,
      );
    }
  }
  return {
    ok: globalProblems.length === 0 && reports.every((r) => r.problems.length === 0),
    streams: reports,
    problems: globalProblems,
    warnings,
    rows: reports.reduce((n, r) => n + r.rows, 0),
    checkpointFile: options.checkpointFile,
  };
}

/** A report for people: a summary line, then every problem by stream. */
export function formatAuditReport(report: AuditVerifyReport): string {
  const out: string[] = [];
  const problemCount = report.problems.length + report.streams.reduce((n, s) => n + s.problems.length, 0);
  out.push(
    report.ok
      ? `Audit trail intact: ${report.streams.length} stream(s), ${report.rows} row(s) verified.`
      : `AUDIT TRAIL DAMAGED: ${problemCount} problem(s) found in ${report.streams.length} stream(s), ${report.rows} row(s).`,
  );
  out.push(`Checkpoint file: ${report.checkpointFile}`);
  for (const p of report.problems) {
    out.push(`  ! ${p.message}`);
  }
  for (const s of report.streams) {
    const cps = `checkpoints: database ${s.checkpointSeq.database ?? '—'}, file ${s.checkpointSeq.file ?? '—'}`;
    out.push(
      `  ${s.problems.length === 0 ? 'ok' : 'DAMAGED'}  stream ${s.stream}: ${s.rows} row(s), last seq ${s.lastSeq}; ${cps}`,
    );
    for (const p of s.problems) {
      out.push(`      ! [${p.code}] ${p.message}`);
    }
  }
  for (const w of report.warnings) {
    out.push(`  note: ${w}`);
  }
  return out.join('\n');
}
