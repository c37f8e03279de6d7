import { EXPLOITATION_FORMS, JUDICIAL_DISTRICTS, VICTIM_FILE_STATUSES, type ExploitationForm, type Section, type VictimFileStatus } from '@keten/shared';
import { HTCDS_EXTENSION_PREFIX } from '@keten/shared/exports';

/*
 * The victim file in the IOM Human Trafficking Case Data Standard (HTCDS v2.0) layout. Field names
 * and value sets are those of `shared/reference/htcds_fields.txt` (a test checks every name and
 * value used here against that file). What HTCDS has no field for — Belgian forms such as forced
 * criminality, the protection procedure's phase and documents, the file reference — goes into
 * extension fields prefixed `ext_be_`.
 *
 * Each field belongs to one section of the access model: a field leaves the server only when the
 * requester may see its section of that file (the victim-file presenter decides, not this file).
 */

export const EXT = HTCDS_EXTENSION_PREFIX;

/** cas_Status value names ↔ Keten's file statuses (same four states). */
export const CASE_STATUS: Record<VictimFileStatus, string> = {
  active: 'Active',
  follow_up: 'FollowUp',
  closed: 'Closed',
  closed_referred: 'ClosedReferred',
};

/**
 * vic_TypeOfExploitation value names for Keten's forms. Forced criminality (art. 433quinquies §1,
 * 5° Criminal Code) has no HTCDS value: it is `Other` there, and `ext_be_forms` keeps the form.
 */
export const FORM_TO_HTCDS: Record<ExploitationForm, string> = {
  sexual: 'SexualExploitation',
  labour: 'ForcedLabour',
  begging: 'ForcedBegging',
  organ_removal: 'OrganRemoval',
  forced_criminality: 'Other',
};
export const HTCDS_TO_FORM: Record<string, ExploitationForm | null> = {
  SexualExploitation: 'sexual',
  ForcedLabour: 'labour',
  ForcedBegging: 'begging',
  OrganRemoval: 'organ_removal',
  // HTCDS values without a Belgian form of their own: servitude and child labour are labour
  // exploitation in Belgian law; the others cannot be stored as a form and are refused.
  Servitude: 'labour',
  ChildLabour: 'labour',
  ForcedMarriage: null,
  ForcedMilitaryByNonStateActors: null,
  ForcedAdoption: null,
  Surrogacy: null,
  Other: null,
};

/** All HTCDS vic_TypeOfExploitation value names (the reference's value set). */
export const HTCDS_EXPLOITATION_TYPES = Object.keys(HTCDS_TO_FORM);

export const DOCUMENT_KINDS = ['passport', 'identity_card', 'residence_document', 'other'] as const;

/** The columns of the flat layout (CSV header, JSON keys), with their section. */
export const HTCDS_FIELDS = [
  // meta: whoever may see the file at all
  { name: `${EXT}reference`, section: 'meta' },
  { name: 'cas_Status', section: 'meta' },
  { name: 'cas_ReasonForCaseClosure', section: 'meta' },
  // ID
  { name: 'prs_FirstName', section: 'ID' },
  { name: 'prs_SecondName', section: 'ID' },
  { name: 'prs_Birthdate', section: 'ID' },
  { name: 'prs_Citizenship', section: 'ID' },
  { name: 'prs_IdentityNumber', section: 'ID' },
  { name: 'prs_PrimaryLanguage', section: 'ID' },
  { name: 'prs_SecondaryLanguage', section: 'ID' },
  { name: `${EXT}aliases`, section: 'ID' },
  { name: `${EXT}document_numbers`, section: 'ID' },
  { name: `${EXT}languages`, section: 'ID' },
  { name: `${EXT}minor`, section: 'ID' },
  { name: `${EXT}unaccompanied`, section: 'ID' },
  { name: `${EXT}interpreter_needed`, section: 'ID' },
  // CT (the shelter is never exported: it stays with the owning centre)
  { name: 'prs_Email', section: 'CT' },
  { name: 'prs_MobilePhone', section: 'CT' },
  { name: 'prs_MailingStreet', section: 'CT' },
  // SG
  { name: 'vic_TypeOfExploitation', section: 'SG' },
  { name: `${EXT}forms`, section: 'SG' },
  { name: 'hte_Type', section: 'SG' },
  { name: 'hte_Country', section: 'SG' },
  { name: `${EXT}judicial_district`, section: 'SG' },
  // PR (export only: a procedure is run in Keten by its partners, not imported)
  { name: `${EXT}procedure_phase`, section: 'PR' },
  { name: `${EXT}procedure_status`, section: 'PR' },
  { name: `${EXT}procedure_started_on`, section: 'PR' },
  { name: `${EXT}procedure_end_reason`, section: 'PR' },
  { name: `${EXT}documents_issued`, section: 'PR' },
] as const satisfies readonly { name: string; section: Section | 'meta' }[];

export type HtcdsField = (typeof HTCDS_FIELDS)[number]['name'];
/** Multi-valued fields: a JSON array, or `;`-separated in CSV (as HTCDS multiselect picklists). */
export const MULTI_FIELDS: readonly HtcdsField[] = ['prs_Citizenship', 'vic_TypeOfExploitation', `${EXT}forms`, `${EXT}aliases`, `${EXT}document_numbers`, `${EXT}languages`, `${EXT}documents_issued`];

export type HtcdsRecord = Partial<Record<HtcdsField, string | string[] | null>>;

export const isForm = (v: string): v is ExploitationForm => (EXPLOITATION_FORMS as readonly string[]).includes(v);
export const isDistrict = (v: string): boolean => (JUDICIAL_DISTRICTS as readonly string[]).includes(v);
export const statusOf = (htcds: string): VictimFileStatus | undefined => VICTIM_FILE_STATUSES.find((s) => CASE_STATUS[s] === htcds);
