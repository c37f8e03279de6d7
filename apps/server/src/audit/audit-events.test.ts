import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_EVENTS, type AuditAction, type AuditPayload } from './audit-events.ts';

const ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const ID2 = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';

/**
 * A valid payload per event. Adding an event to the catalogue means adding an example here: the
 * tests below then prove that its schema refuses personal data.
 */
const EXAMPLES: { [A in AuditAction]: AuditPayload<A> } = {
  'auth.login_succeeded': { userId: ID, sessionId: ID2, method: 'password_totp' },
  'auth.login_failed': { cause: 'bad_password', userId: ID, method: 'password' },
  'auth.logged_out': { sessionId: ID },
  'session.revoked': { sessionId: ID, userId: ID2, cause: 'administrator' },
  'user.created': { userId: ID, organisationId: ID2, roles: ['centre_caseworker'] },
  'user.updated': {
    userId: ID,
    changes: {
      status: { before: 'active', after: 'disabled' },
      lockedUntil: { before: null, after: '2026-11-22T18:00:00.000Z' },
    },
    fields: ['displayName', 'email'],
  },
  'user.disabled': { userId: ID },
  'account_request.approved': { accountRequestId: ID, userId: ID2, roles: ['police_investigator'] },
  'account_request.rejected': { accountRequestId: ID, cause: 'not_a_member' },
  'account_request.created': { accountRequestId: ID, organisationId: ID2 },
  'account_request.purged': { accountRequestId: ID, organisationId: ID2, cause: 'unhandled_30_days' },
  'user.enabled': { userId: ID, status: 'active' },
  'user.mfa_reset': { userId: ID, cause: 'administrator' },
  'user.mfa_enrolled': { userId: ID, via: 'invitation' },
  'user.recovery_codes_issued': { userId: ID, count: 10 },
  'invitation.requested': { userId: ID, purpose: 'invitation' },
  'invitation.created': { invitationId: ID, userId: ID2, purpose: 'mfa_reset', expiresAt: '2026-11-25T18:00:00.000Z', replaced: 1 },
  'invitation.password_set': { invitationId: ID, userId: ID2, purpose: 'invitation' },
  'invitation.accepted': { invitationId: ID, userId: ID2, purpose: 'invitation' },
  'organisation.created': { organisationId: ID, type: 'specialised_centre' },
  'organisation.updated': {
    organisationId: ID,
    changes: { judicialDistrict: { before: 'brussels', after: 'leuven' }, version: { before: 1, after: 2 } },
    fields: ['name', 'publicContact'],
  },
  'service_account.created': { serviceAccountId: ID, organisationId: ID2, capabilities: ['metrics.read'] },
  'service_account.disabled': { serviceAccountId: ID, revokedTokens: 2 },
  'api_token.issued': { serviceAccountId: ID, tokenId: ID2, expiresAt: null },
  'api_token.revoked': { serviceAccountId: ID, tokenId: ID2 },
  'organisation.oidc_configured': {
    organisationId: ID,
    created: false,
    changes: { enabled: { before: false, after: true } },
    fields: ['issuer', 'clientSecret'],
  },
  'record.viewed': { fields: ['birthDate'] },
  'record.searched': { recordIds: [ID, ID2], count: 2, searchedFields: ['lastName'], page: 1 },
  'record.exported': { recordIds: [ID], count: 1, format: 'csv', exportId: ID2, part: 1, parts: 2 },
  'record.purged': { cause: 'retention_expired' },
  'break_glass.opened': { grantId: ID, ownerOrganisationId: ID2, expiresAt: '2026-11-23T18:00:00.000Z' },
  'access.granted': { grantId: ID, organisationId: ID2, relationship: 'shared', expiresAt: '2026-12-23T18:00:00.000Z' },
  'access.revoked': { grantId: ID, organisationId: ID2, relationship: 'referred', cause: 'declined' },
  'record.transferred': { fromOrganisationId: ID, toOrganisationId: ID2 },
  'signal.submitted': { kind: 'anonymous', reference: 'SIG-2026-000012', indicators: 4, traces: 2, routedTo: [ID2] },
  'signal.triaged': { decision: 'refer', changes: { status: { before: 'received', after: 'referred' } } },
  'signal.question_asked': { questionId: ID },
  'statistics.exported': { dataset: 'signals', groupBy: 'form', by2: 'year', filters: ['year', 'region'], method: 'suppress', format: 'csv', cells: 36 },
  'statistics.release_published': { table: 'myria_key_figures', period: '2025', revision: 2, definitionVersion: 1, method: 'suppress', changedCells: 4 },
  'statistics.population_updated': { year: 2024, area: 'BE-VLG', status: 'verified', changes: { population: { before: 6821770, after: 6821771 } } },
  'external_dataset.import_started': { kind: 'ctdc', bytes: 1048576, jobId: ID },
  'external_dataset.imported': { kind: 'ctdc', rowsRead: 4036, rowsImported: 4036, rowsRejected: 0 },
  'export.requested': { exportId: ID, kind: 'dashboard', audience: 'outward', format: 'pdf', items: ['signals.form', 'signals.ageBand.year'], filters: ['year'], method: 'suppress' },
  'export.downloaded': { exportId: ID, format: 'pdf', sizeBytes: 48213 },
  'htcds.imported': { format: 'csv', rowsRead: 12, rowsImported: 11, rowsRejected: 1 },
  'victim_file.imported': { reference: 'VF-2026-000042', source: 'htcds', row: 3 },
  'signal.question_answered': { questionId: ID },
  'signal_draft.saved': { draftId: ID },
  'signal_draft.deleted': { draftId: ID, cause: 'expired' },
  'catalogue.published': { key: 'general', version: 2, indicators: 11 },
  'content_page.created': { contentPageId: ID, slug: 'your-rights', audience: 'child', language: 'ar', status: 'draft' },
  'content_page.updated': { contentPageId: ID, changes: { status: { before: 'draft', after: 'published' } }, fields: ['body'] },
  'document.created': { documentId: ID, classification: 'restricted', organisationTypes: ['specialised_centre'] },
  'document.updated': { documentId: ID, changes: { classification: { before: 'public', after: 'professionals' } }, fields: ['title'] },
  'document.file_stored': { documentId: ID, fileType: 'pdf', sizeBytes: 1024, sha256: 'a'.repeat(64) },
  'document.deleted': { documentId: ID },
  'document.accessed': { documentId: ID, via: 'download', organisationType: 'specialised_centre' },
  'news_item.created': { newsItemId: ID, classification: 'public', organisationTypes: [] },
  'news_item.updated': { newsItemId: ID, changes: { version: { before: 1, after: 2 } }, fields: ['body'] },
  'news_item.deleted': { newsItemId: ID },
  'news_item.accessed': { newsItemId: ID, organisationType: 'federal_police_thb' },
  'referral.sent': { referralId: ID, toOrganisationId: ID2, purpose: 'centre_intake', urgent: true, consent: 'given', routingOverridden: false },
  'referral.consent_overridden': { referralId: ID },
  'referral.accepted': { referralId: ID, victimFileId: ID2, minutesToAnswer: 42 },
  'referral.declined': { referralId: ID },
  'referral.withdrawn': { referralId: ID },
  'referral.escalated': { referralId: ID, toOrganisationId: ID2 },
  'victim_file.created': { signalId: ID, reference: 'VF-2026-000001', via: 'referral' },
  'victim_file.updated': { changes: { status: { before: 'active', after: 'follow_up' } }, fields: ['familyName'] },
  'victim_file.assigned': { changes: { caseworkerUserId: { before: null, after: ID2 } } },
  'victim_file.note_added': { noteId: ID, section: 'PS' },
  'victim_file.attachment_added': { attachmentId: ID, section: 'ID', fileType: 'pdf', sizeBytes: 1024 },
  'victim_file.attachment_downloaded': { attachmentId: ID, section: 'ID' },
  'victim_file.attachment_deleted': { attachmentId: ID, section: 'PS' },
  'task.completed': { taskId: ID, kind: 'document_expiring' },
  'task.reopened': { taskId: ID, kind: 'document_expiring' },
  'procedure.started': { country: 'BE', configVersion: 1, phase: 'detection' },
  'procedure.transitioned': { transition: 'start_reflection', fromPhase: 'detection', toPhase: 'reflection' },
  'procedure.ended': { reason: 'person_withdrew', phase: 'reflection' },
  'procedure.request_created': { requestId: ID, kind: 'document', toOrganisationId: ID2, documentCode: 'annex_15', transitionCode: null },
  'procedure.document_issued': { requestId: ID, documentCode: 'annex_15', issuedOn: '2026-11-20', expiresOn: '2027-01-04' },
  'procedure.confirmation_answered': { requestId: ID, confirmed: true },
  'procedure.document_handed_out': { requestId: ID, handedOutOn: '2026-11-21' },
  'procedure.guardian_recorded': { procedureId: ID },
  'procedure.condition_stated': { statementId: ID, condition: 'break_contact', status: 'breached', source: 'federal_police_thb' },
  'judicial.updated': { fields: ['pvNumber'], changes: { convictionThb: { before: null, after: true } } },
  'action_plan_project.updated': { projectId: ID, changes: { status: { before: 'ongoing', after: 'done' } }, fields: ['description'] },
  'action_plan_project.note_added': { projectId: ID, noteId: ID2, changes: { status: { before: 'not_started', after: 'ongoing' } } },
  'action_plan_body.linked': { bodyCode: 'bureau_thb', organisationIds: [ID2] },
  'on_call_contact.created': { onCallContactId: ID, organisationId: ID2 },
  'on_call_contact.updated': { onCallContactId: ID, organisationId: ID2, changes: { version: { before: 1, after: 2 } }, fields: ['phone'] },
  'on_call_contact.deleted': { onCallContactId: ID, organisationId: ID2 },
  'audit.verified': { ok: true, streams: 3, rows: 120, problems: 0 },
  'backup.created': { formatVersion: 1, tables: 55, rows: 1200, bytes: 480_000, keysIncluded: true, migration: '20261122195550_statistics_external_datasets' },
  'backup.restored': {
    formatVersion: 1,
    tables: 55,
    rows: 1200,
    backupCreatedAt: '2026-11-22T21:00:00.000Z',
    sourceDatabase: 'pglite',
    migration: '20261122195550_statistics_external_datasets',
    forced: false,
  },
  'audit.searched': { filterFields: ['recordId'], count: 12 },
};

