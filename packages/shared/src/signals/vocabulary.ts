import { z } from 'zod';
import type { LocalizedText } from '../reference.ts';

/**
 * The five purposes of exploitation in Belgian law (Criminal Code art. 433quinquies; renumbered in
 * the 2024 Code — legal references are data, see LEGAL_REFERENCES), plus smuggling as a separate
 * outcome. Each maps to HTCDS `vic_TypeOfExploitation` values for exchange.
 */
export const EXPLOITATION_FORMS = ['sexual', 'begging', 'labour', 'organ_removal', 'forced_criminality'] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];
export const ExploitationFormSchema = z.enum(EXPLOITATION_FORMS);

export const HTCDS_EXPLOITATION_TYPES = [
  'ForcedLabour',
  'SexualExploitation',
  'ChildLabour',
  'ForcedMarriage',
  'Servitude',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'ForcedBegging',
  'ForcedAdoption',
  'Surrogacy',
  'Other',
] as const;
export type HtcdsExploitationType = (typeof HTCDS_EXPLOITATION_TYPES)[number];

/** Belgian category → HTCDS value. Forced criminality has no HTCDS value: `Other` + our extension field. */
export const FORM_TO_HTCDS: Record<ExploitationForm, HtcdsExploitationType> = {
  sexual: 'SexualExploitation',
  begging: 'ForcedBegging',
  labour: 'ForcedLabour',
  organ_removal: 'OrganRemoval',
  forced_criminality: 'Other',
};

/** Outcome of a signal's assessment of form: trafficking forms, smuggling only, or unclear. */
export const SMUGGLING_OUTCOMES = ['none', 'smuggling_only', 'aggravated_smuggling'] as const;
export type SmugglingOutcome = (typeof SMUGGLING_OUTCOMES)[number];

/** ISIC rev.4 sections, as in HTCDS `vic_ForcedLabourIndustry`. */
export const ISIC_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type IsicSection = (typeof ISIC_SECTIONS)[number];

/**
 * Where a first-line actor meets the person, which decides which indicator lists fit. Each maps to
 * the catalogues offered first in the wizard (the user can add others).
 */
export const SIGNAL_SECTORS = [
  'police_inspection',
  'construction',
  'hospitality',
  'agriculture',
  'cleaning',
  'domestic_work',
  'transport_logistics',
  'retail_night_shops',
  'meat_processing',
  'beauty_nail_bars',
  'car_wash',
  'prostitution_escort',
  'begging_street',
  'criminal_activity',
  'medical',
  'aviation',
  'hotel',
  'school_youth',
  'bank_financial',
  'asylum_reception',
  'social_services',
  'other',
] as const;
export type SignalSector = (typeof SIGNAL_SECTORS)[number];

export const INDICATOR_STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type IndicatorStrength = (typeof INDICATOR_STRENGTHS)[number];

export const TARGET_GROUPS = ['adult', 'child'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The six dimensions of the ILO/EC operational indicators (2009). */
export const ILO_EC_DIMENSIONS = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
  'exploitative_conditions',
  'coercion_at_destination',
  'abuse_of_vulnerability_at_destination',
] as const;
export type IloEcDimension = (typeof ILO_EC_DIMENSIONS)[number];

export interface IndicatorDefinition {
  /** Stable within the catalogue across versions (e.g. `gen.no_freedom_of_movement`). */
  id: string;
  text: LocalizedText;
  /** A short plain-language explanation or example for the field actor (optional). */
  hint?: LocalizedText;
  /** ILO/EC dimension, or another grouping of the list (`group`) for lists without dimensions. */
  dimension?: IloEcDimension;
  group?: string;
  strength?: IndicatorStrength;
  targetGroups: readonly TargetGroup[];
  forms: readonly ExploitationForm[];
  /** True when the sign concerns coercion; guidance never REQUIRES these (not an element of the Belgian offence). */
  coercion?: boolean;
}

/** A dimension is positive when the ticked indicators meet one of these minimum combinations. */
export interface DimensionRule {
  anyOf: readonly Partial<Record<IndicatorStrength, number>>[];
}

/**
 * The ILO/EC combination rule as configuration: the assessment is positive when, for every group
 * in `allOf`, at least one of its dimensions is positive.
 */
export interface CombinationRule {
  kind: 'ilo_ec_2009';
  dimension: DimensionRule;
  allOf: readonly (readonly IloEcDimension[])[];
}

export interface CatalogueDefinition {
  key: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  source: { name: string; year?: number; url?: string; note?: string };
  /** Sectors for which the wizard proposes this list first. */
  sectors: readonly SignalSector[];
  targetGroups: readonly TargetGroup[];
  /** Ticking this many indicators (of any strength) suggests contacting a centre. */
  threshold?: number;
  combinationRule?: CombinationRule;
  indicators: readonly IndicatorDefinition[];
}
