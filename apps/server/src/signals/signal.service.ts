import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  ageBandOf,
  ANONYMOUS_FORBIDDEN_FIELDS,
  AUDITED_SECTIONS,
  evaluateGuidance,
  isAnonymousNotification,
  type CatalogueDefinition,
  type PublicReport,
  type Role,
  type SignalDecision,
  type SignalSubmission,
} from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { grantAccess } from '../access/grants.service.ts';
import { present, type Presented } from '../access/policy.ts';
import { relationshipTo } from '../access/scope.ts';
import { recordAudit, recordRead } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import { nameSearchTokens } from '../crypto/name-search.ts';
import { queryRows, type Executor, type Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { currentVersionOf, findCurrentCatalogues, getCatalogueVersion } from './catalogue.repo.ts';
import { loadDirectoryContacts } from './directory.ts';
import { signalDrafts, signals, signalTraces, type SignalKind } from './signal.schema.ts';
import { SIGNAL_RECORD, TRIAGE_ROUTING, type SignalView } from './signal.policy.ts';

type SignalRow = typeof signals.$inferSelect;

const enc = (crypto: AppCrypto, id: string, column: string, value: string | null | undefined) =>
  crypto.cipher.encryptNullable(value ?? null, { table: 'signals', row: id, column });
const dec = (crypto: AppCrypto, id: string, column: string, value: Buffer | null) =>
  crypto.cipher.decryptNullable(value, { table: 'signals', row: id, column });

/**
 * SIG-2026-000123: the year of registration and a number from a sequence (sequences never block
 * concurrent submissions; numbers are unique, gaps after a rollback are harmless).
 */
export async function nextReference(tx: Executor, prefix: 'SIG' | 'PUB', year = new Date().getUTCFullYear()): Promise<string> {
  const seq = prefix === 'SIG' ? sql`nextval('signal_reference_seq')` : sql`nextval('public_report_reference_seq')`;
  const [row] = await queryRows<{ n: string }>(tx, sql`SELECT ${seq}::text AS n`);
  return `${prefix}-${year}-${(row?.n ?? '0').padStart(6, '0')}`;
}

/** Organisations that triage a signal of this district (rules as data: TRIAGE_ROUTING). */
export async function triageOrganisations(tx: Executor, district: string | null): Promise<string[]> {
  const rows = await tx
    .select({ id: organisations.id, serves: organisations.servesDistricts })
    .from(organisations)
    .where(inArray(organisations.type, [...TRIAGE_ROUTING.organisationTypes]));
  const serving = district ? rows.filter((r) => r.serves.includes(district)) : [];
  return (serving.length > 0 ? serving : rows).map((r) => r.id);
}

function identityGiven(s: SignalSubmission): string[] {
  const present: string[] = [];
  const p = s.person;
  const check: [string, unknown][] = [
    ['person.familyName', p.familyName],
    ['person.givenName', p.givenName],
    ['person.aliases', p.aliases],
    ['person.birthDate', p.birthDate],
    ['person.documentNumber', p.documentNumber],
    ['context.municipality', s.context.municipality],
    ['narrative', s.narrative],
  ];
  for (const [path, v] of check) {
    if (typeof v === 'string' && v.trim() !== '') {
      present.push(path);
    }
  }
  return present.filter((f) => (ANONYMOUS_FORBIDDEN_FIELDS as readonly string[]).includes(f));
}

async function checkCatalogues(tx: Executor, s: SignalSubmission): Promise<CatalogueDefinition[]> {
  const used: CatalogueDefinition[] = [];
  for (const cv of s.indicators.catalogueVersions) {
    const current = await currentVersionOf(tx, cv.key);
    if (current === null) {
      throw new AppError('validation_failed', 'Unknown indicator list', { issues: [{ path: 'body.indicators.catalogueVersions', code: 'unknown_catalogue', message: cv.key }] });
    }
    if (current !== cv.version) {
      // The list was revised while the form was open: the user reloads it, nothing typed is lost (drafts).
      throw new AppError('conflict', 'The indicator list has a newer version; reload it', { reason: 'catalogue_outdated', key: cv.key, current });
    }
    const def = await getCatalogueVersion(tx, cv.key, cv.version);
    if (def) {
      used.push(def);
    }
  }
  const known = new Map(used.map((c) => [c.key, new Set(c.indicators.map((i) => i.id))]));
  s.indicators.ticks.forEach((tick, n) => {
    if (!known.get(tick.catalogue)?.has(tick.id)) {
      throw new AppError('validation_failed', 'An indicator is not in the chosen lists', {
        issues: [{ path: `body.indicators.ticks.${n}`, code: 'unknown_indicator', message: `${tick.catalogue}:${tick.id}` }],
      });
    }
  });
  return used;
}

export interface SubmitResult {
  id: string;
  reference: string;
  created: boolean;
  kind: SignalKind;
}

/**
 * Registers a signal. Idempotent on the client-generated id. An adult who refuses referral makes
 * it an anonymous notification: identity fields are refused (422), age is kept as a band only and
 * place as a judicial district only (access-model.md, "Anonymous notifications").
 */
export async function submitSignal(tx: Tx, ctx: RequestContext, crypto: AppCrypto, s: SignalSubmission): Promise<SubmitResult> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') {
    throw new AppError('forbidden', 'Only people submit signals');
  }
  const [existing] = await tx.select({ id: signals.id, reference: signals.reference, reporter: signals.reporterUserId, kind: signals.kind }).from(signals).where(eq(signals.id, s.id));
  if (existing) {
    if (existing.reporter === actor.userId) {
      return { id: existing.id, reference: existing.reference, created: false, kind: existing.kind };
    }
    throw new AppError('conflict', 'This signal id is already used', { reason: 'id_taken' });
  }
  const anonymous = isAnonymousNotification(s);
  if (anonymous) {
    const fields = identityGiven(s);
    if (fields.length > 0) {
      throw new AppError('domain_rule', 'An anonymous notification cannot hold identity', { reason: 'identity_in_anonymous', fields });
    }
  }
  const used = await checkCatalogues(tx, s);
  const directory = await loadDirectoryContacts(tx);
  const guidance = evaluateGuidance(
    {
      immediateDanger: s.context.immediateDanger,
      minor: s.person.minor,
      unaccompanied: s.person.unaccompanied,
      nationality: s.person.nationality,
      judicialDistrict: s.context.judicialDistrict,
      languages: s.person.languages,
      forms: s.assessment.forms,
      smuggling: s.assessment.smuggling,
      exploitationCountry: s.assessment.exploitationCountry,
      consent: s.consent,
      ticks: s.indicators.ticks,
    },
    { catalogues: used, directory },
  );
  const kind: SignalKind = anonymous ? 'anonymous' : 'professional';
  const reference = await nextReference(tx, 'SIG');
  const fullName = [s.person.givenName, s.person.familyName].filter(Boolean).join(' ');
  const tokens = fullName ? nameSearchTokens(crypto.blindIndex, fullName) : { trigrams: [], phonetic: [] };
  const id = s.id;
  await tx.insert(signals).values({
    id,
    reference,
    kind,
    reportingOrganisationId: actor.organisationId,
    reporterUserId: actor.userId,
    encounteredOn: s.context.encounteredOn,
    judicialDistrict: s.context.judicialDistrict,
    municipality: anonymous ? null : (s.context.municipality ?? null),
    sector: s.context.sector,
    howEncountered: s.context.howEncountered,
    immediateDanger: s.context.immediateDanger,
    minor: s.person.minor,
    unaccompanied: s.person.unaccompanied,
    ageBand: ageBandOf(s.person.ageYears),
    gender: s.person.gender,
    nationality: s.person.nationality,
    languages: s.person.languages,
    interpreterNeeded: s.person.interpreterNeeded,
    personCount: s.person.personCount,
    forms: s.assessment.forms,
    smuggling: s.assessment.smuggling,
    exploitationCountry: s.assessment.exploitationCountry,
    catalogueVersions: s.indicators.catalogueVersions,
    indicators: s.indicators.ticks.map((t) => ({ ...t, version: used.find((c) => c.key === t.catalogue)?.version ?? 0 })),
    consent: s.consent,
    guidanceCodes: guidance.items.map((i) => i.code),
    narrative: anonymous ? null : enc(crypto, id, 'narrative', s.narrative),
    familyName: anonymous ? null : enc(crypto, id, 'family_name', s.person.familyName),
    givenName: anonymous ? null : enc(crypto, id, 'given_name', s.person.givenName),
    aliases: anonymous ? null : enc(crypto, id, 'aliases', s.person.aliases),
    birthDate: anonymous ? null : enc(crypto, id, 'birth_date', s.person.birthDate),
    documentNumber: anonymous ? null : enc(crypto, id, 'document_number', s.person.documentNumber),
    documentNumberIdx: !anonymous && s.person.documentNumber ? crypto.blindIndex.exactFor('document_number', s.person.documentNumber) : null,
    nameTrgm: anonymous ? [] : tokens.trigrams,
    namePhonetic: anonymous ? [] : tokens.phonetic,
  });
  if (s.traces.length > 0) {
    await tx.insert(signalTraces).values(s.traces.map((t) => traceRow(crypto, id, t)));
  }
  // The grants are part of the submission: its audit event names the owner (the actor's
  // organisation) and every organisation it was routed to.
  await grantAccess(tx, ctx, { recordType: 'signal', recordId: id, organisationId: actor.organisationId, relationship: 'owner' }, { audit: 'embedded' });
  const routedTo = (await triageOrganisations(tx, s.context.judicialDistrict)).filter((o) => o !== actor.organisationId);
  for (const org of routedTo) {
    await grantAccess(tx, ctx, { recordType: 'signal', recordId: id, organisationId: org, relationship: 'referred' }, { audit: 'embedded' });
  }
  if (routedTo.length > 0) {
    await tx.insert(notifications).values(routedTo.map((org) => ({ organisationId: org, kind: 'signal.received', payload: { signalId: id, reference, urgent: s.context.immediateDanger || s.person.minor !== 'no' } })));
  }
  await tx.delete(signalDrafts).where(and(eq(signalDrafts.id, id), eq(signalDrafts.userId, actor.userId)));
  await recordAudit(tx, ctx, {
    action: 'signal.submitted',
    recordType: 'signal',
    recordId: id,
    sections: anonymous ? ['SG'] : ['ID', 'SG'],
    details: { kind, reference, indicators: s.indicators.ticks.length, traces: s.traces.length, routedTo },
  });
  return { id, reference, created: true, kind };
}

