import type { RecordTypeDefinition } from '../access/policy.ts';

/** A victim file as presented: one field per line, each in its section (access-model.md). */
export interface VictimFileView extends Record<string, unknown> {
  id: string;
  reference: string;
  status: string;
  closingReason: string | null;
  caseworkerUserId: string | null;
  version: number;
  createdAt: string;
  // ID
  familyName: string | null;
  givenName: string | null;
  aliases: string[];
  birthDate: string | null;
  nationality: string | null;
  documentNumbers: { kind: string; number: string }[];
  minor: string;
  unaccompanied: string | null;
  languages: string[];
  interpreterNeeded: boolean | null;
  // CT
  contact: Record<string, unknown> | null;
  // PS
  supportPlan: unknown[];
  psychosocialNotes: unknown[];
  /** What the person agreed to share with their lawyer: kept with the centre's own (PS) work. */
  lawyerConsent: { sections: string[]; recordedOn: string } | null;
  // PR
  phase: string | null;
  procedure: unknown;
  documentToHandOut: unknown;
  procedureNotes: unknown[];
  // JU
  judicial: unknown;
  judicialNotes: unknown[];
  // SG
  signalId: string | null;
  judicialDistrict: string | null;
  forms: string[];
  exploitationCountry: string | null;
}

export const VICTIM_FILE_RECORD: RecordTypeDefinition<VictimFileView> = {
  type: 'victim_file',
  fields: {
    id: 'meta',
    reference: 'meta',
    status: 'meta',
    closingReason: 'meta',
    caseworkerUserId: 'meta',
    version: 'meta',
    createdAt: 'meta',
    familyName: 'ID',
    givenName: 'ID',
    aliases: 'ID',
    birthDate: 'ID',
    nationality: 'ID',
    documentNumbers: 'ID',
    minor: 'ID',
    unaccompanied: 'ID',
    languages: 'ID',
    interpreterNeeded: 'ID',
    contact: 'CT',
    supportPlan: 'PS',
    psychosocialNotes: 'PS',
    lawyerConsent: 'PS',
    phase: 'PR',
    procedure: 'PR',
    documentToHandOut: 'PR',
    procedureNotes: 'PR',
    judicial: 'JU',
    judicialNotes: 'JU',
    signalId: 'SG',
    judicialDistrict: 'SG',
    forms: 'SG',
    exploitationCountry: 'SG',
  },
  actions: [
    { name: 'update', capability: 'record.write', relationships: ['owner'] },
    { name: 'add_note', capability: 'record.write', relationships: ['owner'] },
    { name: 'assign', capability: 'record.assign', relationships: ['owner'] },
    { name: 'transfer', capability: 'record.transfer', relationships: ['owner'] },
    { name: 'refer', capability: 'referral.send', relationships: ['owner'] },
    { name: 'request_document', capability: 'procedure.request_document', relationships: ['owner'] },
    { name: 'issue_document', capability: 'procedure.issue_document', relationships: ['referred'] },
    { name: 'confirm_victim', capability: 'procedure.confirm_victim', relationships: ['referred'] },
    { name: 'record_guardian', capability: 'procedure.record_guardian', relationships: ['referred'] },
    { name: 'hand_out_document', capability: 'procedure.hand_out_document', relationships: ['referred'] },
    { name: 'edit_judicial', capability: 'judicial.write', relationships: ['owner', 'referred'] },
    { name: 'view_access_log', capability: 'audit.record_access_log', relationships: ['owner'] },
  ],
};

/** Closed files take no new documents or procedure steps (422 `file_closed`). */
export const CLOSED_STATUSES: readonly string[] = ['closed', 'closed_referred'];
