import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { isUiLanguage, type UiLanguage } from '@keten/shared';
import type { ExportAudience, ExportFormat, ExportJob } from '@keten/shared/exports';
import type { Actor, RequestContext } from '../access/actor.ts';
import { systemActor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Db, Executor, Tx } from '../db/types.ts';
import { actorCapabilities } from '../http/auth-plugin.ts';
import { AppError } from '../http/errors.ts';
import type { ClaimedJob, JobQueue } from '../jobs/queue.ts';
import { registerRecurring } from '../jobs/recurring.ts';
import { loadSessionUser } from '../sessions/session.service.ts';
import { buildExportContent, itemKey, piecesOf, queryFor, type StoredExportRequest } from './export.content.ts';
import { renderCsv, renderPdfReport, renderXlsx } from './export.render.ts';
import { exportFiles } from './export.schema.ts';

export const EXPORT_JOB = 'export.build';
export const EXPORT_PURGE_JOB = 'export.purge';
const PURGE_INTERVAL_MS = 15 * 60_000;

/** How long a finished export stays downloadable (hours): `KETEN_EXPORT_TTL_HOURS`, default 24. */
export function exportTtlHours(env: Record<string, string | undefined> = process.env): number {
  const raw = env['KETEN_EXPORT_TTL_HOURS'];
  if (raw === undefined || raw === '') {
    return 24;
  }
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > 24 * 30) {
    throw new Error('KETEN_EXPORT_TTL_HOURS must be a number of hours between 0 and 720');
  }
  return n;
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

const aad = (id: string) => ({ table: 'export_files', row: id, column: 'content' });

/**
 * The audience an actor may export for: `statistics.internal` gives the organisation's own figures,
 * `statistics.outward` the national disclosure-controlled ones (access-model.md). Asking for
 * an audience the actor lacks is 403; with neither capability nothing can be exported.
 */
export function audienceFor(actor: Actor, asked: ExportAudience | undefined): ExportAudience {
  const caps = actorCapabilities(actor);
  const allowed: ExportAudience[] = [...(caps.includes('statistics.internal') ? (['internal'] as const) : []), ...(caps.includes('statistics.outward') ? (['outward'] as const) : [])];
  const audience = asked ?? allowed[0];
  if (audience === undefined || !allowed.includes(audience)) {
    throw new AppError('forbidden', 'You may not export these figures', { reason: 'audience', audience: asked ?? null });
  }
  return audience;
}

type ExportRow = typeof exportFiles.$inferSelect;

export function presentExport(row: ExportRow, progress: number | null, jobFailed = false, now = new Date()): ExportJob {
  const expired = row.expiresAt.getTime() <= now.getTime();
  return {
    id: row.id,
    kind: row.kind,
    audience: row.audience,
    format: row.format,
    status: expired ? 'expired' : jobFailed && row.status !== 'done' ? 'failed' : row.status,
    progress: row.status === 'done' ? 100 : Math.max(0, Math.min(100, progress ?? 0)),
    fileName: row.status === 'done' && !expired ? row.fileName : null,
    sizeBytes: row.status === 'done' && !expired ? row.sizeBytes : null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** Creates the export and its job in the caller's transaction, audited. */
export async function requestExport(tx: Tx, ctx: RequestContext, queue: JobQueue, request: StoredExportRequest, profileLanguage: string | null): Promise<string> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') {
    throw new AppError('forbidden', 'Only people export figures');
  }
  const audience = audienceFor(actor, request.audience);
  // Checked now, so a request the statistics would refuse is a 400 here, not a failed job later.
  const pieces = piecesOf(request);
  for (const p of pieces) {
    queryFor(audience, request, p.spec);
  }
  const language: UiLanguage = request.language ?? (isUiLanguage(profileLanguage) ? profileLanguage : 'nl');
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + exportTtlHours() * 3_600_000);
  await tx.insert(exportFiles).values({
    id,
    requestedBy: actor.userId,
    organisationId: actor.organisationId,
    kind: request.kind,
    audience,
    format: request.format,
    language,
    request,
    expiresAt,
  });
  const jobId = await queue.enqueue(tx, EXPORT_JOB, { exportId: id }, { maxAttempts: 2 });
  await tx.update(exportFiles).set({ jobId }).where(eq(exportFiles.id, id));
  await recordAudit(tx, ctx, {
    action: 'export.requested',
    recordType: 'export',
    recordId: id,
    sections: ['ST'],
    details: {
      exportId: id,
      kind: request.kind,
      audience,
      format: request.format,
      items: pieces.map((p) => itemKey(p.spec)),
      filters: [...(request.period.year !== undefined ? ['year'] : []), ...(request.period.from ? ['from'] : []), ...(request.period.to ? ['to'] : []), ...Object.keys(request.filters)],
      method: request.method,
    },
  });
  return id;
}

/** The requester's own export, else 404 (someone else's export does not exist for you). */
async function loadOwnExport(db: Executor, actor: Actor, id: string): Promise<{ row: ExportRow; progress: number | null; jobFailed: boolean }> {
  if (actor.kind !== 'user') {
    throw new AppError('not_found', 'No such export');
  }
  const rows = await db
    .select({
      row: exportFiles,
      progress: sql<number | null>`(SELECT progress FROM jobs WHERE jobs.id = ${exportFiles.jobId})`,
      jobFailed: sql<boolean>`coalesce((SELECT status = 'failed' FROM jobs WHERE jobs.id = ${exportFiles.jobId}), false)`,
    })
    .from(exportFiles)
    .where(and(eq(exportFiles.id, id), eq(exportFiles.requestedBy, actor.userId)));
  const r = rows[0];
  if (!r) {
    throw new AppError('not_found', 'No such export');
  }
  return r;
}

