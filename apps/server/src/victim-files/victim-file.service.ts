import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AUDITED_SECTIONS, type Relationship, type VictimFileUpdate } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { grantAccess } from '../access/grants.service.ts';
import { present, type Presented } from '../access/policy.ts';
import { recordAudit, recordRead } from '../audit/audit.service.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import { nameSearchTokens } from '../crypto/name-search.ts';
import type { Executor, Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { judicialOf } from '../judicial/judicial.repo.ts';
import { documentToHandOut, procedureOfFile, procedureView } from '../procedure/procedure.repo.ts';
import { procedureEvents } from '../procedure/procedure.schema.ts';
import type { signals } from '../signals/signal.schema.ts';
import { loadSignalInScope } from '../signals/signal.service.ts';
import { users } from '../users/user.schema.ts';
import {
  assertPastDate,
  decFile,
  decFileJson,
  encFile,
  encFileJson,
  loadVictimFileInScope,
  nextFileReference,
  requireRelationship,
  staleVersion,
  userOf,
  type VictimFileRow,
} from './victim-file.repo.ts';
import { victimFileNotes, victimFiles } from './victim-file.schema.ts';
import { VICTIM_FILE_RECORD, type VictimFileView } from './victim-file.policy.ts';

type SignalRow = typeof signals.$inferSelect;
type DocumentNumber = { kind: string; number: string };

const decSignal = (crypto: AppCrypto, s: SignalRow, column: string, value: Buffer | null) => crypto.cipher.decryptNullable(value, { table: 'signals', row: s.id, column });

function identityColumns(crypto: AppCrypto, id: string, identity: { familyName?: string | null; givenName?: string | null; aliases?: string[]; birthDate?: string | null; nationality?: string | null; documentNumbers?: DocumentNumber[] }) {
  const out: Partial<typeof victimFiles.$inferInsert> = {};
  if (identity.familyName !== undefined) {
    out.familyName = encFile(crypto, id, 'family_name', identity.familyName);
  }
  if (identity.givenName !== undefined) {
    out.givenName = encFile(crypto, id, 'given_name', identity.givenName);
  }
  if (identity.aliases !== undefined) {
    out.aliases = encFileJson(crypto, id, 'aliases', identity.aliases);
  }
  if (identity.birthDate !== undefined) {
    out.birthDate = encFile(crypto, id, 'birth_date', identity.birthDate);
  }
  if (identity.nationality !== undefined) {
    out.nationality = encFile(crypto, id, 'nationality', identity.nationality);
  }
  if (identity.documentNumbers !== undefined) {
    out.documentNumbers = encFileJson(crypto, id, 'document_numbers', identity.documentNumbers);
    out.documentNumberIdx = identity.documentNumbers.map((d) => crypto.blindIndex.exactFor('document_number', d.number)).filter((x): x is string => x !== null);
  }
  return out;
}

function nameTokensOf(crypto: AppCrypto, familyName: string | null, givenName: string | null, aliases: string[]) {
  const names = [[givenName, familyName].filter(Boolean).join(' '), ...aliases].filter((n) => n.trim() !== '');
  const trigrams = new Set<number>();
  const phonetic = new Set<number>();
  for (const n of names) {
    const t = nameSearchTokens(crypto.blindIndex, n);
    t.trigrams.forEach((x) => trigrams.add(x));
    t.phonetic.forEach((x) => phonetic.add(x));
  }
  return { nameTrgm: [...trigrams], namePhonetic: [...phonetic] };
}

/**
 * Opens a victim file from a signal, owned by the actor's centre: identity and context are copied
 * (re-encrypted under the file's own row id), the centre gets the `owner` grant.
 */
export async function createVictimFileFromSignal(tx: Tx, ctx: RequestContext, crypto: AppCrypto, s: SignalRow, via: 'triage' | 'referral'): Promise<{ id: string; reference: string }> {
  const actor = userOf(ctx);
  const id = randomUUID();
  const reference = await nextFileReference(tx);
  const familyName = decSignal(crypto, s, 'family_name', s.familyName);
  const givenName = decSignal(crypto, s, 'given_name', s.givenName);
  const aliasText = decSignal(crypto, s, 'aliases', s.aliases);
  const aliases = aliasText ? [aliasText] : [];
  const documentNumber = decSignal(crypto, s, 'document_number', s.documentNumber);
  await tx.insert(victimFiles).values({
    id,
    reference,
    signalId: s.id,
    minor: s.minor,
    unaccompanied: s.unaccompanied,
    languages: s.languages,
    interpreterNeeded: s.interpreterNeeded,
    judicialDistrict: s.judicialDistrict,
    forms: s.forms,
    exploitationCountry: s.exploitationCountry,
    ...identityColumns(crypto, id, {
      familyName,
      givenName,
      aliases,
      birthDate: decSignal(crypto, s, 'birth_date', s.birthDate),
      nationality: s.nationality,
      documentNumbers: documentNumber ? [{ kind: 'other', number: documentNumber }] : [],
    }),
    ...nameTokensOf(crypto, familyName, givenName, aliases),
  });
  await grantAccess(tx, ctx, { recordType: 'victim_file', recordId: id, organisationId: actor.organisationId, relationship: 'owner' });
  await recordAudit(tx, ctx, { action: 'victim_file.created', recordType: 'victim_file', recordId: id, sections: ['ID', 'SG'], details: { signalId: s.id, reference, via } });
  return { id, reference };
}

/** A centre that accepted a signal in triage opens the victim file (once per signal). */
export async function openFileFromTriage(tx: Tx, ctx: RequestContext, crypto: AppCrypto, signalId: string): Promise<{ id: string; reference: string }> {
  const actor = userOf(ctx);
  const { row: s } = await loadSignalInScope(tx, ctx, signalId);
  if (s.status !== 'accepted' || s.triagedByOrganisationId !== actor.organisationId || actor.organisationType !== 'specialised_centre') {
    throw new AppError('domain_rule', 'A victim file starts when a specialised centre accepts the signal', { reason: 'signal_not_accepted_by_centre', status: s.status });
  }
  const [existing] = await tx.select({ id: victimFiles.id }).from(victimFiles).where(eq(victimFiles.signalId, signalId));
  if (existing) {
    throw new AppError('conflict', 'A victim file already exists for this signal', { reason: 'file_exists', victimFileId: existing.id });
  }
  return createVictimFileFromSignal(tx, ctx, crypto, s, 'triage');
}

async function notesOf(db: Executor, crypto: AppCrypto, fileId: string) {
  const rows = await db.select().from(victimFileNotes).where(eq(victimFileNotes.victimFileId, fileId)).orderBy(asc(victimFileNotes.occurredOn), asc(victimFileNotes.createdAt));
  return rows.map((n) => ({
    id: n.id,
    section: n.section,
    occurredOn: n.occurredOn,
    text: crypto.cipher.decrypt(n.text, { table: 'victim_file_notes', row: n.id, column: 'text' }),
    authorUserId: n.authorUserId,
    organisationId: n.organisationId,
    createdAt: n.createdAt.toISOString(),
  }));
}

/** Decrypts and shapes a file for one viewing organisation; the presenter then cuts it. */
export async function toFileView(db: Executor, crypto: AppCrypto, row: VictimFileRow, viewerOrganisationId: string): Promise<VictimFileView> {
  const notes = await notesOf(db, crypto, row.id);
  const proc = await procedureOfFile(db, row.id);
  const judicial = await judicialOf(db, crypto, row.id);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    closingReason: row.closingReason,
    caseworkerUserId: row.caseworkerUserId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    familyName: decFile(crypto, row.id, 'family_name', row.familyName),
    givenName: decFile(crypto, row.id, 'given_name', row.givenName),
    aliases: decFileJson<string[]>(crypto, row.id, 'aliases', row.aliases, []),
    birthDate: decFile(crypto, row.id, 'birth_date', row.birthDate),
    nationality: decFile(crypto, row.id, 'nationality', row.nationality),
    documentNumbers: decFileJson<DocumentNumber[]>(crypto, row.id, 'document_numbers', row.documentNumbers, []),
    minor: row.minor,
    unaccompanied: row.unaccompanied,
    languages: row.languages,
    interpreterNeeded: row.interpreterNeeded,
    contact: decFileJson<Record<string, unknown> | null>(crypto, row.id, 'contact', row.contact, null),
    supportPlan: decFileJson<unknown[]>(crypto, row.id, 'support_plan', row.supportPlan, []),
    psychosocialNotes: notes.filter((n) => n.section === 'PS'),
    lawyerConsent: row.lawyerConsent ?? null,
    phase: proc?.phase ?? null,
    procedure: proc ? await procedureView(db, crypto, proc) : null,
    documentToHandOut: await documentToHandOut(db, crypto, row.id, viewerOrganisationId),
    procedureNotes: notes.filter((n) => n.section === 'PR'),
    judicial: { ...judicial.data, version: judicial.version },
    judicialNotes: notes.filter((n) => n.section === 'JU'),
    signalId: row.signalId,
    judicialDistrict: row.judicialDistrict,
    forms: row.forms,
    exploitationCountry: row.exploitationCountry,
  };
}

