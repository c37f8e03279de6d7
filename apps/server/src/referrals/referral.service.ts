import { randomUUID } from 'node:crypto';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { capabilitiesOf, type OrganisationType, type Referral, type ReferralConsent, type ReferralCreate, type ReferralRespond, type Role, type RoutingProposal, type VictimFileStatus } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { grantAccess, revokeAccess, transferOwnership } from '../access/grants.service.ts';
import { ownerOf } from '../access/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Config } from '../config/config.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Executor, Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { PROCEDURE_CONFIGS } from '../procedure/procedure.machine.ts';
import { loadSignalInScope } from '../signals/signal.service.ts';
import { signals } from '../signals/signal.schema.ts';
import { enqueueCaseMail } from '../tasks/case-mail.ts';
import { closeTasks, upsertTask } from '../tasks/task.service.ts';
import { assertFileOpen, decFile, loadVictimFileInScope, staleVersion, userOf } from '../victim-files/victim-file.repo.ts';
import { createVictimFileFromSignal } from '../victim-files/victim-file.service.ts';
import { consentNeeded, proposeRecipients, type RoutingInput } from './referral.routing.ts';
import { referrals } from './referral.schema.ts';

type ReferralRow = typeof referrals.$inferSelect;

/** Days a centre receiving a transfer sees the file (ID PR SG, `shared`) while it decides. */
const TRANSFER_SHARE_DAYS = 14;

/** The routing input of a signal or a victim file the actor may refer (owner of a file; owner or triage of a signal). */
async function loadSource(tx: Tx, ctx: RequestContext, crypto: AppCrypto, source: { type: 'signal' | 'victim_file'; id: string }): Promise<RoutingInput & { victimFileId: string | null; fileStatus: VictimFileStatus | null }> {
  if (source.type === 'signal') {
    const { row } = await loadSignalInScope(tx, ctx, source.id);
    if (row.kind === 'anonymous') {
      // An adult refused referral: the anonymous notification has no person to refer.
      throw new AppError('domain_rule', 'An anonymous notification cannot be referred', { reason: 'anonymous_notification' });
    }
    return {
      victimFileId: null,
      fileStatus: null,
      judicialDistrict: row.judicialDistrict,
      languages: row.languages,
      minor: row.minor,
      unaccompanied: row.unaccompanied,
      nationality: row.nationality,
      forms: row.forms,
      exploitationCountry: row.exploitationCountry,
    };
  }
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, source.id);
  if (relationship !== 'owner') {
    throw new AppError('forbidden', 'Only the owning centre refers a victim file', { reason: 'relationship', relationship });
  }
  return {
    victimFileId: row.id,
    fileStatus: row.status,
    judicialDistrict: row.judicialDistrict,
    languages: row.languages,
    minor: row.minor,
    unaccompanied: row.unaccompanied,
    nationality: decFile(crypto, row.id, 'nationality', row.nationality),
    forms: row.forms,
    exploitationCountry: row.exploitationCountry,
  };
}

export async function proposalsFor(tx: Tx, ctx: RequestContext, crypto: AppCrypto, source: { type: 'signal' | 'victim_file'; id: string }): Promise<RoutingProposal[]> {
  const input = await loadSource(tx, ctx, crypto, source);
  // A referral goes to another organisation: the sender's own is never proposed (a centre that
  // owns the file would otherwise see itself first and be refused as a self-referral).
  const own = ctx.actor.kind === 'user' ? ctx.actor.organisationId : null;
  return (await proposeRecipients(tx, PROCEDURE_CONFIGS.BE, input)).filter((p) => p.organisationId !== own);
}

const toOrg = alias(organisations, 'to_org');

export async function referralView(db: Executor, id: string): Promise<Referral> {
  const [r] = await db
    .select({ r: referrals, fromName: organisations.name, toName: toOrg.name })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.fromOrganisationId))
    .innerJoin(toOrg, eq(toOrg.id, referrals.toOrganisationId))
    .where(eq(referrals.id, id));
  if (!r) {
    throw new AppError('not_found', 'No such referral');
  }
  return toReferral(r.r, r.fromName, r.toName);
}

