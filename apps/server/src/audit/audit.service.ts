import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SECTIONS, type Section } from '@keten/shared';
import type { Actor, RequestContext } from '../access/actor.ts';
import type { Tx } from '../db/types.ts';
import {
  AUDIT_EVENTS,
  AUDIT_RECORD_TYPES,
  MAX_RECORD_IDS_PER_EVENT,
  type AuditAction,
  type AuditPayload,
  type AuditRecordType,
} from './audit-events.ts';
import { computeHash, GENESIS_HASH, type AuditHashFields } from './audit-hash.ts';
import { auditEvents, auditHeads, type AuditActorKind } from './audit.schema.ts';

export { canonicalJson, computeHash, GENESIS_HASH, type AuditHashFields } from './audit-hash.ts';

/** The stream of system and anonymous actors (organisations have their own stream: their id). */
export const PLATFORM_STREAM = 'platform';

/**
 * Thrown when a change or a read of personal data is attempted without a request context: audit
 * is part of the write (house style), so the caller's transaction must fail, not go unaudited.
 */
export class MissingAuditContextError extends Error {
  constructor(action: string) {
    super(
      `Audit context missing for "${action}": every change and every read of personal data must be audited`,
    );
    this.name = 'MissingAuditContextError';
  }
}

/** A programming error: the event does not match the catalogue. Messages name paths, never values. */
export class InvalidAuditEventError extends Error {
  constructor(
    action: string,
    public readonly issues: string[],
  ) {
    super(`Invalid audit event "${action}": ${issues.join('; ')}`);
    this.name = 'InvalidAuditEventError';
  }
}

export interface AuditEventInput<A extends AuditAction> {
  action: A;
  recordType?: AuditRecordType;
  recordId?: string;
  sections?: readonly Section[];
  /** Required by the caller's rules for some actions (break-glass, export); free text of the actor. */
  reason?: string;
  breakGlass?: boolean;
  details: AuditPayload<A>;
}

export interface RecordedAuditEvent {
  id: string;
  stream: string;
  seq: number;
  hash: string;
}

const MAX_REASON_LENGTH = 1000;
const MAX_ID_LENGTH = 200;

export function streamOf(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
    case 'service':
      return actor.organisationId;
    case 'system':
    case 'anonymous':
      return PLATFORM_STREAM;
  }
}

interface ActorSnapshot {
  actorKind: AuditActorKind;
  actorId: string | null;
  actorOrganisationId: string | null;
  actorRoles: string[];
  sessionId: string | null;
}

/** Who acted, as they were at the time: later role changes must not rewrite the past. */
function snapshotActor(actor: Actor): ActorSnapshot {
  switch (actor.kind) {
    case 'user':
      return {
        actorKind: 'user',
        actorId: actor.userId,
        actorOrganisationId: actor.organisationId,
        actorRoles: [...actor.roles],
        // The session's row id, not its cookie token (which is a secret and never stored).
        sessionId: actor.sessionId,
      };
    case 'service':
      return {
        actorKind: 'service',
        actorId: actor.tokenId,
        actorOrganisationId: actor.organisationId,
        actorRoles: [...actor.capabilities],
        sessionId: null,
      };
    case 'system':
      return {
        actorKind: 'system',
        actorId: actor.name,
        actorOrganisationId: null,
        actorRoles: [],
        sessionId: null,
      };
    case 'anonymous':
      return {
        actorKind: 'anonymous',
        actorId: null,
        actorOrganisationId: null,
        actorRoles: [],
        sessionId: null,
      };
  }
}

function checkEnvelope(event: AuditEventInput<AuditAction>): string[] {
  const issues: string[] = [];
  if (
    event.recordType !== undefined &&
    !(AUDIT_RECORD_TYPES as readonly string[]).includes(event.recordType)
  ) {
    issues.push('recordType: unknown record type');
  }
  if (
    event.recordId !== undefined &&
    (event.recordId.length === 0 || event.recordId.length > MAX_ID_LENGTH)
  ) {
    issues.push('recordId: empty or too long');
  }
  if (event.recordId !== undefined && event.recordType === undefined) {
    issues.push('recordType: required with recordId');
  }
  for (const s of event.sections ?? []) {
    if (!(SECTIONS as readonly string[]).includes(s)) {
      issues.push('sections: unknown section code');
    }
  }
  if (
    event.reason !== undefined &&
    (event.reason.trim().length === 0 || event.reason.length > MAX_REASON_LENGTH)
  ) {
    issues.push(`reason: empty or longer than ${MAX_REASON_LENGTH} characters`);
  }
  return issues;
}

/**
 * Appends one event to the audit trail, inside the caller's transaction: if the business change
 * rolls back, so does its audit row, and a change cannot commit without its audit row.
 *
 * Appending locks the stream's head row until the transaction ends, so appends of one
 * organisation are serialised: record the audit event near the end of the transaction.
 */