const TRACE_INDEX: Record<string, 'phone' | 'iban' | 'enterprise_number' | 'vehicle_plate' | null> = {
  phone: 'phone',
  bank_account: 'iban',
  company: 'enterprise_number',
  vehicle: 'vehicle_plate',
  suspect: null,
  address: null,
  website: null,
};

function traceRow(crypto: AppCrypto, signalId: string, t: SignalSubmission['traces'][number]) {
  const traceId = randomUUID();
  const kind = TRACE_INDEX[t.kind] ?? null;
  return {
    id: traceId,
    signalId,
    kind: t.kind,
    value: crypto.cipher.encrypt(t.value, { table: 'signal_traces', row: traceId, column: 'value' }),
    valueIdx: kind ? crypto.blindIndex.exactFor(kind, t.value) : null,
    note: crypto.cipher.encryptNullable(t.note ?? null, { table: 'signal_traces', row: traceId, column: 'note' }),
  };
}

/** Registers a public report (no login) for triage: the reporter's contact is optional and encrypted. */
export async function submitPublicReport(tx: Tx, ctx: RequestContext, crypto: AppCrypto, r: PublicReport): Promise<{ reference: string }> {
  const id = randomUUID();
  const reference = await nextReference(tx, 'PUB');
  const contact = r.contact && (r.contact.name || r.contact.phone || r.contact.email) ? JSON.stringify(r.contact) : null;
  await tx.insert(signals).values({
    id,
    reference,
    kind: 'public_report',
    judicialDistrict: r.judicialDistrict,
    immediateDanger: r.immediateDanger,
    minor: r.minorInvolved,
    forms: r.forms,
    consent: 'unknown',
    narrative: enc(crypto, id, 'narrative', [r.place ? `[${r.place}]` : '', r.description].filter(Boolean).join('\n')),
    reporterContact: contact ? enc(crypto, id, 'reporter_contact', contact) : null,
    encounteredOn: new Date().toISOString().slice(0, 10),
    sector: 'other',
    howEncountered: 'reported_by_third_party',
    languages: [r.language],
  });
  const routedTo = await triageOrganisations(tx, r.judicialDistrict);
  for (const org of routedTo) {
    await grantAccess(tx, ctx, { recordType: 'signal', recordId: id, organisationId: org, relationship: 'referred' }, { audit: 'embedded' });
  }
  await tx.insert(notifications).values(routedTo.map((org) => ({ organisationId: org, kind: 'signal.received', payload: { signalId: id, reference, urgent: r.immediateDanger || r.minorInvolved !== 'no' } })));
  await recordAudit(tx, ctx, {
    action: 'signal.submitted',
    recordType: 'signal',
    recordId: id,
    sections: ['SG'],
    details: { kind: 'public_report', reference, indicators: 0, traces: 0, routedTo },
  });
  return { reference };
}

