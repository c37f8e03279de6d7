import { z } from 'zod';
import { ROLES, type Role } from './access.ts';
import { EmailSchema, TotpCodeSchema } from './auth.ts';
import { UI_LANGUAGES } from './languages.ts';
import { JUDICIAL_DISTRICTS, REGIONS } from './reference.ts';

/*
 * What the administration screens and the server agree on: account requests, invitations,
 * user and organisation administration, service accounts and audit search. Request schemas
 * validate on the server (fastify-type-provider-zod) and in the web forms; response schemas feed
 * the OpenAPI document.
 */

// --- organisations --------------------------------------------------------------------------

/** Kinds of institution in the chain. The server's organisations table uses the same list. */
export const ORGANISATION_TYPES = [
  'local_police',
  'federal_police_thb',
  'social_inspection',
  'labour_inspection',
  'labour_auditor',
  'prosecutor_office',
  'youth_prosecutor',
  'specialised_centre',
  'immigration_office',
  'guardianship_service',
  'municipality',
  'ocmw_cpas',
  'hospital',
  'school',
  'ngo',
  'bank',
  'ctif_cfi',
  'national_rapporteur',
  'coordination_bureau',
  'platform_operator',
  'benelux_contact_point',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);

/**
 * Which roles a member of each kind of organisation can hold. An approval or a role change with a
 * role outside this list is refused (422): a hospital has no caseworkers of a recognised centre,
 * and only the Immigration Office issues residence documents (circular of 23 December 2016 on the
 * multidisciplinary cooperation on victims of trafficking). `organisation_admin` exists
 * everywhere, because every organisation administers its own users. Product data: a deployment
 * may narrow it.
 */
export const ROLES_BY_ORGANISATION_TYPE = {
  local_police: ['first_line_reporter', 'police_investigator', 'organisation_admin'],
  federal_police_thb: ['first_line_reporter', 'police_investigator', 'organisation_admin'],
  // Social and labour inspectors hold judicial police powers for labour exploitation.
  social_inspection: ['first_line_reporter', 'police_investigator', 'organisation_admin'],
  labour_inspection: ['first_line_reporter', 'police_investigator', 'organisation_admin'],
  labour_auditor: ['reference_magistrate', 'organisation_admin'],
  prosecutor_office: ['reference_magistrate', 'organisation_admin'],
  youth_prosecutor: ['reference_magistrate', 'organisation_admin'],
  specialised_centre: ['centre_caseworker', 'centre_coordinator', 'organisation_admin'],
  immigration_office: ['immigration_officer', 'organisation_admin'],
  guardianship_service: ['guardianship_officer', 'organisation_admin'],
  municipality: ['municipality_clerk', 'first_line_reporter', 'organisation_admin'],
  ocmw_cpas: ['first_line_reporter', 'organisation_admin'],
  hospital: ['first_line_reporter', 'organisation_admin'],
  school: ['first_line_reporter', 'organisation_admin'],
  ngo: ['first_line_reporter', 'organisation_admin'],
  bank: ['first_line_reporter', 'organisation_admin'],
  ctif_cfi: ['financial_analyst', 'organisation_admin'],
  national_rapporteur: ['rapporteur_analyst', 'organisation_admin'],
  coordination_bureau: ['national_coordinator', 'knowledge_editor', 'organisation_admin'],
  platform_operator: ['platform_admin', 'knowledge_editor', 'organisation_admin'],
  benelux_contact_point: ['first_line_reporter', 'organisation_admin'],
} as const satisfies Record<OrganisationType, readonly Role[]>;

export function rolesAllowedFor(type: OrganisationType): readonly Role[] {
  return ROLES_BY_ORGANISATION_TYPE[type];
}

/** The public request form's organisation picker: names and kinds only, never any contact detail. */
export const PublicOrganisationSchema = z.object({ id: z.uuid(), name: z.string(), type: OrganisationTypeSchema });
export type PublicOrganisation = z.infer<typeof PublicOrganisationSchema>;

/** A mail domain such as `pagasa.example.be` (lower case, at least one dot). */
export const EmailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a mail domain such as example.be');

/** ISO 639 code as in the `languages` reference table. */
export const LanguageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 code');

/** Public contact of an institution. Office addresses only: shelter locations never go here. */
export const PublicContactSchema = z.strictObject({
  phone: z.string().trim().max(40).optional(),
  email: EmailSchema.optional(),
  website: z.url().max(300).optional(),
  hours: z
    .strictObject({
      nl: z.string().max(300).optional(),
      fr: z.string().max(300).optional(),
      de: z.string().max(300).optional(),
      en: z.string().max(300).optional(),
    })
    .optional(),
  officeAddress: z.string().trim().max(300).optional(),
});
export type PublicContactInput = z.infer<typeof PublicContactSchema>;