/** The presenter, plus the shelter rule: a shelter location never leaves the owning centre. */
export function presentFile(view: VictimFileView, ctx: RequestContext, relationship: Relationship): Presented<VictimFileView> {
  const presented = present(VICTIM_FILE_RECORD, view, ctx.actor, relationship);
  if (relationship !== 'owner' && presented.data.contact) {
    const { shelter: _shelter, ...rest } = presented.data.contact;
    presented.data.contact = rest;
  }
  return presented;
}

export async function viewVictimFile(tx: Tx, ctx: RequestContext, crypto: AppCrypto, id: string): Promise<Presented<VictimFileView>> {
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, id);
  const presented = presentFile(await toFileView(tx, crypto, row, userOf(ctx).organisationId), ctx, relationship);
  const sections = presented.sections.filter((s) => AUDITED_SECTIONS.includes(s));
  if (sections.length > 0) {
    await recordRead(tx, ctx, { action: 'record.viewed', recordType: 'victim_file', recordIds: [id], sections, breakGlass: relationship === 'break_glass' });
  }
  return presented;
}

const PERSONAL_UPDATE_FIELDS = ['identity', 'contact', 'supportPlan', 'closingReason', 'languages'] as const;

/** Edits the file (owner centre, `record.write`); optimistic locking on `version`. */
export async function updateVictimFile(tx: Tx, ctx: RequestContext, crypto: AppCrypto, id: string, input: VictimFileUpdate): Promise<Presented<VictimFileView>> {
  const actor = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, id);
  requireRelationship(relationship, ['owner'], 'edit');
  if (row.version !== input.version) {
    throw staleVersion(row.version, presentFile(await toFileView(tx, crypto, row, actor.organisationId), ctx, relationship).data);
  }
  assertPastDate(input.identity?.birthDate, 'identity.birthDate');
  for (const [i, item] of (input.supportPlan ?? []).entries()) {
    if (item.reviewOn && item.reviewOn < item.startOn) {
      throw new AppError('domain_rule', 'A support objective is reviewed after it starts', { reason: 'review_before_start', field: `supportPlan.${String(i)}.reviewOn` });
    }
  }
  const set: Partial<typeof victimFiles.$inferInsert> = {};
  if (input.identity) {
    Object.assign(set, identityColumns(crypto, id, input.identity));
    const familyName = input.identity.familyName !== undefined ? input.identity.familyName : decFile(crypto, id, 'family_name', row.familyName);
    const givenName = input.identity.givenName !== undefined ? input.identity.givenName : decFile(crypto, id, 'given_name', row.givenName);
    const aliases = input.identity.aliases ?? decFileJson<string[]>(crypto, id, 'aliases', row.aliases, []);
    Object.assign(set, nameTokensOf(crypto, familyName, givenName, aliases));
  }
  if (input.contact) {
    set.contact = encFileJson(crypto, id, 'contact', input.contact);
  }
  if (input.supportPlan) {
    set.supportPlan = encFileJson(crypto, id, 'support_plan', input.supportPlan);
  }
  if (input.minor) {
    set.minor = input.minor;
  }
  if (input.unaccompanied !== undefined) {
    set.unaccompanied = input.unaccompanied;
  }
  if (input.languages) {
    set.languages = input.languages;
  }
  if (input.interpreterNeeded !== undefined) {
    set.interpreterNeeded = input.interpreterNeeded;
  }
  const closing = input.status === 'closed' || input.status === 'closed_referred';
  if (closing && !(input.closingReason ?? row.closingReason)) {
    throw new AppError('domain_rule', 'Closing a file needs a closing reason', { reason: 'closing_reason_required' });
  }
  if (input.status) {
    set.status = input.status;
  }
  if (input.closingReason !== undefined) {
    set.closingReason = input.closingReason;
  }
  const [updated] = await tx
    .update(victimFiles)
    .set({ ...set, version: sql`${victimFiles.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(victimFiles.id, id), eq(victimFiles.version, input.version)))
    .returning();
  if (!updated) {
    throw staleVersion(row.version + 1, {});
  }
  const changes: Record<string, { before: string | null; after: string | null }> = {};
  for (const key of ['status', 'minor', 'unaccompanied'] as const) {
    if (set[key] !== undefined && set[key] !== row[key]) {
      changes[key] = { before: row[key], after: updated[key] };
    }
  }
  const fields = PERSONAL_UPDATE_FIELDS.filter((f) => input[f] !== undefined);
  await recordAudit(tx, ctx, { action: 'victim_file.updated', recordType: 'victim_file', recordId: id, details: { changes, fields: [...fields] } });
  return presentFile(await toFileView(tx, crypto, updated, actor.organisationId), ctx, relationship);
}

/** The coordinator assigns a caseworker of the owning centre (`record.assign`). */
export async function assignCaseworker(tx: Tx, ctx: RequestContext, crypto: AppCrypto, id: string, input: { userId: string | null; version: number }): Promise<{ version: number }> {
  const actor = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, id);
  requireRelationship(relationship, ['owner'], 'assign');
  if (row.version !== input.version) {
    throw staleVersion(row.version, presentFile(await toFileView(tx, crypto, row, actor.organisationId), ctx, relationship).data);
  }
  if (input.userId) {
    const [u] = await tx.select({ organisationId: users.organisationId }).from(users).where(eq(users.id, input.userId));
    if (u?.organisationId !== actor.organisationId) {
      throw new AppError('domain_rule', 'The caseworker must belong to the owning centre', { reason: 'caseworker_not_in_centre' });
    }
  }
  const [updated] = await tx
    .update(victimFiles)
    .set({ caseworkerUserId: input.userId, version: sql`${victimFiles.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(victimFiles.id, id), eq(victimFiles.version, input.version)))
    .returning({ version: victimFiles.version });
  if (!updated) {
    throw staleVersion(row.version + 1, {});
  }
  await recordAudit(tx, ctx, { action: 'victim_file.assigned', recordType: 'victim_file', recordId: id, details: { changes: { caseworkerUserId: { before: row.caseworkerUserId, after: input.userId } } } });
  return updated;
}

