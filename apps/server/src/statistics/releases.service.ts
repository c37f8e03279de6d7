import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, lt, type SQL } from 'drizzle-orm';
import type {
  CellChange,
  OfficialTable,
  OfficialTableKey,
  Release,
  ReleaseDiff,
  ReleaseSummary,
  StatCell,
  StatTable,
} from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Executor, Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { buildOfficialTable } from './official-tables.ts';
import { OUTWARD_K } from './stat-table.ts';
import { statisticsReleases } from './statistics.schema.ts';

/**
 * Releases of the official tables. Publishing computes the outward table now and freezes it
 * (figures, definition note, parameters, definition version); publishing the same table and
 * period again is a revision, which needs a reason and stores the cells that changed. Release
 * rows are never updated: what was published stays as it was published.
 */

type Row = typeof statisticsReleases.$inferSelect;

/** PostgreSQL's unique_violation, on the error or its cause (drivers and drizzle wrap it differently). */
function isUniqueViolation(e: unknown): boolean {
  for (
    let x: unknown = e, depth = 0;
    x !== null && typeof x === 'object' && depth < 4;
    x = (x as { cause?: unknown }).cause, depth++
  ) {
    if ((x as { code?: unknown }).code === '23505') {
      return true;
    }
  }
  return false;
}

function summary(r: Row): ReleaseSummary {
  return {
    id: r.id,
    table: r.tableKey,
    period: r.period,
    revision: r.revision,
    definitionVersion: r.definitionVersion,
    method: r.method,
    reason: r.reason,
    changedCells: r.changes.length,
    publishedAt: r.publishedAt.toISOString(),
  };
}

/** Every entry of a table keyed by row and column (margins as `total`), for comparison. */
function entries(
  part: string,
  t: StatTable,
): Map<string, { row: string; column: string | null; cell: StatCell }> {
  const out = new Map<string, { row: string; column: string | null; cell: StatCell }>();
  const put = (row: string, column: string | null, cell: StatCell | undefined) => {
    if (cell) {
      out.set(JSON.stringify([part, row, column]), { row, column, cell });
    }
  };
  t.rows.forEach((row, i) => {
    if (t.columns) {
      t.columns.forEach((col, j) => put(row, col, t.cells[i]?.[j]));
      put(row, 'total', t.rowTotals?.[i]);
    } else {
      put(row, null, t.cells[i]?.[0]);
    }
  });
  t.columns?.forEach((col, j) => put('total', col, t.colTotals?.[j]));
  put('total', t.columns ? 'total' : null, t.total);
  return out;
}

const sameCell = (a: StatCell | null, b: StatCell | null) =>
  a?.value === b?.value && a?.suppressed === b?.suppressed;

/** The cells that differ between two versions of an official table (value or suppression), in a stable order. */
export function diffOfficialTables(before: OfficialTable | null, after: OfficialTable): CellChange[] {
  const changes: CellChange[] = [];
  const partKeys = [
    ...new Set([...(before?.parts ?? []).map((p) => p.key), ...after.parts.map((p) => p.key)]),
  ];
  for (const key of partKeys) {
    const b = before?.parts.find((p) => p.key === key);
    const a = after.parts.find((p) => p.key === key);
    const eb = b
      ? entries(key, b.table)
      : new Map<string, { row: string; column: string | null; cell: StatCell }>();
    const ea = a
      ? entries(key, a.table)
      : new Map<string, { row: string; column: string | null; cell: StatCell }>();
    for (const id of [...new Set([...ea.keys(), ...eb.keys()])]) {
      const x = eb.get(id);
      const y = ea.get(id);
      const cb = x?.cell ?? null;
      const ca = y?.cell ?? null;
      if (!sameCell(cb, ca)) {
        const where = y ?? x;
        changes.push({
          part: key,
          row: where?.row ?? '',
          column: where?.column ?? null,
          before: cb,
          after: ca,
        });
      }
    }
  }
  return changes;
}

async function latest(
  db: Executor,
  table: OfficialTableKey,
  period: string,
  below?: number,
): Promise<Row | null> {
  const conds: SQL[] = [eq(statisticsReleases.tableKey, table), eq(statisticsReleases.period, period)];
  if (below !== undefined) {
    conds.push(lt(statisticsReleases.revision, below));
  }
  const [row] = await db
    .select()
    .from(statisticsReleases)
    .where(and(...conds))
    .orderBy(desc(statisticsReleases.revision))
    .limit(1);
  return row ?? null;
}

