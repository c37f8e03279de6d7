import type { OrganisationType } from '../admin.ts';
import type { LocalizedText } from '../reference.ts';

/*
 * The shape of a country's victim protection procedure as configuration. The referral/procedure
 * module builds its state machine on exactly this data (phases, transitions, conditions, end
 * reasons); the public referral guide draws its timeline from it. Legal facts are data here, never
 * logic elsewhere: a change of law is a change of this configuration, reviewed like code.
 *
 * Facts that come from secondary sources carry `verify` (a note saying what to confirm); the UI
 * may show them, but nobody should treat them as settled law before they are confirmed.
 */

/** A period: `{ amount: 45, unit: 'day' }`. */
export interface Duration {
  amount: number;
  unit: 'day' | 'month' | 'year';
}

/** A legal or policy text, as data (articles are renumbered; never cite them in code). */
export interface LegalReference {
  code: string;
  /** The reference as the text itself cites it, e.g. "Wet van 15 december 1980, art. 61/2–61/5". */
  citation: string;
  title: LocalizedText;
  url?: string;
  verify?: string;
}

/** The three conditions that hold throughout (Belgium), plus those that later phases add. */
export interface ProcedureCondition {
  code: string;
  text: LocalizedText;
  /** Plain-language wording for the person concerned (victim information, leaflets). */
  plain: LocalizedText;
  /** The first phase (by code) from which the condition is checked. */
  fromPhase: string;
  verify?: string;
}

/** A residence (or other) document issued in a phase. */
export interface ProcedureDocument {
  code: string;
  name: LocalizedText;
  /** The organisation type that decides on and issues the document. */
  issuedBy: readonly OrganisationType[];
  /** The organisation type that physically hands it to the person. */
  handedOutBy: readonly OrganisationType[];
  /** `null` = unlimited. */
  validity: Duration | null;
  extension?: {
    /** How many extensions are possible; `'until_procedure_ends'` = renewable while conditions hold. */
    times: number | 'until_procedure_ends';
    by: Duration;
    /** Codes of conditions checked before each extension. */
    checks: readonly string[];
    /** Who must be consulted before each extension. */
    consults: readonly OrganisationType[];
    note?: LocalizedText;
  };
  verify?: string;
}

/** Who does what in a phase, by organisation type. */
export interface ProcedureStep {
  code: string;
  performedBy: readonly OrganisationType[];
  text: LocalizedText;
  /** Plain-language wording for the person concerned. */
  plain?: LocalizedText;
  verify?: string;
}

export interface ProcedurePhase {
  code: string;
  /** Position on the timeline: 0 detection … 4 permanent stay (Belgium). */
  order: number;
  name: LocalizedText;
  /** For professionals. */
  summary: LocalizedText;
  /** For the person concerned, in plain language. */
  plain: LocalizedText;
  /** When the phase is entered. */
  entry: LocalizedText;
  document: ProcedureDocument | null;
  /** Condition codes in force during this phase. */
  conditions: readonly string[];
  steps: readonly ProcedureStep[];
  verify?: string;
}

/**
 * A precondition of a move, as data. `judicial_outcome`: a conviction or a final requisition
 * retaining trafficking is on the judicial track. `time_in_phase`: the procedure has been in a
 * phase for at least this long on the date of the move (e.g. the Dutch continued residence after
 * 3 years of residence during the criminal procedure).
 */
export type TransitionRequirement = { kind: 'judicial_outcome' } | { kind: 'time_in_phase'; phase: string; atLeast: Duration };

/** An allowed move between phases; the state machine allows nothing else. */
export interface ProcedureTransition {
  code: string;
  from: string;
  to: string;
  /** Who may record the move (organisation types). */
  performedBy: readonly OrganisationType[];
  /** Who must confirm it first (e.g. the magistrate confirms it is a trafficking file). */
  requiresConfirmationBy?: readonly OrganisationType[];
  /**
   * Any one of these must hold. Absent: the default rule, entering a phase whose document is
   * unlimited needs the judicial outcome.
   */
  requiresAnyOf?: readonly TransitionRequirement[];
  text: LocalizedText;
  verify?: string;
}

/** Why a procedure ends. Statistics count every reason (domain brief §5). */
export interface ProcedureEndReason {
  code: string;
  text: LocalizedText;
  /** Whether the reason can occur in every phase, or only from the named phase. */
  fromPhase?: string;
  verify?: string;
}

/** Rules that change the procedure for minors. */
export interface MinorsRules {
  /** Who must be alerted at once when an unaccompanied foreign minor is met. */
  alertAtOnce: readonly OrganisationType[];
  /** Who is involved for every minor (youth protection). */
  alwaysInvolved: readonly OrganisationType[];
  /** Whether a minor's consent is needed for a referral. */
  consentNeededForReferral: boolean;
  /** A longer reflection period or a document issued at once. */
  reflectionPeriod?: Duration;
  rules: readonly { code: string; text: LocalizedText; plain: LocalizedText; verify?: string }[];
  /** Who counts as an unaccompanied foreign minor (for the alert duty). */
  unaccompaniedDefinition: LocalizedText;
  verify?: string;
}

export interface ProcedureConfig {
  country: 'BE' | 'NL';
  /** Bumped on every change; stored with each procedure so history is read with its own rules. */
  version: number;
  /** Date from which this configuration applies (ISO date). */
  validFrom: string;
  name: LocalizedText;
  legalBasis: readonly LegalReference[];
  conditions: readonly ProcedureCondition[];
  phases: readonly ProcedurePhase[];
  transitions: readonly ProcedureTransition[];
  endReasons: readonly ProcedureEndReason[];
  minors: MinorsRules;
  /** Victims with the nationality of the country: no residence steps, but referral and support. */
  ownNationals: { residenceSteps: boolean; text: LocalizedText };
  /** Where a person exploited in a neighbouring country is referred. */
  crossBorder: { contactPointType: OrganisationType; text: LocalizedText };
}

/** The phase with this code, or throws (a programming error: codes come from the same config). */
export function phaseOf(config: ProcedureConfig, code: string): ProcedurePhase {
  const phase = config.phases.find((p) => p.code === code);
  if (!phase) {
    throw new Error(`No phase ${code} in the ${config.country} procedure`);
  }
  return phase;
}

/** The moves allowed from a phase (the referral module's state machine asks exactly this). */
export function transitionsFrom(config: ProcedureConfig, from: string): ProcedureTransition[] {
  return config.transitions.filter((t) => t.from === from);
}

/** Phases in timeline order. */
export function timeline(config: ProcedureConfig): ProcedurePhase[] {
  return [...config.phases].sort((a, b) => a.order - b.order);
}