/** Decrypts and shapes a signal row; the presenter then cuts it per viewer. */
export async function toView(tx: Executor, crypto: AppCrypto, row: SignalRow): Promise<SignalView> {
  const traces = await tx.select().from(signalTraces).where(eq(signalTraces.signalId, row.id));
  const [org] = row.reportingOrganisationId
    ? await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.reportingOrganisationId))
    : [];
  const contact = dec(crypto, row.id, 'reporter_contact', row.reporterContact);
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    encounteredOn: row.encounteredOn,
    judicialDistrict: row.judicialDistrict,
    municipality: row.municipality,
    sector: row.sector,
    howEncountered: row.howEncountered,
    immediateDanger: row.immediateDanger,
    minor: row.minor,
    unaccompanied: row.unaccompanied,
    ageBand: row.ageBand,
    gender: row.gender,
    nationality: row.nationality,
    languages: row.languages,
    interpreterNeeded: row.interpreterNeeded,
    personCount: row.personCount,
    forms: row.forms,
    smuggling: row.smuggling,
    exploitationCountry: row.exploitationCountry,
    indicators: row.indicators,
    consent: row.consent,
    guidanceCodes: row.guidanceCodes,
    narrative: dec(crypto, row.id, 'narrative', row.narrative),
    traces: traces.map((t) => ({
      id: t.id,
      kind: t.kind,
      value: crypto.cipher.decrypt(t.value, { table: 'signal_traces', row: t.id, column: 'value' }),
      note: crypto.cipher.decryptNullable(t.note, { table: 'signal_traces', row: t.id, column: 'note' }),
    })),
    triageDecision: row.triageDecision,
    triageReason: row.triageReason,
    reportingOrganisationName: org?.name ?? null,
    familyName: dec(crypto, row.id, 'family_name', row.familyName),
    givenName: dec(crypto, row.id, 'given_name', row.givenName),
    aliases: dec(crypto, row.id, 'aliases', row.aliases),
    birthDate: dec(crypto, row.id, 'birth_date', row.birthDate),
    documentNumber: dec(crypto, row.id, 'document_number', row.documentNumber),
    reporterContact: contact ? (JSON.parse(contact) as unknown) : null,
  };
}

