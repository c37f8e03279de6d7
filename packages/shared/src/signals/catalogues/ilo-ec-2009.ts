import type { LocalizedText } from '../../reference.ts';
import type {
  CatalogueDefinition,
  CombinationRule,
  DimensionRule,
  ExploitationForm,
  IloEcDimension,
  IndicatorDefinition,
  IndicatorStrength,
  SignalSector,
  TargetGroup,
} from '../vocabulary.ts';

/**
 * ILO & European Commission, "Operational indicators of trafficking in human beings" (Delphi
 * survey, March 2009, revised September 2009): four sets — adults and children, labour and sexual
 * exploitation — each in the same six dimensions, every indicator graded strong, medium or weak.
 *
 * Why four catalogues and not one: a combination rule is judged on ONE set (ticks from the adult
 * labour set must not count towards the adult sexual set), guidance evaluates one rule per
 * catalogue, and the children's sets need a different rule. With one catalogue per set the wizard
 * simply offers the set that fits the person (target group) and the sector, and
 * `evaluateCombinationRule(catalogue.combinationRule, catalogue, ticks)` needs no filtering.
 * The four share one table below, so a wording fix reaches all four at once.
 *
 * Grades: the table lists them as four letters in the order adult labour, adult sexual, child
 * labour, child sexual (S strong, M medium, W weak, - not in that set). The adult labour grades
 * follow the publication as we know it. Less certain, and to be checked against the publication
 * before anyone relies on a single grade:
 *  - adult sexual: taken as the adult labour grade except "forced to accept clients or acts"
 *    (strong) and "excessive hours" (medium: as we recall, the sexual sets have no strong
 *    indicator in the exploitation dimension);
 *  - children: the children's sets, as we recall them, have no weak grade — what is weak for
 *    adults is medium for children, and threats, abduction/sale, debt bondage and being forced
 *    into tasks, clients or crime are strong; "deceived about schooling" is strong;
 *  - child sexual: "hazardous work" strong (sex without protection, violence of clients); items
 *    about contracts and the conditions of prostitution left out (a child cannot consent to any).
 * The texts are Keten's own short wording of each indicator, not the publication's.
 */

export const ILO_EC_SETS = ['adult_labour', 'adult_sexual', 'child_labour', 'child_sexual'] as const;
export type IloEcSet = (typeof ILO_EC_SETS)[number];

type Grade = 'S' | 'M' | 'W' | '-';
/** Adult labour, adult sexual, child labour, child sexual. */
type GradeCode = `${Grade}${Grade}${Grade}${Grade}`;

const GRADES: Readonly<Record<string, IndicatorStrength | undefined>> = { S: 'strong', M: 'medium', W: 'weak' };

interface Row {
  dimension: IloEcDimension;
  slug: string;
  grades: GradeCode;
  text: LocalizedText;
  /** Wording for the two sexual-exploitation sets, where it differs. */
  sexualText?: LocalizedText;
  hint?: LocalizedText;
  /** Also points to forced criminality (labour sets only). */
  criminal?: true;
}

// A dimension is positive when the ticked indicators reach one of these minimums: two strong; one
// strong with one medium or weak; three medium; or two medium with one weak (the last is in the
// publication as we know it and was missing from an earlier draft of this rule).
export const ILO_EC_2009_DIMENSION_RULE: DimensionRule = {
  anyOf: [{ strong: 2 }, { strong: 1, medium: 1 }, { strong: 1, weak: 1 }, { medium: 3 }, { medium: 2, weak: 1 }],
};

const RECRUITMENT_DIMENSIONS = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
] as const satisfies readonly IloEcDimension[];

/**
 * Adults, as in the publication: (deceptive OR coercive recruitment OR recruitment by abuse of
 * vulnerability) AND exploitative conditions AND (coercion OR abuse of vulnerability at
 * destination). Exploitation is a group of its own: a proposal that lets coercion at destination
 * stand in for it would call someone a victim without any sign of exploitation, the one element
 * Belgian law does require. The last group can be met by abuse of vulnerability alone, so the
 * rule never REQUIRES a coercion indicator. This is the ILO/EC assessment, not the Belgian
 * offence (no means are needed there): a negative result must never hold back a referral, and
 * guidance uses the catalogue threshold as well.
 */
export const ILO_EC_2009_ADULT_RULE: CombinationRule = {
  kind: 'ilo_ec_2009',
  dimension: ILO_EC_2009_DIMENSION_RULE,
  allOf: [RECRUITMENT_DIMENSIONS, ['exploitative_conditions'], ['coercion_at_destination', 'abuse_of_vulnerability_at_destination']],
};

/**
 * Children: no means are needed for a minor (Palermo Protocol art. 3(c); Belgian law for everyone),
 * so the third group of the adult rule goes. What must still show is the exploitation: either
 * exploitative conditions, or coercion at destination, whose strong children's indicators (forced
 * into tasks, clients or crime) are the exploitation itself. Abuse of vulnerability at destination
 * alone is left out on purpose: a recruited child who is vulnerable is not yet shown to be exploited.
 * This is Keten's configuration derived from the publication's logic; change it here if the
 * coordination bureau decides otherwise.
 */
