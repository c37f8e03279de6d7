import type { CatalogueDefinition } from '../vocabulary.ts';

/**
 * Exploitation of begging and forced criminality (drug transport and dealing, cannabis
 * plantations, theft). A person caught committing an offence may be the victim: the
 * non-punishment principle (Criminal Code art. 433quinquies §5 — legal references are data)
 * makes recognising these signs at arrest decisive. Begging is often exploited within the
 * person's own family or clan, which makes breaking away harder.
 */
export const BEGGING_FORCED_CRIMINALITY_CATALOGUE: CatalogueDefinition = {
  key: 'begging_forced_criminality',
  version: 1,
  title: {
    nl: 'Bedelarij en gedwongen criminaliteit',
    fr: 'Mendicité et criminalité forcée',
    de: 'Betteln und erzwungene Kriminalität',
    en: 'Begging and forced criminality',
  },
  description: {
    nl: 'Gedwongen bedelen, drugs vervoeren of verkopen, werken in cannabisplantages, stelen. Wie een misdrijf pleegt, kan zelf slachtoffer zijn.',
    fr: 'Mendicité forcée, transport ou vente de drogue, travail dans des plantations de cannabis, vols. Qui commet un délit peut être lui-même victime.',
    de: 'Erzwungenes Betteln, Drogen transportieren oder verkaufen, Arbeit in Cannabisplantagen, Diebstahl. Wer eine Straftat begeht, kann selbst Opfer sein.',
    en: 'Forced begging, carrying or selling drugs, working in cannabis plantations, stealing. Someone committing an offence may be a victim themselves.',
  },
  source: {
    name: 'Keten compilation from Belgian practice (PAG-ASA, Myria annual reports) and the ILO/EC operational indicators (2009)',
    year: 2021,
    note: 'No single official list; wording and examples are Keten’s own. To be validated by the coordination bureau.',
  },
  sectors: ['begging_street', 'criminal_activity', 'police_inspection', 'school_youth', 'social_services'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'begging_forced_criminality.hands_over_begging_money',
      group: 'begging',
      targetGroups: ['adult', 'child'],
      forms: ['begging'],
      text: {
        nl: 'Geeft het bedelgeld af aan iemand anders',
        fr: 'Remet l’argent de la mendicité à quelqu’un d’autre',
        de: 'Gibt das erbettelte Geld an jemand anderen ab',
        en: 'Hands the begging money over to someone else',
      },
      hint: {
        nl: 'Iemand komt op vaste tijden het geld ophalen.',
        fr: 'Quelqu’un vient chercher l’argent à heures fixes.',
        de: 'Jemand holt das Geld zu festen Zeiten ab.',
        en: 'Someone comes to collect the money at set times.',
      },
    },
    {
      id: 'begging_forced_criminality.dropped_off_and_collected',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ['begging', 'forced_criminality'],
      text: {
        nl: 'Wordt ’s ochtends afgezet en ’s avonds opgehaald',
        fr: 'Est déposé(e) le matin et repris(e) le soir',
        de: 'Wird morgens abgesetzt und abends abgeholt',
        en: 'Is dropped off in the morning and collected in the evening',
      },
      hint: {
        nl: 'Vaak in groep, met hetzelfde busje of dezelfde auto.',
        fr: 'Souvent en groupe, avec la même camionnette ou la même voiture.',
        de: 'Oft in einer Gruppe, mit demselben Kleinbus oder Auto.',
        en: 'Often in a group, with the same van or car.',
      },
    },
    {
      id: 'begging_forced_criminality.quota_or_punishment',
      group: 'control',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['begging', 'forced_criminality'],
      text: {
        nl: 'Moet een vast bedrag binnenbrengen, anders volgt straf',
        fr: 'Doit rapporter une somme fixe, sinon c’est la punition',
        de: 'Muss einen festen Betrag bringen, sonst folgt eine Strafe',
        en: 'Must bring in a set amount or be punished',
      },
    },
    {
      id: 'begging_forced_criminality.child_begging',
      group: 'begging',
      targetGroups: ['child'],
      forms: ['begging'],
      text: {
        nl: 'Een kind bedelt, alleen of met een volwassene die niet de ouder lijkt',
        fr: 'Un enfant mendie, seul ou avec un adulte qui ne semble pas être son parent',
        de: 'Ein Kind bettelt, allein oder mit einem Erwachsenen, der kein Elternteil zu sein scheint',
        en: 'A child begs, alone or with an adult who does not seem to be a parent',
      },
      hint: {
        nl: 'Ook een baby die dag na dag door andere volwassenen wordt vastgehouden.',
        fr: 'Aussi un bébé porté jour après jour par des adultes différents.',
        de: 'Auch ein Baby, das Tag für Tag von anderen Erwachsenen gehalten wird.',
        en: 'Also a baby held by different adults day after day.',
      },
    },
    {
      id: 'begging_forced_criminality.disability_put_on_show',
      group: 'begging',
      targetGroups: ['adult', 'child'],
      forms: ['begging'],
      text: {
        nl: 'Een handicap of wonde wordt getoond om meer op te halen',
        fr: 'Un handicap ou une blessure est exhibé(e) pour récolter plus',
        de: 'Eine Behinderung oder Wunde wird zur Schau gestellt, um mehr zu bekommen',
        en: 'A disability or wound is put on show to collect more',
      },
    },
    {
      id: 'begging_forced_criminality.same_spot_in_shifts',
      group: 'begging',
      targetGroups: ['adult', 'child'],
      forms: ['begging'],
      text: {
        nl: 'Bedelt elke dag op dezelfde plek, in beurtrollen met anderen',
        fr: 'Mendie chaque jour au même endroit, en se relayant avec d’autres',
        de: 'Bettelt jeden Tag am selben Ort, im Wechsel mit anderen',
        en: 'Begs at the same spot every day, taking turns with others',
      },
    },
    {
      id: 'begging_forced_criminality.carries_or_sells_drugs_for_others',
      group: 'drugs',
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Vervoert of verkoopt drugs voor iemand anders, voor weinig of niets',
        fr: 'Transporte ou vend de la drogue pour quelqu’un d’autre, pour peu ou rien',
        de: 'Transportiert oder verkauft Drogen für jemand anderen, für wenig oder nichts',
        en: 'Carries or sells drugs for someone else, for little or nothing',
      },
      hint: {
        nl: 'Een minderjarige ‘runner’, of iemand die met drugs in het lichaam reist.',
        fr: 'Un mineur « coursier », ou une personne qui voyage avec de la drogue dans le corps.',
        de: 'Ein minderjähriger „Läufer“, oder jemand, der mit Drogen im Körper reist.',
        en: 'A child ‘runner’, or someone travelling with drugs inside their body.',
      },
    },
    {
      id: 'begging_forced_criminality.drug_debt',
      group: 'drugs',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Moet een drugsschuld afbetalen door misdrijven te plegen',
        fr: 'Doit rembourser une dette de drogue en commettant des délits',
        de: 'Muss eine Drogenschuld durch Straftaten abbezahlen',
        en: 'Has to pay off a drug debt by committing crimes',
      },
    },
    {
      id: 'begging_forced_criminality.lives_in_cannabis_plantation',
      group: 'cannabis',
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Woont of slaapt in de cannabisplantage waar hij of zij werkt',
        fr: 'Vit ou dort dans la plantation de cannabis où il ou elle travaille',
        de: 'Wohnt oder schläft in der Cannabisplantage, in der die Person arbeitet',
        en: 'Lives or sleeps in the cannabis plantation where they work',
      },
      hint: {
        nl: 'Matras en eten tussen de planten, ramen dichtgemaakt, deur van buiten op slot.',
        fr: 'Matelas et nourriture entre les plants, fenêtres condamnées, porte fermée de l’extérieur.',
        de: 'Matratze und Essen zwischen den Pflanzen, Fenster verschlossen, Tür von außen abgesperrt.',
        en: 'Mattress and food among the plants, windows sealed, door locked from outside.',
      },
    },
    {
      id: 'begging_forced_criminality.does_not_know_where_they_are',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ['begging', 'forced_criminality'],
      text: {
        nl: 'Weet niet waar hij of zij is of hoe hij of zij er kwam',
        fr: 'Ne sait pas où il ou elle se trouve ni comment il ou elle est arrivé(e)',
        de: 'Weiß nicht, wo sie oder er ist oder wie sie oder er dorthin kam',
        en: 'Does not know where they are or how they got there',
      },
    },
    {
      id: 'begging_forced_criminality.steals_in_supervised_group',
      group: 'theft',
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Steelt of rolt zakken in een groep, onder toezicht van een volwassene',
        fr: 'Vole ou fait les poches en groupe, surveillé(e) par un adulte',
        de: 'Stiehlt oder begeht Taschendiebstahl in einer Gruppe, von einem Erwachsenen beaufsichtigt',
        en: 'Steals or pickpockets in a group, watched by an adult',
      },
    },
    {
      id: 'begging_forced_criminality.arrested_under_different_identities',
      group: 'theft',
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality', 'begging'],
      text: {
        nl: 'Wordt herhaaldelijk opgepakt, telkens met een andere naam of leeftijd',
        fr: 'Est arrêté(e) à plusieurs reprises, chaque fois sous un autre nom ou âge',
        de: 'Wird wiederholt festgenommen, jedes Mal mit anderem Namen oder Alter',
        en: 'Is arrested again and again, each time with a different name or age',
      },
    },
    {
      id: 'begging_forced_criminality.rehearsed_story_or_silence',
      group: 'fear_and_behaviour',
      targetGroups: ['adult', 'child'],
      forms: ['begging', 'forced_criminality'],
      text: {
        nl: 'Vertelt een ingestudeerd verhaal of zwijgt uit angst',
        fr: 'Répète une histoire apprise ou se tait par peur',
        de: 'Erzählt eine eingeübte Geschichte oder schweigt aus Angst',
        en: 'Tells a rehearsed story or stays silent out of fear',
      },
    },
    {
      id: 'begging_forced_criminality.fears_revenge_if_stopping',
      group: 'fear_and_behaviour',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['begging', 'forced_criminality'],
      text: {
        nl: 'Vreest straf of wraak op de familie als hij of zij stopt',
        fr: 'Craint une punition ou des représailles sur sa famille s’il ou elle arrête',
        de: 'Fürchtet Strafe oder Rache an der Familie, falls die Person aufhört',
        en: 'Fears punishment or revenge on their family if they stop',
      },
    },
    {
      id: 'begging_forced_criminality.recruited_for_easy_money',
      group: 'recruitment',
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Geronseld via sociale media voor ‘snel geld’',
        fr: 'Recruté(e) via les réseaux sociaux pour de « l’argent facile »',
        de: 'Über soziale Medien für „schnelles Geld“ angeworben',
        en: 'Recruited on social media for ‘easy money’',
      },
      hint: {
        nl: 'Jongeren die als koerier of ‘runner’ beginnen en daarna vastzitten.',
        fr: 'Des jeunes qui commencent comme coursiers ou « guetteurs » et se retrouvent piégés.',
        de: 'Jugendliche, die als Kurier oder „Läufer“ anfangen und dann nicht mehr herauskommen.',
        en: 'Young people who start as couriers or ‘runners’ and then cannot get out.',
      },
    },
    {
      id: 'begging_forced_criminality.account_or_identity_used_by_others',
      group: 'documents',
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Eigen bankrekening of identiteit wordt door anderen gebruikt',
        fr: 'Son compte bancaire ou son identité sert à d’autres',
        de: 'Das eigene Bankkonto oder die eigene Identität wird von anderen benutzt',
        en: 'Their bank account or identity is used by others',
      },
      hint: {
        nl: 'Geldezel, of leningen en telefoonabonnementen op zijn of haar naam.',
        fr: 'Mule financière, ou prêts et abonnements téléphoniques à son nom.',
        de: 'Finanzagent, oder Kredite und Handyverträge auf den eigenen Namen.',
        en: 'Money mule, or loans and phone contracts in their name.',
      },
    },
  ],
};