/**
 * Presents a signal to a viewer. A first-line reporter sees their own signal's identity and
 * context until it is referred; after that only its status (access-model.md).
 */
export function presentSignal(view: SignalView, ctx: RequestContext, relationship: Parameters<typeof present>[3]): Presented<SignalView> {
  const actor = ctx.actor;
  const reporterOnly = actor.kind === 'user' && actor.roles.every((r) => (r as Role) === 'first_line_reporter' || (r as Role) === 'financial_analyst');
  if (relationship === 'owner' && reporterOnly && (view.status === 'referred' || view.status === 'accepted')) {
    return present(SIGNAL_RECORD, view, { kind: 'anonymous' }, 'none');
  }
  return present(SIGNAL_RECORD, view, actor, relationship);
}

export async function loadSignalInScope(tx: Executor, ctx: RequestContext, id: string): Promise<{ row: SignalRow; relationship: Awaited<ReturnType<typeof relationshipTo>> }> {
  const relationship = await relationshipTo(tx, ctx.actor, 'signal', id);
  if (relationship === 'none') {
    throw new AppError('not_found', 'No such signal');
  }
  const [row] = await tx.select().from(signals).where(eq(signals.id, id));
  if (!row) {
    throw new AppError('not_found', 'No such signal');
  }
  return { row, relationship };
}

