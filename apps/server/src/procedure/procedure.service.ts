import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { OrganisationType, ProcedureRequest } from '@keten/shared';
import type { ProcedureConfig } from '@keten/shared/procedure/types';
import { phaseOf, transitionsFrom } from '@keten/shared/procedure/types';
import type { RequestContext } from '../access/actor.ts';
import { grantAccess, revokeAccess } from '../access/grants.service.ts';
import { ownerOf } from '../access/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Executor, Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { hasJudicialOutcome } from '../judicial/judicial.repo.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { referrals } from '../referrals/referral.schema.ts';
import { CONFIRMATION_ANSWER_DAYS, closeTasks, documentExpiryTasks, upsertTask } from '../tasks/task.service.ts';
import { assertFileOpen, assertPastDate, loadVictimFileInScope, requireRelationship, staleVersion, userOf, type VictimFileRow } from '../victim-files/victim-file.repo.ts';
import {
  PROCEDURE_CONFIGS,
  addDuration,
  checkEnd,
  checkTransition,
  phaseSinceOf,
  configFor,
  documentOf,
  documentRequesters,
  documentValidity,
  firstDocumentPhase,
  initialPhase,
  todayIso,
  type MachineState,
  type Refusal,
} from './procedure.machine.ts';
import { procedureOfFile, requestView, type ProcedureRequestRow, type ProcedureRow } from './procedure.repo.ts';
import { conditionStatements, procedureEvents, procedureRequests, procedures } from './procedure.schema.ts';

/** The explanation of a refusal, for people; `details` carries the rule for the UI. */
const REFUSAL_MESSAGES: Record<Refusal['reason'], string> = {
  procedure_ended: 'The procedure has ended',
  unknown_transition: 'The procedure configuration has no such step',
  transition_not_allowed: 'This step is not allowed from the current phase',
  not_performer: 'Another kind of organisation performs this step',
  needs_magistrate_confirmation: 'The reference magistrate must first confirm that the person is still regarded as a victim',
  extension_limit: 'The document cannot be extended again',
  needs_judicial_outcome: 'A conviction or a final requisition retaining trafficking must be recorded first',
  requirements_not_met: 'None of the conditions of this step holds yet (see anyOf: a judicial outcome, or enough time in a phase, with the date it is reached)',
  unknown_end_reason: 'The procedure configuration has no such end reason',
  end_reason_not_in_phase: 'This end reason does not apply in the current phase',
};

function refuse(refusal: Refusal): AppError {
  return new AppError('domain_rule', REFUSAL_MESSAGES[refusal.reason], refusal);
}

const assertPast = assertPastDate;

function isUnaccompaniedMinor(file: VictimFileRow): boolean {
  return file.minor !== 'no' && file.unaccompanied === 'yes';
}

async function loadProcedure(tx: Tx, fileId: string): Promise<ProcedureRow> {
  const p = await procedureOfFile(tx, fileId);
  if (!p) {
    throw new AppError('domain_rule', 'No protection procedure has been started for this file', { reason: 'no_procedure' });
  }
  return p;
}

/** An organisation of one of these types, the one serving the district first. */
async function organisationFor(db: Executor, types: readonly OrganisationType[], district: string | null, prefer?: OrganisationType): Promise<{ id: string; type: OrganisationType } | null> {
  if (types.length === 0) {
    return null;
  }
  const rows = await db.select({ id: organisations.id, type: organisations.type, serves: organisations.servesDistricts }).from(organisations).where(inArray(organisations.type, [...types]));
  const ranked = [...rows].sort((a, b) => {
    const score = (r: typeof a) => (district && r.serves.includes(district) ? 2 : 0) + (prefer && r.type === prefer ? 1 : 0);
    return score(b) - score(a);
  });
  return ranked[0] ?? null;
}

