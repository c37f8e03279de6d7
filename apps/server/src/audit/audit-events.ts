import { z } from 'zod';
import { INVITATION_PURPOSES, ORGANISATION_TYPES, ROLES, SERVICE_CAPABILITIES } from '@keten/shared';
import { AUTH_METHODS } from '../sessions/session.schema.ts';

/*
 * The audit event catalogue: every action that may be written to the audit trail, with the zod
 * schema of its payload (`details`). Adding an event means adding its name and schema here — and
 * an example in audit-events.test.ts, which checks every schema.
 *
 * Audit rows must never hold personal data values (issue: "audit rows hold ids, never personal
 * data values"), because the trail outlives the records and is seen by administrators who may not
 * read files. Payloads are therefore strict objects built only from the blocks below: ids, codes
 * (lowercase tokens from our own enumerations), field names, counts, timestamps and booleans.
 * A free-text `z.string()` does not belong in a payload; audit-events.test.ts rejects one.
 */

/** A record, user, organisation, session … id. */
const Id = z.uuid();
/** A value from one of our own enumerations (status, cause, role, format): lowercase token. */
const Code = z.string().regex(/^[a-z0-9][a-z0-9_.:-]{0,63}$/, 'expected a lowercase code');
/** A field name (camelCase or snake_case), never its value. */
const FieldName = z.string().regex(/^[a-z][a-zA-Z0-9_.]{0,63}$/, 'expected a field name');
const Count = z.int().nonnegative();
const Timestamp = z.iso.datetime();

/**
 * A before/after value of a NON-personal field (status, role, flag, date, referenced id). Names,
 * notes, addresses and other personal values are recorded by field name only (`fields`).
 */
const DiffScalar = z.union([z.boolean(), z.number(), z.null(), Id, Code, Timestamp, z.iso.date()]);
const DiffValue = z.union([DiffScalar, z.array(DiffScalar).max(100)]);
/** Field name → its non-personal value before and after the change. */
const Changes = z.record(FieldName, z.strictObject({ before: DiffValue, after: DiffValue }));