export const ILO_EC_2009_CHILD_RULE: CombinationRule = {
  kind: 'ilo_ec_2009',
  dimension: ILO_EC_2009_DIMENSION_RULE,
  allOf: [RECRUITMENT_DIMENSIONS, ['exploitative_conditions', 'coercion_at_destination']],
};

const COERCIVE_DIMENSIONS: ReadonlySet<IloEcDimension> = new Set(['coercive_recruitment', 'coercion_at_destination']);

// Texts used in more than one dimension.
const T = {
  violence: {
    nl: 'Geweld tegen de persoon',
    fr: 'Violence contre la personne',
    de: 'Gewalt gegen die Person',
    en: 'Violence against the person',
  },
  threats: {
    nl: 'Bedreiging met geweld',
    fr: 'Menaces de violence',
    de: 'Androhung von Gewalt',
    en: 'Threats of violence',
  },
  debtBondage: {
    nl: 'Schuldslavernij: moet een schuld afwerken',
    fr: 'Servitude pour dettes : doit rembourser une dette en travaillant',
    de: 'Schuldknechtschaft: muss eine Schuld abarbeiten',
    en: 'Debt bondage: has to work off a debt',
  },
  documents: {
    nl: 'Documenten zijn afgenomen',
    fr: 'Papiers confisqués',
    de: 'Papiere wurden abgenommen',
    en: 'Documents taken away',
  },
  isolation: {
    nl: 'Afzondering, opsluiting of bewaking',
    fr: 'Isolement, enfermement ou surveillance',
    de: 'Isolation, Einsperren oder Überwachung',
    en: 'Isolation, confinement or surveillance',
  },
  denunciation: {
    nl: 'Dreiging met aangifte bij politie of migratiediensten',
    fr: 'Menace de dénonciation à la police ou à l’immigration',
    de: 'Drohung mit Anzeige bei Polizei oder Ausländerbehörde',
    en: 'Threat of being reported to the police or immigration',
  },
  informFamily: {
    nl: 'Dreiging om familie, gemeenschap of publiek in te lichten',
    fr: 'Menace d’informer la famille, la communauté ou le public',
    de: 'Drohung, Familie, Gemeinschaft oder Öffentlichkeit zu informieren',
    en: 'Threat to tell family, community or the public',
  },
  familyViolence: {
    nl: 'Geweld of dreiging met geweld tegen familie',
    fr: 'Violence ou menaces contre la famille',
    de: 'Gewalt oder Gewaltandrohung gegen die Familie',
    en: 'Violence or threats against family',
  },
  pastHardship: {
    nl: 'Moeilijk verleden of eerder slachtoffer geweest',
    fr: 'Passé difficile ou déjà victime auparavant',
    de: 'Schwierige Vergangenheit oder schon früher Opfer',
    en: 'Hard past or earlier victimisation',
  },
  economicHardship: {
    nl: 'Armoede, schulden of familie die van het geld afhangt',
    fr: 'Pauvreté, dettes ou famille qui dépend de l’argent',
    de: 'Armut, Schulden oder Familie, die vom Geld abhängt',
    en: 'Poverty, debts or family relying on the money',
  },
} satisfies Record<string, LocalizedText>;