const NAME = 'Jan Peeters';

/** Every path to a string inside a value, and the value with that string replaced. */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') {
    return [path];
  }
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  }
  return [];
}

function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  }
  if (value && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
  }
  return [];
}

function withAt(value: unknown, path: (string | number)[], update: (old: unknown) => unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  if (path.length === 0) {
    return update(copy);
  }
  let node = copy;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  node[last] = update(node[last]);
  return copy;
}

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

/** Walks a schema: objects must be strict; strings must be uuids, timestamps or patterned codes. */
function freeTextProblems(schema: z.ZodType, path = '$'): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      return [
        ...(def.catchall?._zod.def.type === 'never' ? [] : [`${path}: object is not strict`]),
        ...Object.entries(def.shape ?? {}).flatMap(([k, s]) => freeTextProblems(s, `${path}.${k}`)),
      ];
    case 'string': {
      const allowedFormats = ['uuid', 'datetime', 'date', 'regex'];
      const formats = [
        def.format,
        ...(def.checks ?? []).map((c) =>
          c._zod.def.check === 'string_format' ? c._zod.def.format : undefined,
        ),
      ];
      return formats.some((f) => f !== undefined && allowedFormats.includes(f))
        ? []
        : [`${path}: free-text string`];
    }
    case 'array':
      return freeTextProblems(def.element!, `${path}[]`);
    case 'optional':
    case 'nullable':
      return freeTextProblems(def.innerType!, path);
    case 'union':
      return def.options!.flatMap((o, i) => freeTextProblems(o, `${path}|${i}`));
    case 'record':
      return [
        ...freeTextProblems(def.keyType!, `${path}{key}`),
        ...freeTextProblems(def.valueType!, `${path}{}`),
      ];
    case 'enum':
    case 'literal':
    case 'boolean':
    case 'number':
    case 'null':
      return [];
    default:
      return [`${path}: unexpected schema type ${def.type}`];
  }
}