/** The machine's view of a procedure: history, the pending confirmation, the judicial outcome. */
async function machineState(tx: Tx, file: VictimFileRow, p: ProcedureRow, transition: string | null, movingOn?: string): Promise<MachineState> {
  const events = await tx.select().from(procedureEvents).where(eq(procedureEvents.procedureId, p.id)).orderBy(procedureEvents.createdAt);
  const transitions = events.filter((e) => e.kind === 'transition');
  const lastMove = events.at(-1)?.createdAt ?? new Date(0);
  let confirmation: MachineState['confirmation'] = 'none';
  if (transition) {
    // A confirmation counts for the next move only: answered after the procedure's last event.
    const [c] = await tx
      .select()
      .from(procedureRequests)
      .where(and(eq(procedureRequests.procedureId, p.id), eq(procedureRequests.kind, 'confirmation'), eq(procedureRequests.transitionCode, transition), ne(procedureRequests.status, 'open')))
      .orderBy(desc(procedureRequests.answeredAt))
      .limit(1);
    if (c?.answeredAt && c.answeredAt > lastMove) {
      confirmation = c.confirmed ? 'confirmed' : 'refused';
    }
  }
  return {
    phase: p.phase,
    status: p.status,
    unaccompaniedMinor: isUnaccompaniedMinor(file),
    history: transitions.map((e) => e.code),
    confirmation,
    judicialOutcome: await hasJudicialOutcome(tx, file.id),
    phaseSince: phaseSinceOf(events),
    ...(movingOn === undefined ? {} : { movingOn }),
  };
}

