/**
 * The access model as data (shared/access-model.md is the product decision; this file implements
 * it). Roles map to capabilities; a record's sections are cut per role and relationship. The
 * `satisfies` clauses make the tables complete: a new role or capability without an entry for
 * every combination does not compile.
 */

export const ROLES = [
  'first_line_reporter',
  'centre_caseworker',
  'centre_coordinator',
  'police_investigator',
  'reference_magistrate',
  'immigration_officer',
  'guardianship_officer',
  'municipality_clerk',
  'rapporteur_analyst',
  'national_coordinator',
  'financial_analyst',
  'knowledge_editor',
  'organisation_admin',
  'platform_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const CAPABILITIES = [
  // own account
  'profile.manage',
  // signals and triage (issue: signals)
  'signal.create',
  'signal.triage',
  // victim files and referrals (issue: referral and the victim file)
  'record.read',
  'record.write',
  'record.assign',
  'record.transfer',
  'record.break_glass',
  'referral.send',
  'referral.respond',
  'referral.consent_override',
  'procedure.request_document',
  'procedure.issue_document',
  'procedure.confirm_victim',
  'procedure.record_guardian',
  'procedure.hand_out_document',
  'judicial.write',
  // statistics
  'statistics.internal',
  'statistics.outward',
  /** Reference data behind the official tables (population figures for SDG 16.2.2). */
  'statistics.reference_data',
  // knowledge and catalogues
  'catalogue.edit',
  'knowledge.edit',
  // administration
  'org.users.manage',
  'org.settings.manage',
  'platform.organisations.manage',
  'platform.users.manage',
  'platform.service_accounts.manage',
  'audit.search',
  'audit.record_access_log',
  // machine use (service accounts only; touches no personal data)
  'metrics.read',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Capabilities a service account token may carry: none of them touches personal data. */
export const SERVICE_CAPABILITIES = ['metrics.read'] as const satisfies readonly Capability[];
export type ServiceCapability = (typeof SERVICE_CAPABILITIES)[number];

type CapabilityRow = Record<Capability, boolean>;
const none: CapabilityRow = Object.fromEntries(CAPABILITIES.map((c) => [c, false])) as CapabilityRow;
const grant = (...caps: Capability[]): CapabilityRow => ({ ...none, ...Object.fromEntries(caps.map((c) => [c, true])) });

/** Role → capabilities. Deny by default: a capability not granted here is refused. */
export const ROLE_CAPABILITIES = {
  first_line_reporter: grant('profile.manage', 'signal.create', 'referral.send'),
  centre_caseworker: grant(
    'profile.manage',
    'signal.create',
    'signal.triage',
    'record.read',
    'record.write',
    'referral.send',
    'referral.respond',
    'procedure.request_document',
    'judicial.write',
    'statistics.internal',
    'audit.record_access_log',
  ),
  centre_coordinator: grant(
    'profile.manage',
    'signal.create',
    'record.read',
    'record.write',
    'record.assign',
    'record.transfer',
    'record.break_glass',
    'referral.send',
    'referral.respond',
    'referral.consent_override',
    'procedure.request_document',
    'judicial.write',
    'statistics.internal',
    'audit.record_access_log',
  ),
  police_investigator: grant(
    'profile.manage',
    'signal.create',
    'signal.triage',
    'record.read',
    'record.write',
    'record.break_glass',
    'referral.send',
    'referral.respond',
    'judicial.write',
    'statistics.internal',
    'audit.record_access_log',
  ),
  reference_magistrate: grant('profile.manage', 'record.read', 'referral.respond', 'procedure.confirm_victim', 'judicial.write'),
  immigration_officer: grant('profile.manage', 'record.read', 'procedure.issue_document'),
  guardianship_officer: grant('profile.manage', 'record.read', 'referral.respond', 'procedure.record_guardian'),
  municipality_clerk: grant('profile.manage', 'record.read', 'procedure.hand_out_document'),
  rapporteur_analyst: grant('profile.manage', 'statistics.outward'),
  national_coordinator: grant('profile.manage', 'statistics.outward', 'statistics.reference_data', 'catalogue.edit', 'knowledge.edit'),
  financial_analyst: grant('profile.manage', 'signal.create', 'statistics.internal'),
  knowledge_editor: grant('profile.manage', 'knowledge.edit'),
  organisation_admin: grant('profile.manage', 'org.users.manage', 'org.settings.manage'),
  platform_admin: grant(
    'profile.manage',
    'platform.organisations.manage',
    'platform.users.manage',
    'platform.service_accounts.manage',
    'audit.search',
  ),
} as const satisfies Record<Role, CapabilityRow>;

export function roleHas(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role][capability];
}

export function capabilitiesOf(roles: readonly Role[]): Capability[] {
  return CAPABILITIES.filter((c) => roles.some((r) => ROLE_CAPABILITIES[r][c]));
}

/** Sections of personal data (access-model.md). */
export const SECTIONS = ['ID', 'CT', 'PS', 'PR', 'JU', 'SG', 'ST'] as const;
export type Section = (typeof SECTIONS)[number];
/** Reads of these sections are audited; ST (aggregates) is not. */
export const AUDITED_SECTIONS: readonly Section[] = ['ID', 'CT', 'PS', 'PR', 'JU'];