describe('the audit event catalogue', () => {
  it('has an example for every event, and every example is valid', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const action of AUDIT_ACTIONS) {
      const result = AUDIT_EVENTS[action].safeParse(EXAMPLES[action]);
      expect(result.success, `${action}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it.each(AUDIT_ACTIONS)('%s: no free-text strings and only strict objects', (action) => {
    expect(freeTextProblems(AUDIT_EVENTS[action])).toEqual([]);
  });

  it.each(AUDIT_ACTIONS)('%s: refuses a name in an unexpected field, at every level', (action) => {
    for (const path of objectPaths(EXAMPLES[action])) {
      const payload = withAt(EXAMPLES[action], path, (obj) => ({ ...(obj as object), fullName: NAME }));
      expect(
        AUDIT_EVENTS[action].safeParse(payload).success,
        `extra field at ${path.join('.') || '(top)'}`,
      ).toBe(false);
    }
  });

  it.each(AUDIT_ACTIONS)('%s: refuses a name in place of any string value', (action) => {
    for (const path of stringLeaves(EXAMPLES[action])) {
      const payload = withAt(EXAMPLES[action], path, () => NAME);
      expect(AUDIT_EVENTS[action].safeParse(payload).success, `name at ${path.join('.')}`).toBe(false);
    }
  });
});
