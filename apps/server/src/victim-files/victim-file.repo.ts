import { eq, sql } from 'drizzle-orm';
import type { Relationship } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { relationshipTo } from '../access/scope.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Executor } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { referenceCounters } from '../signals/signal.schema.ts';
import { victimFiles } from './victim-file.schema.ts';
import { CLOSED_STATUSES } from './victim-file.policy.ts';

export type VictimFileRow = typeof victimFiles.$inferSelect;

export const encFile = (crypto: AppCrypto, id: string, column: string, value: string | null | undefined): Buffer | null =>
  crypto.cipher.encryptNullable(value ?? null, { table: 'victim_files', row: id, column });
export const decFile = (crypto: AppCrypto, id: string, column: string, value: Buffer | null): string | null =>
  crypto.cipher.decryptNullable(value, { table: 'victim_files', row: id, column });
export const encFileJson = (crypto: AppCrypto, id: string, column: string, value: unknown): Buffer =>
  crypto.cipher.encryptJson(value, { table: 'victim_files', row: id, column });
export function decFileJson<T>(crypto: AppCrypto, id: string, column: string, value: Buffer | null, fallback: T): T {
  return value ? (crypto.cipher.decryptJson(value, { table: 'victim_files', row: id, column }) as T) : fallback;
}

/** VF-2026-000123: a per-year counter, incremented under the row lock of the upsert. */
export async function nextFileReference(tx: Executor, year = new Date().getUTCFullYear()): Promise<string> {
  const scope = `VF-${String(year)}`;
  const [row] = await tx
    .insert(referenceCounters)
    .values({ scope, value: 1 })
    .onConflictDoUpdate({ target: referenceCounters.scope, set: { value: sql`${referenceCounters.value} + 1` } })
    .returning({ value: referenceCounters.value });
  return `${scope}-${String(row?.value ?? 0).padStart(6, '0')}`;
}

/** Loads a victim file through the actor's grants: no grant, not found (404). */
export async function loadVictimFileInScope(tx: Executor, ctx: RequestContext, id: string): Promise<{ row: VictimFileRow; relationship: Relationship }> {
  const relationship = await relationshipTo(tx, ctx.actor, 'victim_file', id);
  if (relationship === 'none') {
    throw new AppError('not_found', 'No such victim file');
  }
  const [row] = await tx.select().from(victimFiles).where(eq(victimFiles.id, id));
  if (!row) {
    throw new AppError('not_found', 'No such victim file');
  }
  return { row, relationship };
}

/** Refuses work on a closed file with the rule's explanation (422). */
export function assertFileOpen(row: Pick<VictimFileRow, 'status'>): void {
  if (CLOSED_STATUSES.includes(row.status)) {
    throw new AppError('domain_rule', 'The victim file is closed', { reason: 'file_closed', status: row.status });
  }
}

/**
 * A date that records something that happened (a note, a birth, a judgment, an issue date) cannot
 * lie in the future: 422 with the rule and the field.
 */
export function assertPastDate(date: string | null | undefined, field: string): void {
  if (date && date > new Date().toISOString().slice(0, 10)) {
    throw new AppError('domain_rule', 'This date records something that happened: it cannot be in the future', { reason: 'date_in_future', field });
  }
}

/** The relationships that may act on a record, else 403 (the record itself was found: in scope). */
export function requireRelationship(relationship: Relationship, allowed: readonly Relationship[], what: string): void {
  if (!allowed.includes(relationship)) {
    throw new AppError('forbidden', `Your organisation cannot ${what} on this file`, { reason: 'relationship', relationship });
  }
}

/** A stale write: 409 with the current version and values, so the UI can offer a merge. */
export function staleVersion(currentVersion: number, current: Record<string, unknown>): AppError {
  return new AppError('conflict', 'Someone else changed this record', { reason: 'stale_version', currentVersion, current });
}

export function userOf(ctx: RequestContext): { userId: string; organisationId: string; organisationType: string } {
  if (ctx.actor.kind !== 'user') {
    throw new AppError('forbidden', 'Only people act on victim files');
  }
  return { userId: ctx.actor.userId, organisationId: ctx.actor.organisationId, organisationType: ctx.actor.organisationType };
}