export async function getExport(db: Executor, actor: Actor, id: string): Promise<ExportJob> {
  const { row, progress, jobFailed } = await loadOwnExport(db, actor, id);
  return presentExport(row, progress, jobFailed);
}

/** My exports, newest first (the others' are not listed: an export is its requester's alone). */
export async function findMyExports(db: Executor, actor: Actor): Promise<ExportJob[]> {
  if (actor.kind !== 'user') {
    return [];
  }
  const rows = await db
    .select({
      row: exportFiles,
      progress: sql<number | null>`(SELECT progress FROM jobs WHERE jobs.id = ${exportFiles.jobId})`,
      jobFailed: sql<boolean>`coalesce((SELECT status = 'failed' FROM jobs WHERE jobs.id = ${exportFiles.jobId}), false)`,
    })
    .from(exportFiles)
    .where(eq(exportFiles.requestedBy, actor.userId))
    .orderBy(desc(exportFiles.createdAt))
    .limit(50);
  return rows.map((r) => presentExport(r.row, r.progress, r.jobFailed));
}

/** The file, for its requester only, while it has not expired; the download is audited. */
export async function downloadExport(tx: Tx, ctx: RequestContext, crypto: AppCrypto, id: string): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const { row } = await loadOwnExport(tx, ctx.actor, id);
  if (row.expiresAt.getTime() <= Date.now()) {
    throw new AppError('not_found', 'This export has expired', { reason: 'expired' });
  }
  if (row.status !== 'done' || row.content === null || row.fileName === null) {
    throw new AppError('conflict', 'The export is not ready yet', { reason: 'not_ready', status: row.status });
  }
  const body = Buffer.from(crypto.cipher.decrypt(row.content, aad(row.id)), 'base64');
  await recordAudit(tx, ctx, {
    action: 'export.downloaded',
    recordType: 'export',
    recordId: row.id,
    sections: ['ST'],
    details: { exportId: row.id, format: row.format, sizeBytes: body.length },
  });
  return { body, contentType: MIME[row.format], fileName: row.fileName };
}

/** Builds the file: the tables (70 %), the rendering, the encrypted store. */
export async function buildExport(db: Db, crypto: AppCrypto, exportId: string, setProgress: (p: number) => Promise<void>): Promise<void> {
  const [row] = await db.select().from(exportFiles).where(eq(exportFiles.id, exportId));
  if (!row || row.status === 'done') {
    return;
  }
  await db.update(exportFiles).set({ status: 'running', error: null }).where(eq(exportFiles.id, exportId));
  const user = await loadSessionUser(db, row.requestedBy);
  // The requester's rights now, not when they asked: a user deactivated or moved meanwhile gets nothing.
  const actor: Actor | null = user && user.organisationId === row.organisationId ? { kind: 'user', userId: user.id, organisationId: user.organisationId, organisationType: user.organisationType, roles: user.roles, sessionId: null } : null;
  const request = row.request as unknown as StoredExportRequest;
  try {
    if (!actor) {
      throw new AppError('forbidden', 'The requester can no longer export these figures', { reason: 'requester_inactive' });
    }
    audienceFor(actor, row.audience);
    const language: UiLanguage = isUiLanguage(row.language) ? row.language : 'nl';
    const content = await buildExportContent(db, actor, { audience: row.audience, language, request, organisationName: user?.organisationName ?? '' }, (f) => setProgress(5 + f * 70));
    const body = row.format === 'csv' ? renderCsv(content) : row.format === 'xlsx' ? await renderXlsx(content) : await renderPdfReport(content);
    await setProgress(90);
    const stamp = new Date().toISOString().slice(0, 10);
    await db
      .update(exportFiles)
      .set({
        status: 'done',
        content: crypto.cipher.encrypt(body.toString('base64'), aad(row.id)),
        sizeBytes: body.length,
        fileName: `keten-${row.kind}-${row.audience}-${stamp}.${row.format}`,
        finishedAt: sql`now()`,
      })
      .where(eq(exportFiles.id, exportId));
  } catch (err) {
    if (err instanceof AppError) {
      // A refusal cannot be retried into success: record it and end the job.
      await db.update(exportFiles).set({ status: 'failed', error: err.message, finishedAt: sql`now()` }).where(eq(exportFiles.id, exportId));
      return;
    }
    throw err;
  }
}

/** Deletes expired exports, file and row (the audit rows about them stay). */
export async function purgeExpiredExports(db: Db, now = new Date()): Promise<number> {
  const gone = await db.delete(exportFiles).where(lt(exportFiles.expiresAt, now)).returning({ id: exportFiles.id });
  if (gone.length > 0) {
    await db.transaction(async (tx) => {
      await recordAudit(tx, { actor: systemActor('purge'), requestId: null, ip: null }, { action: 'record.purged', recordType: 'export', details: { cause: 'retention_expired' } });
    });
  }
  return gone.length;
}

export function registerExportJobs(queue: JobQueue, crypto: AppCrypto): void {
  queue.register(EXPORT_JOB, async (job: ClaimedJob, ctx) => {
    const exportId = typeof job.payload.exportId === 'string' ? job.payload.exportId : null;
    if (!exportId) {
      throw new Error('export job without exportId');
    }
    await buildExport(ctx.db, crypto, exportId, (p) => ctx.setProgress(p));
  });
  registerRecurring(queue, EXPORT_PURGE_JOB, PURGE_INTERVAL_MS, async (_job, ctx) => {
    await purgeExpiredExports(ctx.db);
  });
}
