import { z } from 'zod';
import { OrganisationTypeSchema } from './admin.ts';
import { SECTIONS } from './access.ts';

/*
 * Referral, the victim file, the protection procedure, deadlines and the judicial track: what the
 * server and the web app agree on. Legal facts (phases, documents, periods, end reasons) are not
 * here: they come from the procedure configuration (procedure/belgium.ts, procedure/netherlands.ts).
 */

const Uuid = z.uuid();
const IsoDate = z.iso.date();
const Reason = z.string().trim().min(3).max(1000);
const Version = z.int().min(1);

// --- referrals ----------------------------------------------------------------------------------

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Why an organisation is asked: the routing rule that proposed it, or a partner chosen by hand. */
export const REFERRAL_PURPOSES = [
  'centre_intake',
  'youth_prosecutor',
  'guardianship',
  'reference_magistrate',
  'benelux_contact_point',
  'investigation',
  'partner',
  'transfer',
] as const;
export type ReferralPurpose = (typeof REFERRAL_PURPOSES)[number];

/** `given`: recorded consent of an adult; `not_needed_minor`; `overridden` needs a capability and a reason. */
export const REFERRAL_CONSENT = ['given', 'not_needed_minor', 'overridden'] as const;
export type ReferralConsent = (typeof REFERRAL_CONSENT)[number];

export const ReferralSourceSchema = z.object({ type: z.enum(['signal', 'victim_file']), id: Uuid });
export type ReferralSource = z.infer<typeof ReferralSourceSchema>;

export const ReferralCreateSchema = z.object({
  source: ReferralSourceSchema,
  toOrganisationId: Uuid,
  purpose: z.enum(REFERRAL_PURPOSES),
  urgent: z.boolean().default(false),
  /** An adult's consent: the date it was recorded. Absent for a minor, or when overriding. */
  consentRecordedOn: IsoDate.optional(),
  /** Overriding a missing consent (capability `referral.consent_override`). */
  consentOverrideReason: Reason.optional(),
  /** Choosing another recipient than the routing rules propose. */
  routingOverrideReason: Reason.optional(),
});
export type ReferralCreate = z.input<typeof ReferralCreateSchema>;

export const ReferralRespondSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), version: Version }),
  z.object({ decision: z.literal('decline'), reason: Reason, version: Version }),
]);
export type ReferralRespond = z.infer<typeof ReferralRespondSchema>;

export const ReferralWithdrawSchema = z.object({ reason: Reason, version: Version });

export const ReferralSchema = z.object({
  id: Uuid,
  sourceType: z.enum(['signal', 'victim_file']),
  sourceId: Uuid,
  victimFileId: Uuid.nullable(),
  fromOrganisationId: Uuid,
  fromOrganisationName: z.string(),
  toOrganisationId: Uuid,
  toOrganisationName: z.string(),
  purpose: z.enum(REFERRAL_PURPOSES),
  urgent: z.boolean(),
  status: z.enum(REFERRAL_STATUSES),
  consent: z.enum(REFERRAL_CONSENT),
  declineReason: z.string().nullable(),
  sentAt: z.iso.datetime(),
  answerDueAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  /** Time to acceptance (or to the answer), in minutes. */
  minutesToAnswer: z.number().nullable(),
  version: z.int(),
});
export type Referral = z.infer<typeof ReferralSchema>;

export const RoutingProposalSchema = z.object({
  organisationId: Uuid,
  name: z.string(),
  type: OrganisationTypeSchema,
  purpose: z.enum(REFERRAL_PURPOSES),
  /** The rule that proposed it: `district_language`, `district`, `minor`, `unaccompanied_foreign_minor`, `labour_exploitation`, `exploited_abroad`. */
  rule: z.string(),
  consentNeeded: z.boolean(),
});
export type RoutingProposal = z.infer<typeof RoutingProposalSchema>;

// --- victim file --------------------------------------------------------------------------------

/** HTCDS case status. */
export const VICTIM_FILE_STATUSES = ['active', 'follow_up', 'closed', 'closed_referred'] as const;
export type VictimFileStatus = (typeof VICTIM_FILE_STATUSES)[number];

/** HTCDS support types. */
export const SUPPORT_TYPES = [
  'Education',
  'Financial',
  'Health',
  'LabourExploitationRehabilitation',
  'Legal',
  'Livelihood',
  'RightsBasedTraining',
  'SexualExploitationRehabilitation',
  'SocialCare',
] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

const TriState = z.enum(['yes', 'no', 'unsure']);
const Text = (max: number) => z.string().trim().min(1).max(max);