/**
 * How an organisation relates to a record: the owner holds it; `referred` has an accepted
 * referral or an open request addressed to it; `shared` has an explicit share with reason and end
 * date; `break_glass` is a user's typed-reason emergency access (24 h); `none` has no relation.
 */
export const RELATIONSHIPS = ['owner', 'referred', 'shared', 'break_glass', 'none'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Sections, with an optional narrowing of one section to named fields (e.g. PR phase only). */
export interface SectionGrant {
  sections: readonly Section[];
  /** Section → the only fields of it this viewer may see (absent = the whole section). */
  only?: Partial<Record<Section, readonly string[]>>;
}

const S = (...sections: Section[]): SectionGrant => ({ sections });
const NONE: SectionGrant = { sections: [] };

/**
 * The table of access-model.md, "Who sees what". Cells not listed there are NONE. Record types can
 * narrow further (a first-line reporter sees only the identity they entered themselves).
 */
export const SECTION_POLICY = {
  first_line_reporter: { owner: S('ID', 'SG'), referred: NONE, shared: NONE, break_glass: NONE, none: NONE },
  centre_caseworker: {
    owner: S('ID', 'CT', 'PS', 'PR', 'JU', 'SG'),
    referred: S('ID', 'PR', 'SG'),
    shared: S('ID', 'PR', 'SG'),
    break_glass: NONE,
    none: NONE,
  },
  centre_coordinator: {
    owner: S('ID', 'CT', 'PS', 'PR', 'JU', 'SG'),
    referred: S('ID', 'PR', 'SG'),
    shared: S('ID', 'PR', 'SG'),
    break_glass: S('ID', 'SG'),
    none: NONE,
  },
  police_investigator: {
    owner: S('ID', 'SG', 'JU'),
    referred: { sections: ['ID', 'JU', 'SG', 'PR'], only: { PR: ['phase'] } },
    shared: { sections: ['ID', 'JU', 'SG', 'PR'], only: { PR: ['phase'] } },
    break_glass: S('ID', 'SG'),
    none: NONE,
  },
  reference_magistrate: { owner: NONE, referred: S('ID', 'PR', 'JU', 'SG'), shared: S('ID', 'PR', 'JU', 'SG'), break_glass: NONE, none: NONE },
  immigration_officer: { owner: NONE, referred: S('ID', 'PR'), shared: NONE, break_glass: NONE, none: NONE },
  guardianship_officer: { owner: NONE, referred: S('ID', 'CT', 'PR'), shared: NONE, break_glass: NONE, none: NONE },
  municipality_clerk: { owner: NONE, referred: { sections: ['ID', 'PR'], only: { PR: ['documentToHandOut'] } }, shared: NONE, break_glass: NONE, none: NONE },
  rapporteur_analyst: { owner: NONE, referred: NONE, shared: NONE, break_glass: NONE, none: S('ST') },
  national_coordinator: { owner: NONE, referred: NONE, shared: NONE, break_glass: NONE, none: S('ST') },
  financial_analyst: { owner: S('SG'), referred: NONE, shared: NONE, break_glass: NONE, none: NONE },
  knowledge_editor: { owner: NONE, referred: NONE, shared: NONE, break_glass: NONE, none: NONE },
  organisation_admin: { owner: NONE, referred: NONE, shared: NONE, break_glass: NONE, none: NONE },
  platform_admin: { owner: NONE, referred: NONE, shared: NONE, break_glass: NONE, none: NONE },
} as const satisfies Record<Role, Record<Relationship, SectionGrant>>;

/** Roles whose members may use break-glass (access-model.md marks them). */
export const BREAK_GLASS_ROLES: readonly Role[] = ROLES.filter((r) => SECTION_POLICY[r].break_glass.sections.length > 0);
export const BREAK_GLASS_HOURS = 24;

/**
 * The union of what a user's roles grant for one relationship. Narrowings merge: a field list is
 * dropped when any role sees the whole section.
 */
export function sectionsFor(roles: readonly Role[], relationship: Relationship): SectionGrant {
  const sections = new Set<Section>();
  const only = new Map<Section, Set<string> | 'all'>();
  for (const role of roles) {
    const g: SectionGrant = SECTION_POLICY[role][relationship];
    for (const s of g.sections) {
      sections.add(s);
      const fields = g.only?.[s];
      const prev = only.get(s);
      if (!fields || prev === 'all') {
        only.set(s, 'all');
      } else {
        only.set(s, new Set([...(prev ?? []), ...fields]));
      }
    }
  }
  const narrowed: Partial<Record<Section, readonly string[]>> = {};
  for (const [s, f] of only) {
    if (f !== 'all') {
      narrowed[s] = [...f];
    }
  }
  return { sections: SECTIONS.filter((s) => sections.has(s)), ...(Object.keys(narrowed).length ? { only: narrowed } : {}) };
}

/** Every human account needs TOTP: every role here can see personal data (at least colleagues'). */
export const ROLES_REQUIRING_TOTP: readonly Role[] = ROLES;
