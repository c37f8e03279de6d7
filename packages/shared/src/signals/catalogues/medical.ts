import type { CatalogueDefinition } from '../vocabulary.ts';

/**
 * For hospitals, emergency rooms, GPs, gynaecology and other care. The Belgian awareness
 * campaign for the medical sector names typical situations such as a work accident that hides
 * exploitation and forced abortion; this list adds the usual clinical signs. Organ removal is
 * most likely to be seen here.
 */
export const MEDICAL_CATALOGUE: CatalogueDefinition = {
  key: 'medical',
  version: 1,
  title: {
    nl: 'Medische sector: ziekenhuis, spoed en huisarts',
    fr: 'Secteur médical : hôpital, urgences et médecin généraliste',
    de: 'Medizinischer Bereich: Krankenhaus, Notaufnahme und Hausarzt',
    en: 'Medical sector: hospital, emergency room and GP',
  },
  description: {
    nl: 'Signalen tijdens een consultatie of opname. Probeer de patiënt even alleen te spreken, met een professionele tolk en niet via de begeleider.',
    fr: 'Signaux lors d’une consultation ou d’une admission. Essayez de parler seul(e) à seul(e) avec le patient, avec un interprète professionnel et non via l’accompagnateur.',
    de: 'Anzeichen bei einer Sprechstunde oder Aufnahme. Versuchen Sie, allein mit der Person zu sprechen, mit professioneller Dolmetschung und nicht über die Begleitperson.',
    en: 'Signs during a consultation or admission. Try to speak to the patient alone, with a professional interpreter and not through the companion.',
  },
  source: {
    name: 'Keten compilation; basis: the awareness campaign for the medical sector (FPS Justice and FPS Public Health) named in the National Action Plan against trafficking 2021–2025, §6.3.3 A',
    year: 2021,
    note: 'The campaign brochure itself is not among our sources; wording and examples are Keten’s own. To be validated by the coordination bureau.',
  },
  sectors: ['medical'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'medical.companion_speaks_for_them',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality', 'organ_removal'],
      text: {
        nl: 'Komt met iemand die in zijn of haar plaats spreekt',
        fr: 'Vient avec quelqu’un qui parle à sa place',
        de: 'Kommt mit jemandem, der an Stelle der Person spricht',
        en: 'Comes with someone who speaks for them',
      },
      hint: {
        nl: 'De begeleider wil niet weggaan, vertaalt zelf of beantwoordt alle vragen.',
        fr: 'L’accompagnateur refuse de sortir, traduit lui-même ou répond à toutes les questions.',
        de: 'Die Begleitperson will nicht gehen, übersetzt selbst oder beantwortet alle Fragen.',
        en: 'The companion will not leave, interprets themselves or answers every question.',
      },
    },
    {
      id: 'medical.not_allowed_to_speak_alone',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality', 'organ_removal'],
      text: {
        nl: 'Mag niet alleen met de zorgverlener praten',
        fr: 'N’a pas le droit de parler seul(e) avec le soignant',
        de: 'Darf nicht allein mit dem medizinischen Personal sprechen',
        en: 'Is not allowed to talk to the carer alone',
      },
    },
    {
      id: 'medical.injuries_do_not_match_story',
      group: 'violence_and_health',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality'],
      text: {
        nl: 'De letsels passen niet bij de uitleg',
        fr: 'Les blessures ne correspondent pas à l’explication',
        de: 'Die Verletzungen passen nicht zur Erklärung',
        en: 'The injuries do not match the explanation',
      },
      hint: {
        nl: 'Een ‘val’ met afweerletsels, sigarettenbrandwonden, letsels van verschillende ouderdom.',
        fr: 'Une « chute » avec des lésions de défense, des brûlures de cigarette, des blessures d’âges différents.',
        de: 'Ein „Sturz“ mit Abwehrverletzungen, Zigarettenverbrennungen, Verletzungen unterschiedlichen Alters.',
        en: 'A ‘fall’ with defence wounds, cigarette burns, injuries of different ages.',
      },
    },
    {
      id: 'medical.hidden_work_accident',
      group: 'worksite',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Een arbeidsongeval wordt verzwegen of als ongeval thuis voorgesteld',
        fr: 'Un accident du travail est caché ou présenté comme un accident domestique',
        de: 'Ein Arbeitsunfall wird verschwiegen oder als Unfall zu Hause ausgegeben',
        en: 'A work accident is hidden or passed off as an accident at home',
      },
      hint: {
        nl: 'Val van een stelling, snij- of chemische letsels, zonder werkgever of verzekering.',
        fr: 'Chute d’un échafaudage, coupures ou brûlures chimiques, sans employeur ni assurance.',
        de: 'Sturz vom Gerüst, Schnitt- oder Verätzungsverletzungen, ohne Arbeitgeber oder Versicherung.',
        en: 'A fall from scaffolding, cuts or chemical burns, with no employer or insurance.',
      },
    },
    {
      id: 'medical.comes_late_with_neglected_problems',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality'],
      text: {
        nl: 'Komt pas laat, met verwaarloosde klachten of letsels',
        fr: 'Consulte tardivement, avec des plaintes ou blessures négligées',
        de: 'Kommt erst spät, mit vernachlässigten Beschwerden oder Verletzungen',
        en: 'Seeks care late, with neglected complaints or injuries',
      },
    },
    {
      id: 'medical.no_insurance_id_or_address',
      group: 'documents',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality', 'organ_removal'],
      text: {
        nl: 'Heeft geen ziekteverzekering, identiteitsbewijs of adres',
        fr: 'N’a ni assurance maladie, ni pièce d’identité, ni adresse',
        de: 'Hat weder Krankenversicherung noch Ausweis noch Adresse',
        en: 'Has no health insurance, ID or address',
      },
    },
    {
      id: 'medical.someone_else_pays_or_keeps_papers',
      group: 'documents',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality', 'organ_removal'],
      text: {
        nl: 'Iemand anders betaalt contant of houdt de papieren bij',
        fr: 'Quelqu’un d’autre paie en espèces ou garde les papiers',
        de: 'Jemand anderes zahlt bar oder behält die Papiere',
        en: 'Someone else pays in cash or keeps the papers',
      },
    },
    {
      id: 'medical.does_not_know_own_address',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality'],
      text: {
        nl: 'Kent het eigen adres niet of geeft het adres van de werkplek',
        fr: 'Ne connaît pas sa propre adresse ou donne celle du lieu de travail',
        de: 'Kennt die eigene Adresse nicht oder nennt die des Arbeitsplatzes',
        en: 'Does not know their own address or gives the workplace address',
      },
    },
    {
      id: 'medical.repeated_sti_pregnancy_or_abortion',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Herhaalde soa’s, zwangerschappen of vragen naar abortus',
        fr: 'IST, grossesses ou demandes d’IVG à répétition',
        de: 'Wiederholte sexuell übertragbare Infektionen, Schwangerschaften oder Abtreibungswünsche',
        en: 'Repeated STIs, pregnancies or requests for abortion',
      },
    },
    {
      id: 'medical.abortion_imposed',
      group: 'violence_and_health',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Aanwijzingen dat een abortus wordt opgelegd',
        fr: 'Indices qu’un avortement est imposé',
        de: 'Hinweise, dass eine Abtreibung erzwungen wird',
        en: 'Signs that an abortion is being imposed',
      },
      hint: {
        nl: 'De begeleider eist de ingreep of bepaalt wanneer; de patiënte twijfelt of huilt.',
        fr: 'L’accompagnateur exige l’intervention ou en fixe la date ; la patiente hésite ou pleure.',
        de: 'Die Begleitperson verlangt den Eingriff oder bestimmt den Zeitpunkt; die Patientin zögert oder weint.',
        en: 'The companion demands the procedure or sets the date; the patient hesitates or cries.',
      },
    },
    {
      id: 'medical.exhausted_or_malnourished',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality'],
      text: {
        nl: 'Uitgeput, ondervoed of uitgedroogd',
        fr: 'Épuisé(e), dénutri(e) ou déshydraté(e)',
        de: 'Erschöpft, unterernährt oder ausgetrocknet',
        en: 'Exhausted, malnourished or dehydrated',
      },
    },
    {
      id: 'medical.complaints_from_unprotected_work',
      group: 'worksite',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Klachten door zwaar werk zonder bescherming',
        fr: 'Troubles dus à un travail pénible sans protection',
        de: 'Beschwerden durch schwere Arbeit ohne Schutz',
        en: 'Complaints from hard work without protection',
      },
      hint: {
        nl: 'Rugletsels, huidproblemen door chemicaliën, vergiftiging door pesticiden.',
        fr: 'Lésions du dos, problèmes de peau dus aux produits chimiques, intoxication aux pesticides.',
        de: 'Rückenverletzungen, Hautprobleme durch Chemikalien, Vergiftung durch Pestizide.',
        en: 'Back injuries, skin problems from chemicals, pesticide poisoning.',
      },
    },
    {
      id: 'medical.anxiety_depression_numbness',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality'],
      text: {
        nl: 'Angst, depressie, slaapproblemen of gevoelloosheid',
        fr: 'Anxiété, dépression, troubles du sommeil ou indifférence',
        de: 'Angst, Depression, Schlafprobleme oder Abgestumpftheit',
        en: 'Anxiety, depression, sleep problems or numbness',
      },
    },
    {
      id: 'medical.addiction_fed_by_others',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Een verslaving die door de omgeving in stand lijkt te worden gehouden',
        fr: 'Une dépendance qui semble entretenue par l’entourage',
        de: 'Eine Sucht, die vom Umfeld aufrechterhalten zu werden scheint',
        en: 'An addiction the people around them seem to keep going',
      },
    },
    {
      id: 'medical.identity_or_age_inconsistent',
      group: 'documents',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'begging', 'forced_criminality'],
      text: {
        nl: 'Naam of leeftijd klopt niet met het uiterlijk of met vorige bezoeken',
        fr: 'Le nom ou l’âge ne correspond pas à l’apparence ou aux visites précédentes',
        de: 'Name oder Alter passt nicht zum Aussehen oder zu früheren Besuchen',
        en: 'Name or age does not match their looks or earlier visits',
      },
    },
    {
      id: 'medical.kidney_scar_or_organ_offer',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['organ_removal'],
      text: {
        nl: 'Recent litteken van een nierwegname, of spreekt over een aanbod voor een orgaan',
        fr: 'Cicatrice récente d’ablation d’un rein, ou parle d’une offre pour un organe',
        de: 'Frische Narbe einer Nierenentnahme, oder spricht von einem Angebot für ein Organ',
        en: 'A recent kidney-removal scar, or talk of an offer for an organ',
      },
      hint: {
        nl: 'Zeker als de ingreep in het buitenland gebeurde, tegen betaling en zonder nazorg.',
        fr: 'Surtout si l’intervention a eu lieu à l’étranger, contre paiement et sans suivi.',
        de: 'Besonders wenn der Eingriff im Ausland stattfand, gegen Bezahlung und ohne Nachsorge.',
        en: 'Especially if the operation took place abroad, for money and with no follow-up care.',
      },
    },
  ],
};
