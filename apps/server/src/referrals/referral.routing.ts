import { inArray } from 'drizzle-orm';
import { EU_EEA_COUNTRIES, type OrganisationType, type ReferralPurpose, type RoutingProposal } from '@keten/shared';
import type { ProcedureConfig } from '@keten/shared/procedure/types';
import type { Executor } from '../db/types.ts';
import { organisations } from '../organisations/organisation.schema.ts';

/**
 * The referral routing rules as data (domain brief §2–§3, circular of 23 December 2016): who is
 * proposed as recipient for a person, given the district, languages, age and where the
 * exploitation took place. A deployment changes this table, not the code below.
 */
export const REFERRAL_ROUTING = {
  /** The specialised centre serving the district; among several, those speaking the person's language first. */
  centre: { type: 'specialised_centre', purpose: 'centre_intake' },
  /** Every minor (or possible minor): youth protection through the youth prosecutor. */
  minor: { type: 'youth_prosecutor', purpose: 'youth_prosecutor', when: ['yes', 'unsure'] },
  /** An apparently unaccompanied foreign (non-EEA) minor: the Guardianship Service, at once. */
  unaccompaniedForeignMinor: { type: 'guardianship_service', purpose: 'guardianship', when: ['yes', 'unsure'] },
  /** The district's reference magistrate: the labour auditor for labour exploitation, else the prosecutor. */
  magistrate: { type: 'prosecutor_office', labourType: 'labour_auditor', labourForms: ['labour'], purpose: 'reference_magistrate' },
  /** Exploited in a neighbouring country: that country's contact point (type from the procedure config). */
  crossBorder: { countries: ['NL', 'LU'], purpose: 'benelux_contact_point' },
} as const satisfies Record<string, { purpose: ReferralPurpose; type?: OrganisationType; [key: string]: unknown }>;

export interface RoutingInput {
  judicialDistrict: string | null;
  languages: readonly string[];
  minor: 'yes' | 'no' | 'unsure';
  unaccompanied: 'yes' | 'no' | 'unsure' | null;
  nationality: string | null;
  forms: readonly string[];
  exploitationCountry: string | null;
}

type OrgRow = { id: string; name: string; type: OrganisationType; servesDistricts: string[]; workingLanguages: string[] };

function serving(rows: OrgRow[], type: OrganisationType, district: string | null): OrgRow[] {
  const ofType = rows.filter((r) => r.type === type);
  if (!district) {
    return ofType;
  }
  return ofType.filter((r) => r.servesDistricts.includes(district));
}

/** Whether an adult's consent is needed: minors are referred without it (config `minors`). */
export function consentNeeded(config: ProcedureConfig, minor: RoutingInput['minor']): boolean {
  return minor === 'no' || config.minors.consentNeededForReferral;
}

/** The proposed recipients, each with the rule that proposed it. */
export async function proposeRecipients(db: Executor, config: ProcedureConfig, input: RoutingInput): Promise<RoutingProposal[]> {
  const R = REFERRAL_ROUTING;
  const types: OrganisationType[] = [R.centre.type, R.minor.type, R.unaccompaniedForeignMinor.type, R.magistrate.type, R.magistrate.labourType, config.crossBorder.contactPointType];
  const rows = (await db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, servesDistricts: organisations.servesDistricts, workingLanguages: organisations.workingLanguages })
    .from(organisations)
    .where(inArray(organisations.type, types))) as OrgRow[];
  const consent = consentNeeded(config, input.minor);
  const out: RoutingProposal[] = [];
  const add = (r: OrgRow, purpose: ReferralPurpose, rule: string, needsConsent: boolean) => {
    out.push({ organisationId: r.id, name: r.name, type: r.type, purpose, rule, consentNeeded: needsConsent });
  };

  const centres = serving(rows, R.centre.type, input.judicialDistrict);
  const speaking = centres.filter((c) => input.languages.some((l) => c.workingLanguages.includes(l)));
  for (const c of speaking.length > 0 ? speaking : centres) {
    add(c, R.centre.purpose, speaking.length > 0 ? 'district_language' : 'district', consent);
  }
  const isMinor = (R.minor.when as readonly string[]).includes(input.minor);
  if (isMinor) {
    // Youth protection does not need the minor's consent (config `minors.consentNeededForReferral`).
    for (const y of serving(rows, R.minor.type, input.judicialDistrict)) {
      add(y, R.minor.purpose, 'minor', false);
    }
    const unaccompanied = input.unaccompanied !== null && (R.unaccompaniedForeignMinor.when as readonly string[]).includes(input.unaccompanied);
    const foreign = input.nationality === null || !EU_EEA_COUNTRIES.includes(input.nationality);
    if (unaccompanied && foreign) {
      for (const g of rows.filter((r) => r.type === R.unaccompaniedForeignMinor.type)) {
        add(g, R.unaccompaniedForeignMinor.purpose, 'unaccompanied_foreign_minor', false);
      }
    }
  }
  const labour = input.forms.some((f) => (R.magistrate.labourForms as readonly string[]).includes(f));
  const magistrates = serving(rows, labour ? R.magistrate.labourType : R.magistrate.type, input.judicialDistrict);
  for (const m of magistrates) {
    add(m, R.magistrate.purpose, labour ? 'labour_exploitation' : 'district', consent);
  }
  if (input.exploitationCountry && (R.crossBorder.countries as readonly string[]).includes(input.exploitationCountry)) {
    for (const b of rows.filter((r) => r.type === config.crossBorder.contactPointType)) {
      add(b, R.crossBorder.purpose, 'exploited_abroad', consent);
    }
  }
  return out;
}