function toReferral(r: ReferralRow, fromName: string, toName: string): Referral {
  return {
    id: r.id,
    sourceType: r.sourceType,
    sourceId: r.sourceId,
    victimFileId: r.victimFileId,
    fromOrganisationId: r.fromOrganisationId,
    fromOrganisationName: fromName,
    toOrganisationId: r.toOrganisationId,
    toOrganisationName: toName,
    purpose: r.purpose,
    urgent: r.urgent,
    status: r.status,
    consent: r.consent,
    declineReason: r.declineReason,
    sentAt: r.sentAt.toISOString(),
    answerDueAt: r.answerDueAt.toISOString(),
    respondedAt: r.respondedAt?.toISOString() ?? null,
    minutesToAnswer: r.respondedAt ? Math.round((r.respondedAt.getTime() - r.sentAt.getTime()) / 60_000) : null,
    version: r.version,
  };
}

/** Referrals my organisation sent or received (ids, organisations, status: no personal data). */
export async function findReferrals(db: Executor, organisationId: string, direction: 'incoming' | 'outgoing' | 'all'): Promise<Referral[]> {
  const where =
    direction === 'incoming'
      ? eq(referrals.toOrganisationId, organisationId)
      : direction === 'outgoing'
        ? eq(referrals.fromOrganisationId, organisationId)
        : or(eq(referrals.toOrganisationId, organisationId), eq(referrals.fromOrganisationId, organisationId));
  const rows = await db
    .select({ r: referrals, fromName: organisations.name, toName: toOrg.name })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.fromOrganisationId))
    .innerJoin(toOrg, eq(toOrg.id, referrals.toOrganisationId))
    .where(where)
    .orderBy(desc(referrals.sentAt))
    .limit(200);
  return rows.map((x) => toReferral(x.r, x.fromName, x.toName));
}

/** A referral the actor's organisation sent or received; any other is not found. */
async function loadReferral(tx: Tx, ctx: RequestContext, id: string): Promise<ReferralRow> {
  const actor = userOf(ctx);
  const [r] = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), or(eq(referrals.toOrganisationId, actor.organisationId), eq(referrals.fromOrganisationId, actor.organisationId))))
    .for('update');
  if (!r) {
    throw new AppError('not_found', 'No such referral');
  }
  return r;
}

