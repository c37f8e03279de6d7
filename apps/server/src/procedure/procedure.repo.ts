import { and, asc, desc, eq } from 'drizzle-orm';
import type { ProcedureRequest } from '@keten/shared';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Executor } from '../db/types.ts';
import { conditionStatements, procedureEvents, procedureRequests, procedures } from './procedure.schema.ts';

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureRequestRow = typeof procedureRequests.$inferSelect;

export const decRequestNumber = (crypto: AppCrypto, r: ProcedureRequestRow): string | null =>
  crypto.cipher.decryptNullable(r.documentNumber, { table: 'procedure_requests', row: r.id, column: 'document_number' });

export function requestView(crypto: AppCrypto, r: ProcedureRequestRow): ProcedureRequest {
  return {
    id: r.id,
    victimFileId: r.victimFileId,
    kind: r.kind,
    phase: r.phase,
    documentCode: r.documentCode,
    transitionCode: r.transitionCode,
    toOrganisationId: r.toOrganisationId,
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    issuedOn: r.issuedOn,
    expiresOn: r.expiresOn,
    documentNumber: decRequestNumber(crypto, r),
    confirmed: r.confirmed,
    handedOutOn: r.handedOutOn,
    version: r.version,
  };
}

export async function procedureOfFile(db: Executor, victimFileId: string): Promise<ProcedureRow | null> {
  const [row] = await db.select().from(procedures).where(eq(procedures.victimFileId, victimFileId));
  return row ?? null;
}

/** The procedure as the PR section shows it: phase, documents and requests, conditions, history. */
export async function procedureView(db: Executor, crypto: AppCrypto, p: ProcedureRow): Promise<Record<string, unknown>> {
  const [events, requests, statements] = await Promise.all([
    db.select().from(procedureEvents).where(eq(procedureEvents.procedureId, p.id)).orderBy(asc(procedureEvents.createdAt)),
    db.select().from(procedureRequests).where(eq(procedureRequests.procedureId, p.id)).orderBy(asc(procedureRequests.requestedAt)),
    db.select().from(conditionStatements).where(eq(conditionStatements.procedureId, p.id)).orderBy(desc(conditionStatements.statedOn)),
  ]);
  return {
    id: p.id,
    country: p.country,
    configVersion: p.configVersion,
    phase: p.phase,
    status: p.status,
    startedOn: p.startedOn,
    endReason: p.endReason,
    endedOn: p.endedOn,
    guardianName: crypto.cipher.decryptNullable(p.guardianName, { table: 'procedures', row: p.id, column: 'guardian_name' }),
    guardianAppointedOn: p.guardianAppointedOn,
    version: p.version,
    events: events.map((e) => ({ kind: e.kind, code: e.code, fromPhase: e.fromPhase, toPhase: e.toPhase, occurredOn: e.occurredOn, organisationId: e.organisationId })),
    requests: requests.map((r) => requestView(crypto, r)),
    conditions: statements.map((s) => ({ id: s.id, condition: s.condition, status: s.status, statedOn: s.statedOn, source: s.source })),
  };
}

/** The single document an organisation is asked to hand out (the municipality sees only this of PR). */
export async function documentToHandOut(db: Executor, crypto: AppCrypto, victimFileId: string, organisationId: string): Promise<ProcedureRequest | null> {
  const [r] = await db
    .select()
    .from(procedureRequests)
    .where(and(eq(procedureRequests.victimFileId, victimFileId), eq(procedureRequests.kind, 'hand_out'), eq(procedureRequests.toOrganisationId, organisationId)))
    .orderBy(desc(procedureRequests.requestedAt))
    .limit(1);
  return r ? requestView(crypto, r) : null;
}
