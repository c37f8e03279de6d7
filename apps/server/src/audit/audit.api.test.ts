import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../../../tests/support/test-db.ts';
import { systemActor, type RequestContext } from '../access/actor.ts';
import type { Db } from '../db/types.ts';
import { jobs } from '../jobs/job.schema.ts';
import { JobQueue } from '../jobs/queue.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import {
  AUDIT_CHECKPOINT_JOB,
  registerAuditCheckpointJob,
  scheduleAuditCheckpoint,
  signCheckpoint,
  writeCheckpoints,
} from './audit-checkpoint.ts';
import {
  verifyAudit,
  formatAuditReport,
  type AuditProblemCode,
  type AuditVerifyReport,
} from './audit-verify.ts';
import { findAuditEvents } from './audit.repo.ts';
import { auditCheckpoints, auditEvents, auditHeads } from './audit.schema.ts';
import {
  InvalidAuditEventError,
  MissingAuditContextError,
  PLATFORM_STREAM,
  recordAudit,
  recordRead,
} from './audit.service.ts';

const keys = (() => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { auditSigningKey: privateKey, auditVerifyKey: publicKey };
})();

let t: TestDatabase;
let db: Db;
let dir: string;
let checkpointFile: string;
const dirs: string[] = [];

beforeEach(async () => {
  t = await createTestDatabase();
  db = t.database.db;
  dir = mkdtempSync(path.join(tmpdir(), 'keten-audit-'));
  dirs.push(dir);
  checkpointFile = path.join(dir, 'checkpoints', 'audit-checkpoints.jsonl');
});
afterEach(async () => {
  await t.drop();
});
afterAll(() => {
  for (const d of dirs) {
    rmSync(d, { recursive: true, force: true });
  }
});

function userCtx(organisationId: string = randomUUID()): RequestContext {
  return {
    actor: {
      kind: 'user',
      userId: randomUUID(),
      organisationId,
      organisationType: 'specialised_centre',
      roles: ['centre_caseworker'],
      sessionId: randomUUID(),
    },
    requestId: `req-${randomBytes(4).toString('hex')}`,
    ip: '192.0.2.7',
  };
}

/** Appends `n` record views, each in its own committed transaction. */
async function view(ctx: RequestContext, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const recordId = randomUUID();
    await db.transaction((tx) =>
      recordRead(tx, ctx, {
        action: 'record.viewed',
        recordType: 'victim_file',
        recordIds: [recordId],
        sections: ['ID', 'PS'],
      }),
    );
    ids.push(recordId);
  }
  return ids;
}

const verify = (options: { chunkSize?: number; streams?: string[] } = {}): Promise<AuditVerifyReport> =>
  verifyAudit(db, keys, { checkpointFile, ...options });

function codes(
  report: AuditVerifyReport,
  stream: string,
): { code: AuditProblemCode; seq?: number; source?: string }[] {
  const s = report.streams.find((r) => r.stream === stream);
  return (s?.problems ?? []).map((p) => ({
    code: p.code,
    ...(p.seq === undefined ? {} : { seq: p.seq }),
    ...(p.source === undefined ? {} : { source: p.source }),
  }));
}

async function rowsOf(stream: string): Promise<(typeof auditEvents.$inferSelect)[]> {
  return db.select().from(auditEvents).where(eq(auditEvents.stream, stream)).orderBy(asc(auditEvents.seq));
}

/** Removes the newest rows and moves the head back, as someone hiding their last actions would. */
async function truncate(stream: string, keep: number): Promise<void> {
  const rows = await rowsOf(stream);
  const last = rows[keep - 1]!;
  await db.execute(sql`DELETE FROM audit_events WHERE stream = ${stream} AND seq > ${keep}`);
  await db.execute(sql`UPDATE audit_heads SET seq = ${keep}, hash = ${last.hash} WHERE stream = ${stream}`);
}

