import { evaluateCombinationRule } from './catalogues/combination-rule.ts';
import { EU_EEA_COUNTRIES } from './eea.ts';
import type { CatalogueDefinition, ExploitationForm, SmugglingOutcome } from './vocabulary.ts';

/**
 * The live guidance of the signal wizard: what to do now, recomputed as the form changes, in the
 * browser and again on the server at submit. Pure and data-driven: thresholds and contacts come
 * in as data. Belgian law does not make coercion an element of trafficking (act + purpose
 * suffice), so no rule here looks at coercion indicators: they count like any other sign.
 */

export type TriState = 'yes' | 'no' | 'unsure';

export interface GuidanceInput {
  immediateDanger: boolean;
  minor: TriState;
  unaccompanied: TriState | null;
  /** ISO 3166-1 alpha-2, or null when unknown. */
  nationality: string | null;
  judicialDistrict: string | null;
  /** Languages the person speaks (ISO 639). */
  languages: readonly string[];
  forms: readonly ExploitationForm[];
  smuggling: SmugglingOutcome;
  /** Where the exploitation took place, ISO alpha-2 (BE by default). */
  exploitationCountry: string | null;
  consent: 'yes' | 'no' | 'unknown' | 'not_needed_minor';
  ticks: readonly { catalogue: string; id: string }[];
}

export interface DirectoryContact {
  organisationId: string;
  type: string;
  name: string;
  servesDistricts: readonly string[];
  workingLanguages: readonly string[];
  country: string;
  phone?: string | undefined;
  hours?: Partial<Record<'nl' | 'fr' | 'de' | 'en', string>> | undefined;
}

export interface GuidanceRules {
  /** Ticks (any strength, any list) from which a centre should be contacted when no list sets its own threshold. */
  defaultThreshold: number;
  /** A single strong indicator is enough to contact a centre. */
  strongIndicatorSuffices: boolean;
  /** A suspected form of exploitation chosen by the professional is enough to contact a centre. */
  suspectedFormSuffices: boolean;
}

export const DEFAULT_GUIDANCE_RULES: GuidanceRules = { defaultThreshold: 2, strongIndicatorSuffices: true, suspectedFormSuffices: true };

export const GUIDANCE_CODES = [
  'call_112',
  'minor_no_consent_needed',
  'minor_youth_prosecutor',
  'minor_guardianship_alert',
  'contact_centre',
  'tell_rights_and_conditions',
  'inform_reference_magistrate',
  'belgian_victims_too',
  'smuggling_differs',
  'aggravated_smuggling_protection',
  'benelux_contact_point',
  'anonymous_notification',
  'keep_observing',
] as const;
export type GuidanceCode = (typeof GUIDANCE_CODES)[number];

export interface GuidanceItem {
  code: GuidanceCode;
  priority: 'urgent' | 'action' | 'info';
  /** Why this item appears (indicator counts, the rule that fired), for the plain-language explanation. */
  because: Record<string, string | number | boolean>;
  contacts: DirectoryContact[];
}

export interface IndicatorAssessment {
  ticked: number;
  byCatalogue: Record<string, { ticked: number; threshold: number | null; strong: number; reached: boolean }>;
  strong: number;
  iloEcPositive: boolean | null;
  thresholdReached: boolean;
}

/** The ILO/EC combination rule, evaluated by the catalogues' own evaluator (one implementation). */
export const evaluateRule = evaluateCombinationRule;

export function assessIndicators(
  ticks: GuidanceInput['ticks'],
  catalogues: readonly CatalogueDefinition[],
  rules: GuidanceRules,
): IndicatorAssessment {
  const byCatalogue: IndicatorAssessment['byCatalogue'] = {};
  let strong = 0;
  let iloEcPositive: boolean | null = null;
  let reached = false;
  for (const cat of catalogues) {
    const ids = new Set(ticks.filter((t) => t.catalogue === cat.key).map((t) => t.id));
    const known = cat.indicators.filter((i) => ids.has(i.id));
    if (known.length === 0) {
      continue;
    }
    const s = known.filter((i) => i.strength === 'strong').length;
    strong += s;
    const threshold = cat.threshold ?? null;
    const catReached = threshold !== null ? known.length >= threshold : false;
    byCatalogue[cat.key] = { ticked: known.length, threshold, strong: s, reached: catReached };
    reached ||= catReached;
    if (cat.combinationRule) {
      const r = evaluateRule(cat.combinationRule, cat, ids).positive;
      iloEcPositive = (iloEcPositive ?? false) || r;
    }
  }
  const ticked = Object.values(byCatalogue).reduce((n, c) => n + c.ticked, 0);
  const thresholdReached =
    reached || ticked >= rules.defaultThreshold || (rules.strongIndicatorSuffices && strong > 0) || iloEcPositive === true;
  return { ticked, byCatalogue, strong, iloEcPositive, thresholdReached };
}