/** A dated note in one section, by the owning centre. */
export async function addNote(tx: Tx, ctx: RequestContext, crypto: AppCrypto, id: string, input: { section: 'PS' | 'PR' | 'JU'; occurredOn: string; text: string }): Promise<{ id: string }> {
  const actor = userOf(ctx);
  const { relationship } = await loadVictimFileInScope(tx, ctx, id);
  requireRelationship(relationship, ['owner'], 'add notes');
  assertPastDate(input.occurredOn, 'occurredOn');
  const noteId = randomUUID();
  await tx.insert(victimFileNotes).values({
    id: noteId,
    victimFileId: id,
    section: input.section,
    occurredOn: input.occurredOn,
    text: crypto.cipher.encrypt(input.text, { table: 'victim_file_notes', row: noteId, column: 'text' }),
    authorUserId: actor.userId,
    organisationId: actor.organisationId,
  });
  await recordAudit(tx, ctx, { action: 'victim_file.note_added', recordType: 'victim_file', recordId: id, sections: [input.section], details: { noteId, section: input.section } });
  return { id: noteId };
}

/**
 * Everything that happened to a file, for its owner: audit events (action, when, which
 * organisation) and the procedure's own dated events. Ids and codes only.
 */
export async function fileTimeline(tx: Tx, ctx: RequestContext, id: string): Promise<{ at: string; kind: string; code: string; organisationId: string | null }[]> {
  const { relationship } = await loadVictimFileInScope(tx, ctx, id);
  requireRelationship(relationship, ['owner'], 'see the timeline');
  const audit = await tx
    .select({ at: auditEvents.occurredAt, action: auditEvents.action, organisationId: auditEvents.actorOrganisationId })
    .from(auditEvents)
    .where(and(eq(auditEvents.recordType, 'victim_file'), eq(auditEvents.recordId, id)))
    .orderBy(asc(auditEvents.occurredAt));
  const proc = await procedureOfFile(tx, id);
  const events = proc ? await tx.select().from(procedureEvents).where(eq(procedureEvents.procedureId, proc.id)) : [];
  return [
    ...audit.map((a) => ({ at: a.at.toISOString(), kind: 'audit', code: a.action, organisationId: a.organisationId })),
    ...events.map((e) => ({ at: `${e.occurredOn}T00:00:00.000Z`, kind: 'procedure', code: e.code, organisationId: e.organisationId })),
  ].sort((a, b) => a.at.localeCompare(b.at));
}