describe(`audit trail (${TEST_DB_KIND})`, () => {
  it('chains committed events per stream and verifies them', async () => {
    const ctx = userCtx();
    const org = (ctx.actor as { organisationId: string }).organisationId;
    await view(ctx, 5);
    const rows = await rowsOf(org);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    }
    expect(rows[0]).toMatchObject({
      actorKind: 'user',
      actorOrganisationId: org,
      actorRoles: ['centre_caseworker'],
      action: 'record.viewed',
      recordType: 'victim_file',
      sections: ['ID', 'PS'],
      ip: '192.0.2.7',
      requestId: ctx.requestId,
    });
    const [head] = await db.select().from(auditHeads).where(eq(auditHeads.stream, org));
    expect(head).toMatchObject({ seq: 5, hash: rows[4]!.hash });

    const report = await verify({ chunkSize: 2 });
    expect(report.ok, formatAuditReport(report)).toBe(true);
    expect(report.streams).toEqual([
      expect.objectContaining({ stream: org, rows: 5, lastSeq: 5, problems: [] }),
    ]);
  });

  it('puts system and anonymous actors on the platform stream', async () => {
    await db.transaction((tx) =>
      recordAudit(
        tx,
        { actor: { kind: 'anonymous' }, requestId: 'r1', ip: '198.51.100.1' },
        {
          action: 'auth.login_failed',
          details: { cause: 'unknown_account', method: 'password' },
        },
      ),
    );
    await db.transaction((tx) =>
      recordAudit(
        tx,
        { actor: systemActor('cli'), requestId: null, ip: null },
        {
          action: 'audit.verified',
          details: { ok: true, streams: 0, rows: 0, problems: 0 },
        },
      ),
    );
    const rows = await rowsOf(PLATFORM_STREAM);
    expect(rows.map((r) => [r.seq, r.actorKind, r.actorId])).toEqual([
      [1, 'anonymous', null],
      [2, 'system', 'cli'],
    ]);
    expect((await verify()).ok).toBe(true);
  });

  it('a rolled-back transaction leaves no audit row, and the chain still verifies', async () => {
    const ctx = userCtx();
    const org = (ctx.actor as { organisationId: string }).organisationId;
    await view(ctx, 2);
    await expect(
      db.transaction(async (tx) => {
        await recordRead(tx, ctx, {
          action: 'record.viewed',
          recordType: 'victim_file',
          recordIds: [randomUUID()],
          sections: ['ID'],
        });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect((await rowsOf(org)).map((r) => r.seq)).toEqual([1, 2]);
    await view(ctx, 1);
    expect((await rowsOf(org)).map((r) => r.seq)).toEqual([1, 2, 3]);
    expect((await verify()).ok).toBe(true);
  });

  it('a write without audit context fails, and the business write rolls back with it', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(organisations).values({ type: 'ngo', name: 'Fictional Shelter Network' });
        await recordAudit(tx, undefined, { action: 'user.disabled', details: { userId: randomUUID() } });
      }),
    ).rejects.toThrow(MissingAuditContextError);
    expect(
      await db.select().from(organisations).where(eq(organisations.name, 'Fictional Shelter Network')),
    ).toEqual([]);
    expect(await db.select().from(auditEvents)).toEqual([]);
  });

  it('refuses a payload with personal data, failing the transaction', async () => {
    const ctx = userCtx();
    await expect(
      db.transaction((tx) =>
        recordAudit(tx, ctx, {
          action: 'user.disabled',
          // A caller bypassing the types: the schema is strict at run time too.
          details: { userId: randomUUID(), fullName: 'Jan Peeters' } as { userId: string },
        }),
      ),
    ).rejects.toThrow(InvalidAuditEventError);
    await expect(
      db.transaction((tx) =>
        recordAudit(tx, ctx, {
          action: 'record.viewed',
          recordType: 'victim_file',
          recordId: randomUUID(),
          sections: ['XX' as 'ID'],
          details: {},
        }),
      ),
    ).rejects.toThrow(/sections/);
    expect(await db.select().from(auditEvents)).toEqual([]);
  });

  describe('tampering with the table is detected', () => {
    it.each([
      ['action', sql`action = 'record.exported'`],
      ['actor', sql`actor_id = 'someone-else'`],
      ['time (1 ms)', sql`occurred_at = occurred_at + interval '1 millisecond'`],
      ['details', sql`details = '{"fields":["nationality"]}'::jsonb`],
      ['sections', sql`sections = ARRAY['SG']::text[]`],
      ['ip', sql`ip = NULL`],
    ])('a changed field (%s) → that row is named', async (_name, change) => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 5);
      const target = (await rowsOf(org))[2]!;
      await db.execute(sql`UPDATE audit_events SET ${change} WHERE id = ${target.id}`);
      const report = await verify({ chunkSize: 2 });
      expect(report.ok).toBe(false);
      expect(codes(report, org)).toEqual([{ code: 'row_changed', seq: 3 }]);
      expect(report.streams[0]!.problems[0]!.id).toBe(target.id);
    });

    it('a rewritten row whose hash was recomputed breaks the link to the next row', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 4);
      await db.execute(
        sql`UPDATE audit_events SET hash = ${'a'.repeat(64)} WHERE stream = ${org} AND seq = 2`,
      );
      expect(codes(await verify(), org)).toEqual([
        { code: 'row_changed', seq: 2 },
        { code: 'prev_hash_mismatch', seq: 3 },
      ]);
    });

    it('a deleted middle row → a gap at its seq', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 5);
      await db.execute(sql`DELETE FROM audit_events WHERE stream = ${org} AND seq = 3`);
      const report = await verify({ chunkSize: 2 });
      expect(codes(report, org)).toEqual([{ code: 'rows_missing', seq: 4 }]);
      expect(report.streams[0]!.problems[0]!.message).toMatch(/row seq 3 is missing/);
    });

    it('the first row deleted → detected', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 3);
      await db.execute(sql`DELETE FROM audit_events WHERE stream = ${org} AND seq = 1`);
      expect(codes(await verify(), org)).toEqual([{ code: 'rows_missing', seq: 2 }]);
    });

    it('two rows with swapped seq → detected at both', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 5);
      await db.execute(sql`UPDATE audit_events SET seq = -1 WHERE stream = ${org} AND seq = 3`);
      await db.execute(sql`UPDATE audit_events SET seq = 3 WHERE stream = ${org} AND seq = 4`);
      await db.execute(sql`UPDATE audit_events SET seq = 4 WHERE stream = ${org} AND seq = -1`);
      const found = codes(await verify(), org);
      expect(found).toContainEqual({ code: 'prev_hash_mismatch', seq: 3 });
      expect(found).toContainEqual({ code: 'row_changed', seq: 3 });
      expect(found).toContainEqual({ code: 'row_changed', seq: 4 });
    });

    it('newest rows removed without fixing the head → the head points past the end', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 4);
      await db.execute(sql`DELETE FROM audit_events WHERE stream = ${org} AND seq > 2`);
      expect(codes(await verify(), org)).toEqual([{ code: 'head_mismatch', seq: 4 }]);
    });

    it('newest rows removed and the head fixed → detected by the checkpoint in the database (and the file)', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 6);
      const written = await writeCheckpoints(db, keys, checkpointFile);
      expect(written.written.map((w) => [w.stream, w.seq])).toEqual([[org, 6]]);
      expect((await verify()).ok).toBe(true);

      await truncate(org, 4);
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(codes(report, org)).toEqual([
        { code: 'checkpoint_beyond_end', seq: 6, source: 'database' },
        { code: 'checkpoint_beyond_end', seq: 6, source: 'file' },
      ]);
      // The checkpoint writer does not sign the shortened chain either.
      const again = await writeCheckpoints(db, keys, checkpointFile);
      expect(again.written).toEqual([]);
      expect(again.refused.map((r) => r.stream)).toEqual([org]);
      expect(again.refused[0]!.reason).toMatch(/behind the last checkpoint/);
    });

    it('newest rows removed, head fixed and the database checkpoints deleted → detected by the file', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 3);
      await writeCheckpoints(db, keys, checkpointFile);
      await view(ctx, 3);
      await writeCheckpoints(db, keys, checkpointFile);
      expect(readFileSync(checkpointFile, 'utf8').trim().split('\n')).toHaveLength(2);

      await truncate(org, 4);
      await db.execute(sql`DELETE FROM audit_checkpoints`);
      const report = await verify();
      expect(codes(report, org)).toEqual([{ code: 'checkpoint_beyond_end', seq: 6, source: 'file' }]);

      // A later checkpoint of the shortened chain does not hide it: the highest signed seq counts.
      const later = await writeCheckpoints(db, keys, checkpointFile);
      expect(later.written.map((w) => w.seq)).toEqual([4]);
      expect(codes(await verify(), org)).toEqual([{ code: 'checkpoint_beyond_end', seq: 6, source: 'file' }]);
    });

    it('rows rewritten up to a checkpoint, with every hash recomputed, contradict the signed hash', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 3);
      await writeCheckpoints(db, keys, checkpointFile);
      // Replace the whole stream by a freshly computed chain of 3 other events.
      await db.execute(sql`DELETE FROM audit_events WHERE stream = ${org}`);
      await db.execute(sql`DELETE FROM audit_heads WHERE stream = ${org}`);
      await view(ctx, 3);
      const found = codes(await verify(), org);
      expect(found).toEqual([
        { code: 'checkpoint_hash_mismatch', seq: 3, source: 'database' },
        { code: 'checkpoint_hash_mismatch', seq: 3, source: 'file' },
      ]);
    });

    it('a forged checkpoint signature, in the database or in the file → detected', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 3);
      await writeCheckpoints(db, keys, checkpointFile);
      await db.execute(sql`UPDATE audit_checkpoints SET seq = 2, hash = ${(await rowsOf(org))[1]!.hash}`);
      expect(codes(await verify(), org)).toEqual([
        { code: 'checkpoint_bad_signature', seq: 2, source: 'database' },
      ]);

      // A line signed with another key, claiming a shorter chain.
      const other = generateKeyPairSync('ed25519');
      const forged = signCheckpoint(
        { auditSigningKey: other.privateKey, auditVerifyKey: other.publicKey },
        { stream: org, seq: 1, hash: (await rowsOf(org))[0]!.hash, signedAt: new Date().toISOString() },
      );
      appendFileSync(checkpointFile, `${JSON.stringify({ v: 1, ...forged })}\n`);
      // A line with our key id but a signature over other values.
      const genuine = signCheckpoint(keys, {
        stream: org,
        seq: 3,
        hash: 'b'.repeat(64),
        signedAt: new Date().toISOString(),
      });
      appendFileSync(
        checkpointFile,
        `${JSON.stringify({ v: 1, ...genuine, hash: (await rowsOf(org))[2]!.hash })}\n`,
      );
      appendFileSync(checkpointFile, 'not json\n');
      const report = await verify();
      expect(codes(report, org)).toEqual([
        { code: 'checkpoint_unknown_key', seq: 1, source: 'file' },
        { code: 'checkpoint_bad_signature', seq: 3, source: 'file' },
        { code: 'checkpoint_bad_signature', seq: 2, source: 'database' },
      ]);
      expect(report.problems.map((p) => p.code)).toEqual(['checkpoint_file_bad_line']);
    });

    it('a stream removed from the database but present in the file → detected', async () => {
      const ctx = userCtx();
      const org = (ctx.actor as { organisationId: string }).organisationId;
      await view(ctx, 2);
      await writeCheckpoints(db, keys, checkpointFile);
      await db.execute(sql`DELETE FROM audit_events WHERE stream = ${org}`);
      await db.execute(sql`DELETE FROM audit_heads WHERE stream = ${org}`);
      await db.execute(sql`DELETE FROM audit_checkpoints WHERE stream = ${org}`);
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(codes(report, org)).toEqual([{ code: 'stream_missing', seq: 2, source: 'file' }]);
    });

    it('a deleted checkpoint file is reported when the database holds checkpoints', async () => {
      await view(userCtx(), 1);
      await writeCheckpoints(db, keys, checkpointFile);
      rmSync(checkpointFile);
      const report = await verify();
      expect(report.problems.map((p) => p.code)).toEqual(['checkpoint_file_missing']);
    });
  });

  it('streams are independent: damage in one does not touch the other', async () => {
    const a = userCtx();
    const b = userCtx();
    const orgA = (a.actor as { organisationId: string }).organisationId;
    const orgB = (b.actor as { organisationId: string }).organisationId;
    await view(a, 3);
    await view(b, 2);
    await view(a, 1);
    expect((await rowsOf(orgA)).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect((await rowsOf(orgB)).map((r) => r.seq)).toEqual([1, 2]);
    await db.execute(sql`UPDATE audit_events SET record_type = 'signal' WHERE stream = ${orgA} AND seq = 2`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(codes(report, orgA)).toEqual([{ code: 'row_changed', seq: 2 }]);
    expect(codes(report, orgB)).toEqual([]);
    expect((await verify({ streams: [orgB] })).ok).toBe(true);
  });

  it('20 concurrent transactions on one stream all commit with seq 1..20', async () => {
    const ctx = userCtx();
    const org = (ctx.actor as { organisationId: string }).organisationId;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.insert(organisations).values({ type: 'ngo', name: `Fictional Partner ${i}` });
          await recordAudit(tx, ctx, {
            action: 'record.viewed',
            recordType: 'victim_file',
            recordId: randomUUID(),
            sections: ['ID'],
            details: {},
          });
        }),
      ),
    );
    expect((await rowsOf(org)).map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const report = await verify({ chunkSize: 7 });
    expect(report.ok, formatAuditReport(report)).toBe(true);
  });

  it('audits searches per page and exports in parts listing every id', async () => {
    const ctx = userCtx();
    const org = (ctx.actor as { organisationId: string }).organisationId;
    const ids = Array.from({ length: 2300 }, () => randomUUID());
    await db.transaction(async (tx) => {
      await recordRead(tx, ctx, {
        action: 'record.searched',
        recordType: 'signal',
        recordIds: [],
        sections: ['ID', 'SG'],
        details: { searchedFields: ['lastName'] },
      });
      await recordRead(tx, ctx, {
        action: 'record.exported',
        recordType: 'victim_file',
        recordIds: ids,
        sections: ['ID', 'PR'],
        reason: 'Quarterly file review for the coordinator',
        details: { format: 'csv' },
      });
    });
    const rows = await rowsOf(org);
    expect(rows.map((r) => [r.action, r.details.count, r.details.part ?? null])).toEqual([
      ['record.searched', 0, null],
      ['record.exported', 1000, 1],
      ['record.exported', 1000, 2],
      ['record.exported', 300, 3],
    ]);
    expect(
      rows.flatMap((r) => (r.action === 'record.exported' ? (r.details.recordIds as string[]) : [])),
    ).toEqual(ids);
    expect(rows[1]!.reason).toBe('Quarterly file review for the coordinator');
    expect((await verify()).ok).toBe(true);
  });

  it('finds events by record, actor and action, newest first, with a cursor', async () => {
    const ctx = userCtx();
    const recordId = randomUUID();
    for (let i = 0; i < 5; i++) {
      await db.transaction((tx) =>
        recordRead(tx, ctx, {
          action: 'record.viewed',
          recordType: 'victim_file',
          recordIds: [recordId],
          sections: ['ID'],
        }),
      );
    }
    await view(ctx, 2);
    const first = await findAuditEvents(db, { recordType: 'victim_file', recordId }, { limit: 3 });
    expect(first.data).toHaveLength(3);
    expect(first.page.cursor).not.toBeNull();
    const second = await findAuditEvents(
      db,
      { recordType: 'victim_file', recordId },
      { limit: 3, cursor: first.page.cursor },
    );
    expect(second.data).toHaveLength(2);
    expect(second.page.cursor).toBeNull();
    // Newest first across both pages, every event exactly once. Events written within the same
    // millisecond are ordered by id (the keyset's tie-breaker), so the seq order is not asserted.
    const both = [...first.data, ...second.data];
    const times = both.map((r) => r.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(both.map((r) => r.seq).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5]);
    const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : '';
    expect((await findAuditEvents(db, { actorId, action: 'record.viewed' })).data).toHaveLength(7);
    expect((await findAuditEvents(db, { organisationId: randomUUID() })).data).toEqual([]);
    await expect(findAuditEvents(db, {}, { cursor: 'bm90IGEgY3Vyc29y' })).rejects.toThrow(/cursor/);
  });

  it('the checkpoint job signs moved heads and schedules its next run', async () => {
    const queue = new JobQueue(db, { pollMs: 1000 });
    registerAuditCheckpointJob(queue, { secrets: keys, filePath: checkpointFile, intervalMs: 60_000 });
    const ctx = userCtx();
    await view(ctx, 2);
    await scheduleAuditCheckpoint(db, queue);
    await scheduleAuditCheckpoint(db, queue);
    expect(await queue.drain()).toBe(1);
    expect(await db.select().from(auditCheckpoints)).toHaveLength(1);
    const queued = await db.select().from(jobs).where(eq(jobs.kind, AUDIT_CHECKPOINT_JOB));
    expect(queued.map((j) => j.status).sort()).toEqual(['done', 'queued']);
    const next = queued.find((j) => j.status === 'queued')!;
    expect(next.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);

    // An unmoved head is not signed again.
    expect((await writeCheckpoints(db, keys, checkpointFile)).written).toEqual([]);
    expect((await verify()).ok).toBe(true);
  });
});
