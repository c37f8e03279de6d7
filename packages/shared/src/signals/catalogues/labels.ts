import type { LocalizedText } from '../../reference.ts';
import type { IloEcDimension } from '../vocabulary.ts';

/**
 * Headings for the wizard. `IndicatorDefinition.group` is a bare key and `CatalogueDefinition`
 * has no place for group titles, so the translated headings live here; a test checks that every
 * group used by a built-in catalogue has one.
 */
export const CATALOGUE_GROUP_LABELS = {
  control: { nl: 'Controle en bewegingsvrijheid', fr: 'Contrôle et liberté de mouvement', de: 'Kontrolle und Bewegungsfreiheit', en: 'Control and freedom of movement' },
  isolation: { nl: 'Sociaal isolement', fr: 'Isolement social', de: 'Soziale Isolation', en: 'Social isolation' },
  documents: { nl: 'Documenten en identiteit', fr: 'Papiers et identité', de: 'Papiere und Identität', en: 'Documents and identity' },
  fear_and_behaviour: { nl: 'Angst en gedrag', fr: 'Peur et comportement', de: 'Angst und Verhalten', en: 'Fear and behaviour' },
  work_and_pay: { nl: 'Werk, loon en schulden', fr: 'Travail, salaire et dettes', de: 'Arbeit, Lohn und Schulden', en: 'Work, pay and debts' },
  housing: { nl: 'Huisvesting', fr: 'Logement', de: 'Unterkunft', en: 'Housing' },
  violence_and_health: { nl: 'Geweld en gezondheid', fr: 'Violence et santé', de: 'Gewalt und Gesundheit', en: 'Violence and health' },
  recruitment: { nl: 'Werving en reis', fr: 'Recrutement et voyage', de: 'Anwerbung und Reise', en: 'Recruitment and travel' },
  vulnerability: { nl: 'Kwetsbaarheid', fr: 'Vulnérabilité', de: 'Verletzlichkeit', en: 'Vulnerability' },
  loverboy: { nl: 'Loverboymethode (tienerpooiers)', fr: 'Méthode du loverboy', de: 'Loverboy-Methode', en: 'Loverboy (teen pimp) method' },
  online: { nl: 'Online en sociale media', fr: 'En ligne et réseaux sociaux', de: 'Online und soziale Medien', en: 'Online and social media' },
  begging: { nl: 'Bedelarij', fr: 'Mendicité', de: 'Betteln', en: 'Begging' },
  drugs: { nl: 'Drugshandel', fr: 'Trafic de drogue', de: 'Drogenhandel', en: 'Drug trade' },
  cannabis: { nl: 'Cannabisplantages', fr: 'Plantations de cannabis', de: 'Cannabisplantagen', en: 'Cannabis plantations' },
  theft: { nl: 'Diefstal', fr: 'Vol', de: 'Diebstahl', en: 'Theft' },
  worksite: { nl: 'Werkplek en veiligheid', fr: 'Lieu de travail et sécurité', de: 'Arbeitsplatz und Sicherheit', en: 'Workplace and safety' },
  travel: { nl: 'Reis', fr: 'Voyage', de: 'Reise', en: 'Journey' },
  booking: { nl: 'Reservering en betaling', fr: 'Réservation et paiement', de: 'Buchung und Bezahlung', en: 'Booking and payment' },
  room_and_guests: { nl: 'Kamer en gasten', fr: 'Chambre et clients', de: 'Zimmer und Gäste', en: 'Room and guests' },
  staff: { nl: 'Personeel', fr: 'Personnel', de: 'Personal', en: 'Staff' },
  school: { nl: 'School en gedrag', fr: 'École et comportement', de: 'Schule und Verhalten', en: 'School and behaviour' },
  accounts: { nl: 'Rekeningen en klanten', fr: 'Comptes et clients', de: 'Konten und Kunden', en: 'Accounts and customers' },
  transactions: { nl: 'Verrichtingen', fr: 'Opérations', de: 'Transaktionen', en: 'Transactions' },
  business: { nl: 'Ondernemingen', fr: 'Entreprises', de: 'Unternehmen', en: 'Businesses' },
} as const satisfies Record<string, LocalizedText>;

export type CatalogueGroup = keyof typeof CATALOGUE_GROUP_LABELS;

/** The six ILO/EC (2009) dimensions as headings, in our own words. */
export const ILO_EC_DIMENSION_LABELS: Record<IloEcDimension, LocalizedText> = {
  deceptive_recruitment: {
    nl: 'Werving door misleiding',
    fr: 'Recrutement trompeur',
    de: 'Anwerbung durch Täuschung',
    en: 'Deceptive recruitment',
  },
  coercive_recruitment: {
    nl: 'Werving onder dwang',
    fr: 'Recrutement sous la contrainte',
    de: 'Anwerbung unter Zwang',
    en: 'Coercive recruitment',
  },
  recruitment_abuse_of_vulnerability: {
    nl: 'Werving door misbruik van kwetsbaarheid',
    fr: 'Recrutement par abus de vulnérabilité',
    de: 'Anwerbung durch Ausnutzung von Verletzlichkeit',
    en: 'Recruitment by abuse of vulnerability',
  },
  exploitative_conditions: {
    nl: 'Uitbuitende omstandigheden',
    fr: 'Conditions d’exploitation',
    de: 'Ausbeuterische Bedingungen',
    en: 'Exploitative conditions',
  },
  coercion_at_destination: {
    nl: 'Dwang op de plaats van uitbuiting',
    fr: 'Contrainte sur le lieu d’exploitation',
    de: 'Zwang am Ort der Ausbeutung',
    en: 'Coercion at destination',
  },
  abuse_of_vulnerability_at_destination: {
    nl: 'Misbruik van kwetsbaarheid op de plaats van uitbuiting',
    fr: 'Abus de vulnérabilité sur le lieu d’exploitation',
    de: 'Ausnutzung von Verletzlichkeit am Ort der Ausbeutung',
    en: 'Abuse of vulnerability at destination',
  },
};