export async function getReferral(tx: Tx, ctx: RequestContext, id: string): Promise<Referral> {
  await loadReferral(tx, ctx, id);
  return referralView(tx, id);
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Sends a referral. An adult's referral needs recorded consent; overriding it needs the capability
 * `referral.consent_override` and a reason, and is audited. A centre other than the ones the
 * routing rules propose needs a reason. Urgent referrals reach the recipient's on-call contacts at once.
 */
export async function sendReferral(tx: Tx, ctx: RequestContext, deps: { crypto: AppCrypto; jobs: JobQueue; config: Config }, input: ReferralCreate): Promise<Referral> {
  const actor = userOf(ctx);
  const source = await loadSource(tx, ctx, deps.crypto, input.source);
  if (source.fileStatus) {
    // A closed file is referred to nobody any more (422 `file_closed`): reopen it first.
    assertFileOpen({ status: source.fileStatus });
  }
  const [recipient] = await tx.select({ id: organisations.id, type: organisations.type }).from(organisations).where(eq(organisations.id, input.toOrganisationId));
  if (!recipient) {
    throw new AppError('not_found', 'No such organisation');
  }
  if (recipient.id === actor.organisationId) {
    throw new AppError('domain_rule', 'An organisation does not refer to itself', { reason: 'self_referral' });
  }
  if (input.purpose === 'transfer') {
    if (input.source.type !== 'victim_file' || recipient.type !== 'specialised_centre') {
      throw new AppError('domain_rule', 'A transfer moves a victim file to another specialised centre', { reason: 'transfer_to_centre_only' });
    }
    if (!capabilitiesOf((ctx.actor.kind === 'user' ? ctx.actor.roles : []) as Role[]).includes('record.transfer')) {
      throw new AppError('forbidden', 'Transferring a file needs the capability record.transfer', { reason: 'capability', capability: 'record.transfer' });
    }
  }
  // Consent (access-model, domain §3): adults consent; minors are referred without it (config).
  let consent: ReferralConsent;
  const config = PROCEDURE_CONFIGS.BE;
  if (!consentNeeded(config, source.minor)) {
    consent = 'not_needed_minor';
  } else if (input.consentRecordedOn) {
    if (input.consentRecordedOn > todayIso()) {
      throw new AppError('domain_rule', 'Consent is recorded when it was given: the date cannot be in the future', { reason: 'date_in_future', field: 'consentRecordedOn' });
    }
    consent = 'given';
  } else if (input.consentOverrideReason) {
    if (!capabilitiesOf((ctx.actor.kind === 'user' ? ctx.actor.roles : []) as Role[]).includes('referral.consent_override')) {
      throw new AppError('forbidden', 'Referring an adult without consent needs the capability referral.consent_override', { reason: 'capability', capability: 'referral.consent_override' });
    }
    consent = 'overridden';
  } else {
    throw new AppError('domain_rule', 'An adult is referred only with recorded consent', { reason: 'consent_required' });
  }
  // Routing: a specialised centre outside the proposals needs a reason (the override is kept).
  let routingOverridden = false;
  if (recipient.type === 'specialised_centre' && input.purpose === 'centre_intake') {
    const proposed = (await proposeRecipients(tx, config, source)).filter((p) => p.purpose === 'centre_intake').map((p) => p.organisationId);
    if (!proposed.includes(recipient.id)) {
      if (!input.routingOverrideReason) {
        throw new AppError('domain_rule', 'This centre is not the one the routing rules propose: give a reason', { reason: 'routing_override_needs_reason', proposed });
      }
      routingOverridden = true;
    }
  }
  const open = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.sourceType, input.source.type), eq(referrals.sourceId, input.source.id), eq(referrals.toOrganisationId, recipient.id), eq(referrals.status, 'sent')));
  if (open.length > 0) {
    throw new AppError('conflict', 'An open referral to this organisation exists', { reason: 'referral_open', referralId: open[0]?.id });
  }
  const id = randomUUID();
  const urgent = input.urgent ?? false;
  const hours = urgent ? deps.config.cases.referralAnswerHours.urgent : deps.config.cases.referralAnswerHours.normal;
  const answerDueAt = new Date(Date.now() + hours * 3_600_000);
  await tx.insert(referrals).values({
    id,
    sourceType: input.source.type,
    sourceId: input.source.id,
    victimFileId: source.victimFileId,
    fromOrganisationId: actor.organisationId,
    fromUserId: actor.userId,
    toOrganisationId: recipient.id,
    purpose: input.purpose,
    urgent,
    consent,
    consentRecordedOn: consent === 'given' ? (input.consentRecordedOn ?? null) : null,
    consentOverrideReason: consent === 'overridden' ? (input.consentOverrideReason ?? null) : null,
    routingOverrideReason: routingOverridden ? (input.routingOverrideReason ?? null) : null,
    answerDueAt,
  });
  if (input.purpose === 'transfer' && source.victimFileId) {
    // access-model: another centre's file shared for transfer shows ID PR SG while it decides.
    const grantId = await grantAccess(tx, ctx, {
      recordType: 'victim_file',
      recordId: source.victimFileId,
      organisationId: recipient.id,
      relationship: 'shared',
      reason: 'transfer',
      expiresAt: new Date(Date.now() + TRANSFER_SHARE_DAYS * 86_400_000),
    });
    await tx.update(referrals).set({ grantId }).where(eq(referrals.id, id));
  }
  await upsertTask(tx, { kind: 'referral_unanswered', recordType: 'referral', recordId: id, organisationId: recipient.id, dueAt: answerDueAt, dedupeKey: `referral:${id}` });
  await tx.insert(notifications).values({ organisationId: recipient.id, kind: 'referral.received', payload: { referralId: id, urgent } });
  if (urgent) {
    await enqueueCaseMail(tx, deps.jobs, { template: 'referral_urgent', referralId: id });
  }
  const recordType = input.source.type === 'signal' ? 'signal' : 'victim_file';
  await recordAudit(tx, ctx, {
    action: 'referral.sent',
    recordType,
    recordId: input.source.id,
    details: { referralId: id, toOrganisationId: recipient.id, purpose: input.purpose, urgent, consent, routingOverridden },
  });
  if (consent === 'overridden') {
    await recordAudit(tx, ctx, { action: 'referral.consent_overridden', recordType, recordId: input.source.id, reason: input.consentOverrideReason, details: { referralId: id } });
  }
  return referralView(tx, id);
}