const organisationFields = {
  type: OrganisationTypeSchema,
  name: z.string().trim().min(2).max(200),
  shortName: z.string().trim().min(1).max(50).nullable(),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
  regionCode: z.enum(REGIONS).nullable(),
  judicialDistrict: z.enum(JUDICIAL_DISTRICTS).nullable(),
  servesDistricts: z.array(z.enum(JUDICIAL_DISTRICTS)).max(JUDICIAL_DISTRICTS.length),
  workingLanguages: z.array(LanguageCodeSchema).max(20),
  emailDomains: z.array(EmailDomainSchema).max(20),
  publicContact: PublicContactSchema,
};

export const OrganisationSchema = z.object({
  id: z.uuid(),
  ...organisationFields,
  version: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CreateOrganisationSchema = z.strictObject({
  ...organisationFields,
  shortName: organisationFields.shortName.default(null),
  country: organisationFields.country.default('BE'),
  regionCode: organisationFields.regionCode.default(null),
  judicialDistrict: organisationFields.judicialDistrict.default(null),
  servesDistricts: organisationFields.servesDistricts.default([]),
  workingLanguages: organisationFields.workingLanguages.default([]),
  emailDomains: organisationFields.emailDomains.default([]),
  publicContact: PublicContactSchema.default({}),
});
export type CreateOrganisation = z.input<typeof CreateOrganisationSchema>;

/** Optimistic locking: `version` is the version the editor loaded; a stale one answers 409. */
export const UpdateOrganisationSchema = z.strictObject({
  version: z.int().min(1),
  type: organisationFields.type.optional(),
  name: organisationFields.name.optional(),
  shortName: organisationFields.shortName.optional(),
  country: organisationFields.country.optional(),
  regionCode: organisationFields.regionCode.optional(),
  judicialDistrict: organisationFields.judicialDistrict.optional(),
  servesDistricts: organisationFields.servesDistricts.optional(),
  workingLanguages: organisationFields.workingLanguages.optional(),
  emailDomains: organisationFields.emailDomains.optional(),
  publicContact: PublicContactSchema.optional(),
});
export type UpdateOrganisation = z.infer<typeof UpdateOrganisationSchema>;

// --- lists ----------------------------------------------------------------------------------

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const PageInfoSchema = z.object({ page: z.int(), pageSize: z.int(), total: z.int() });
export type PageInfo = z.infer<typeof PageInfoSchema>;

// --- account requests -----------------------------------------------------------------------

export const ACCOUNT_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export type AccountRequestStatus = (typeof ACCOUNT_REQUEST_STATUSES)[number];

/** Pending requests not handled within this many days are purged (data minimisation, GDPR art. 5(1)(c,e)). */
export const ACCOUNT_REQUEST_RETENTION_DAYS = 30;

export const CreateAccountRequestSchema = z.strictObject({
  organisationId: z.uuid(),
  name: z.string().trim().min(2).max(200),
  email: EmailSchema,
  jobTitle: z.string().trim().min(2).max(200),
  reason: z.string().trim().min(10).max(2000),
  language: z.enum(UI_LANGUAGES),
});
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

/**
 * The answer to every accepted submission: also for a duplicate or for an address that already
 * has an account, so that the public form cannot be used to find out who works where.
 */
export const AccountRequestReceivedSchema = z.object({ status: z.literal('received') });

export const AccountRequestSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  email: z.string(),
  jobTitle: z.string(),
  reason: z.string(),
  language: z.enum(UI_LANGUAGES),
  status: z.enum(ACCOUNT_REQUEST_STATUSES),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  refusalReason: z.string().nullable(),
  /** Roles the viewer may choose from when approving (ROLES_BY_ORGANISATION_TYPE). */
  allowedRoles: z.array(z.enum(ROLES)),
});
export type AccountRequest = z.infer<typeof AccountRequestSchema>;

export const AccountRequestListQuerySchema = PageQuerySchema.extend({
  status: z.enum(ACCOUNT_REQUEST_STATUSES).default('pending'),
});

export const ApproveAccountRequestSchema = z.strictObject({
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
});
export const RefuseAccountRequestSchema = z.strictObject({
  /** Sent to the requester in their language's mail; kept until the request is purged. */
  reason: z.string().trim().min(3).max(2000),
});

// --- users ----------------------------------------------------------------------------------

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const AdminUserSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  language: z.enum(UI_LANGUAGES),
  status: z.enum(USER_STATUSES),
  roles: z.array(z.enum(ROLES)),
  mfaEnrolled: z.boolean(),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  version: z.int(),
  /** Roles this user's organisation type allows (for the role picker). */
  allowedRoles: z.array(z.enum(ROLES)),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

export const UserListQuerySchema = PageQuerySchema.extend({
  status: z.enum(USER_STATUSES).optional(),
});