const byLanguageMatch = (languages: readonly string[]) => (a: DirectoryContact, b: DirectoryContact) =>
  Number(b.workingLanguages.some((l) => languages.includes(l))) - Number(a.workingLanguages.some((l) => languages.includes(l)));

/** The contacts of one organisation type serving the district (all of that type when the district is unknown). */
export function contactsFor(directory: readonly DirectoryContact[], type: string, district: string | null, languages: readonly string[] = []): DirectoryContact[] {
  const ofType = directory.filter((c) => c.type === type);
  const serving = district ? ofType.filter((c) => c.servesDistricts.includes(district)) : [];
  return [...(serving.length > 0 ? serving : ofType)].sort(byLanguageMatch(languages));
}

export function evaluateGuidance(
  input: GuidanceInput,
  context: { catalogues: readonly CatalogueDefinition[]; directory: readonly DirectoryContact[]; rules?: GuidanceRules },
): { items: GuidanceItem[]; assessment: IndicatorAssessment } {
  const rules = context.rules ?? DEFAULT_GUIDANCE_RULES;
  const items: GuidanceItem[] = [];
  const add = (code: GuidanceCode, priority: GuidanceItem['priority'], because: GuidanceItem['because'] = {}, contacts: DirectoryContact[] = []): void => {
    items.push({ code, priority, because, contacts });
  };
  const assessment = assessIndicators(input.ticks, context.catalogues, rules);
  const possiblyMinor = input.minor !== 'no';
  // Non-EEA minors, and EEA minors who may not meet residence conditions, fall under the
  // Guardianship Service: a first-line actor cannot check residence conditions on the spot, so
  // every non-Belgian (or unknown) unaccompanied minor is reported, and the text says which case.
  const foreign = input.nationality !== 'BE';
  const eea = input.nationality !== null && EU_EEA_COUNTRIES.includes(input.nationality);
  const hasExploitationSigns = assessment.ticked > 0 || input.forms.length > 0;

  if (input.immediateDanger) {
    add('call_112', 'urgent');
  }
  if (possiblyMinor) {
    // For every minor no consent is needed to refer, and youth protection is involved.
    add('minor_no_consent_needed', 'action', { minor: input.minor });
    add('minor_youth_prosecutor', 'action', { minor: input.minor }, contactsFor(context.directory, 'youth_prosecutor', input.judicialDistrict, input.languages));
    if (foreign && input.unaccompanied !== 'no') {
      // Any authority meeting an (apparently) unaccompanied foreign minor alerts the Guardianship Service at once.
      add(
        'minor_guardianship_alert',
        'urgent',
        { minor: input.minor, unaccompanied: input.unaccompanied ?? 'unsure', nationalityKnown: input.nationality !== null, eea },
        contactsFor(context.directory, 'guardianship_service', null),
      );
    }
  }
  const formSuffices = rules.suspectedFormSuffices && input.forms.length > 0;
  const contactCentre = assessment.thresholdReached || formSuffices || (possiblyMinor && hasExploitationSigns);
  if (contactCentre) {
    add(
      'contact_centre',
      input.immediateDanger ? 'action' : 'urgent',
      {
        ticked: assessment.ticked,
        strong: assessment.strong,
        iloEcPositive: assessment.iloEcPositive ?? false,
        formsChosen: input.forms.length,
      },
      contactsFor(context.directory, 'specialised_centre', input.judicialDistrict, input.languages),
    );
    add('tell_rights_and_conditions', 'action');
    add('inform_reference_magistrate', 'info', {}, contactsFor(context.directory, 'prosecutor_office', input.judicialDistrict, input.languages));
    if (input.nationality === 'BE') {
      add('belgian_victims_too', 'info');
    }
  }
  if (input.smuggling !== 'none' && !hasExploitationSigns) {
    add('smuggling_differs', 'info', { smuggling: input.smuggling });
  }
  if (input.smuggling === 'aggravated_smuggling') {
    add('aggravated_smuggling_protection', 'action', {}, contactsFor(context.directory, 'specialised_centre', input.judicialDistrict, input.languages));
  }
  if (input.exploitationCountry === 'NL' || input.exploitationCountry === 'LU') {
    add(
      'benelux_contact_point',
      'action',
      { country: input.exploitationCountry },
      context.directory.filter((c) => c.type === 'benelux_contact_point' && c.country === input.exploitationCountry),
    );
  }
  if (!possiblyMinor && input.consent === 'no') {
    add('anonymous_notification', 'info');
  }
  if (!contactCentre && !input.immediateDanger && input.smuggling === 'none') {
    add('keep_observing', 'info', { ticked: assessment.ticked });
  }
  return { items, assessment };
}