/** Publishes an official table as a release, or a revision of the period's last release. */
export async function publishRelease(
  tx: Tx,
  ctx: RequestContext,
  input: {
    table: OfficialTableKey;
    period: string;
    method: 'suppress' | 'round';
    reason?: string | undefined;
  },
): Promise<Release> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') {
    throw new AppError('forbidden', 'Releases are published by a person');
  }
  const previous = await latest(tx, input.table, input.period);
  if (previous && input.reason === undefined) {
    throw new AppError(
      'domain_rule',
      `Revision ${String(previous.revision)} of this table and period is published: a revision needs a reason`,
      { reason: 'revision_reason_required' },
    );
  }
  const content = await buildOfficialTable(
    tx,
    { audience: 'outward' },
    { table: input.table, period: input.period, method: input.method },
  );
  const changes = previous ? diffOfficialTables(previous.content, content) : [];
  if (
    previous &&
    changes.length === 0 &&
    previous.definitionVersion === content.definitionVersion &&
    previous.method === input.method
  ) {
    throw new AppError('conflict', `Nothing changed since revision ${String(previous.revision)}`, {
      reason: 'no_change',
    });
  }
  let inserted: Row[];
  try {
    inserted = await tx
      .insert(statisticsReleases)
      .values({
        id: randomUUID(),
        tableKey: input.table,
        period: input.period,
        revision: (previous?.revision ?? 0) + 1,
        definitionVersion: content.definitionVersion,
        method: input.method,
        parameters: {
          table: input.table,
          period: input.period,
          method: input.method,
          k: input.method === 'suppress' ? OUTWARD_K : null,
        },
        content,
        changes,
        reason: input.reason ?? null,
        publishedBy: actor.userId,
        publishedByOrganisationId: actor.organisationId,
      })
      .returning();
  } catch (e) {
    // Two publications of the same period at once: the unique revision number lets one through.
    if (isUniqueViolation(e)) {
      throw new AppError(
        'conflict',
        'Another release of this table and period was published at the same time',
        { reason: 'concurrent_release' },
      );
    }
    throw e;
  }
  const [row] = inserted;
  if (!row) {
    throw new Error('release not stored');
  }
  await recordAudit(tx, ctx, {
    action: 'statistics.release_published',
    recordType: 'statistics_release',
    recordId: row.id,
    sections: ['ST'],
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    details: {
      table: row.tableKey,
      period: row.period,
      revision: row.revision,
      definitionVersion: row.definitionVersion,
      method: row.method,
      changedCells: changes.length,
    },
  });
  return { ...summary(row), content: row.content };
}

export async function listReleases(
  db: Executor,
  q: { table?: OfficialTableKey | undefined; period?: string | undefined },
): Promise<ReleaseSummary[]> {
  const conds: SQL[] = [];
  if (q.table !== undefined) {
    conds.push(eq(statisticsReleases.tableKey, q.table));
  }
  if (q.period !== undefined) {
    conds.push(eq(statisticsReleases.period, q.period));
  }
  const rows = await db
    .select()
    .from(statisticsReleases)
    .where(conds.length > 0 ? and(...conds) : undefined)
    .orderBy(
      asc(statisticsReleases.tableKey),
      desc(statisticsReleases.period),
      desc(statisticsReleases.revision),
    );
  return rows.map(summary);
}

async function byId(db: Executor, id: string): Promise<Row> {
  const [row] = await db.select().from(statisticsReleases).where(eq(statisticsReleases.id, id));
  if (!row) {
    throw new AppError('not_found', 'No such release');
  }
  return row;
}

export async function getRelease(db: Executor, id: string): Promise<Release> {
  const row = await byId(db, id);
  return { ...summary(row), content: row.content };
}

/** What changed against the previous revision (stored at publication), with both summaries. */
export async function getReleaseDiff(db: Executor, id: string): Promise<ReleaseDiff> {
  const row = await byId(db, id);
  const previous = row.revision > 1 ? await latest(db, row.tableKey, row.period, row.revision) : null;
  return { release: summary(row), previous: previous ? summary(previous) : null, changes: row.changes };
}