/**
 * A change by an administrator. `version` is required (optimistic locking: 409 when stale).
 * `disabled: true` disables the account and ends its sessions; `false` enables it again.
 */
export const UpdateUserSchema = z.strictObject({
  version: z.int().min(1),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  disabled: z.boolean().optional(),
  displayName: z.string().trim().min(2).max(200).optional(),
  jobTitle: z.string().trim().min(2).max(200).nullable().optional(),
});
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

export const AdminSessionSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  authMethod: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AdminSession = z.infer<typeof AdminSessionSchema>;

export const RevokedSessionsSchema = z.object({ revoked: z.int() });

/** An accepted asynchronous action (mail is sent by a job after the change commits). */
export const QueuedSchema = z.object({ status: z.literal('queued') });

// --- invitations and second factor ----------------------------------------------------------

/** Invitation links live 72 hours and work once. */
export const INVITATION_HOURS = 72;

/** `invitation`: a new account sets a password; `mfa_reset`: an existing account proves its password. */
export const INVITATION_PURPOSES = ['invitation', 'mfa_reset'] as const;
export type InvitationPurpose = (typeof INVITATION_PURPOSES)[number];

export const InvitationInfoSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  organisationName: z.string(),
  expiresAt: z.iso.datetime(),
  purpose: z.enum(INVITATION_PURPOSES),
});
export type InvitationInfo = z.infer<typeof InvitationInfoSchema>;

export const InvitationTokenParamsSchema = z.object({ token: z.string().min(20).max(200) });

export const InvitationPasswordSchema = z.strictObject({ password: z.string().min(1).max(1024) });

export const TotpEnrolmentSchema = z.object({
  /** The secret in base32, to type into an authenticator by hand. */
  manualKey: z.string(),
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolmentSchema>;

export const TotpConfirmSchema = z.strictObject({ code: TotpCodeSchema });

/** Shown once; only keyed hashes are stored. */
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** Re-authentication for security changes on one's own account: password AND a current code. */
export const ReauthenticateSchema = z.strictObject({
  password: z.string().min(1).max(1024),
  code: TotpCodeSchema,
});

// --- service accounts -----------------------------------------------------------------------

export const ServiceAccountTokenSchema = z.object({
  id: z.uuid(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ServiceAccountToken = z.infer<typeof ServiceAccountTokenSchema>;

export const ServiceAccountSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  capabilities: z.array(z.string()),
  createdAt: z.iso.datetime(),
  disabledAt: z.iso.datetime().nullable(),
  tokens: z.array(ServiceAccountTokenSchema),
});
export type ServiceAccount = z.infer<typeof ServiceAccountSchema>;

/**
 * Capabilities are checked against SERVICE_CAPABILITIES by the server (422 for anything else), so
 * the schema accepts any capability-shaped name.
 */
export const CreateServiceAccountSchema = z.strictObject({
  organisationId: z.uuid(),
  name: z.string().trim().min(2).max(100),
  capabilities: z
    .array(z.string().regex(/^[a-z][a-z_.]{1,63}$/, 'a capability name'))
    .min(1)
    .max(20),
});

export const IssueApiTokenSchema = z.strictObject({
  /** Optional end of validity; at most two years ahead. */
  expiresAt: z.iso.datetime().nullable().default(null),
});

/** The plain token appears in this response only; the server keeps its SHA-256. */
export const IssuedApiTokenSchema = z.object({
  id: z.uuid(),
  token: z.string(),
  prefix: z.string(),
  expiresAt: z.iso.datetime().nullable(),
});

export const ServiceAccountListQuerySchema = PageQuerySchema.extend({ organisationId: z.uuid().optional() });

// --- audit search ---------------------------------------------------------------------------

export const AuditSearchQuerySchema = z.object({
  actorId: z.string().min(1).max(200).optional(),
  recordType: z.string().regex(/^[a-z_]{1,64}$/).optional(),
  recordId: z.string().min(1).max(200).optional(),
  action: z.string().regex(/^[a-z_.]{1,64}$/).optional(),
  organisationId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditSearchQuery = z.infer<typeof AuditSearchQuerySchema>;

/** Audit metadata: ids, codes and field names (the trail holds no personal data values). */
export const AuditEventSchema = z.object({
  id: z.uuid(),
  stream: z.string(),
  seq: z.int(),
  occurredAt: z.iso.datetime(),
  actorKind: z.enum(['user', 'service', 'system', 'anonymous']),
  actorId: z.string().nullable(),
  actorOrganisationId: z.uuid().nullable(),
  actorRoles: z.array(z.string()),
  sessionId: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  sections: z.array(z.string()),
  reason: z.string().nullable(),
  breakGlass: z.boolean(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof AuditEventSchema>;

export const AuditSearchResultSchema = z.object({
  data: z.array(AuditEventSchema),
  page: z.object({ cursor: z.string().nullable() }),
});