async function bumpProcedure(tx: Tx, p: ProcedureRow, version: number, set: Partial<typeof procedures.$inferInsert>): Promise<ProcedureRow> {
  const [updated] = await tx
    .update(procedures)
    .set({ ...set, version: sql`${procedures.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(procedures.id, p.id), eq(procedures.version, version)))
    .returning();
  if (!updated) {
    throw staleVersion(p.version, { phase: p.phase, status: p.status });
  }
  return updated;
}

function checkVersion(p: ProcedureRow, version: number): void {
  if (p.version !== version) {
    throw staleVersion(p.version, { phase: p.phase, status: p.status, endReason: p.endReason });
  }
}

/** The owning centre starts the procedure on a configuration (its version is stored with it). */
export async function startProcedure(tx: Tx, ctx: RequestContext, fileId: string, input: { country: 'BE' | 'NL'; startedOn: string }): Promise<ProcedureRow> {
  const actor = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner'], 'start the procedure');
  assertFileOpen(row);
  assertPast(input.startedOn, 'startedOn');
  if (await procedureOfFile(tx, fileId)) {
    throw new AppError('conflict', 'The procedure has already been started', { reason: 'procedure_exists' });
  }
  const config = PROCEDURE_CONFIGS[input.country];
  const phase = initialPhase(config);
  const [p] = await tx.insert(procedures).values({ victimFileId: fileId, country: config.country, configVersion: config.version, phase, startedOn: input.startedOn }).returning();
  if (!p) {
    throw new Error('procedure insert returned nothing');
  }
  await tx.insert(procedureEvents).values({ procedureId: p.id, kind: 'started', code: 'started', toPhase: phase, occurredOn: input.startedOn, organisationId: actor.organisationId, userId: actor.userId });
  await recordAudit(tx, ctx, { action: 'procedure.started', recordType: 'victim_file', recordId: fileId, sections: ['PR'], details: { country: config.country, configVersion: config.version, phase } });
  return p;
}

/**
 * A move of the procedure, by the organisation type the configuration names for it. Refusals
 * carry the rule (422). An unaccompanied minor's first document is requested at once.
 */
export async function transitionProcedure(tx: Tx, ctx: RequestContext, fileId: string, input: { transition: string; occurredOn: string; version: number }): Promise<ProcedureRow> {
  const actor = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner', 'referred'], 'move the procedure');
  assertFileOpen(row);
  const p = await loadProcedure(tx, fileId);
  checkVersion(p, input.version);
  assertPast(input.occurredOn, 'occurredOn');
  const config = configFor(p.country, p.configVersion);
  const check = checkTransition(config, await machineState(tx, row, p, input.transition, input.occurredOn), input.transition, actor.organisationType as OrganisationType);
  if (!check.ok) {
    throw refuse(check.refusal);
  }
  const t = check.value;
  const updated = await bumpProcedure(tx, p, input.version, { phase: t.to });
  await tx.insert(procedureEvents).values({ procedureId: p.id, kind: 'transition', code: t.code, fromPhase: t.from, toPhase: t.to, occurredOn: input.occurredOn, organisationId: actor.organisationId, userId: actor.userId });
  await recordAudit(tx, ctx, { action: 'procedure.transitioned', recordType: 'victim_file', recordId: fileId, sections: ['PR'], details: { transition: t.code, fromPhase: t.from, toPhase: t.to } });
  if (isUnaccompaniedMinor(row) && t.to === firstDocumentPhase(config) && config.minors.reflectionPeriod) {
    // Unaccompanied minors get the (longer) first document at once (config `minors`).
    await createDocumentRequest(tx, ctx, row, updated, config, input.occurredOn);
  }
  return updated;
}

export async function endProcedure(tx: Tx, ctx: RequestContext, fileId: string, input: { reason: string; endedOn: string; version: number }): Promise<ProcedureRow> {
  const actor = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner'], 'end the procedure');
  const p = await loadProcedure(tx, fileId);
  checkVersion(p, input.version);
  assertPast(input.endedOn, 'endedOn');
  const config = configFor(p.country, p.configVersion);
  const check = checkEnd(config, await machineState(tx, row, p, null), input.reason);
  if (!check.ok) {
    throw refuse(check.refusal);
  }
  const updated = await bumpProcedure(tx, p, input.version, { status: 'ended', endReason: check.value, endedOn: input.endedOn });
  await tx.insert(procedureEvents).values({ procedureId: p.id, kind: 'ended', code: check.value, fromPhase: p.phase, occurredOn: input.endedOn, organisationId: actor.organisationId, userId: actor.userId });
  // Open requests lapse with the procedure, and the partners' access with them.
  const open = await tx.select().from(procedureRequests).where(and(eq(procedureRequests.procedureId, p.id), eq(procedureRequests.status, 'open')));
  await tx.update(procedureRequests).set({ status: 'cancelled' }).where(and(eq(procedureRequests.procedureId, p.id), eq(procedureRequests.status, 'open')));
  for (const r of open) {
    await releaseRequestGrant(tx, ctx, fileId, r.toOrganisationId);
    await closeTasks(tx, `confirmation:${r.id}`);
  }
  await closeTasks(tx, `document:`);
  await recordAudit(tx, ctx, { action: 'procedure.ended', recordType: 'victim_file', recordId: fileId, sections: ['PR'], details: { reason: check.value, phase: p.phase } });
  return updated;
}

/** A partner keeps its `referred` grant while it has an open request or an accepted referral. */
async function releaseRequestGrant(tx: Tx, ctx: RequestContext, fileId: string, organisationId: string): Promise<void> {
  const [open] = await tx
    .select({ id: procedureRequests.id })
    .from(procedureRequests)
    .where(and(eq(procedureRequests.victimFileId, fileId), eq(procedureRequests.toOrganisationId, organisationId), eq(procedureRequests.status, 'open')))
    .limit(1);
  const [referral] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.victimFileId, fileId), eq(referrals.toOrganisationId, organisationId), eq(referrals.status, 'accepted')))
    .limit(1);
  if (!open && !referral) {
    await revokeAccess(tx, ctx, { recordType: 'victim_file', recordId: fileId, organisationId, relationship: 'referred', cause: 'revoked' });
  }
}

async function addRequest(
  tx: Tx,
  ctx: RequestContext,
  input: { file: VictimFileRow; procedure: ProcedureRow; kind: 'document' | 'confirmation' | 'hand_out'; to: { id: string; type: OrganisationType }; documentCode: string | null; transitionCode: string | null; requestedOn: string; documentRequestId?: string },
): Promise<ProcedureRequestRow> {
  const actor = userOf(ctx);
  const id = randomUUID();
  const [r] = await tx
    .insert(procedureRequests)
    .values({
      id,
      procedureId: input.procedure.id,
      victimFileId: input.file.id,
      kind: input.kind,
      phase: input.procedure.phase,
      documentCode: input.documentCode,
      transitionCode: input.transitionCode,
      documentRequestId: input.documentRequestId ?? null,
      toOrganisationId: input.to.id,
      toOrganisationType: input.to.type,
      fromOrganisationId: actor.organisationId,
      requestedOn: input.requestedOn,
    })
    .returning();
  if (!r) {
    throw new Error('request insert returned nothing');
  }
  // access-model: an open request addressed to an organisation is a `referred` relationship.
  await grantAccess(tx, ctx, { recordType: 'victim_file', recordId: input.file.id, organisationId: input.to.id, relationship: 'referred' });
  await tx.insert(notifications).values({ organisationId: input.to.id, kind: `procedure.${input.kind}_requested`, payload: { requestId: id, victimFileId: input.file.id } });
  await recordAudit(tx, ctx, {
    action: 'procedure.request_created',
    recordType: 'victim_file',
    recordId: input.file.id,
    details: { requestId: id, kind: input.kind, toOrganisationId: input.to.id, documentCode: input.documentCode, transitionCode: input.transitionCode },
  });
  return r;
}

async function createDocumentRequest(tx: Tx, ctx: RequestContext, file: VictimFileRow, p: ProcedureRow, config: ProcedureConfig, requestedOn: string): Promise<ProcedureRequestRow> {
  const doc = documentOf(config, p.phase);
  if (!doc) {
    throw new AppError('domain_rule', 'This phase has no residence document', { reason: 'phase_has_no_document', phase: p.phase });
  }
  const [open] = await tx
    .select({ id: procedureRequests.id })
    .from(procedureRequests)
    .where(and(eq(procedureRequests.procedureId, p.id), eq(procedureRequests.kind, 'document'), eq(procedureRequests.status, 'open')));
  if (open) {
    throw new AppError('domain_rule', 'A document request is already open', { reason: 'request_already_open', requestId: open.id });
  }
  const to = await organisationFor(tx, doc.issuedBy, file.judicialDistrict);
  if (!to) {
    throw new AppError('domain_rule', 'No organisation issues this document in Keten', { reason: 'no_issuing_organisation', issuedBy: doc.issuedBy });
  }
  return addRequest(tx, ctx, { file, procedure: p, kind: 'document', to, documentCode: doc.code, transitionCode: null, requestedOn });
}

/** The centre asks the Immigration Office for the current phase's document. */
export async function requestDocument(tx: Tx, ctx: RequestContext, crypto: AppCrypto, fileId: string, input: { requestedOn: string }): Promise<ProcedureRequest> {
  const actor = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner'], 'request documents');
  assertFileOpen(row);
  assertPast(input.requestedOn, 'requestedOn');
  const p = await loadProcedure(tx, fileId);
  if (p.status === 'ended') {
    throw refuse({ reason: 'procedure_ended' });
  }
  const config = configFor(p.country, p.configVersion);
  const requesters = documentRequesters(config, p.phase);
  if (!requesters.includes(actor.organisationType as OrganisationType)) {
    throw new AppError('domain_rule', 'Another kind of organisation requests this document', { reason: 'not_performer', performedBy: requesters });
  }
  const r = await createDocumentRequest(tx, ctx, row, p, config, input.requestedOn);
  return requestView(crypto, r);
}

/** Requests addressed to my organisation (the Immigration Office's, the magistrate's, the municipality's inbox). */
export async function findRequestsForMe(db: Executor, crypto: AppCrypto, organisationId: string, status: 'open' | 'done' | 'all'): Promise<ProcedureRequest[]> {
  const rows = await db
    .select()
    .from(procedureRequests)
    .where(and(eq(procedureRequests.toOrganisationId, organisationId), status === 'all' ? undefined : eq(procedureRequests.status, status)))
    .orderBy(desc(procedureRequests.requestedAt))
    .limit(200);
  return rows.map((r) => requestView(crypto, r));
}

async function loadRequestForMe(tx: Tx, ctx: RequestContext, requestId: string, kind: 'document' | 'confirmation' | 'hand_out'): Promise<{ request: ProcedureRequestRow; file: VictimFileRow; procedure: ProcedureRow }> {
  const actor = userOf(ctx);
  const [request] = await tx
    .select()
    .from(procedureRequests)
    .where(and(eq(procedureRequests.id, requestId), eq(procedureRequests.toOrganisationId, actor.organisationId), eq(procedureRequests.kind, kind)))
    .for('update');
  if (!request) {
    throw new AppError('not_found', 'No such request addressed to your organisation');
  }
  const { row } = await loadVictimFileInScope(tx, ctx, request.victimFileId);
  const procedure = await loadProcedure(tx, request.victimFileId);
  return { request, file: row, procedure };
}

function assertRequestOpen(r: ProcedureRequestRow, version: number): void {
  if (r.version !== version) {
    throw staleVersion(r.version, { status: r.status, issuedOn: r.issuedOn, expiresOn: r.expiresOn, confirmed: r.confirmed });
  }
  if (r.status !== 'open') {
    throw new AppError('domain_rule', 'This request has already been answered', { reason: 'request_not_open', status: r.status });
  }
}

/**
 * The Immigration Office records the issued document: issue date (not in the future), number
 * (encrypted, blind-indexed) and expiry (after the issue). Expiry reminders become tasks of the
 * owning centre; a municipality named by the office gets the hand-out request.
 */
export async function issueDocument(
  tx: Tx,
  ctx: RequestContext,
  crypto: AppCrypto,
  requestId: string,
  input: { issuedOn: string; expiresOn: string | null; documentNumber: string; version: number; handOutOrganisationId?: string },
): Promise<ProcedureRequest> {
  const actor = userOf(ctx);
  const { request, file, procedure } = await loadRequestForMe(tx, ctx, requestId, 'document');
  assertFileOpen(file);
  assertRequestOpen(request, input.version);
  const config = configFor(procedure.country, procedure.configVersion);
  const doc = phaseOf(config, request.phase).document;
  if (!doc?.issuedBy.includes(actor.organisationType as OrganisationType)) {
    throw new AppError('domain_rule', 'Another kind of organisation issues this document', { reason: 'not_performer', performedBy: doc?.issuedBy ?? [] });
  }
  assertPast(input.issuedOn, 'issuedOn');
  const validity = documentValidity(config, request.phase, isUnaccompaniedMinor(file));
  if (validity !== null && input.expiresOn === null) {
    throw new AppError('domain_rule', 'This document has a limited validity: give its expiry date', { reason: 'expiry_required', validity });
  }
  if (input.expiresOn !== null && input.expiresOn <= input.issuedOn) {
    throw new AppError('domain_rule', 'The expiry date must be after the issue date', { reason: 'expiry_before_issue' });
  }
  const [updated] = await tx
    .update(procedureRequests)
    .set({
      status: 'done',
      answeredAt: new Date(),
      answeredBy: actor.userId,
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
      documentNumber: crypto.cipher.encrypt(input.documentNumber, { table: 'procedure_requests', row: request.id, column: 'document_number' }),
      documentNumberIdx: crypto.blindIndex.exactFor('document_number', input.documentNumber),
      version: sql`${procedureRequests.version} + 1`,
    })
    .where(and(eq(procedureRequests.id, request.id), eq(procedureRequests.version, input.version)))
    .returning();
  if (!updated) {
    throw staleVersion(request.version + 1, {});
  }
  const owner = await ownerOf(tx, 'victim_file', file.id);
  if (owner && input.expiresOn) {
    // Earlier documents' reminders are superseded by the new document.
    const earlier = await tx.select({ id: procedureRequests.id }).from(procedureRequests).where(and(eq(procedureRequests.procedureId, procedure.id), eq(procedureRequests.kind, 'document'), ne(procedureRequests.id, request.id)));
    for (const e of earlier) {
      await closeTasks(tx, `document:${e.id}:`);
    }
    await documentExpiryTasks(tx, {
      requestId: request.id,
      victimFileId: file.id,
      organisationId: owner,
      assigneeUserId: file.caseworkerUserId,
      expiresOn: input.expiresOn,
      reflection: request.phase === firstDocumentPhase(config),
    });
  }
  await recordAudit(tx, ctx, {
    action: 'procedure.document_issued',
    recordType: 'victim_file',
    recordId: file.id,
    sections: ['PR'],
    details: { requestId: request.id, documentCode: request.documentCode ?? 'unknown', issuedOn: input.issuedOn, expiresOn: input.expiresOn },
  });
  if (input.handOutOrganisationId) {
    const [m] = await tx.select({ id: organisations.id, type: organisations.type }).from(organisations).where(eq(organisations.id, input.handOutOrganisationId));
    if (!m || !doc.handedOutBy.includes(m.type)) {
      throw new AppError('domain_rule', 'This organisation does not hand out the document', { reason: 'not_performer', performedBy: doc.handedOutBy });
    }
    await addRequest(tx, ctx, { file, procedure, kind: 'hand_out', to: m, documentCode: request.documentCode, transitionCode: null, requestedOn: todayIso(), documentRequestId: request.id });
  }
  await releaseRequestGrant(tx, ctx, file.id, actor.organisationId);
  if (owner) {
    await tx.insert(notifications).values({ organisationId: owner, kind: 'procedure.document_issued', payload: { requestId: request.id, victimFileId: file.id } });
  }
  return requestView(crypto, updated);
}

/**
 * The centre asks the reference magistrate to confirm, before a step that needs it, that the
 * person is still regarded as a victim. The magistrate: the labour auditor for labour exploitation.
 */
export async function requestConfirmation(tx: Tx, ctx: RequestContext, crypto: AppCrypto, fileId: string, input: { transition: string }): Promise<ProcedureRequest> {
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner'], 'ask for a confirmation');
  assertFileOpen(row);
  const p = await loadProcedure(tx, fileId);
  if (p.status === 'ended') {
    throw refuse({ reason: 'procedure_ended' });
  }
  const config = configFor(p.country, p.configVersion);
  const t = transitionsFrom(config, p.phase).find((x) => x.code === input.transition);
  if (!t) {
    throw refuse({ reason: 'transition_not_allowed', transition: input.transition, from: p.phase, to: config.transitions.find((x) => x.code === input.transition)?.to ?? '', allowed: transitionsFrom(config, p.phase).map((x) => x.code) });
  }
  const confirmBy = t.requiresConfirmationBy ?? [];
  if (confirmBy.length === 0) {
    throw new AppError('domain_rule', 'This step needs no confirmation', { reason: 'no_confirmation_needed', transition: t.code });
  }
  const labour = row.forms.includes('labour');
  const to = await organisationFor(tx, confirmBy, row.judicialDistrict, labour ? 'labour_auditor' : 'prosecutor_office');
  if (!to) {
    throw new AppError('domain_rule', 'No reference magistrate for this district in Keten', { reason: 'no_magistrate', confirmBy });
  }
  const r = await addRequest(tx, ctx, { file: row, procedure: p, kind: 'confirmation', to, documentCode: null, transitionCode: t.code, requestedOn: todayIso() });
  await upsertTask(tx, {
    kind: 'confirmation_pending',
    recordType: 'victim_file',
    recordId: fileId,
    organisationId: to.id,
    dueAt: new Date(Date.now() + CONFIRMATION_ANSWER_DAYS * 86_400_000),
    dedupeKey: `confirmation:${r.id}`,
  });
  return requestView(crypto, r);
}

/** The reference magistrate confirms (or not) that the person is still regarded as a victim. */
export async function answerConfirmation(tx: Tx, ctx: RequestContext, crypto: AppCrypto, requestId: string, input: { confirmed: boolean; answeredOn: string; version: number }): Promise<ProcedureRequest> {
  const actor = userOf(ctx);
  const { request, file } = await loadRequestForMe(tx, ctx, requestId, 'confirmation');
  assertRequestOpen(request, input.version);
  assertPast(input.answeredOn, 'answeredOn');
  const [updated] = await tx
    .update(procedureRequests)
    .set({ status: input.confirmed ? 'done' : 'refused', confirmed: input.confirmed, answeredAt: new Date(), answeredBy: actor.userId, version: sql`${procedureRequests.version} + 1` })
    .where(and(eq(procedureRequests.id, request.id), eq(procedureRequests.version, input.version)))
    .returning();
  if (!updated) {
    throw staleVersion(request.version + 1, {});
  }
  await closeTasks(tx, `confirmation:${request.id}`);
  await recordAudit(tx, ctx, { action: 'procedure.confirmation_answered', recordType: 'victim_file', recordId: file.id, sections: ['PR'], details: { requestId: request.id, confirmed: input.confirmed } });
  const owner = await ownerOf(tx, 'victim_file', file.id);
  if (owner) {
    await tx.insert(notifications).values({ organisationId: owner, kind: 'procedure.confirmation_answered', payload: { requestId: request.id, victimFileId: file.id, confirmed: input.confirmed } });
  }
  await releaseRequestGrant(tx, ctx, file.id, actor.organisationId);
  return requestView(crypto, updated);
}

/** The municipality marks the single document it was asked to hand out as handed out. */
export async function handOutDocument(tx: Tx, ctx: RequestContext, crypto: AppCrypto, requestId: string, input: { handedOutOn: string; version: number }): Promise<ProcedureRequest> {
  const actor = userOf(ctx);
  const { request, file } = await loadRequestForMe(tx, ctx, requestId, 'hand_out');
  assertRequestOpen(request, input.version);
  assertPast(input.handedOutOn, 'handedOutOn');
  const [updated] = await tx
    .update(procedureRequests)
    .set({ status: 'done', handedOutOn: input.handedOutOn, answeredAt: new Date(), answeredBy: actor.userId, version: sql`${procedureRequests.version} + 1` })
    .where(and(eq(procedureRequests.id, request.id), eq(procedureRequests.version, input.version)))
    .returning();
  if (!updated) {
    throw staleVersion(request.version + 1, {});
  }
  if (request.documentRequestId) {
    await tx.update(procedureRequests).set({ handedOutOn: input.handedOutOn }).where(eq(procedureRequests.id, request.documentRequestId));
  }
  await recordAudit(tx, ctx, { action: 'procedure.document_handed_out', recordType: 'victim_file', recordId: file.id, sections: ['PR'], details: { requestId: request.id, handedOutOn: input.handedOutOn } });
  await releaseRequestGrant(tx, ctx, file.id, actor.organisationId);
  return requestView(crypto, updated);
}

/** The Guardianship Service records the guardian of a minor referred to it. */
export async function recordGuardian(tx: Tx, ctx: RequestContext, crypto: AppCrypto, fileId: string, input: { guardianName: string; appointedOn: string; version?: number | undefined }): Promise<void> {
  const actor = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['referred'], 'record the guardian');
  const p = await loadProcedure(tx, fileId);
  const config = configFor(p.country, p.configVersion);
  if (!config.minors.alertAtOnce.includes(actor.organisationType as OrganisationType)) {
    throw new AppError('domain_rule', 'Another kind of organisation appoints guardians', { reason: 'not_performer', performedBy: config.minors.alertAtOnce });
  }
  if (row.minor === 'no') {
    throw new AppError('domain_rule', 'A guardian is appointed for minors only', { reason: 'not_a_minor' });
  }
  assertPast(input.appointedOn, 'appointedOn');
  if (input.version !== undefined) {
    checkVersion(p, input.version);
  }
  const [updated] = await tx
    .update(procedures)
    .set({
      guardianName: crypto.cipher.encrypt(input.guardianName, { table: 'procedures', row: p.id, column: 'guardian_name' }),
      guardianAppointedOn: input.appointedOn,
      version: sql`${procedures.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(procedures.id, p.id), eq(procedures.version, p.version)))
    .returning({ id: procedures.id });
  if (!updated) {
    throw staleVersion(p.version + 1, {});
  }
  await recordAudit(tx, ctx, { action: 'procedure.guardian_recorded', recordType: 'victim_file', recordId: fileId, sections: ['ID', 'PR'], details: { procedureId: p.id } });
}

/** A dated statement on one of the conditions in force; a breach names its source. */
export async function stateCondition(
  tx: Tx,
  ctx: RequestContext,
  fileId: string,
  input: { condition: string; status: 'met' | 'breached'; statedOn: string; source?: OrganisationType | undefined },
): Promise<{ id: string }> {
  const actor = userOf(ctx);
  const { relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner', 'referred'], 'state conditions');
  const p = await loadProcedure(tx, fileId);
  const config = configFor(p.country, p.configVersion);
  const inForce = phaseOf(config, p.phase).conditions;
  if (!inForce.includes(input.condition)) {
    throw new AppError('domain_rule', 'This condition is not in force in the current phase', { reason: 'condition_not_in_force', phase: p.phase, inForce });
  }
  if (input.status === 'breached' && !input.source) {
    throw new AppError('domain_rule', 'A breach is recorded with its source', { reason: 'breach_needs_source' });
  }
  assertPast(input.statedOn, 'statedOn');
  const [s] = await tx
    .insert(conditionStatements)
    .values({ procedureId: p.id, condition: input.condition, status: input.status, statedOn: input.statedOn, source: input.source ?? null, organisationId: actor.organisationId, userId: actor.userId })
    .returning({ id: conditionStatements.id });
  if (!s) {
    throw new Error('statement insert returned nothing');
  }
  await recordAudit(tx, ctx, { action: 'procedure.condition_stated', recordType: 'victim_file', recordId: fileId, sections: ['PR'], details: { statementId: s.id, condition: input.condition, status: input.status, source: input.source ?? null } });
  return s;
}

/** The expected expiry of a document issued today, from the configuration (for forms). */
export function expectedExpiry(config: ProcedureConfig, phase: string, unaccompaniedMinor: boolean, issuedOn: string): string | null {
  const v = documentValidity(config, phase, unaccompaniedMinor);
  return v ? addDuration(issuedOn, v) : null;
}