export const IdentitySchema = z.object({
  familyName: Text(200).nullable().optional(),
  givenName: Text(200).nullable().optional(),
  aliases: z.array(Text(200)).max(20).optional(),
  birthDate: IsoDate.nullable().optional(),
  nationality: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
  documentNumbers: z.array(z.object({ kind: z.enum(['passport', 'identity_card', 'residence_document', 'other']), number: Text(60) })).max(10).optional(),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const ContactSchema = z.object({
  phone: Text(40).nullable().optional(),
  email: z.email().nullable().optional(),
  address: Text(500).nullable().optional(),
  /** Secret: never shown outside the owning centre (access-model CT). */
  shelter: Text(200).nullable().optional(),
});

export const SupportPlanItemSchema = z.object({
  type: z.enum(SUPPORT_TYPES),
  objective: Text(1000),
  startOn: IsoDate,
  reviewOn: IsoDate.nullable().optional(),
  done: z.boolean().default(false),
});

export const VictimFileCreateSchema = z.object({
  signalId: Uuid,
});

export const VictimFileUpdateSchema = z.object({
  version: Version,
  identity: IdentitySchema.optional(),
  minor: TriState.optional(),
  unaccompanied: TriState.nullable().optional(),
  languages: z.array(z.string().min(2).max(12)).max(10).optional(),
  interpreterNeeded: z.boolean().nullable().optional(),
  contact: ContactSchema.optional(),
  supportPlan: z.array(SupportPlanItemSchema).max(50).optional(),
  status: z.enum(VICTIM_FILE_STATUSES).optional(),
  closingReason: Text(500).nullable().optional(),
});
export type VictimFileUpdate = z.input<typeof VictimFileUpdateSchema>;

export const AssignCaseworkerSchema = z.object({ userId: Uuid.nullable(), version: Version });

/** Notes are dated and belong to one section; PS notes never leave the centre. */
export const NOTE_SECTIONS = ['PS', 'PR', 'JU'] as const;
export const NoteCreateSchema = z.object({ section: z.enum(NOTE_SECTIONS), occurredOn: IsoDate, text: Text(20_000) });

export const TransferSchema = z.object({ toOrganisationId: Uuid, reason: Reason, urgent: z.boolean().default(false) });

/** What the victim agreed to share with their lawyer (sections), for the printable summary. */
export const LawyerConsentSchema = z.object({ sections: z.array(z.enum(SECTIONS)).min(1).max(SECTIONS.length), recordedOn: IsoDate });

// --- attachments on the victim file -------------------------------------------------------------

/**
 * Each attachment belongs to one section: a viewer is shown (and served) only the attachments of
 * the sections they may see in full (an ID copy to the Immigration Office, never a PS report).
 */
export const ATTACHMENT_SECTIONS = ['ID', 'CT', 'PS', 'PR', 'JU'] as const;
export type AttachmentSection = (typeof ATTACHMENT_SECTIONS)[number];
/** Accepted types, decided by the bytes (never the name or the browser's Content-Type). */
export const ATTACHMENT_TYPES = ['pdf', 'jpg', 'png', 'docx', 'odt'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/**
 * Upload: the raw file as `application/octet-stream` (body), with its name and section here.
 * `POST /api/victim-files/:id/attachments?fileName=…&section=ID`.
 */
export const AttachmentUploadQuerySchema = z.object({ fileName: z.string().trim().min(1).max(200), section: z.enum(ATTACHMENT_SECTIONS) });
export type AttachmentUploadQuery = z.infer<typeof AttachmentUploadQuerySchema>;

export const AttachmentSchema = z.object({
  id: Uuid,
  victimFileId: Uuid,
  section: z.enum(ATTACHMENT_SECTIONS),
  fileName: z.string(),
  fileType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: z.int(),
  uploadedByUserId: Uuid,
  organisationId: Uuid,
  createdAt: z.iso.datetime(),
  /** Whether this viewer may delete it (the owning centre). */
  canDelete: z.boolean(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
export const AttachmentListSchema = z.object({ data: z.array(AttachmentSchema) });

// --- searching victim files ---------------------------------------------------------------------

/** `GET /api/victim-files/search?q=`: a name (typo-tolerant) or a document number (exact). */
export const VictimFileSearchQuerySchema = z.object({ q: z.string().trim().min(2).max(200) });
export const VictimFileSearchResultSchema = z.object({
  id: Uuid,
  reference: z.string(),
  status: z.enum(VICTIM_FILE_STATUSES),
  relationship: z.string(),
  /** `document_number` (exact) or `name` (with `score`, 0–1). */
  matchedOn: z.enum(['document_number', 'name']),
  score: z.number(),
  /** Given and family name, as the file holds them (the viewer may see ID). */
  name: z.string().nullable(),
});
export type VictimFileSearchResult = z.infer<typeof VictimFileSearchResultSchema>;
export const VictimFileSearchResponseSchema = z.object({ data: z.array(VictimFileSearchResultSchema) });

// --- protection procedure -----------------------------------------------------------------------

export const PROCEDURE_STATUSES = ['running', 'ended'] as const;
export const REQUEST_KINDS = ['document', 'confirmation', 'hand_out'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_STATUSES = ['open', 'done', 'refused', 'cancelled'] as const;

export const ProcedureStartSchema = z.object({ country: z.enum(['BE', 'NL']), startedOn: IsoDate });
export const TransitionSchema = z.object({ transition: z.string().min(1).max(60), occurredOn: IsoDate, version: Version });
export const EndProcedureSchema = z.object({ reason: z.string().min(1).max(60), endedOn: IsoDate, version: Version });
export const DocumentRequestSchema = z.object({ requestedOn: IsoDate, handOutOrganisationId: Uuid.optional() });
export const ConfirmationRequestSchema = z.object({ transition: z.string().min(1).max(60) });
export const DocumentIssueSchema = z.object({ issuedOn: IsoDate, expiresOn: IsoDate.nullable(), documentNumber: Text(60), version: Version });
export const ConfirmationAnswerSchema = z.object({ confirmed: z.boolean(), answeredOn: IsoDate, version: Version });
export const HandOutSchema = z.object({ handedOutOn: IsoDate, version: Version });
/** `version`: the procedure's version as read; a stale one gets 409 (optional for older clients: last write wins). */
export const GuardianSchema = z.object({ guardianName: Text(200), appointedOn: IsoDate, version: Version.optional() });
export const ConditionStatementSchema = z.object({
  condition: z.string().min(1).max(60),
  status: z.enum(['met', 'breached']),
  statedOn: IsoDate,
  /** Who reported it (organisation type), required for a breach. */
  source: OrganisationTypeSchema.optional(),
});

export const ProcedureRequestSchema = z.object({
  id: Uuid,
  victimFileId: Uuid,
  kind: z.enum(REQUEST_KINDS),
  phase: z.string(),
  documentCode: z.string().nullable(),
  transitionCode: z.string().nullable(),
  toOrganisationId: Uuid,
  status: z.enum(REQUEST_STATUSES),
  requestedAt: z.iso.datetime(),
  issuedOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  documentNumber: z.string().nullable(),
  confirmed: z.boolean().nullable(),
  handedOutOn: IsoDate.nullable(),
  version: z.int(),
});
export type ProcedureRequest = z.infer<typeof ProcedureRequestSchema>;

// --- judicial and rights track (JU) -------------------------------------------------------------

export const INVESTIGATION_STATUSES = ['not_started', 'running', 'closed_no_further_action', 'referred_to_court', 'judged'] as const;
export const WAGE_CLAIM_STATUSES = ['drafted', 'filed', 'awarded', 'paid', 'deposited', 'rejected'] as const;
const Money = z.number().nonnegative().max(100_000_000);

export const JudicialTrackSchema = z.object({
  pvNumber: Text(60).nullable().optional(),
  policeUnit: Text(200).nullable().optional(),
  prosecutorNoticeNumber: Text(60).nullable().optional(),
  immigrationFileNumber: Text(60).nullable().optional(),
  prosecutionBody: z.enum(['prosecutor_office', 'labour_auditor']).nullable().optional(),
  investigationStatus: z.enum(INVESTIGATION_STATUSES).nullable().optional(),
  requisitionRetainsThb: z.boolean().nullable().optional(),
  requisitionDate: IsoDate.nullable().optional(),
  convictionThb: z.boolean().nullable().optional(),
  judgmentDate: IsoDate.nullable().optional(),
  court: Text(200).nullable().optional(),
  civilParty: z.boolean().nullable().optional(),
  compensationAwarded: Money.nullable().optional(),
  compensationPaid: Money.nullable().optional(),
  wageClaims: z
    .array(z.object({ amount: Money, status: z.enum(WAGE_CLAIM_STATUSES), depositedWithConsignmentOffice: z.boolean().default(false) }))
    .max(20)
    .optional(),
  socialSecurityDebtWaiver: z.boolean().nullable().optional(),
  nonPunishmentApplied: z.boolean().nullable().optional(),
});
export type JudicialTrack = z.infer<typeof JudicialTrackSchema>;
export const JudicialUpdateSchema = JudicialTrackSchema.extend({ version: z.int().min(0) });

// --- tasks --------------------------------------------------------------------------------------

export const TASK_KINDS = ['document_expiring', 'confirmation_pending', 'reflection_ending', 'referral_unanswered'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TaskSchema = z.object({
  id: Uuid,
  kind: z.enum(TASK_KINDS),
  recordType: z.enum(['victim_file', 'referral']),
  recordId: Uuid,
  organisationId: Uuid,
  assigneeUserId: Uuid.nullable(),
  dueAt: z.iso.datetime(),
  /** Days before the deadline (30/14/7) for expiry reminders. */
  leadDays: z.int().nullable(),
  status: z.enum(['open', 'done']),
  overdue: z.boolean(),
});
export type Task = z.infer<typeof TaskSchema>;

/** `POST /api/tasks/:id/done`: `{ done: true }` closes the deadline, `{ done: false }` reopens it. */
export const TaskDoneSchema = z.object({ done: z.boolean().default(true) });

/** Version conflicts answer 409 with the current version and values, so the UI can offer a merge. */
export const ConflictDetailsSchema = z.object({ reason: z.literal('stale_version'), currentVersion: z.int(), current: z.record(z.string(), z.unknown()) });