/** The kinds of record an audit row can point at (its `recordType`). Add new kinds here. */
export const AUDIT_RECORD_TYPES = [
  'user',
  'organisation',
  'session',
  'account_request',
  'service_account',
  'api_token',
  'signal',
  'victim_file',
  'referral',
  'share',
  'break_glass_grant',
  'document_request',
  'export',
  'audit',
  'invitation',
  'signal_draft',
  'indicator_catalogue',
  // knowledge: library, news, victim information, action plan, directory
  'document',
  'news_item',
  'content_page',
  'action_plan_project',
  'action_plan_body',
  'on_call_contact',
  // referral, victim file, procedure, tasks
  'procedure_request',
  'task',
  // statistics: external statistical datasets (CTDC)
  'external_dataset',
  // statistics: published official tables (releases and revisions)
  'statistics_release',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

/** The most record ids one search or export event lists; larger reads are split into parts. */
export const MAX_RECORD_IDS_PER_EVENT = 1000;

const RecordIds = z.array(Id).max(MAX_RECORD_IDS_PER_EVENT);

export const AUDIT_EVENTS = {
  // --- authentication and sessions ------------------------------------------------------------
  'auth.login_succeeded': z.strictObject({ userId: Id, sessionId: Id, method: z.enum(AUTH_METHODS) }),
  /** The identifier that was typed is personal data (and often a typo of someone else's): never kept. */
  'auth.login_failed': z.strictObject({
    cause: z.enum([
      'unknown_account',
      'bad_password',
      'bad_second_factor',
      'account_locked',
      'account_disabled',
      'throttled',
      // OpenID Connect: the provider refused or failed, the provider's e-mail address is not
      // verified, or neither the provider nor Keten can supply a second factor.
      'provider_error',
      'email_unverified',
      'second_factor_missing',
    ]),
    userId: Id.optional(),
    method: z.enum(['password', 'oidc', 'totp', 'recovery_code']),
  }),
  'auth.logged_out': z.strictObject({ sessionId: Id }),
  'session.revoked': z.strictObject({
    sessionId: Id,
    userId: Id,
    cause: z.enum([
      'logout',
      'administrator',
      'password_changed',
      'second_factor_reset',
      'account_disabled',
      'expired',
    ]),
  }),

  // --- users and accounts ---------------------------------------------------------------------
  'user.created': z.strictObject({
    userId: Id,
    organisationId: Id,
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
  }),
  /** `changes` holds non-personal fields; `fields` names the personal ones that changed. */
  'user.updated': z.strictObject({
    userId: Id,
    changes: Changes,
    fields: z.array(FieldName).max(100).optional(),
  }),
  'user.disabled': z.strictObject({ userId: Id }),
  'account_request.approved': z.strictObject({
    accountRequestId: Id,
    userId: Id,
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
  }),
  'account_request.rejected': z.strictObject({ accountRequestId: Id, cause: Code }),
  /** Submitted on the public form (anonymous actor). Name, address and reason stay in the request row. */
  'account_request.created': z.strictObject({ accountRequestId: Id, organisationId: Id }),
  /** Data minimisation: requests are deleted 30 days after submission (pending) or decision. */
  'account_request.purged': z.strictObject({
    accountRequestId: Id,
    organisationId: Id,
    cause: z.enum(['unhandled_30_days', 'decided_30_days']),
  }),
  'user.enabled': z.strictObject({ userId: Id, status: z.enum(['invited', 'active']) }),
  /** The second factor was cleared: by an administrator (new enrolment link mailed) or by the user. */
  'user.mfa_reset': z.strictObject({ userId: Id, cause: z.enum(['administrator', 'self']) }),
  'user.mfa_enrolled': z.strictObject({ userId: Id, via: z.enum(['invitation', 'mfa_reset', 'self']) }),
  'user.recovery_codes_issued': z.strictObject({ userId: Id, count: Count }),
  /** An administrator asked for a (new) invitation or enrolment link; the job creates it. */
  'invitation.requested': z.strictObject({ userId: Id, purpose: z.enum(INVITATION_PURPOSES) }),
  /** The job stored a new link (its token's hash only) and mailed it. */
  'invitation.created': z.strictObject({
    invitationId: Id,
    userId: Id,
    purpose: z.enum(INVITATION_PURPOSES),
    expiresAt: Timestamp,
    replaced: Count,
  }),
  'invitation.password_set': z.strictObject({ invitationId: Id, userId: Id, purpose: z.enum(INVITATION_PURPOSES) }),
  'invitation.accepted': z.strictObject({ invitationId: Id, userId: Id, purpose: z.enum(INVITATION_PURPOSES) }),

  // --- organisations and machine accounts -----------------------------------------------------
  'organisation.created': z.strictObject({ organisationId: Id, type: z.enum(ORGANISATION_TYPES) }),
  /** Organisation data is not personal, but names and contact texts are still recorded by field name. */
  'organisation.updated': z.strictObject({
    organisationId: Id,
    changes: Changes,
    fields: z.array(FieldName).max(100).optional(),
  }),
  'service_account.created': z.strictObject({
    serviceAccountId: Id,
    organisationId: Id,
    capabilities: z.array(z.enum(SERVICE_CAPABILITIES)).max(SERVICE_CAPABILITIES.length),
  }),
  'service_account.disabled': z.strictObject({ serviceAccountId: Id, revokedTokens: Count }),
  'api_token.issued': z.strictObject({ serviceAccountId: Id, tokenId: Id, expiresAt: Timestamp.nullable() }),
  'api_token.revoked': z.strictObject({ serviceAccountId: Id, tokenId: Id }),

  // --- organisations ---------------------------------------------------------------------------
  /**
   * An organisation's OpenID Connect login was set up or changed. `changes` holds the flags;
   * `fields` names the connection settings that changed (issuer, clientId, clientSecret), whose
   * values are not kept: the secret never leaves the encrypted column.
   */
  'organisation.oidc_configured': z.strictObject({
    organisationId: Id,
    created: z.boolean(),
    changes: Changes,
    fields: z.array(FieldName).max(10),
  }),

  // --- reads of personal data (access-model: every read of ID, CT, PS, PR, JU is audited) -----
  /** One event per record opened; the record is the row's recordType/recordId. */
  'record.viewed': z.strictObject({ fields: z.array(FieldName).max(200).optional() }),
  /**
   * One event per result page. What was searched for is personal data: only the names of the
   * fields searched are kept.
   */
  'record.searched': z.strictObject({
    recordIds: RecordIds,
    count: Count,
    searchedFields: z.array(FieldName).max(50),
    page: Count.optional(),
    part: Count.optional(),
    parts: Count.optional(),
  }),
  'record.exported': z.strictObject({
    recordIds: RecordIds,
    count: Count,
    format: z.enum(['csv', 'xlsx', 'pdf', 'json']),
    exportId: Id.optional(),
    part: Count.optional(),
    parts: Count.optional(),
  }),
  /** A record was purged (retention): the audit rows about it stay. */
  'record.purged': z.strictObject({ cause: z.enum(['retention_expired', 'erasure_request', 'court_order']) }),

  // --- exceptional access ---------------------------------------------------------------------
  /** Access-model: break-glass is ID + SG only, valid 24 h, the owner is notified, the audit flags it. */
  'break_glass.opened': z.strictObject({ grantId: Id, ownerOrganisationId: Id, expiresAt: Timestamp }),

  // --- record access grants (access-model: owner / referred / shared) ---------------------------
  'access.granted': z.strictObject({
    grantId: Id,
    organisationId: Id,
    relationship: z.enum(['owner', 'referred', 'shared']),
    expiresAt: Timestamp.nullable(),
  }),
  'access.revoked': z.strictObject({
    grantId: Id,
    organisationId: Id,
    relationship: z.enum(['owner', 'referred', 'shared']),
    cause: z.enum(['declined', 'withdrawn', 'share_ended', 'transferred', 'revoked']),
  }),
  'record.transferred': z.strictObject({ fromOrganisationId: Id, toOrganisationId: Id }),

  // --- signals (issue: signals) ------------------------------------------------------------------
  'signal.submitted': z.strictObject({
    kind: z.enum(['professional', 'anonymous', 'public_report']),
    reference: z.string().regex(/^[A-Z]{3}-\d{4}-\d{6}$/),
    indicators: Count,
    traces: Count,
    routedTo: z.array(Id).max(50),
  }),
  'signal.triaged': z.strictObject({ decision: Code, changes: Changes }),
  'signal.question_asked': z.strictObject({ questionId: Id }),
  'signal.question_answered': z.strictObject({ questionId: Id }),
  'signal_draft.saved': z.strictObject({ draftId: Id }),
  'signal_draft.deleted': z.strictObject({ draftId: Id, cause: z.enum(['submitted', 'by_user', 'expired']) }),
  'catalogue.published': z.strictObject({ key: Code, version: Count, indicators: Count }),

  // --- knowledge: library and news, victim information, action plan, directory -----------------
  'content_page.created': z.strictObject({
    contentPageId: Id,
    slug: Code,
    audience: z.enum(['adult', 'child']),
    language: Code,
    status: z.enum(['draft', 'published', 'archived']),
  }),
  /** Page texts are public content, still recorded by field name only (`fields`). */
  'content_page.updated': z.strictObject({ contentPageId: Id, changes: Changes, fields: z.array(FieldName).max(20).optional() }),
  'document.created': z.strictObject({
    documentId: Id,
    classification: z.enum(['public', 'professionals', 'restricted']),
    organisationTypes: z.array(z.enum(ORGANISATION_TYPES)).max(ORGANISATION_TYPES.length),
  }),
  'document.updated': z.strictObject({ documentId: Id, changes: Changes, fields: z.array(FieldName).max(20).optional() }),
  /** The type comes from sniffing the bytes; the hash identifies the stored file. */
  'document.file_stored': z.strictObject({
    documentId: Id,
    fileType: z.enum(['pdf', 'docx', 'xlsx', 'odt', 'png', 'jpg']),
    sizeBytes: Count,
    sha256: z.string().regex(/^[a-f0-9]{64}$/),
  }),
  'document.deleted': z.strictObject({ documentId: Id }),
  /** A read of a restricted document (its metadata or its file). */
  'document.accessed': z.strictObject({ documentId: Id, via: z.enum(['view', 'download']), organisationType: z.enum(ORGANISATION_TYPES) }),
  'news_item.created': z.strictObject({
    newsItemId: Id,
    classification: z.enum(['public', 'professionals', 'restricted']),
    organisationTypes: z.array(z.enum(ORGANISATION_TYPES)).max(ORGANISATION_TYPES.length),
  }),
  'news_item.updated': z.strictObject({ newsItemId: Id, changes: Changes, fields: z.array(FieldName).max(20).optional() }),
  'news_item.deleted': z.strictObject({ newsItemId: Id }),
  'news_item.accessed': z.strictObject({ newsItemId: Id, organisationType: z.enum(ORGANISATION_TYPES) }),
  'action_plan_project.updated': z.strictObject({ projectId: Id, changes: Changes, fields: z.array(FieldName).max(20).optional() }),
  /** A progress note (its text stays in the note row) and the status change it carried, if any. */
  'action_plan_project.note_added': z.strictObject({ projectId: Id, noteId: Id, changes: Changes }),
  'action_plan_body.linked': z.strictObject({ bodyCode: Code, organisationIds: z.array(Id).max(20) }),
  'on_call_contact.created': z.strictObject({ onCallContactId: Id, organisationId: Id }),
  'on_call_contact.updated': z.strictObject({ onCallContactId: Id, organisationId: Id, changes: Changes, fields: z.array(FieldName).max(20).optional() }),
  'on_call_contact.deleted': z.strictObject({ onCallContactId: Id, organisationId: Id }),

  // --- referral, victim file, protection procedure, judicial track -------------------------------
  'referral.sent': z.strictObject({
    referralId: Id,
    toOrganisationId: Id,
    purpose: Code,
    urgent: z.boolean(),
    consent: z.enum(['given', 'not_needed_minor', 'overridden']),
    routingOverridden: z.boolean(),
  }),
  /** An adult's referral without recorded consent (capability referral.consent_override; the reason is on the row). */
  'referral.consent_overridden': z.strictObject({ referralId: Id }),
  'referral.accepted': z.strictObject({ referralId: Id, victimFileId: Id.nullable(), minutesToAnswer: Count }),
  'referral.declined': z.strictObject({ referralId: Id }),
  'referral.withdrawn': z.strictObject({ referralId: Id }),
  /** Unanswered in time: the sender was alerted and the recipient's coordinators notified. */
  'referral.escalated': z.strictObject({ referralId: Id, toOrganisationId: Id }),
  'victim_file.created': z.strictObject({
    signalId: Id.nullable(),
    reference: z.string().regex(/^VF-\d{4}-\d{6}$/),
    via: z.enum(['triage', 'referral']),
  }),
  /** `changes` holds status and flags; `fields` names the personal fields that changed. */
  'victim_file.updated': z.strictObject({ changes: Changes, fields: z.array(FieldName).max(50) }),
  'victim_file.assigned': z.strictObject({ changes: Changes }),
  'victim_file.note_added': z.strictObject({ noteId: Id, section: z.enum(['PS', 'PR', 'JU']) }),
  /** An attachment: its section, type and size; the file name is personal data and stays out. */
  'victim_file.attachment_added': z.strictObject({
    attachmentId: Id,
    section: z.enum(['ID', 'CT', 'PS', 'PR', 'JU']),
    fileType: z.enum(['pdf', 'jpg', 'png', 'docx', 'odt']),
    sizeBytes: Count,
  }),
  /** A read of an attachment's content (the row's sections name what was read). */
  'victim_file.attachment_downloaded': z.strictObject({ attachmentId: Id, section: z.enum(['ID', 'CT', 'PS', 'PR', 'JU']) }),
  'victim_file.attachment_deleted': z.strictObject({ attachmentId: Id, section: z.enum(['ID', 'CT', 'PS', 'PR', 'JU']) }),
  /** A deadline marked done or reopened by a person (the record is the task's file or referral). */
  'task.completed': z.strictObject({ taskId: Id, kind: Code }),
  'task.reopened': z.strictObject({ taskId: Id, kind: Code }),
  'procedure.started': z.strictObject({ country: z.enum(['BE', 'NL']), configVersion: Count, phase: Code }),
  'procedure.transitioned': z.strictObject({ transition: Code, fromPhase: Code, toPhase: Code }),
  'procedure.ended': z.strictObject({ reason: Code, phase: Code }),
  'procedure.request_created': z.strictObject({
    requestId: Id,
    kind: z.enum(['document', 'confirmation', 'hand_out']),
    toOrganisationId: Id,
    documentCode: Code.nullable(),
    transitionCode: Code.nullable(),
  }),
  /** The document number is ID data: recorded on the request row only (encrypted). */
  'procedure.document_issued': z.strictObject({ requestId: Id, documentCode: Code, issuedOn: z.iso.date(), expiresOn: z.iso.date().nullable() }),
  'procedure.confirmation_answered': z.strictObject({ requestId: Id, confirmed: z.boolean() }),
  'procedure.document_handed_out': z.strictObject({ requestId: Id, handedOutOn: z.iso.date() }),
  'procedure.guardian_recorded': z.strictObject({ procedureId: Id }),
  'procedure.condition_stated': z.strictObject({ statementId: Id, condition: Code, status: z.enum(['met', 'breached']), source: Code.nullable() }),
  'judicial.updated': z.strictObject({ fields: z.array(FieldName).max(50), changes: Changes }),

  // --- statistics (ST reads are not audited; exports and imports are) --------------------------
  /** An outward table was exported (what was asked, never the figures). */
  'statistics.exported': z.strictObject({
    dataset: z.enum(['signals', 'ctdc']),
    groupBy: FieldName,
    by2: FieldName.nullable(),
    filters: z.array(FieldName).max(10),
    method: z.enum(['suppress', 'round']),
    format: z.enum(['csv']),
    cells: Count,
  }),
  /** An official table was published (first release or revision); the figures are in the release row. */
  'statistics.release_published': z.strictObject({
    table: Code,
    period: z.string().regex(/^\d{4}$/),
    revision: z.int().positive(),
    definitionVersion: z.int().positive(),
    method: z.enum(['suppress', 'round']),
    changedCells: Count,
  }),
  /** A population figure (SDG 16.2.2 denominator) was corrected or verified by the coordination bureau. */
  'statistics.population_updated': z.strictObject({
    year: z.int().min(2000).max(2100),
    area: z.enum(['BE', 'BE-VLG', 'BE-WAL', 'BE-BRU']),
    status: z.enum(['to_verify', 'verified']),
    changes: Changes,
  }),
  'external_dataset.import_started': z.strictObject({ kind: z.enum(['ctdc']), bytes: Count, jobId: Id }),
  'external_dataset.imported': z.strictObject({ kind: z.enum(['ctdc']), rowsRead: Count, rowsImported: Count, rowsRejected: Count }),
  /** An export of figures was asked for (what and in which form, never the figures). */
  'export.requested': z.strictObject({
    exportId: Id,
    kind: z.enum(['table', 'dashboard']),
    audience: z.enum(['internal', 'outward']),
    format: z.enum(['csv', 'xlsx', 'pdf']),
    items: z.array(FieldName).max(20),
    filters: z.array(FieldName).max(10),
    method: z.enum(['suppress', 'round']),
  }),
  'export.downloaded': z.strictObject({ exportId: Id, format: z.enum(['csv', 'xlsx', 'pdf']), sizeBytes: Count }),
  /** Victim files read from an HTCDS file (one summary; each file also gets `victim_file.imported`). */
  'htcds.imported': z.strictObject({ format: z.enum(['json', 'csv']), rowsRead: Count, rowsImported: Count, rowsRejected: Count }),
  'victim_file.imported': z.strictObject({ reference: z.string().regex(/^VF-\d{4}-\d{6}$/), source: z.enum(['htcds']), row: Count }),

  // --- the audit itself -----------------------------------------------------------------------
  'audit.verified': z.strictObject({ ok: z.boolean(), streams: Count, rows: Count, problems: Count }),
  // --- backup and restore (counts and codes only; never the file path) ------------------------
  'backup.created': z.strictObject({ formatVersion: Count, tables: Count, rows: Count, bytes: Count, keysIncluded: z.boolean(), migration: Code.nullable() }),
  'backup.restored': z.strictObject({
    formatVersion: Count,
    tables: Count,
    rows: Count,
    backupCreatedAt: Timestamp,
    sourceDatabase: z.enum(['pglite', 'postgresql']),
    migration: Code.nullable(),
    forced: z.boolean(),
  }),
  'audit.searched': z.strictObject({ filterFields: z.array(FieldName).max(20), count: Count }),
} as const satisfies Record<string, z.ZodType<Record<string, unknown>>>;

export type AuditAction = keyof typeof AUDIT_EVENTS;
export type AuditPayload<A extends AuditAction> = z.input<(typeof AUDIT_EVENTS)[A]>;
export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENTS) as AuditAction[];

export function isAuditAction(name: string): name is AuditAction {
  return Object.hasOwn(AUDIT_EVENTS, name);
}