/**
 * The grant a referral gave, to revoke that one only. A referral from before the grant was
 * recorded (null) falls back to every grant of its kind, as it was then.
 */
function grantOf(r: ReferralRow): { grantId?: string } {
  return r.grantId ? { grantId: r.grantId } : {};
}

function assertOpen(r: ReferralRow, version: number): void {
  if (r.version !== version) {
    throw staleVersion(r.version, { status: r.status, respondedAt: r.respondedAt?.toISOString() ?? null });
  }
  if (r.status !== 'sent') {
    throw new AppError('domain_rule', 'This referral has already been answered', { reason: 'referral_not_open', status: r.status });
  }
}

/**
 * The recipient accepts or declines. Accepting grants access per the section table (a centre
 * accepting a signal opens a new victim file as owner; a transfer moves ownership); declining
 * removes whatever the referral had opened, at once.
 */
export async function respondToReferral(tx: Tx, ctx: RequestContext, crypto: AppCrypto, id: string, input: ReferralRespond): Promise<Referral> {
  const actor = userOf(ctx);
  const r = await loadReferral(tx, ctx, id);
  if (r.toOrganisationId !== actor.organisationId) {
    throw new AppError('forbidden', 'Only the recipient answers a referral', { reason: 'not_recipient' });
  }
  assertOpen(r, input.version);
  const now = new Date();
  const recordType = r.sourceType === 'signal' ? 'signal' : 'victim_file';
  if (input.decision === 'decline') {
    if (r.purpose === 'transfer' && r.victimFileId) {
      await revokeAccess(tx, ctx, { recordType: 'victim_file', recordId: r.victimFileId, organisationId: actor.organisationId, relationship: 'shared', cause: 'declined', ...grantOf(r) });
    }
    await tx.update(referrals).set({ status: 'declined', declineReason: input.reason, respondedAt: now, respondedBy: actor.userId, version: sql`${referrals.version} + 1`, updatedAt: now }).where(eq(referrals.id, id));
    await closeTasks(tx, `referral:${id}`);
    await tx.insert(notifications).values({ organisationId: r.fromOrganisationId, userId: r.fromUserId, kind: 'referral.declined', payload: { referralId: id } });
    await recordAudit(tx, ctx, { action: 'referral.declined', recordType, recordId: r.sourceId, details: { referralId: id } });
    return referralView(tx, id);
  }
  let victimFileId = r.victimFileId;
  let grantId = r.grantId;
  if (r.sourceType === 'signal') {
    const [s] = await tx.select().from(signals).where(eq(signals.id, r.sourceId));
    if (!s) {
      throw new AppError('not_found', 'The referred signal no longer exists');
    }
    if ((actor.organisationType as OrganisationType) === 'specialised_centre') {
      victimFileId = (await createVictimFileFromSignal(tx, ctx, crypto, s, 'referral')).id;
    } else {
      grantId = await grantAccess(tx, ctx, { recordType: 'signal', recordId: r.sourceId, organisationId: actor.organisationId, relationship: 'referred' });
    }
  } else if (r.purpose === 'transfer' && victimFileId) {
    const owner = await ownerOf(tx, 'victim_file', victimFileId);
    if (owner !== r.fromOrganisationId) {
      throw new AppError('conflict', 'The file changed hands since the transfer was proposed', { reason: 'not_owner' });
    }
    await transferOwnership(tx, ctx, { recordType: 'victim_file', recordId: victimFileId, fromOrganisationId: r.fromOrganisationId, toOrganisationId: actor.organisationId });
  } else if (victimFileId) {
    grantId = await grantAccess(tx, ctx, { recordType: 'victim_file', recordId: victimFileId, organisationId: actor.organisationId, relationship: 'referred' });
  }
  await tx
    .update(referrals)
    .set({ status: 'accepted', victimFileId, grantId, respondedAt: now, respondedBy: actor.userId, version: sql`${referrals.version} + 1`, updatedAt: now })
    .where(eq(referrals.id, id));
  await closeTasks(tx, `referral:${id}`);
  await tx.insert(notifications).values({ organisationId: r.fromOrganisationId, userId: r.fromUserId, kind: 'referral.accepted', payload: { referralId: id } });
  const minutesToAnswer = Math.max(0, Math.round((now.getTime() - r.sentAt.getTime()) / 60_000));
  await recordAudit(tx, ctx, { action: 'referral.accepted', recordType, recordId: r.sourceId, details: { referralId: id, victimFileId, minutesToAnswer } });
  return referralView(tx, id);
}

