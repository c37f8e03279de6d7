import type { CatalogueDefinition } from '../vocabulary.ts';

/**
 * For teachers, pupil guidance (CLB/PMS), educators and youth workers: the loverboy or
 * teen-pimp method ("tienerpooiers"), which targets minors already in a fragile social or
 * emotional situation, and young people drawn into crime. Boys are victims too, and the
 * "boyfriend" can be a girlfriend. For a minor no consent is needed to refer, and youth
 * protection is always involved.
 */
export const SCHOOLS_TEEN_PIMPS_CATALOGUE: CatalogueDefinition = {
  key: 'schools_teen_pimps',
  version: 1,
  title: {
    nl: 'School en jeugdwerk: tienerpooiers',
    fr: 'École et jeunesse : proxénètes d’adolescents (loverboys)',
    de: 'Schule und Jugendarbeit: Loverboys',
    en: 'Schools and youth work: teen pimps',
  },
  description: {
    nl: 'Signalen dat een jongere wordt ingepalmd door een loverboy of in criminaliteit wordt getrokken. Eén signaal zegt weinig; een patroon wel. Bespreek het met de zorgcoördinator of het CLB.',
    fr: 'Signaux qu’un jeune est séduit par un loverboy ou entraîné dans la délinquance. Un signal seul dit peu ; un ensemble, si. Parlez-en avec la cellule de soutien ou le centre PMS.',
    de: 'Anzeichen, dass ein junger Mensch von einem Loverboy umgarnt oder in Kriminalität hineingezogen wird. Ein Anzeichen allein sagt wenig, ein Muster schon. Besprechen Sie es mit der Vertrauensperson der Schule oder mit Kaleido.',
    en: 'Signs that a young person is being groomed by a teen pimp or drawn into crime. One sign says little; a pattern says a lot. Talk it over with the pupil-care coordinator or the school’s guidance centre.',
  },
  source: {
    name: 'Keten compilation; basis: National Action Plan against trafficking 2021–2025, §6.3.3 C (schools and young people) and the Flemish loverboy approach',
    year: 2021,
    note: 'Wording and examples are Keten’s own. To be validated by the communities’ youth services and the coordination bureau.',
  },
  sectors: ['school_youth', 'social_services'],
  targetGroups: ['child'],
  threshold: 2,
  indicators: [
    {
      id: 'schools_teen_pimps.much_older_boyfriend',
      group: 'loverboy',
      targetGroups: ['child'],
      forms: ['sexual'],
      text: {
        nl: 'Heeft een (veel) oudere ‘vriend’ die niemand kent',
        fr: 'A un « petit ami » (bien) plus âgé que personne ne connaît',
        de: 'Hat einen (viel) älteren „Freund“, den niemand kennt',
        en: 'Has a (much) older ‘boyfriend’ no one knows',
      },
      hint: {
        nl: 'Jongens zijn ook slachtoffer; de ‘vriend’ kan ook een vriendin zijn.',
        fr: 'Les garçons aussi sont victimes ; le « petit ami » peut aussi être une fille.',
        de: 'Auch Jungen werden Opfer; der „Freund“ kann auch eine Freundin sein.',
        en: 'Boys are victims too; the ‘boyfriend’ can also be a girlfriend.',
      },
    },
    {
      id: 'schools_teen_pimps.unexplained_expensive_things',
      group: 'loverboy',
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Heeft plots dure spullen, kleren of geld zonder uitleg',
        fr: 'A soudain des objets chers, des vêtements ou de l’argent sans explication',
        de: 'Hat plötzlich teure Sachen, Kleidung oder Geld ohne Erklärung',
        en: 'Suddenly has expensive things, clothes or money with no explanation',
      },
      hint: {
        nl: 'Nieuwe smartphone, merkkleding, nagels, kapsel: ‘cadeaus’ die later terugbetaald moeten worden.',
        fr: 'Nouveau smartphone, vêtements de marque, ongles, coiffure : des « cadeaux » à rembourser plus tard.',
        de: 'Neues Smartphone, Markenkleidung, Nägel, Frisur: „Geschenke“, die später zurückgezahlt werden müssen.',
        en: 'A new smartphone, designer clothes, nails, hair: ‘gifts’ that must be paid back later.',
      },
    },
    {
      id: 'schools_teen_pimps.truancy',
      group: 'school',
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Spijbelt, komt te laat of is vaak afwezig',
        fr: 'Sèche les cours, arrive en retard ou est souvent absent(e)',
        de: 'Schwänzt, kommt zu spät oder fehlt oft',
        en: 'Skips school, arrives late or is often absent',
      },
    },
    {
      id: 'schools_teen_pimps.grades_drop_behaviour_changes',
      group: 'school',
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Resultaten zakken; trekt zich terug of verandert sterk van gedrag',
        fr: 'Les résultats chutent ; se replie ou change fortement de comportement',
        de: 'Die Noten sinken; zieht sich zurück oder verändert sich stark',
        en: 'Grades drop; withdraws or changes behaviour sharply',
      },
    },
    {
      id: 'schools_teen_pimps.picked_up_by_strangers_in_cars',
      group: 'loverboy',
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Wordt aan de school opgehaald door onbekenden met (dure) auto’s',
        fr: 'Est récupéré(e) à l’école par des inconnus en voiture (chère)',
        de: 'Wird von Unbekannten mit (teuren) Autos an der Schule abgeholt',
        en: 'Is picked up at school by strangers in (expensive) cars',
      },
    },
    {
      id: 'schools_teen_pimps.runs_away_stays_out',
      group: 'school',
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Loopt weg van thuis of uit de voorziening, blijft ’s nachts weg',
        fr: 'Fugue de la maison ou de l’institution, découche',
        de: 'Läuft von zu Hause oder aus der Einrichtung weg, bleibt nachts fort',
        en: 'Runs away from home or care, stays out at night',
      },
    },
    {
      id: 'schools_teen_pimps.cut_off_from_friends_and_family',
      group: 'loverboy',
      targetGroups: ['child'],
      forms: ['sexual'],
      text: {
        nl: 'Verbreekt het contact met vrienden en familie op vraag van de ‘vriend’',
        fr: 'Coupe les liens avec ses amis et sa famille à la demande du « petit ami »',
        de: 'Bricht auf Wunsch des „Freundes“ den Kontakt zu Freunden und Familie ab',
        en: 'Cuts off friends and family at the ‘boyfriend’s’ request',
      },
    },
    {
      id: 'schools_teen_pimps.second_phone_constant_checking',
      group: 'online',
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Heeft een tweede telefoon, of wordt voortdurend gebeld en gecontroleerd',
        fr: 'A un deuxième téléphone, ou est sans cesse appelé(e) et contrôlé(e)',
        de: 'Hat ein zweites Handy oder wird ständig angerufen und kontrolliert',
        en: 'Has a second phone, or is constantly called and checked on',
      },
    },
    {
      id: 'schools_teen_pimps.intimate_images_shared_or_blackmail',
      group: 'online',
      coercion: true,
      targetGroups: ['child'],
      forms: ['sexual'],
      text: {
        nl: 'Naaktbeelden van de jongere gaan rond of worden gebruikt om te chanteren',
        fr: 'Des images intimes du jeune circulent ou servent au chantage',
        de: 'Intime Bilder des jungen Menschen werden verbreitet oder zur Erpressung benutzt',
        en: 'Intimate images of the young person are shared or used for blackmail',
      },
    },
    {
      id: 'schools_teen_pimps.sexual_profile_or_ad_online',
      group: 'online',
      targetGroups: ['child'],
      forms: ['sexual'],
      text: {
        nl: 'Profiel of advertentie op sociale media of datingsites die seks suggereert',
        fr: 'Profil ou annonce sur les réseaux sociaux ou sites de rencontre suggérant du sexe',
        de: 'Profil oder Anzeige in sozialen Medien oder auf Dating-Seiten, die Sex andeutet',
        en: 'A profile or ad on social media or dating sites suggesting sex',
      },
    },
    {
      id: 'schools_teen_pimps.hotels_flats_parties_with_strangers',
      group: 'loverboy',
      targetGroups: ['child'],
      forms: ['sexual'],
      text: {
        nl: 'Verblijft in hotels, appartementen of op ‘feestjes’ bij onbekenden',
        fr: 'Séjourne dans des hôtels, des appartements ou à des « fêtes » chez des inconnus',
        de: 'Hält sich in Hotels, Wohnungen oder auf „Partys“ bei Unbekannten auf',
        en: 'Stays in hotels, flats or at ‘parties’ with strangers',
      },
    },
    {
      id: 'schools_teen_pimps.alcohol_or_drugs_from_boyfriend',
      group: 'fear_and_behaviour',
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Gebruikt (meer) alcohol of drugs, vaak via de ‘vriend’',
        fr: 'Consomme (plus) d’alcool ou de drogue, souvent fournis par le « petit ami »',
        de: 'Konsumiert (mehr) Alkohol oder Drogen, oft vom „Freund“ besorgt',
        en: 'Uses (more) alcohol or drugs, often supplied by the ‘boyfriend’',
      },
    },
    {
      id: 'schools_teen_pimps.injuries_or_fear',
      group: 'violence_and_health',
      coercion: true,
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Blauwe plekken, verwondingen of angst na contact met de ‘vriend’',
        fr: 'Bleus, blessures ou peur après un contact avec le « petit ami »',
        de: 'Blaue Flecken, Verletzungen oder Angst nach Kontakt mit dem „Freund“',
        en: 'Bruises, injuries or fear after contact with the ‘boyfriend’',
      },
    },
    {
      id: 'schools_teen_pimps.must_pay_back_boyfriend',
      group: 'loverboy',
      coercion: true,
      targetGroups: ['child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Zegt iets te moeten ‘terugbetalen’ aan de ‘vriend’',
        fr: 'Dit devoir « rembourser » quelque chose au « petit ami »',
        de: 'Sagt, dem „Freund“ etwas „zurückzahlen“ zu müssen',
        en: 'Says they have to ‘pay back’ the ‘boyfriend’',
      },
    },
    {
      id: 'schools_teen_pimps.introduces_classmates',
      group: 'loverboy',
      targetGroups: ['child'],
      forms: ['sexual'],
      text: {
        nl: 'Brengt klasgenoten in contact met de ‘vriend’ of diens vrienden',
        fr: 'Met des camarades en contact avec le « petit ami » ou ses amis',
        de: 'Bringt Mitschüler mit dem „Freund“ oder dessen Freunden in Kontakt',
        en: 'Introduces classmates to the ‘boyfriend’ or his friends',
      },
      hint: {
        nl: 'Slachtoffers worden soms ingezet om anderen te ronselen.',
        fr: 'Les victimes sont parfois utilisées pour en recruter d’autres.',
        de: 'Opfer werden manchmal eingesetzt, um andere anzuwerben.',
        en: 'Victims are sometimes used to recruit others.',
      },
    },
    {
      id: 'schools_teen_pimps.errands_for_older_youths',
      group: 'drugs',
      targetGroups: ['child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Doet ‘klusjes’ voor oudere jongeren: pakjes afleveren, geld ophalen',
        fr: 'Rend des « services » à des plus âgés : livrer des paquets, récupérer de l’argent',
        de: 'Erledigt „Jobs“ für Ältere: Päckchen ausliefern, Geld einsammeln',
        en: 'Runs ‘errands’ for older youths: delivering packages, collecting money',
      },
    },
  ],
};