export async function recordAudit<A extends AuditAction>(
  tx: Tx,
  ctx: RequestContext | null | undefined,
  event: AuditEventInput<A>,
): Promise<RecordedAuditEvent> {
  if (!ctx) {
    throw new MissingAuditContextError(event.action);
  }
  // Runtime guard as well as the type: the action may come from a caller that built it dynamically.
  if (!Object.hasOwn(AUDIT_EVENTS, event.action)) {
    throw new InvalidAuditEventError(event.action, ['action: not in the audit event catalogue']);
  }
  const parsed = AUDIT_EVENTS[event.action].safeParse(event.details);
  const issues = checkEnvelope(event);
  if (!parsed.success) {
    issues.push(...parsed.error.issues.map((i) => `details.${i.path.join('.')}: ${i.code}`));
  }
  if (!parsed.success || issues.length > 0) {
    throw new InvalidAuditEventError(event.action, issues);
  }

  const stream = streamOf(ctx.actor);
  // Select first (the common case: the head exists); create it only for a stream's first event.
  // Two transactions creating the same head at once: the second waits on the unique key and then
  // finds the committed row.
  let [head] = await tx.select().from(auditHeads).where(eq(auditHeads.stream, stream)).for('update');
  if (!head) {
    await tx.insert(auditHeads).values({ stream, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
    [head] = await tx.select().from(auditHeads).where(eq(auditHeads.stream, stream)).for('update');
    if (!head) {
      throw new Error(`Audit head for stream ${stream} could not be created`);
    }
  }

  // Generated here, with millisecond precision, so that the hashed ISO string is what both
  // databases give back (timestamp(3) stores it exactly).
  const occurredAt = new Date();
  const actor = snapshotActor(ctx.actor);
  const sections = SECTIONS.filter((s) => event.sections?.includes(s));
  const fields: AuditHashFields = {
    id: randomUUID(),
    stream,
    seq: head.seq + 1,
    occurredAt: occurredAt.toISOString(),
    ...actor,
    action: event.action,
    recordType: event.recordType ?? null,
    recordId: event.recordId ?? null,
    sections,
    reason: event.reason ?? null,
    breakGlass: event.breakGlass ?? false,
    requestId: ctx.requestId,
    ip: ctx.ip,
    // The parsed payload, round-tripped through JSON: exactly what jsonb will give back.
    details: JSON.parse(JSON.stringify(parsed.data)) as Record<string, unknown>,
  };
  const hash = computeHash(head.hash, fields);
  await tx.insert(auditEvents).values({
    ...fields,
    ...actor,
    sections,
    occurredAt,
    prevHash: head.hash,
    hash,
  });
  await tx
    .update(auditHeads)
    .set({ seq: fields.seq, hash, updatedAt: occurredAt })
    .where(eq(auditHeads.stream, stream));
  return { id: fields.id, stream, seq: fields.seq, hash };
}

export type AuditReadAction = 'record.viewed' | 'record.searched' | 'record.exported';

interface RecordReadCommon {
  recordType: AuditRecordType;
  recordIds: readonly string[];
  /** The sections of personal data shown (access-model codes). */
  sections: readonly Section[];
  reason?: string;
  breakGlass?: boolean;
}

type PartFields = 'recordIds' | 'count' | 'part' | 'parts';

export type RecordReadInput =
  | (RecordReadCommon & { action: 'record.viewed'; details?: AuditPayload<'record.viewed'> })
  | (RecordReadCommon & {
      action: 'record.searched';
      details: Omit<AuditPayload<'record.searched'>, PartFields>;
    })
  | (RecordReadCommon & {
      action: 'record.exported';
      details: Omit<AuditPayload<'record.exported'>, PartFields>;
    });

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out.length > 0 ? out : [[]];
}

/**
 * Audits a read of personal data (access-model: per record opened; per result page for searches;
 * exports list every record). Views write one event per record, so "who opened this file" is an
 * indexed look-up; searches and exports write one event listing the ids (split into parts of
 * MAX_RECORD_IDS_PER_EVENT). A search with no results is still audited: the question was asked.
 */
export async function recordRead(
  tx: Tx,
  ctx: RequestContext | null | undefined,
  read: RecordReadInput,
): Promise<RecordedAuditEvent[]> {
  if (!ctx) {
    throw new MissingAuditContextError(read.action);
  }
  if (read.sections.length === 0) {
    throw new InvalidAuditEventError(read.action, [
      'sections: a read of personal data names the sections shown',
    ]);
  }
  const common = {
    recordType: read.recordType,
    sections: read.sections,
    ...(read.reason === undefined ? {} : { reason: read.reason }),
    ...(read.breakGlass === undefined ? {} : { breakGlass: read.breakGlass }),
  };
  const out: RecordedAuditEvent[] = [];
  switch (read.action) {
    case 'record.viewed':
      for (const recordId of read.recordIds) {
        out.push(
          await recordAudit(tx, ctx, {
            ...common,
            action: 'record.viewed',
            recordId,
            details: read.details ?? {},
          }),
        );
      }
      return out;
    case 'record.searched':
    case 'record.exported': {
      const parts = chunk(read.recordIds, MAX_RECORD_IDS_PER_EVENT);
      for (const [i, ids] of parts.entries()) {
        const partInfo = parts.length > 1 ? { part: i + 1, parts: parts.length } : {};
        const event =
          read.action === 'record.searched'
            ? recordAudit(tx, ctx, {
                ...common,
                action: 'record.searched',
                details: { ...read.details, recordIds: ids, count: ids.length, ...partInfo },
              })
            : recordAudit(tx, ctx, {
                ...common,
                action: 'record.exported',
                details: { ...read.details, recordIds: ids, count: ids.length, ...partInfo },
              });
        out.push(await event);
      }
      return out;
    }
  }
}