/** The sender withdraws: whatever the referral opened is closed at once. */
export async function withdrawReferral(tx: Tx, ctx: RequestContext, id: string, input: { reason: string; version: number }): Promise<Referral> {
  const actor = userOf(ctx);
  const r = await loadReferral(tx, ctx, id);
  if (r.fromOrganisationId !== actor.organisationId) {
    throw new AppError('forbidden', 'Only the sender withdraws a referral', { reason: 'not_sender' });
  }
  if (r.version !== input.version) {
    throw staleVersion(r.version, { status: r.status });
  }
  if (r.status !== 'sent' && r.status !== 'accepted') {
    throw new AppError('domain_rule', 'This referral is already closed', { reason: 'referral_not_open', status: r.status });
  }
  if (r.status === 'accepted' && (r.sourceType === 'signal' || r.purpose === 'transfer') && r.victimFileId && r.sourceType !== 'victim_file') {
    // The centre that accepted a signal owns the victim file it opened: that is not undone here.
    throw new AppError('domain_rule', 'The recipient now holds the victim file; it cannot be withdrawn', { reason: 'file_owned_by_recipient' });
  }
  if (r.status === 'accepted' && r.purpose === 'transfer') {
    throw new AppError('domain_rule', 'A completed transfer cannot be withdrawn', { reason: 'transfer_completed' });
  }
  // Only the grant this referral gave: a sent (not yet accepted) referral gave none, unless it
  // is a transfer; a grant the recipient holds for another reason stays.
  const gave = r.status === 'accepted' || r.purpose === 'transfer';
  if (gave && r.victimFileId && r.sourceType === 'victim_file') {
    const relationship = r.purpose === 'transfer' ? 'shared' : 'referred';
    await revokeAccess(tx, ctx, { recordType: 'victim_file', recordId: r.victimFileId, organisationId: r.toOrganisationId, relationship, cause: 'withdrawn', ...grantOf(r) });
  } else if (r.sourceType === 'signal' && r.status === 'accepted') {
    await revokeAccess(tx, ctx, { recordType: 'signal', recordId: r.sourceId, organisationId: r.toOrganisationId, relationship: 'referred', cause: 'withdrawn', ...grantOf(r) });
  }
  const now = new Date();
  await tx.update(referrals).set({ status: 'withdrawn', withdrawReason: input.reason, version: sql`${referrals.version} + 1`, updatedAt: now }).where(eq(referrals.id, id));
  await closeTasks(tx, `referral:${id}`);
  await tx.insert(notifications).values({ organisationId: r.toOrganisationId, kind: 'referral.withdrawn', payload: { referralId: id } });
  await recordAudit(tx, ctx, { action: 'referral.withdrawn', recordType: r.sourceType === 'signal' ? 'signal' : 'victim_file', recordId: r.sourceId, details: { referralId: id } });
  return referralView(tx, id);
}