const ROWS: readonly Row[] = [
  // — deceptive recruitment —
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_nature_of_job',
    grades: 'SSSS',
    text: {
      nl: 'Misleid over het soort werk, de plaats of de werkgever',
      fr: 'Trompé(e) sur la nature du travail, le lieu ou l’employeur',
      de: 'Über Art der Arbeit, Ort oder Arbeitgeber getäuscht',
      en: 'Deceived about the type of work, the place or the employer',
    },
    hint: {
      nl: 'Beloofd: werk in een restaurant of als oppas. In werkelijkheid: ander werk, elders, voor iemand anders.',
      fr: 'Promis : un emploi au restaurant ou de baby-sitter. En réalité : un autre travail, ailleurs, pour quelqu’un d’autre.',
      de: 'Versprochen: Arbeit im Restaurant oder als Babysitter. In Wirklichkeit: andere Arbeit, anderswo, für jemand anderen.',
      en: 'Promised: a job in a restaurant or as a babysitter. In reality: other work, elsewhere, for someone else.',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_conditions',
    grades: 'MMM-',
    text: {
      nl: 'Misleid over de arbeidsomstandigheden',
      fr: 'Trompé(e) sur les conditions de travail',
      de: 'Über die Arbeitsbedingungen getäuscht',
      en: 'Deceived about working conditions',
    },
    sexualText: {
      nl: 'Misleid over de omstandigheden van de prostitutie',
      fr: 'Trompé(e) sur les conditions de la prostitution',
      de: 'Über die Bedingungen der Prostitution getäuscht',
      en: 'Deceived about the conditions of prostitution',
    },
    hint: {
      nl: 'Wist welk werk het was, maar niet de uren, de regels of hoeveel er moest worden afgegeven.',
      fr: 'Savait quel travail c’était, mais pas les horaires, les règles ni combien il faudrait reverser.',
      de: 'Wusste, um welche Arbeit es geht, aber nicht Arbeitszeiten, Regeln oder wie viel abzugeben ist.',
      en: 'Knew what the work was, but not the hours, the rules or how much would have to be handed over.',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_pay',
    grades: 'MMMM',
    text: {
      nl: 'Misleid over loon of verdiensten',
      fr: 'Trompé(e) sur le salaire ou les gains',
      de: 'Über Lohn oder Verdienst getäuscht',
      en: 'Deceived about pay or earnings',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_contract',
    grades: 'MMM-',
    text: {
      nl: 'Misleid over de inhoud of de wettigheid van het contract',
      fr: 'Trompé(e) sur le contenu ou la légalité du contrat',
      de: 'Über Inhalt oder Rechtmäßigkeit des Vertrags getäuscht',
      en: 'Deceived about what the contract says or whether it is legal',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_housing',
    grades: 'MMMM',
    text: {
      nl: 'Misleid over huisvesting en leefomstandigheden',
      fr: 'Trompé(e) sur le logement et les conditions de vie',
      de: 'Über Unterkunft und Lebensbedingungen getäuscht',
      en: 'Deceived about housing and living conditions',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_papers',
    grades: 'MMMM',
    text: {
      nl: 'Misleid over verblijfspapieren of een wettig verblijf',
      fr: 'Trompé(e) sur les papiers de séjour ou un séjour légal',
      de: 'Über Aufenthaltspapiere oder legalen Aufenthalt getäuscht',
      en: 'Deceived about residence papers or legal status',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_journey',
    grades: 'MMMM',
    text: {
      nl: 'Misleid over de reis of de voorwaarden van de werving',
      fr: 'Trompé(e) sur le voyage ou les conditions du recrutement',
      de: 'Über die Reise oder die Anwerbebedingungen getäuscht',
      en: 'Deceived about the journey or the terms of recruitment',
    },
    hint: {
      nl: 'De reis- en bemiddelingskosten blijken achteraf een schuld te zijn.',
      fr: 'Les frais de voyage et de placement se révèlent ensuite être une dette.',
      de: 'Reise- und Vermittlungskosten entpuppen sich später als Schulden.',
      en: 'Travel and recruitment costs turn out to be a debt afterwards.',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_family_reunification',
    grades: 'MMMM',
    text: {
      nl: 'Misleid met de belofte van gezinshereniging',
      fr: 'Trompé(e) par une promesse de regroupement familial',
      de: 'Mit dem Versprechen der Familienzusammenführung getäuscht',
      en: 'Deceived with a promise of family reunification',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_by_marriage_or_adoption',
    grades: 'MMMM',
    text: {
      nl: 'Misleid met een belofte van huwelijk of adoptie',
      fr: 'Trompé(e) par une promesse de mariage ou d’adoption',
      de: 'Mit einem Heirats- oder Adoptionsversprechen getäuscht',
      en: 'Deceived with a promise of marriage or adoption',
    },
  },
  {
    dimension: 'deceptive_recruitment',
    slug: 'deceived_about_schooling',
    grades: 'WWSS',
    text: {
      nl: 'Misleid over school of opleiding',
      fr: 'Trompé(e) sur la scolarité ou une formation',
      de: 'Über Schule oder Ausbildung getäuscht',
      en: 'Deceived about schooling or training',
    },
  },

  // — coercive recruitment —
  { dimension: 'coercive_recruitment', slug: 'violence_against_person', grades: 'SSSS', text: T.violence },
  { dimension: 'coercive_recruitment', slug: 'threats_of_violence', grades: 'MMSS', text: T.threats },
  {
    dimension: 'coercive_recruitment',
    slug: 'abduction_forced_marriage_or_sale',
    grades: 'MMSS',
    text: {
      nl: 'Ontvoering, gedwongen huwelijk of adoptie, of verkoop van de persoon',
      fr: 'Enlèvement, mariage ou adoption forcés, ou vente de la personne',
      de: 'Entführung, Zwangsheirat oder -adoption, oder Verkauf der Person',
      en: 'Abduction, forced marriage or adoption, or sale of the person',
    },
  },
  { dimension: 'coercive_recruitment', slug: 'debt_bondage', grades: 'MMSS', text: T.debtBondage },
  { dimension: 'coercive_recruitment', slug: 'documents_taken', grades: 'MMMM', text: T.documents },
  { dimension: 'coercive_recruitment', slug: 'isolation_confinement_surveillance', grades: 'MMMM', text: T.isolation },
  { dimension: 'coercive_recruitment', slug: 'threat_of_denunciation', grades: 'MMMM', text: T.denunciation },
  { dimension: 'coercive_recruitment', slug: 'threat_to_inform_family', grades: 'MMMM', text: T.informFamily },
  { dimension: 'coercive_recruitment', slug: 'violence_against_family', grades: 'MMMM', text: T.familyViolence },
  {
    dimension: 'coercive_recruitment',
    slug: 'money_held_back',
    grades: 'MMMM',
    text: {
      nl: 'Geld wordt achtergehouden',
      fr: 'Argent retenu',
      de: 'Geld wird einbehalten',
      en: 'Money is held back',
    },
  },

  // — recruitment by abuse of vulnerability —
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'difficult_family_situation',
    grades: 'MMMM',
    text: {
      nl: 'Misbruik van een moeilijke gezinssituatie',
      fr: 'Abus d’une situation familiale difficile',
      de: 'Ausnutzung einer schwierigen Familiensituation',
      en: 'Abuse of a difficult family situation',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'irregular_status',
    grades: 'MMMM',
    text: {
      nl: 'Misbruik van een verblijf zonder papieren',
      fr: 'Abus d’un séjour sans papiers',
      de: 'Ausnutzung eines Aufenthalts ohne Papiere',
      en: 'Abuse of having no residence papers',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'little_schooling_or_language',
    grades: 'MMMM',
    text: {
      nl: 'Misbruik van weinig scholing of taalkennis',
      fr: 'Abus d’une faible instruction ou méconnaissance de la langue',
      de: 'Ausnutzung geringer Bildung oder Sprachkenntnisse',
      en: 'Abuse of little schooling or language skills',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'lack_of_information',
    grades: 'MMMM',
    text: {
      nl: 'Misbruik van gebrek aan informatie',
      fr: 'Abus du manque d’information',
      de: 'Ausnutzung fehlender Informationen',
      en: 'Abuse of a lack of information',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'already_controlled_by_exploiters',
    grades: 'MMMM',
    text: {
      nl: 'De uitbuiters hadden al controle over de persoon of de familie',
      fr: 'Les exploiteurs contrôlaient déjà la personne ou sa famille',
      de: 'Die Ausbeuter hatten bereits Kontrolle über die Person oder die Familie',
      en: 'The exploiters already controlled the person or the family',
    },
  },
  { dimension: 'recruitment_abuse_of_vulnerability', slug: 'economic_hardship', grades: 'MMMM', text: T.economicHardship },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'false_information_about_law',
    grades: 'MM--',
    text: {
      nl: 'Valse informatie over de wet of over de houding van de overheid',
      fr: 'Fausses informations sur la loi ou l’attitude des autorités',
      de: 'Falsche Informationen über Gesetze oder das Verhalten der Behörden',
      en: 'False information about the law or how the authorities act',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'false_stories_of_migration',
    grades: 'MMMM',
    text: {
      nl: 'Valse verhalen over geslaagde migratie',
      fr: 'Faux récits de migration réussie',
      de: 'Falsche Geschichten über erfolgreiche Migration',
      en: 'False stories of successful migration',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'emotional_dependency',
    grades: 'MMMM',
    text: {
      nl: 'Psychologische of emotionele afhankelijkheid',
      fr: 'Dépendance psychologique ou affective',
      de: 'Psychische oder emotionale Abhängigkeit',
      en: 'Psychological or emotional dependency',
    },
    hint: {
      nl: 'Bijvoorbeeld een ‘lover’ die eerst verliefd maakt en daarna uitbuit.',
      fr: 'Par exemple un « loverboy » qui séduit d’abord, puis exploite.',
      de: 'Zum Beispiel ein „Loverboy“, der erst verliebt macht und dann ausbeutet.',
      en: 'For example a ‘lover’ who first makes the person fall in love, then exploits them.',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'vulnerable_personal_situation',
    grades: 'MMMM',
    text: {
      nl: 'Kwetsbare persoonlijke situatie',
      fr: 'Situation personnelle vulnérable',
      de: 'Verletzliche persönliche Lage',
      en: 'Vulnerable personal situation',
    },
    hint: {
      nl: 'Ziekte, handicap, verslaving, jonge leeftijd, alleen op de wereld.',
      fr: 'Maladie, handicap, dépendance, jeune âge, seul(e) au monde.',
      de: 'Krankheit, Behinderung, Sucht, junges Alter, ganz allein.',
      en: 'Illness, disability, addiction, young age, alone in the world.',
    },
  },
  { dimension: 'recruitment_abuse_of_vulnerability', slug: 'past_hardship', grades: 'MMMM', text: T.pastHardship },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'could_not_arrange_journey',
    grades: 'MMMM',
    text: {
      nl: 'Kon de reis niet zelf regelen',
      fr: 'Ne pouvait pas organiser le voyage seul(e)',
      de: 'Konnte die Reise nicht selbst organisieren',
      en: 'Could not arrange the journey alone',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'cultural_or_religious_beliefs',
    grades: 'WWMM',
    text: {
      nl: 'Misbruik van culturele of religieuze overtuigingen',
      fr: 'Abus de croyances culturelles ou religieuses',
      de: 'Ausnutzung kultureller oder religiöser Überzeugungen',
      en: 'Abuse of cultural or religious beliefs',
    },
    hint: {
      nl: 'Bijvoorbeeld een eed bij een voodoo- of juju-ritueel.',
      fr: 'Par exemple un serment lors d’un rituel vaudou ou juju.',
      de: 'Zum Beispiel ein Schwur bei einem Voodoo- oder Juju-Ritual.',
      en: 'For example an oath sworn in a voodoo or juju ritual.',
    },
  },
  {
    dimension: 'recruitment_abuse_of_vulnerability',
    slug: 'general_context',
    grades: 'WWMM',
    text: {
      nl: 'Algemene context: oorlog, ramp of politieke crisis',
      fr: 'Contexte général : guerre, catastrophe ou crise politique',
      de: 'Allgemeine Lage: Krieg, Katastrophe oder politische Krise',
      en: 'General context: war, disaster or political crisis',
    },
  },

  // — exploitative conditions —
  {
    dimension: 'exploitative_conditions',
    slug: 'excessive_hours',
    grades: 'SMSM',
    text: {
      nl: 'Buitensporig lange werkdagen of werkweken',
      fr: 'Journées ou semaines de travail excessives',
      de: 'Übermäßig lange Arbeitstage oder -wochen',
      en: 'Excessive working days or hours',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'low_or_no_pay',
    grades: 'MMMM',
    text: {
      nl: 'Laag of geen loon',
      fr: 'Salaire faible ou inexistant',
      de: 'Niedriger oder kein Lohn',
      en: 'Low or no pay',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'pay_manipulated',
    grades: 'MMMM',
    text: {
      nl: 'Loon gemanipuleerd: boetes, inhoudingen, betaling aan een tussenpersoon',
      fr: 'Salaire manipulé : amendes, retenues, paiement à un intermédiaire',
      de: 'Lohn manipuliert: Strafen, Abzüge, Zahlung an einen Vermittler',
      en: 'Pay manipulated: fines, deductions, payment to a go-between',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'bad_living_conditions',
    grades: 'MMMM',
    text: {
      nl: 'Slechte leefomstandigheden',
      fr: 'Mauvaises conditions de vie',
      de: 'Schlechte Lebensbedingungen',
      en: 'Bad living conditions',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'very_bad_working_conditions',
    grades: 'MMMM',
    text: {
      nl: 'Zeer slechte werkomstandigheden',
      fr: 'Très mauvaises conditions de travail',
      de: 'Sehr schlechte Arbeitsbedingungen',
      en: 'Very bad working conditions',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'hazardous_work',
    grades: 'MMMS',
    text: {
      nl: 'Gevaarlijk werk',
      fr: 'Travail dangereux',
      de: 'Gefährliche Arbeit',
      en: 'Hazardous work',
    },
    hint: {
      nl: 'Zonder bescherming: machines, chemicaliën, hoogte, of seks zonder condoom en geweld van klanten.',
      fr: 'Sans protection : machines, produits chimiques, hauteur, ou rapports sans préservatif et violence de clients.',
      de: 'Ohne Schutz: Maschinen, Chemikalien, Höhe, oder Sex ohne Kondom und Gewalt durch Kunden.',
      en: 'No protection: machines, chemicals, heights, or sex without condoms and violent clients.',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'labour_law_or_contract_not_respected',
    grades: 'MMM-',
    text: {
      nl: 'Arbeidsrecht of getekend contract niet nageleefd',
      fr: 'Droit du travail ou contrat signé non respecté',
      de: 'Arbeitsrecht oder unterschriebener Vertrag nicht eingehalten',
      en: 'Labour law or the signed contract not respected',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'no_social_protection',
    grades: 'MM--',
    text: {
      nl: 'Geen sociale bescherming: geen contract, geen sociale zekerheid',
      fr: 'Aucune protection sociale : ni contrat, ni sécurité sociale',
      de: 'Kein sozialer Schutz: kein Vertrag, keine Sozialversicherung',
      en: 'No social protection: no contract, no social insurance',
    },
  },
  {
    dimension: 'exploitative_conditions',
    slug: 'no_access_to_education',
    grades: 'WWMM',
    text: {
      nl: 'Geen toegang tot onderwijs',
      fr: 'Pas d’accès à l’enseignement',
      de: 'Kein Zugang zu Bildung',
      en: 'No access to education',
    },
  },

  // — coercion at destination —
  { dimension: 'coercion_at_destination', slug: 'documents_taken', grades: 'SSSS', text: T.documents },
  { dimension: 'coercion_at_destination', slug: 'debt_bondage', grades: 'SSSS', text: T.debtBondage },
  { dimension: 'coercion_at_destination', slug: 'isolation_confinement_surveillance', grades: 'SSSS', text: T.isolation },
  { dimension: 'coercion_at_destination', slug: 'violence_against_person', grades: 'SSSS', text: T.violence },
  { dimension: 'coercion_at_destination', slug: 'threats_of_violence', grades: 'MMSS', text: T.threats },
  {
    dimension: 'coercion_at_destination',
    slug: 'forced_into_criminal_activities',
    grades: 'MMSS',
    criminal: true,
    text: {
      nl: 'Gedwongen tot illegale of criminele activiteiten',
      fr: 'Forcé(e) à des activités illégales ou criminelles',
      de: 'Zu illegalen oder kriminellen Tätigkeiten gezwungen',
      en: 'Forced into illegal or criminal activities',
    },
  },
  {
    dimension: 'coercion_at_destination',
    slug: 'forced_tasks_or_clients',
    grades: 'MSSS',
    text: {
      nl: 'Gedwongen tot taken die niet waren afgesproken',
      fr: 'Forcé(e) à des tâches non convenues',
      de: 'Zu nicht vereinbarten Aufgaben gezwungen',
      en: 'Forced to do tasks that were not agreed',
    },
    sexualText: {
      nl: 'Gedwongen om klanten of seksuele handelingen te aanvaarden',
      fr: 'Forcé(e) d’accepter des clients ou des actes sexuels',
      de: 'Gezwungen, Kunden oder sexuelle Handlungen zu akzeptieren',
      en: 'Forced to accept clients or sexual acts',
    },
  },
  {
    dimension: 'coercion_at_destination',
    slug: 'under_strong_influence',
    grades: 'MMSS',
    text: {
      nl: 'Staat onder sterke invloed van de uitbuiter',
      fr: 'Est sous la forte emprise de l’exploiteur',
      de: 'Steht unter starkem Einfluss des Ausbeuters',
      en: 'Is under the exploiter’s strong influence',
    },
    hint: {
      nl: 'Kan niet weg en niet veranderen van werkgever, ‘manager’ of ‘vriend’.',
      fr: 'Ne peut ni partir ni changer d’employeur, de « manager » ou de « petit ami ».',
      de: 'Kann weder gehen noch Arbeitgeber, „Manager“ oder „Freund“ wechseln.',
      en: 'Cannot leave or change employer, ‘manager’ or ‘boyfriend’.',
    },
  },
  {
    dimension: 'coercion_at_destination',
    slug: 'forced_to_act_against_peers',
    grades: 'MMMM',
    text: {
      nl: 'Gedwongen om anderen in dezelfde situatie te controleren of te straffen',
      fr: 'Forcé(e) de surveiller ou punir d’autres personnes dans la même situation',
      de: 'Gezwungen, andere in derselben Lage zu überwachen oder zu bestrafen',
      en: 'Forced to watch over or punish others in the same situation',
    },
  },
  {
    dimension: 'coercion_at_destination',
    slug: 'forced_to_lie',
    grades: 'MMMM',
    text: {
      nl: 'Gedwongen te liegen tegen overheid, familie of anderen',
      fr: 'Forcé(e) de mentir aux autorités, à la famille ou à d’autres',
      de: 'Gezwungen, Behörden, Familie oder andere anzulügen',
      en: 'Forced to lie to the authorities, family or others',
    },
  },
  { dimension: 'coercion_at_destination', slug: 'threat_of_denunciation', grades: 'MMMM', text: T.denunciation },
  {
    dimension: 'coercion_at_destination',
    slug: 'threat_of_worse_conditions',
    grades: 'MMMM',
    text: {
      nl: 'Dreiging met nog slechtere omstandigheden',
      fr: 'Menace de conditions encore pires',
      de: 'Drohung mit noch schlechteren Bedingungen',
      en: 'Threat of even worse conditions',
    },
  },
  { dimension: 'coercion_at_destination', slug: 'violence_against_family', grades: 'MMMM', text: T.familyViolence },
  {
    dimension: 'coercion_at_destination',
    slug: 'wages_held_back',
    grades: 'MMMM',
    text: {
      nl: 'Loon wordt achtergehouden zodat de persoon blijft',
      fr: 'Salaire retenu pour obliger la personne à rester',
      de: 'Lohn wird einbehalten, damit die Person bleibt',
      en: 'Wages held back to make the person stay',
    },
  },
  { dimension: 'coercion_at_destination', slug: 'threat_to_inform_family', grades: 'WWMM', text: T.informFamily },

  // — abuse of vulnerability at destination —
  {
    dimension: 'abuse_of_vulnerability_at_destination',
    slug: 'dependent_on_exploiters',
    grades: 'MMMM',
    text: {
      nl: 'Hangt af van de uitbuiters voor huis, eten, vervoer of contacten',
      fr: 'Dépend des exploiteurs pour le logement, la nourriture, le transport ou les contacts',
      de: 'Hängt bei Unterkunft, Essen, Transport oder Kontakten von den Ausbeutern ab',
      en: 'Depends on the exploiters for housing, food, transport or contacts',
    },
  },
  {
    dimension: 'abuse_of_vulnerability_at_destination',
    slug: 'unfamiliar_surroundings',
    grades: 'MMMM',
    text: {
      nl: 'Kan zich moeilijk redden in een onbekende omgeving',
      fr: 'A du mal à se débrouiller dans un environnement inconnu',
      de: 'Kommt in einer unbekannten Umgebung schwer zurecht',
      en: 'Struggles to get by in an unfamiliar place',
    },
    hint: {
      nl: 'Spreekt de taal niet, kent de stad niet, weet niet waar hulp te vinden.',
      fr: 'Ne parle pas la langue, ne connaît pas la ville, ne sait pas où trouver de l’aide.',
      de: 'Spricht die Sprache nicht, kennt die Stadt nicht, weiß nicht, wo es Hilfe gibt.',
      en: 'Does not speak the language, does not know the city or where to find help.',
    },
  },
  { dimension: 'abuse_of_vulnerability_at_destination', slug: 'economic_hardship', grades: 'MMMM', text: T.economicHardship },
  {
    dimension: 'abuse_of_vulnerability_at_destination',
    slug: 'family_situation',
    grades: 'MMMM',
    text: {
      nl: 'Gezinssituatie houdt de persoon in de uitbuiting',
      fr: 'La situation familiale maintient la personne dans l’exploitation',
      de: 'Die familiäre Lage hält die Person in der Ausbeutung',
      en: 'Family situation keeps the person in the exploitation',
    },
  },
  {
    dimension: 'abuse_of_vulnerability_at_destination',
    slug: 'insecure_status_or_fear_of_authorities',
    grades: 'MMMM',
    text: {
      nl: 'Onzeker verblijf of angst voor de overheid',
      fr: 'Séjour précaire ou peur des autorités',
      de: 'Unsicherer Aufenthalt oder Angst vor Behörden',
      en: 'Insecure residence status or fear of the authorities',
    },
  },
  { dimension: 'abuse_of_vulnerability_at_destination', slug: 'past_hardship', grades: 'WWMM', text: T.pastHardship },
  {
    dimension: 'abuse_of_vulnerability_at_destination',
    slug: 'discriminated_group',
    grades: 'WWMM',
    text: {
      nl: 'Behoort tot een gediscrimineerde of uitgesloten groep',
      fr: 'Appartient à un groupe discriminé ou marginalisé',
      de: 'Gehört zu einer diskriminierten oder ausgegrenzten Gruppe',
      en: 'Belongs to a group that faces discrimination or exclusion',
    },
  },
];

interface SetMeta {
  key: string;
  targetGroup: TargetGroup;
  sexual: boolean;
  title: LocalizedText;
  sectors: readonly SignalSector[];
}

const LABOUR_SECTORS: readonly SignalSector[] = [
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
];

const SETS: Record<IloEcSet, SetMeta> = {
  adult_labour: {
    key: 'ilo_ec_adult_labour',
    targetGroup: 'adult',
    sexual: false,
    title: {
      nl: 'ILO/EC: volwassenen – arbeidsuitbuiting',
      fr: 'OIT/CE : adultes – exploitation par le travail',
      de: 'IAO/EK: Erwachsene – Arbeitsausbeutung',
      en: 'ILO/EC: adults – labour exploitation',
    },
    sectors: ['police_inspection', 'asylum_reception', 'social_services', ...LABOUR_SECTORS],
  },
  adult_sexual: {
    key: 'ilo_ec_adult_sexual',
    targetGroup: 'adult',
    sexual: true,
    title: {
      nl: 'ILO/EC: volwassenen – seksuele uitbuiting',
      fr: 'OIT/CE : adultes – exploitation sexuelle',
      de: 'IAO/EK: Erwachsene – sexuelle Ausbeutung',
      en: 'ILO/EC: adults – sexual exploitation',
    },
    sectors: ['police_inspection', 'prostitution_escort', 'asylum_reception', 'social_services'],
  },
  child_labour: {
    key: 'ilo_ec_child_labour',
    targetGroup: 'child',
    sexual: false,
    title: {
      nl: 'ILO/EC: minderjarigen – arbeidsuitbuiting',
      fr: 'OIT/CE : mineurs – exploitation par le travail',
      de: 'IAO/EK: Minderjährige – Arbeitsausbeutung',
      en: 'ILO/EC: children – labour exploitation',
    },
    sectors: [
      'police_inspection',
      'asylum_reception',
      'social_services',
      'school_youth',
      'begging_street',
      'criminal_activity',
      'domestic_work',
    ],
  },
  child_sexual: {
    key: 'ilo_ec_child_sexual',
    targetGroup: 'child',
    sexual: true,
    title: {
      nl: 'ILO/EC: minderjarigen – seksuele uitbuiting',
      fr: 'OIT/CE : mineurs – exploitation sexuelle',
      de: 'IAO/EK: Minderjährige – sexuelle Ausbeutung',
      en: 'ILO/EC: children – sexual exploitation',
    },
    sectors: ['police_inspection', 'prostitution_escort', 'asylum_reception', 'social_services', 'school_youth'],
  },
};

const DESCRIPTION: LocalizedText = {
  nl: 'Uitgebreide lijst voor een gesprek of onderzoek, in zes dimensies. Elk signaal is sterk, middelmatig of zwak; de combinatieregel toont of het geheel volgens de ILO/EC-methode op mensenhandel wijst. Een negatief resultaat sluit mensenhandel naar Belgisch recht niet uit.',
  fr: 'Liste détaillée pour un entretien ou une enquête, en six dimensions. Chaque signal est fort, moyen ou faible ; la règle de combinaison montre si l’ensemble indique une traite selon la méthode OIT/CE. Un résultat négatif n’exclut pas la traite au sens du droit belge.',
  de: 'Ausführliche Liste für ein Gespräch oder eine Ermittlung, in sechs Dimensionen. Jedes Anzeichen ist stark, mittel oder schwach; die Kombinationsregel zeigt, ob das Gesamtbild nach der IAO/EK-Methode auf Menschenhandel hindeutet. Ein negatives Ergebnis schließt Menschenhandel nach belgischem Recht nicht aus.',
  en: 'A detailed list for an interview or investigation, in six dimensions. Each sign is strong, medium or weak; the combination rule shows whether the whole points to trafficking under the ILO/EC method. A negative result does not rule out trafficking under Belgian law.',
};

const CHILD_NOTE: LocalizedText = {
  nl: ' Bij minderjarigen is geen dwang of misleiding nodig.',
  fr: ' Pour un mineur, ni contrainte ni tromperie n’est requise.',
  de: ' Bei Minderjährigen sind weder Zwang noch Täuschung erforderlich.',
  en: ' For a child, no coercion or deception is needed.',
};

function appendText(a: LocalizedText, b: LocalizedText): LocalizedText {
  return { nl: a.nl + b.nl, fr: a.fr + b.fr, de: a.de + b.de, en: a.en + b.en };
}

function buildIndicators(set: IloEcSet, meta: SetMeta): IndicatorDefinition[] {
  const setIndex = ILO_EC_SETS.indexOf(set);
  return ROWS.flatMap((row): IndicatorDefinition[] => {
    const strength = GRADES[row.grades.charAt(setIndex)];
    if (strength === undefined) {
      return [];
    }
    // ILO/EC "labour exploitation" covers every non-sexual form except organ removal.
    const forms: readonly ExploitationForm[] = meta.sexual
      ? ['sexual']
      : row.criminal === true
        ? ['labour', 'forced_criminality']
        : ['labour', 'begging', 'forced_criminality'];
    return [
      {
        id: `${meta.key}.${row.dimension}.${row.slug}`,
        dimension: row.dimension,
        strength,
        text: meta.sexual && row.sexualText !== undefined ? row.sexualText : row.text,
        ...(row.hint !== undefined ? { hint: row.hint } : {}),
        targetGroups: [meta.targetGroup],
        forms,
        ...(COERCIVE_DIMENSIONS.has(row.dimension) ? { coercion: true } : {}),
      },
    ];
  });
}

function buildCatalogue(set: IloEcSet): CatalogueDefinition {
  const meta = SETS[set];
  const child = meta.targetGroup === 'child';
  return {
    key: meta.key,
    version: 1,
    title: meta.title,
    description: child ? appendText(DESCRIPTION, CHILD_NOTE) : DESCRIPTION,
    source: {
      name: 'ILO & European Commission, Operational indicators of trafficking in human beings (Delphi survey)',
      year: 2009,
      url: 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm',
      note: 'Structure, dimensions and strengths after the revised version of September 2009; texts are Keten’s own short wording. Some strengths are our best reading, see ilo-ec-2009.ts.',
    },
    sectors: meta.sectors,
    targetGroups: [meta.targetGroup],
    // Suggesting a referral never waits for the combination rule: two ticks of any kind suffice.
    threshold: 2,
    combinationRule: child ? ILO_EC_2009_CHILD_RULE : ILO_EC_2009_ADULT_RULE,
    indicators: buildIndicators(set, meta),
  };
}

export const ILO_EC_ADULT_LABOUR_CATALOGUE = buildCatalogue('adult_labour');
export const ILO_EC_ADULT_SEXUAL_CATALOGUE = buildCatalogue('adult_sexual');
export const ILO_EC_CHILD_LABOUR_CATALOGUE = buildCatalogue('child_labour');
export const ILO_EC_CHILD_SEXUAL_CATALOGUE = buildCatalogue('child_sexual');

export const ILO_EC_CATALOGUES: readonly CatalogueDefinition[] = [
  ILO_EC_ADULT_LABOUR_CATALOGUE,
  ILO_EC_ADULT_SEXUAL_CATALOGUE,
  ILO_EC_CHILD_LABOUR_CATALOGUE,
  ILO_EC_CHILD_SEXUAL_CATALOGUE,
];
