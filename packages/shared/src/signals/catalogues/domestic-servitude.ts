import type { CatalogueDefinition } from '../vocabulary.ts';

/**
 * Domestic servitude: live-in domestic workers, au pairs and "relatives" exploited in private
 * households, including diplomatic households. The exploiter need not belong to any network (a
 * family exploiting a live-in servant is a case PAG-ASA names itself).
 */
export const DOMESTIC_SERVITUDE_CATALOGUE: CatalogueDefinition = {
  key: 'domestic_servitude',
  version: 1,
  title: {
    nl: 'Huishoudelijke uitbuiting',
    fr: 'Servitude domestique',
    de: 'Häusliche Ausbeutung',
    en: 'Domestic servitude',
  },
  description: {
    nl: 'Inwonend huispersoneel, au pairs of ‘familieleden’ die in een gezin worden uitgebuit, ook bij diplomaten.',
    fr: 'Personnel de maison logé, au pair ou « membres de la famille » exploités dans un ménage, y compris chez des diplomates.',
    de: 'Im Haushalt lebendes Hauspersonal, Au-pairs oder „Verwandte“, die in einer Familie ausgebeutet werden, auch bei Diplomaten.',
    en: 'Live-in domestic workers, au pairs or ‘relatives’ exploited in a household, diplomatic households included.',
  },
  source: {
    name: 'Keten compilation from Belgian practice (PAG-ASA, Myria annual reports) and the ILO/EC operational indicators (2009)',
    year: 2021,
    note: 'No single official list; wording and examples are Keten’s own. To be validated by the coordination bureau.',
  },
  sectors: ['domestic_work', 'social_services'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'domestic_servitude.no_room_of_their_own',
      group: 'housing',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Woont bij de werkgever zonder eigen kamer of slot',
        fr: 'Vit chez l’employeur sans chambre à soi ni verrou',
        de: 'Wohnt beim Arbeitgeber ohne eigenes Zimmer oder Schloss',
        en: 'Lives at the employer’s home with no room or lock of their own',
      },
      hint: {
        nl: 'Slaapt in de keuken, de wasplaats of bij de kinderen.',
        fr: 'Dort dans la cuisine, la buanderie ou avec les enfants.',
        de: 'Schläft in der Küche, in der Waschküche oder bei den Kindern.',
        en: 'Sleeps in the kitchen, the laundry room or with the children.',
      },
    },
    {
      id: 'domestic_servitude.on_call_day_and_night',
      group: 'work_and_pay',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Moet dag en nacht klaarstaan, zonder vrije dag',
        fr: 'Doit être disponible jour et nuit, sans jour de congé',
        de: 'Muss Tag und Nacht bereitstehen, ohne freien Tag',
        en: 'Has to be available day and night, with no day off',
      },
    },
    {
      id: 'domestic_servitude.rarely_goes_out_alone',
      group: 'control',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Mag zelden of nooit alleen buiten',
        fr: 'N’a que rarement ou jamais le droit de sortir seul(e)',
        de: 'Darf selten oder nie allein hinaus',
        en: 'Is rarely or never allowed out alone',
      },
    },
    {
      id: 'domestic_servitude.employer_keeps_passport',
      group: 'documents',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'De werkgever bewaart paspoort of verblijfskaart',
        fr: 'L’employeur garde le passeport ou le titre de séjour',
        de: 'Der Arbeitgeber verwahrt Pass oder Aufenthaltskarte',
        en: 'The employer keeps the passport or residence card',
      },
    },
    {
      id: 'domestic_servitude.little_pay_or_paid_to_family',
      group: 'work_and_pay',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Krijgt weinig of geen loon, of het loon zou naar familie in het thuisland gaan',
        fr: 'Reçoit peu ou pas de salaire, ou le salaire irait à la famille au pays',
        de: 'Bekommt wenig oder keinen Lohn, oder der Lohn gehe angeblich an die Familie im Heimatland',
        en: 'Gets little or no pay, or the pay supposedly goes to family back home',
      },
      hint: {
        nl: '‘We sturen je loon naar je moeder’, zonder enig bewijs.',
        fr: '« Nous envoyons ton salaire à ta mère », sans aucune preuve.',
        de: '„Wir schicken deinen Lohn an deine Mutter“, ohne jeden Nachweis.',
        en: '‘We send your wages to your mother’, without any proof.',
      },
    },
    {
      id: 'domestic_servitude.eats_apart_or_too_little',
      group: 'housing',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Eet apart, krijgt restjes of te weinig',
        fr: 'Mange à part, reçoit les restes ou trop peu',
        de: 'Isst getrennt, bekommt Reste oder zu wenig',
        en: 'Eats apart, gets leftovers or too little',
      },
    },
    {
      id: 'domestic_servitude.no_phone_or_calls_controlled',
      group: 'isolation',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Heeft geen telefoon of mag niet vrij bellen',
        fr: 'N’a pas de téléphone ou ne peut pas appeler librement',
        de: 'Hat kein Telefon oder darf nicht frei telefonieren',
        en: 'Has no phone or may not call freely',
      },
    },
    {
      id: 'domestic_servitude.diplomatic_household',
      group: 'documents',
      targetGroups: ['adult'],
      forms: ['labour'],
      text: {
        nl: 'Werkt voor een diplomatiek gezin en hangt voor het verblijf af van die werkgever',
        fr: 'Travaille pour un ménage diplomatique et dépend de cet employeur pour son séjour',
        de: 'Arbeitet für einen Diplomatenhaushalt und hängt für den Aufenthalt von diesem Arbeitgeber ab',
        en: 'Works for a diplomatic household and depends on that employer for their residence',
      },
      hint: {
        nl: 'Bijzondere identiteitskaart van Buitenlandse Zaken; het verblijf eindigt met de job.',
        fr: 'Carte d’identité spéciale des Affaires étrangères ; le séjour prend fin avec l’emploi.',
        de: 'Sonderausweis des Außenministeriums; der Aufenthalt endet mit der Stelle.',
        en: 'Special identity card from Foreign Affairs; the right to stay ends with the job.',
      },
    },
    {
      id: 'domestic_servitude.came_as_au_pair_or_relative',
      group: 'recruitment',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Kwam als au pair, student of ‘familielid’, maar doet het hele huishouden',
        fr: 'Est venu(e) comme au pair, étudiant(e) ou « membre de la famille », mais fait tout le ménage',
        de: 'Kam als Au-pair, Student oder „Verwandte(r)“, macht aber den ganzen Haushalt',
        en: 'Came as an au pair, student or ‘relative’, but does all the housework',
      },
    },
    {
      id: 'domestic_servitude.lent_to_other_households',
      group: 'work_and_pay',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Wordt ‘uitgeleend’ aan andere huishoudens',
        fr: 'Est « prêté(e) » à d’autres ménages',
        de: 'Wird an andere Haushalte „ausgeliehen“',
        en: 'Is ‘lent out’ to other households',
      },
    },
    {
      id: 'domestic_servitude.insulted_humiliated_or_hit',
      group: 'violence_and_health',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Wordt uitgescholden, vernederd of geslagen',
        fr: 'Est insulté(e), humilié(e) ou frappé(e)',
        de: 'Wird beschimpft, gedemütigt oder geschlagen',
        en: 'Is insulted, humiliated or hit',
      },
    },
    {
      id: 'domestic_servitude.sexual_abuse_in_household',
      group: 'violence_and_health',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['labour', 'sexual'],
      text: {
        nl: 'Wordt in het huis seksueel lastiggevallen of misbruikt',
        fr: 'Subit du harcèlement ou des abus sexuels dans la maison',
        de: 'Wird im Haus sexuell belästigt oder missbraucht',
        en: 'Is sexually harassed or abused in the house',
      },
    },
    {
      id: 'domestic_servitude.no_medical_care',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Krijgt geen medische zorg bij ziekte of ongeval',
        fr: 'Ne reçoit pas de soins en cas de maladie ou d’accident',
        de: 'Bekommt bei Krankheit oder Unfall keine ärztliche Hilfe',
        en: 'Gets no medical care when ill or injured',
      },
    },
    {
      id: 'domestic_servitude.child_does_housework_not_school',
      group: 'work_and_pay',
      targetGroups: ['child'],
      forms: ['labour'],
      text: {
        nl: 'Een kind doet het huishouden in plaats van naar school te gaan',
        fr: 'Un enfant fait le ménage au lieu d’aller à l’école',
        de: 'Ein Kind macht den Haushalt, statt zur Schule zu gehen',
        en: 'A child does the housework instead of going to school',
      },
    },
  ],
};
