import { SIGNAL_SECTORS } from '../vocabulary.ts';
import type { CatalogueDefinition, ExploitationForm } from '../vocabulary.ts';

/** Every sign here can point to any form except organ removal (which the medical list covers). */
const ALL_FORMS: readonly ExploitationForm[] = ['sexual', 'labour', 'begging', 'forced_criminality'];

/**
 * The general list, also usable for self-identification: the eleven signs PAG-ASA sees most
 * often. Several together justify a call to a centre; the list is not exhaustive. Five of the
 * eleven concern coercion, six do not, so the threshold of 2 can always be reached without them
 * (Belgian law does not make coercion an element of trafficking).
 */
export const GENERAL_CATALOGUE: CatalogueDefinition = {
  key: 'general',
  version: 1,
  title: {
    nl: 'Algemene signalen van mensenhandel',
    fr: 'Signaux généraux de traite des êtres humains',
    de: 'Allgemeine Anzeichen von Menschenhandel',
    en: 'General signs of human trafficking',
  },
  description: {
    nl: 'De signalen die het vaakst voorkomen, in elke sector. Eén signaal bewijst niets; zie je er meerdere, neem dan contact op met een gespecialiseerd centrum. Bij onmiddellijk gevaar: bel 112.',
    fr: 'Les signaux les plus fréquents, dans tous les secteurs. Un seul signal ne prouve rien ; si vous en voyez plusieurs, contactez un centre spécialisé. En cas de danger immédiat : appelez le 112.',
    de: 'Die häufigsten Anzeichen, in jedem Bereich. Ein einzelnes Anzeichen beweist nichts; sehen Sie mehrere, wenden Sie sich an ein spezialisiertes Zentrum. Bei unmittelbarer Gefahr: 112 anrufen.',
    en: 'The most common signs, in any sector. One sign proves nothing; if you see several, contact a specialised centre. In immediate danger: call 112.',
  },
  source: {
    name: 'PAG-ASA, “Slachtoffers herkennen” (the eleven indicators it sees most often)',
    note: 'Wording and examples are Keten’s own, not the source text. PAG-ASA stresses that the list is not exhaustive.',
  },
  sectors: SIGNAL_SECTORS,
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'general.no_freedom_of_movement',
      group: 'control',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Kan niet vrij gaan en staan',
        fr: 'Ne peut pas aller et venir librement',
        de: 'Kann sich nicht frei bewegen',
        en: 'Cannot come and go freely',
      },
      hint: {
        nl: 'Wordt gebracht en gehaald, mag niet alleen buiten, de deur is op slot.',
        fr: 'Est amené(e) et repris(e), ne peut pas sortir seul(e), la porte est fermée à clé.',
        de: 'Wird gebracht und abgeholt, darf nicht allein hinaus, die Tür ist abgeschlossen.',
        en: 'Dropped off and picked up, not allowed out alone, the door is locked.',
      },
    },
    {
      id: 'general.little_social_contact',
      group: 'isolation',
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Heeft weinig of geen sociale contacten',
        fr: 'A peu ou pas de contacts sociaux',
        de: 'Hat wenig oder keine sozialen Kontakte',
        en: 'Has little or no social contact',
      },
      hint: {
        nl: 'Kent niemand buiten het werk, heeft geen eigen telefoon, spreekt de taal niet.',
        fr: 'Ne connaît personne en dehors du travail, n’a pas de téléphone à soi, ne parle pas la langue.',
        de: 'Kennt niemanden außerhalb der Arbeit, hat kein eigenes Telefon, spricht die Sprache nicht.',
        en: 'Knows no one outside work, has no phone of their own, does not speak the language.',
      },
    },
    {
      id: 'general.identity_documents_taken',
      group: 'documents',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Identiteitsdocumenten zijn afgenomen',
        fr: 'Ses papiers d’identité lui ont été pris',
        de: 'Ausweispapiere wurden abgenommen',
        en: 'Identity documents have been taken away',
      },
      hint: {
        nl: 'Paspoort of verblijfskaart ligt bij de werkgever, de ‘baas’ of een tussenpersoon.',
        fr: 'Le passeport ou le titre de séjour est chez l’employeur, le « patron » ou un intermédiaire.',
        de: 'Pass oder Aufenthaltskarte liegt beim Arbeitgeber, beim „Chef“ oder bei einem Vermittler.',
        en: 'The passport or residence card is kept by the employer, the ‘boss’ or a go-between.',
      },
    },
    {
      id: 'general.afraid_to_talk',
      group: 'fear_and_behaviour',
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Is bang om over de eigen situatie te praten',
        fr: 'A peur de parler de sa situation',
        de: 'Hat Angst, über die eigene Lage zu sprechen',
        en: 'Is afraid to talk about their situation',
      },
      hint: {
        nl: 'Ontwijkt vragen, geeft ingestudeerde antwoorden, kijkt eerst naar iemand anders.',
        fr: 'Évite les questions, donne des réponses apprises, regarde d’abord quelqu’un d’autre.',
        de: 'Weicht Fragen aus, gibt eingeübte Antworten, schaut zuerst zu jemand anderem.',
        en: 'Avoids questions, gives rehearsed answers, looks at someone else first.',
      },
    },
    {
      id: 'general.afraid_of_people_around',
      group: 'fear_and_behaviour',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Is bang van de mensen in de omgeving',
        fr: 'A peur des personnes de son entourage',
        de: 'Hat Angst vor Menschen im eigenen Umfeld',
        en: 'Is afraid of the people around them',
      },
      hint: {
        nl: 'Schrikt of zwijgt zodra de werkgever, partner of ‘begeleider’ binnenkomt.',
        fr: 'Sursaute ou se tait dès que l’employeur, le partenaire ou « l’accompagnateur » arrive.',
        de: 'Erschrickt oder verstummt, sobald Arbeitgeber, Partner oder „Begleiter“ hereinkommt.',
        en: 'Startles or falls silent as soon as the employer, partner or ‘companion’ comes in.',
      },
    },
    {
      id: 'general.distrust_of_authorities',
      group: 'fear_and_behaviour',
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Wantrouwt politie en andere overheidsdiensten',
        fr: 'Se méfie de la police et des autres services publics',
        de: 'Misstraut Polizei und anderen Behörden',
        en: 'Distrusts the police and other authorities',
      },
      hint: {
        nl: 'Denkt dat de politie hem of haar zal opsluiten of het land uitzetten.',
        fr: 'Pense que la police va l’enfermer ou l’expulser.',
        de: 'Glaubt, die Polizei werde die Person einsperren oder abschieben.',
        en: 'Believes the police will lock them up or deport them.',
      },
    },
    {
      id: 'general.bad_working_conditions',
      group: 'work_and_pay',
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Werkt in slechte omstandigheden',
        fr: 'Travaille dans de mauvaises conditions',
        de: 'Arbeitet unter schlechten Bedingungen',
        en: 'Works in bad conditions',
      },
      hint: {
        nl: 'Lange dagen zonder rust, geen beschermingsmiddelen, gevaarlijk werk.',
        fr: 'Longues journées sans repos, pas d’équipement de protection, travail dangereux.',
        de: 'Lange Tage ohne Pause, keine Schutzausrüstung, gefährliche Arbeit.',
        en: 'Long days without rest, no protective gear, dangerous work.',
      },
    },
    {
      id: 'general.sleeps_at_workplace',
      group: 'housing',
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Slaapt op de werkplek',
        fr: 'Dort sur le lieu de travail',
        de: 'Schläft am Arbeitsplatz',
        en: 'Sleeps at the workplace',
      },
      hint: {
        nl: 'Een matras in de keuken, het magazijn, de werfkeet of het salon.',
        fr: 'Un matelas dans la cuisine, la réserve, la baraque de chantier ou le salon.',
        de: 'Eine Matratze in der Küche, im Lager, im Baucontainer oder im Salon.',
        en: 'A mattress in the kitchen, storeroom, site hut or salon.',
      },
    },
    {
      id: 'general.little_or_no_pay',
      group: 'work_and_pay',
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Krijgt weinig of geen loon',
        fr: 'Reçoit peu ou pas de salaire',
        de: 'Bekommt wenig oder keinen Lohn',
        en: 'Gets little or no pay',
      },
      hint: {
        nl: 'Het loon wordt ‘bijgehouden’, gaat naar iemand anders of verdwijnt in inhoudingen.',
        fr: 'Le salaire est « mis de côté », versé à quelqu’un d’autre ou mangé par des retenues.',
        de: 'Der Lohn wird „aufbewahrt“, geht an jemand anderen oder verschwindet in Abzügen.',
        en: 'Wages are ‘kept for them’, paid to someone else or eaten up by deductions.',
      },
    },
    {
      id: 'general.large_debt',
      group: 'work_and_pay',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Moet een grote schuld terugbetalen',
        fr: 'Doit rembourser une grosse dette',
        de: 'Muss hohe Schulden zurückzahlen',
        en: 'Has a large debt to pay back',
      },
      hint: {
        nl: 'Voor de reis, papieren, huur of eten; de schuld wordt nooit kleiner.',
        fr: 'Pour le voyage, les papiers, le logement ou la nourriture ; la dette ne diminue jamais.',
        de: 'Für Reise, Papiere, Miete oder Essen; die Schuld wird nie kleiner.',
        en: 'For the journey, papers, rent or food; the debt never gets smaller.',
      },
    },
    {
      id: 'general.signs_of_violence',
      group: 'violence_and_health',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ALL_FORMS,
      text: {
        nl: 'Vertoont tekenen van fysiek of psychisch geweld',
        fr: 'Présente des signes de violence physique ou psychologique',
        de: 'Zeigt Anzeichen körperlicher oder psychischer Gewalt',
        en: 'Shows signs of physical or psychological violence',
      },
      hint: {
        nl: 'Blauwe plekken, brandwonden, onverzorgde letsels, angst, verwardheid.',
        fr: 'Bleus, brûlures, blessures non soignées, peur, confusion.',
        de: 'Blaue Flecken, Verbrennungen, unversorgte Verletzungen, Angst, Verwirrtheit.',
        en: 'Bruises, burns, untreated injuries, fear, confusion.',
      },
    },
  ],
};
