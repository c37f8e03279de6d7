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

/**
 * The ISIC rev.4 section of the sectors that are an industry (statistics "by sector (ISIC
 * sections)"). Sectors that are only where a person was met — police, hospital, school, bank,
 * asylum reception, social services, the street, criminal activity, other — have no industry and
 * count as unknown rather than being forced into one. Prostitution and beauty/nail bars fall under
 * S (ISIC 9609 / 9602, other personal service activities); car washes under G (4520).
 */
export const SECTOR_ISIC_SECTION: Readonly<Record<SignalSector, IsicSection | null>> = {
  police_inspection: null,
  construction: 'F',
  hospitality: 'I',
  agriculture: 'A',
  cleaning: 'N',
  domestic_work: 'T',
  transport_logistics: 'H',
  retail_night_shops: 'G',
  meat_processing: 'C',
  beauty_nail_bars: 'S',
  car_wash: 'G',
  prostitution_escort: 'S',
  begging_street: null,
  criminal_activity: null,
  medical: null,
  aviation: null,
  hotel: 'I',
  school_youth: null,
  bank_financial: null,
  asylum_reception: null,
  social_services: null,
  other: null,
};

/** ISIC rev.4 section titles (the same letters and titles as NACE Rev. 2 sections, in the EU's wording). */
export const ISIC_SECTION_NAMES: Readonly<Record<IsicSection, { nl: string; fr: string; de: string; en: string }>> = {
  A: { en: 'Agriculture, forestry and fishing', nl: 'Landbouw, bosbouw en visserij', fr: 'Agriculture, sylviculture et pêche', de: 'Land- und Forstwirtschaft, Fischerei' },
  B: { en: 'Mining and quarrying', nl: 'Winning van delfstoffen', fr: 'Industries extractives', de: 'Bergbau und Gewinnung von Steinen und Erden' },
  C: { en: 'Manufacturing', nl: 'Industrie', fr: 'Industrie manufacturière', de: 'Verarbeitendes Gewerbe' },
  D: { en: 'Electricity, gas, steam and air conditioning supply', nl: 'Productie en distributie van elektriciteit, gas, stoom en gekoelde lucht', fr: 'Production et distribution d’électricité, de gaz, de vapeur et d’air conditionné', de: 'Energieversorgung' },
  E: { en: 'Water supply; sewerage, waste management and remediation', nl: 'Distributie van water; afval- en afvalwaterbeheer en sanering', fr: 'Production et distribution d’eau; assainissement, gestion des déchets et dépollution', de: 'Wasserversorgung; Abwasser- und Abfallentsorgung, Beseitigung von Umweltverschmutzungen' },
  F: { en: 'Construction', nl: 'Bouwnijverheid', fr: 'Construction', de: 'Baugewerbe' },
  G: { en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles', nl: 'Groot- en detailhandel; reparatie van auto’s en motorfietsen', fr: 'Commerce; réparation d’automobiles et de motocycles', de: 'Handel; Instandhaltung und Reparatur von Kraftfahrzeugen' },
  H: { en: 'Transportation and storage', nl: 'Vervoer en opslag', fr: 'Transports et entreposage', de: 'Verkehr und Lagerei' },
  I: { en: 'Accommodation and food service activities', nl: 'Verschaffen van accommodatie en maaltijden', fr: 'Hébergement et restauration', de: 'Gastgewerbe' },
  J: { en: 'Information and communication', nl: 'Informatie en communicatie', fr: 'Information et communication', de: 'Information und Kommunikation' },
  K: { en: 'Financial and insurance activities', nl: 'Financiële activiteiten en verzekeringen', fr: 'Activités financières et d’assurance', de: 'Finanz- und Versicherungsdienstleistungen' },
  L: { en: 'Real estate activities', nl: 'Exploitatie van en handel in onroerend goed', fr: 'Activités immobilières', de: 'Grundstücks- und Wohnungswesen' },
  M: { en: 'Professional, scientific and technical activities', nl: 'Vrije beroepen en wetenschappelijke en technische activiteiten', fr: 'Activités spécialisées, scientifiques et techniques', de: 'Freiberufliche, wissenschaftliche und technische Dienstleistungen' },
  N: { en: 'Administrative and support service activities', nl: 'Administratieve en ondersteunende diensten', fr: 'Activités de services administratifs et de soutien', de: 'Sonstige wirtschaftliche Dienstleistungen' },
  O: { en: 'Public administration and defence; compulsory social security', nl: 'Openbaar bestuur en defensie; verplichte sociale verzekeringen', fr: 'Administration publique et défense; sécurité sociale obligatoire', de: 'Öffentliche Verwaltung, Verteidigung; Sozialversicherung' },
  P: { en: 'Education', nl: 'Onderwijs', fr: 'Enseignement', de: 'Erziehung und Unterricht' },
  Q: { en: 'Human health and social work activities', nl: 'Menselijke gezondheidszorg en maatschappelijke dienstverlening', fr: 'Santé humaine et action sociale', de: 'Gesundheits- und Sozialwesen' },
  R: { en: 'Arts, entertainment and recreation', nl: 'Kunst, amusement en recreatie', fr: 'Arts, spectacles et activités récréatives', de: 'Kunst, Unterhaltung und Erholung' },
  S: { en: 'Other service activities', nl: 'Overige diensten', fr: 'Autres activités de services', de: 'Sonstige Dienstleistungen' },
  T: { en: 'Activities of households as employers', nl: 'Huishoudens als werkgever', fr: 'Activités des ménages en tant qu’employeurs', de: 'Private Haushalte mit Hauspersonal' },
  U: { en: 'Activities of extraterritorial organisations and bodies', nl: 'Extraterritoriale organisaties en lichamen', fr: 'Activités extra-territoriales', de: 'Exterritoriale Organisationen und Körperschaften' },
};

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