export async function viewSignal(tx: Tx, ctx: RequestContext, crypto: AppCrypto, id: string): Promise<Presented<SignalView>> {
  const { row, relationship } = await loadSignalInScope(tx, ctx, id);
  const presented = presentSignal(await toView(tx, crypto, row), ctx, relationship);
  // Reads of ID, CT, PS, PR, JU are audited (access-model.md); a status-only or SG-only view is not.
  const sections = presented.sections.filter((s) => AUDITED_SECTIONS.includes(s));
  if (sections.length > 0) {
    await recordRead(tx, ctx, { action: 'record.viewed', recordType: 'signal', recordIds: [id], sections, breakGlass: relationship === 'break_glass' });
  }
  return presented;
}

const DECISION_STATUS: Record<SignalDecision, SignalRow['status']> = {
  refer: 'referred',
  accept: 'accepted',
  smuggling_not_trafficking: 'closed',
  not_trafficking: 'closed',
  insufficient_information: 'closed',
};

/** A triage decision by a centre or THB unit the signal was routed to; optimistic locking on version. */
export async function decideSignal(tx: Tx, ctx: RequestContext, id: string, input: { decision: SignalDecision; reason: string; version: number }): Promise<SignalRow> {
  const { row, relationship } = await loadSignalInScope(tx, ctx, id);
  if (relationship !== 'referred' || ctx.actor.kind !== 'user') {
    throw new AppError('forbidden', 'Only the organisations that triage this signal decide on it');
  }
  if (row.version !== input.version) {
    throw new AppError('conflict', 'Someone else changed this signal', { reason: 'stale_version', currentVersion: row.version });
  }
  if (row.status === 'closed' || row.status === 'accepted') {
    throw new AppError('domain_rule', 'This signal has already been decided', { reason: 'already_decided', status: row.status });
  }
  const status = DECISION_STATUS[input.decision];
  const [updated] = await tx
    .update(signals)
    .set({
      status,
      triageDecision: input.decision,
      triageReason: input.reason,
      triagedBy: ctx.actor.userId,
      triagedByOrganisationId: ctx.actor.organisationId,
      triagedAt: sql`now()`,
      version: sql`${signals.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(signals.id, id), eq(signals.version, input.version)))
    .returning();
  if (!updated) {
    throw new AppError('conflict', 'Someone else changed this signal', { reason: 'stale_version' });
  }
  if (row.reportingOrganisationId) {
    await tx.insert(notifications).values({ organisationId: row.reportingOrganisationId, userId: row.reporterUserId, kind: 'signal.status_changed', payload: { signalId: id, reference: row.reference, status } });
  }
  await recordAudit(tx, ctx, {
    action: 'signal.triaged',
    recordType: 'signal',
    recordId: id,
    details: { decision: input.decision, changes: { status: { before: row.status, after: status } } },
  });
  return updated;
}

export { findCurrentCatalogues };
