import type { RecordTypeDefinition } from '../access/policy.ts';

/** A signal as presented: one field per line, each in its section (access-model.md). */
export interface SignalView extends Record<string, unknown> {
  id: string;
  reference: string;
  kind: string;
  status: string;
  version: number;
  createdAt: string;
  // SG
  encounteredOn: string | null;
  judicialDistrict: string | null;
  municipality: string | null;
  sector: string | null;
  howEncountered: string | null;
  immediateDanger: boolean;
  minor: string;
  unaccompanied: string | null;
  ageBand: string | null;
  gender: string | null;
  nationality: string | null;
  languages: string[];
  interpreterNeeded: boolean | null;
  personCount: number;
  forms: string[];
  smuggling: string;
  exploitationCountry: string | null;
  indicators: unknown[];
  consent: string;
  guidanceCodes: string[];
  narrative: string | null;
  traces: unknown[];
  triageDecision: string | null;
  triageReason: string | null;
  reportingOrganisationName: string | null;
  // ID
  familyName: string | null;
  givenName: string | null;
  aliases: string | null;
  birthDate: string | null;
  documentNumber: string | null;
  // CT (public reports: the reporter's own contact)
  reporterContact: unknown;
}

export const SIGNAL_RECORD: RecordTypeDefinition<SignalView> = {
  type: 'signal',
  fields: {
    id: 'meta',
    reference: 'meta',
    kind: 'meta',
    status: 'meta',
    version: 'meta',
    createdAt: 'meta',
    encounteredOn: 'SG',
    judicialDistrict: 'SG',
    municipality: 'SG',
    sector: 'SG',
    howEncountered: 'SG',
    immediateDanger: 'SG',
    minor: 'SG',
    unaccompanied: 'SG',
    ageBand: 'SG',
    gender: 'SG',
    nationality: 'SG',
    languages: 'SG',
    interpreterNeeded: 'SG',
    personCount: 'SG',
    forms: 'SG',
    smuggling: 'SG',
    exploitationCountry: 'SG',
    indicators: 'SG',
    consent: 'SG',
    guidanceCodes: 'SG',
    narrative: 'SG',
    traces: 'SG',
    triageDecision: 'SG',
    triageReason: 'SG',
    reportingOrganisationName: 'SG',
    familyName: 'ID',
    givenName: 'ID',
    aliases: 'ID',
    birthDate: 'ID',
    documentNumber: 'ID',
    // The public reporter's own contact is given to be contacted back by triage: signal context.
    reporterContact: 'SG',
  },
  actions: [
    { name: 'decide', capability: 'signal.triage', relationships: ['referred'], when: (s) => s.status === 'received' || s.status === 'in_triage' },
    // Public reports have no reporter account to ask (their optional contact is called directly).
    { name: 'ask_reporter', capability: 'signal.triage', relationships: ['referred'], when: (s) => s.kind !== 'public_report' },
    { name: 'answer_question', capability: 'signal.create', relationships: ['owner'] },
    { name: 'view_access_log', capability: 'audit.record_access_log', relationships: ['owner'] },
  ],
};

/**
 * The triage routing rules as data: which organisation types receive incoming signals of a
 * district. A signal without a district (public reports often have none) goes to all of them.
 */
export const TRIAGE_ROUTING = {
  organisationTypes: ['specialised_centre', 'federal_police_thb'] as const,
  byDistrict: true,
} as const;
