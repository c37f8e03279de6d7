import type { LocalizedText } from '@keten/shared';

/*
 * Belgium's national action plan against trafficking in human beings 2021–2025, as reviewed data.
 * Source: the Dutch text of the plan (shared/seeds/004_4b05220a2862b840.txt).
 *
 * Reading rule (reviewable): a project is one row of a "Project | Verantwoordelijkheid | Timing"
 * table of the plan; a row listing several bullets under one responsibility and timing is one
 * project. The plan has 22 such tables with 31 rows; chapter 1 (introduction) has none. Sections
 * that announce work without a table (2.1.2, 3.1–3.6, 5.2, 6.2.1) are not projects of the plan.
 * Titles are the plan's own words (Dutch), shortened where the cell is long, with an English
 * working translation; `responsibleText` and `timingText` keep the plan's wording.
 *
 * Imported once by the migration `*_knowledge_reference_content.sql` (generated from this file by
 * `generate-knowledge-sql.ts`); later changes happen in Keten, not here.
 */

export interface ActionPlanProjectData {
  code: string;
  chapter: number;
  section: string;
  sectionTitle: string;
  title: { nl: string; en: string };
  description: string;
  responsibleText: string;
  bodies: readonly BodyCode[];
  timingText: string;
  startYear: number;
  endYear: number;
  recurring: boolean;
}

export const ACTION_PLAN_BODIES = {
  bureau_thb: {
    nl: 'Bureau van de Interdepartementale Coördinatiecel (Bureau MH/MS)',
    fr: 'Bureau de la Cellule interdépartementale de coordination (Bureau TEH/TrEH)',
    de: 'Büro der Interministeriellen Koordinierungszelle (Büro MH/MS)',
    en: 'Bureau of the Interdepartmental Coordination Cell (THB/smuggling bureau)',
  },
  icc: {
    nl: 'Interdepartementale Coördinatiecel ter bestrijding van mensensmokkel en mensenhandel',
    fr: 'Cellule interdépartementale de coordination de la lutte contre le trafic et la traite des êtres humains',
    de: 'Interministerielle Koordinierungszelle zur Bekämpfung von Schleusung und Menschenhandel',
    en: 'Interdepartmental Coordination Cell against smuggling and trafficking',
  },
  college_pg: {
    nl: 'College van procureurs-generaal',
    fr: 'Collège des procureurs généraux',
    de: 'Kollegium der Generalprokuratoren',
    en: 'Board of Prosecutors General',
  },
  criminal_policy_service: {
    nl: 'Dienst voor het Strafrechtelijk Beleid',
    fr: 'Service de la Politique criminelle',
    de: 'Dienst für Kriminalpolitik',
    en: 'Criminal Policy Service',
  },
  justice: {
    nl: 'FOD Justitie / Minister van Justitie',
    fr: 'SPF Justice / Ministre de la Justice',
    de: 'FÖD Justiz / Justizminister',
    en: 'FPS Justice / Minister of Justice',
  },
  interior: {
    nl: 'FOD Binnenlandse Zaken / Minister van Binnenlandse Zaken',
    fr: 'SPF Intérieur / Ministre de l’Intérieur',
    de: 'FÖD Inneres / Innenminister',
    en: 'FPS Home Affairs / Minister of the Interior',
  },
  employment: {
    nl: 'FOD Werkgelegenheid, Arbeid en Sociaal Overleg / Minister van Werk',
    fr: 'SPF Emploi, Travail et Concertation sociale / Ministre de l’Emploi',
    de: 'FÖD Beschäftigung, Arbeit und Soziale Konzertierung / Arbeitsminister',
    en: 'FPS Employment, Labour and Social Dialogue / Minister of Employment',
  },
  social_security: {
    nl: 'FOD Sociale Zekerheid / Minister van Sociale Zaken',
    fr: 'SPF Sécurité sociale / Ministre des Affaires sociales',
    de: 'FÖD Soziale Sicherheit / Sozialminister',
    en: 'FPS Social Security / Minister of Social Affairs',
  },
  ctif_cfi: {
    nl: 'Cel voor Financiële Informatieverwerking (CFI)',
    fr: 'Cellule de Traitement des Informations Financières (CTIF)',
    de: 'Zelle für die Verarbeitung finanzieller Informationen (CTIF)',
    en: 'Financial Intelligence Processing Unit (CTIF-CFI)',
  },
  foreign_affairs: {
    nl: 'FOD Buitenlandse Zaken / Minister van Buitenlandse Zaken',
    fr: 'SPF Affaires étrangères / Ministre des Affaires étrangères',
    de: 'FÖD Auswärtige Angelegenheiten / Außenminister',
    en: 'FPS Foreign Affairs / Minister of Foreign Affairs',
  },
  equal_opportunities: {
    nl: 'Gelijke Kansen',
    fr: 'Égalité des chances',
    de: 'Chancengleichheit',
    en: 'Equal Opportunities',
  },
  immigration_office: {
    nl: 'Dienst Vreemdelingenzaken',
    fr: 'Office des étrangers',
    de: 'Ausländeramt',
    en: 'Immigration Office',
  },
  asylum_migration: {
    nl: 'Asiel en Migratie',
    fr: 'Asile et Migration',
    de: 'Asyl und Migration',
    en: 'Asylum and Migration',
  },
  flanders: {
    nl: 'Vlaanderen (Vlaamse Gemeenschap)',
    fr: 'Flandre (Communauté flamande)',
    de: 'Flandern (Flämische Gemeinschaft)',
    en: 'Flanders (Flemish Community)',
  },
  french_community: {
    nl: 'Franse Gemeenschap',
    fr: 'Communauté française',
    de: 'Französische Gemeinschaft',
    en: 'French Community',
  },
  german_community: {
    nl: 'Duitstalige Gemeenschap',
    fr: 'Communauté germanophone',
    de: 'Deutschsprachige Gemeinschaft',
    en: 'German-speaking Community',
  },
  regions: {
    nl: 'Gewesten en regionale partners',
    fr: 'Régions et partenaires régionaux',
    de: 'Regionen und regionale Partner',
    en: 'Regions and regional partners',
  },
  self_employed: {
    nl: 'Minister van Middenstand, Zelfstandigen en KMO’s / RSVZ',
    fr: 'Ministre des Classes moyennes, des Indépendants et des PME / INASTI',
    de: 'Minister des Mittelstands, der Selbständigen und KMU / LISVS',
    en: 'Minister for the Self-employed and SMEs / National Institute for the Social Security of the Self-employed',
  },
  benelux_working_group: {
    nl: 'Werkgroep Benelux',
    fr: 'Groupe de travail Benelux',
    de: 'Arbeitsgruppe Benelux',
    en: 'Benelux working group',
  },
  fido: {
    nl: 'Federaal Instituut voor Duurzame Ontwikkeling (FIDO)',
    fr: 'Institut fédéral pour le Développement durable (IFDD)',
    de: 'Föderales Institut für nachhaltige Entwicklung',
    en: 'Federal Institute for Sustainable Development',
  },
  economy: {
    nl: 'FOD Economie',
    fr: 'SPF Économie',
    de: 'FÖD Wirtschaft',
    en: 'FPS Economy',
  },
  public_health: {
    nl: 'FOD Volksgezondheid',
    fr: 'SPF Santé publique',
    de: 'FÖD Volksgesundheit',
    en: 'FPS Public Health',
  },
  federal_police: {
    nl: 'Federale politie',
    fr: 'Police fédérale',
    de: 'Föderale Polizei',
    en: 'Federal Police',
  },
} as const satisfies Record<string, LocalizedText>;
export type BodyCode = keyof typeof ACTION_PLAN_BODIES;

export const ACTION_PLAN_2021_2025 = {
  code: 'be-2021-2025',
  title: {
    nl: 'Actieplan ter bestrijding van mensenhandel 2021–2025',
    fr: 'Plan d’action de lutte contre la traite des êtres humains 2021–2025',
    de: 'Aktionsplan zur Bekämpfung des Menschenhandels 2021–2025',
    en: 'Action plan against trafficking in human beings 2021–2025',
  },
  startYear: 2021,
  endYear: 2025,
  chapters: [
    {
      chapter: 2,
      title: {
        nl: 'Toezien op de optimalisering van onze regelgevende en wetgevende instrumenten en op de verdere efficiënte toepassing ervan',
        fr: 'Veiller à l’optimisation de nos instruments réglementaires et législatifs et à leur application efficace',
        de: 'Optimierung unserer Regelungs- und Gesetzesinstrumente und ihre wirksame Anwendung',
        en: 'Optimising our regulatory and legislative instruments and applying them effectively',
      },
    },
    {
      chapter: 3,
      title: {
        nl: 'Verzekeren van een opleiding van de gespecialiseerde en niet-gespecialiseerde actoren',
        fr: 'Assurer la formation des acteurs spécialisés et non spécialisés',
        de: 'Schulung der spezialisierten und nicht spezialisierten Akteure sicherstellen',
        en: 'Training specialised and non-specialised actors',
      },
    },
    {
      chapter: 4,
      title: {
        nl: 'Het beschermingsstatuut van de slachtoffers verfijnen en de positie van de opvangcentra verbeteren',
        fr: 'Affiner le statut de protection des victimes et améliorer la position des centres d’accueil',
        de: 'Den Schutzstatus der Opfer verfeinern und die Stellung der Aufnahmezentren verbessern',
        en: 'Refining the victims’ protection status and strengthening the specialised centres',
      },
    },
    {
      chapter: 5,
      title: {
        nl: 'Internationale aandacht vasthouden in het kader van de bestrijding van mensenhandel',
        fr: 'Maintenir l’attention internationale dans la lutte contre la traite',
        de: 'Die internationale Aufmerksamkeit bei der Bekämpfung des Menschenhandels aufrechterhalten',
        en: 'Keeping international attention on the fight against trafficking',
      },
    },
    {
      chapter: 6,
      title: {
        nl: 'Bewustmaken en voorlichten',
        fr: 'Sensibiliser et informer',
        de: 'Sensibilisieren und informieren',
        en: 'Awareness and information',
      },
    },
  ],
  projects: [
    // --- chapter 2 ----------------------------------------------------------------------------
    {
      code: '2.1.1-1',
      chapter: 2,
      section: '2.1.1',
      sectionTitle: 'Sancties, veiligheidsmaatregelen, alternatieven voor vervolging, schuldig pleiten',
      title: {
        nl: 'Wetsontwerp: onmiddellijke aanhouding, bescherming bij minnelijke schikking, schuldig pleiten en verblijf zonder eindvordering',
        en: 'Draft bill: immediate arrest, victim protection under plea settlement, guilty pleas and residence without final requisition',
      },
      description:
        'Op basis van een voorafgaand onderzoek van het Bureau MH/MS of een ad-hocgroep een wetsontwerp uitwerken dat voorziet in: een aanpassing van de onmiddellijke aanhouding; een oplossing voor de bescherming van de slachtoffers bij een minnelijke schikking; een duidelijke stellingname over schuldig pleiten, minstens inzake seksuele uitbuiting; en onderzoeken of een verblijfsvergunning voor onbepaalde tijd mogelijk is wanneer het openbaar ministerie om redenen onafhankelijk van het slachtoffer geen eindvordering uitvaardigt.',
      responsibleText: 'Bureau van de Interdepartementale Coördinatiecel Mensenhandel (MH) en Mensensmokkel (MS) (Bureau MH/MS) of ad-hocwerkgroep',
      bodies: ['bureau_thb'],
      timingText: '2022-2023',
      startYear: 2022,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '2.2-1',
      chapter: 2,
      section: '2.2',
      sectionTitle: 'Voortzetting van het strafrechtelijk beleid',
      title: {
        nl: 'Communicatie tussen jeugdmagistraten en magistraten gespecialiseerd in mensenhandel; opleiding van jeugdmagistraten',
        en: 'Communication between youth magistrates and trafficking magistrates; training of youth magistrates',
      },
      description:
        'Erop toezien dat een aangepaste communicatie wordt ingevoerd tussen de jeugdmagistraten en de magistraten gespecialiseerd inzake mensenhandel, en dat de jeugdmagistraten worden opgeleid inzake de aspecten van mensenhandel van minderjarigen.',
      responsibleText: 'College van procureurs-generaal (expertisenetwerken mensenhandel en mensensmokkel en jeugdbescherming)',
      bodies: ['college_pg'],
      timingText: '2022',
      startYear: 2022,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '2.2-2',
      chapter: 2,
      section: '2.2',
      sectionTitle: 'Voortzetting van het strafrechtelijk beleid',
      title: { nl: 'De fiche voor de magistraten van wacht aanpassen', en: 'Update the fact sheet for magistrates on duty' },
      description: 'De fiche over mensenhandel voor de magistraten van wacht bijwerken, met aandacht voor mensenhandel van minderjarigen.',
      responsibleText: 'College van procureurs-generaal',
      bodies: ['college_pg'],
      timingText: '2021-2022',
      startYear: 2021,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '2.2-3',
      chapter: 2,
      section: '2.2',
      sectionTitle: 'Voortzetting van het strafrechtelijk beleid',
      title: { nl: 'Overgaan tot de tweede evaluatie van COL 01/2015', en: 'Second evaluation of circular COL 01/2015' },
      description: 'De evaluaties van de omzendbrief COL 01/2015 over het opsporings- en vervolgingsbeleid voortzetten met een tweede evaluatie.',
      responsibleText: 'College van procureurs-generaal / Dienst voor het Strafrechtelijk Beleid',
      bodies: ['college_pg', 'criminal_policy_service'],
      timingText: '2021',
      startYear: 2021,
      endYear: 2021,
      recurring: false,
    },
    {
      code: '2.2-4',
      chapter: 2,
      section: '2.2',
      sectionTitle: 'Voortzetting van het strafrechtelijk beleid',
      title: {
        nl: 'Capaciteit en materiële ondersteuning verhogen van de diensten die feiten van mensenhandel identificeren',
        en: 'Increase capacity and material support of the services that identify trafficking',
      },
      description:
        'Verhogen van de capaciteit en materiële ondersteuning van de diensten die belast zijn met de identificatie van feiten van mensenhandel, om de tenuitvoerlegging van onderzoeken en vervolgingen te verzekeren (ook voor speurwerk op het internet).',
      responsibleText: 'Minister van Binnenlandse Zaken / Minister van Justitie / Minister van Werk en Minister van Sociale Zaken (op bepaling van de politieke prioriteiten)',
      bodies: ['interior', 'justice', 'employment', 'social_security'],
      timingText: '2021',
      startYear: 2021,
      endYear: 2021,
      recurring: false,
    },
    {
      code: '2.3-1',
      chapter: 2,
      section: '2.3',
      sectionTitle: 'Het signaleren van mogelijk frauduleuze financiële transacties in verband met mensenhandel faciliteren en verhogen',
      title: {
        nl: 'Dialoog met Febelfin voortzetten: interactieve vergadering met de banksector over indicatoren en tendensen',
        en: 'Continue the dialogue with Febelfin: interactive meeting with the banking sector on indicators and trends',
      },
      description:
        'De werkgroep zet de dialoog met Febelfin voort om een interactieve vergadering met de professionals uit de sector te organiseren, hen op de hoogte te houden van de evoluties in de handelwijzen van de daders en de kennis op peil te houden.',
      responsibleText: 'Ad-hocgroep Cel Mensenhandel en Mensensmokkel / CFI',
      bodies: ['icc', 'ctif_cfi'],
      timingText: '2022',
      startYear: 2022,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '2.3-2',
      chapter: 2,
      section: '2.3',
      sectionTitle: 'Het signaleren van mogelijk frauduleuze financiële transacties in verband met mensenhandel faciliteren en verhogen',
      title: {
        nl: 'Wisselagentschappen afzonderlijk contacteren en vragen de indicatoren te gebruiken',
        en: 'Contact exchange offices one by one and ask them to use the indicators',
      },
      description: 'De werkgroep neemt afzonderlijk contact op met de wisselagentschappen (er is geen federatie) en vraagt hen de indicatoren te gebruiken.',
      responsibleText: 'Ad-hocgroep Cel MH en MS / CFI',
      bodies: ['icc', 'ctif_cfi'],
      timingText: '2021-2022',
      startYear: 2021,
      endYear: 2022,
      recurring: false,
    },

    // --- chapter 3 ----------------------------------------------------------------------------
    {
      code: '3.7-1',
      chapter: 3,
      section: '3.7',
      sectionTitle: 'Praktisch instrument voor de actoren op het terrein',
      title: {
        nl: 'Didactische applicatie over het mechanisme voor de doorverwijzing van slachtoffers',
        en: 'Didactic application on the victim referral mechanism',
      },
      description:
        'Ontwikkeling van een didactische applicatie (mobiele website) die informatie verschaft over de toepassing van het mechanisme voor de doorverwijzing van slachtoffers en de basisrichtlijnen van de multidisciplinaire omzendbrief, eventueel in het kader van een Europees project.',
      responsibleText: 'Bureau MS/MH',
      bodies: ['bureau_thb'],
      timingText: '2024 - 2025',
      startYear: 2024,
      endYear: 2025,
      recurring: false,
    },
    {
      code: '3.7-2',
      chapter: 3,
      section: '3.7',
      sectionTitle: 'Praktisch instrument voor de actoren op het terrein',
      title: { nl: 'Website over de coördinatie op het vlak van mensenhandel', en: 'Website on the coordination of the fight against trafficking' },
      description: 'Ontwikkeling van een website over de coördinatie inzake mensenhandel.',
      responsibleText: 'Dienst voor het Strafrechtelijk Beleid',
      bodies: ['criminal_policy_service'],
      timingText: '2022',
      startYear: 2022,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '3.8-1',
      chapter: 3,
      section: '3.8',
      sectionTitle: 'Informatie voor diplomaten',
      title: {
        nl: 'De fiche met basisinformatie voor diplomaten bijwerken en informatie over mensenhandel inbouwen in hun opleidingssessies',
        en: 'Update the basic information sheet for diplomats and include trafficking in their training sessions',
      },
      description:
        'De fiche met basisinformatie voor diplomaten bijwerken en directe informatie over mensenhandel inbouwen in de opleidingssessies voor diplomaten die naar nieuwe posten worden uitgezonden, met een onderdeel over de identificatie van indicaties voor consulair personeel.',
      responsibleText: 'Minister van BuZa / FOD Buitenlandse Zaken met het Bureau MH/MS',
      bodies: ['foreign_affairs', 'bureau_thb'],
      timingText: '2022',
      startYear: 2022,
      endYear: 2022,
      recurring: false,
    },

    // --- chapter 4 ----------------------------------------------------------------------------
    {
      code: '4.1-1',
      chapter: 4,
      section: '4.1',
      sectionTitle: 'Structurele financiering van de opvangcentra',
      title: {
        nl: 'Het volledige federale budget voor de opvangcentra jaarlijks in de algemene uitgavenbegroting inschrijven',
        en: 'Enter the full federal budget for the specialised centres in the general expenditure budget every year',
      },
      description:
        'Het volledige federale budget voor de opvangcentra voor slachtoffers van mensenhandel ieder jaar inschrijven in de algemene uitgavenbegroting in plaats van gebruik te maken van uitzonderlijke budgetten (interdepartementale provisie).',
      responsibleText: 'Justitie / Gelijke Kansen',
      bodies: ['justice', 'equal_opportunities'],
      timingText: '2021',
      startYear: 2021,
      endYear: 2021,
      recurring: false,
    },
    {
      code: '4.2-1',
      chapter: 4,
      section: '4.2',
      sectionTitle: 'Aanpassing van het nationaal mechanisme voor de doorverwijzing van slachtoffers van mensenhandel',
      title: {
        nl: 'De omzendbrief per gemeenschap aanpassen voor de stappen bij minderjarigen',
        en: 'Adapt the circular for each community on the steps to follow for minors',
      },
      description:
        'De omzendbrief specifiek voor elke gemeenschap aanpassen op het stuk van de stappen die voor minderjarigen moeten worden gevolgd, om hen een betere bescherming en verwijzing te verzekeren, rekening houdend met de federale normen en die van de gemeenschappen.',
      responsibleText: 'Justitie / DVZ / Fr. Gem. / Duitst. Gem. / Vlaanderen',
      bodies: ['justice', 'immigration_office', 'french_community', 'german_community', 'flanders'],
      timingText: '2021',
      startYear: 2021,
      endYear: 2021,
      recurring: false,
    },
    {
      code: '4.2-2',
      chapter: 4,
      section: '4.2',
      sectionTitle: 'Aanpassing van het nationaal mechanisme voor de doorverwijzing van slachtoffers van mensenhandel',
      title: {
        nl: 'De wet van 13 april 1995 wijzigen: Belgische slachtoffers hebben recht op bijstand van de erkende centra',
        en: 'Amend the Law of 13 April 1995: Belgian victims are entitled to assistance from the recognised centres',
      },
      description:
        'De wet van 13 april 1995 wijzigen teneinde erin op te nemen dat de Belgische slachtoffers ook recht hebben op administratieve en juridische bijstand van de erkende gespecialiseerde opvangcentra.',
      responsibleText: 'Justitie',
      bodies: ['justice'],
      timingText: '2023',
      startYear: 2023,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '4.2-3',
      chapter: 4,
      section: '4.2',
      sectionTitle: 'Aanpassing van het nationaal mechanisme voor de doorverwijzing van slachtoffers van mensenhandel',
      title: {
        nl: 'Een kindvriendelijk instrument om minderjarigen te informeren over de mensenhandelprocedure',
        en: 'A child-friendly tool informing minors about the trafficking procedure',
      },
      description: 'Een kindvriendelijk instrument uitwerken om minderjarigen in een voor hen begrijpbare taal te informeren over hun rechten en over de mogelijkheden en beperkingen van de mensenhandelprocedure.',
      responsibleText: 'Justitie / Bureau MH/MS',
      bodies: ['justice', 'bureau_thb'],
      timingText: '2023',
      startYear: 2023,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '4.2-4',
      chapter: 4,
      section: '4.2',
      sectionTitle: 'Aanpassing van het nationaal mechanisme voor de doorverwijzing van slachtoffers van mensenhandel',
      title: {
        nl: 'Evaluatie van de multidisciplinaire richtlijn van 23 december 2016',
        en: 'Evaluation of the multidisciplinary circular of 23 December 2016',
      },
      description:
        'De multidisciplinaire omzendbrief van 23 december 2016 evalueren, met een werkwijze aangepast aan de gezondheidssituatie (de vorige evaluatie gebeurde met rondetafelgesprekken).',
      // The plan leaves the responsibility cell of this row empty.
      responsibleText: '(niet vermeld in het plan)',
      bodies: [],
      timingText: '2021-2022',
      startYear: 2021,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '4.2-5',
      chapter: 4,
      section: '4.2',
      sectionTitle: 'Aanpassing van het nationaal mechanisme voor de doorverwijzing van slachtoffers van mensenhandel',
      title: {
        nl: 'Toezien op de correcte toepassing van de niet-bestraffing en belemmeringen voor klachten wegnemen',
        en: 'Ensure non-punishment is applied correctly and remove obstacles to filing complaints',
      },
      description:
        'Erover waken dat de bepalingen inzake de niet-bestraffing van slachtoffers van mensenhandel correct worden toegepast, nagaan wat de belemmeringen zijn voor het indienen van klachten, en maatregelen voorstellen om die op te heffen.',
      responsibleText: 'Justitie / Asiel en Migratie',
      bodies: ['justice', 'asylum_migration'],
      timingText: '2021-2023',
      startYear: 2021,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '4.3-1',
      chapter: 4,
      section: '4.3',
      sectionTitle: 'Loonvordering vergemakkelijken',
      title: {
        nl: 'Informatiebrochure over de invordering van verschuldigde bedragen (loon) voor slachtoffers',
        en: 'Information brochure on recovering sums owed (wages) to victims',
      },
      description:
        'Een informatiebrochure voorbereiden over de voorwaarden en procedures waarmee slachtoffers van mensenhandel de aan hen verschuldigde bedragen kunnen terugvorderen, ook wanneer die in de Deposito- en Consignatiekas zijn gestort.',
      responsibleText: 'FOD Werkgelegenheid / FOD Sociale Zekerheid in overleg met het Bureau MH/MS (follow-up)',
      bodies: ['employment', 'social_security', 'bureau_thb'],
      timingText: '2022',
      startYear: 2022,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '4.4-1',
      chapter: 4,
      section: '4.4',
      sectionTitle: 'Een contactpersoon bij het RSVZ aanwijzen en afzien van sociale bijdragen van schijnzelfstandigen die slachtoffer zijn',
      title: {
        nl: 'Een contactpersoon bij het RSVZ aanwijzen en de sociale schulden van slachtoffers beperken',
        en: 'Appoint a contact person at the self-employed social security institute and limit victims’ social debts',
      },
      description:
        'Een contactpersoon aanwijzen bij het RSVZ en de sociale schulden beperken voor slachtoffers van mensenhandel die als schijnzelfstandige werden ingezet, eventueel op te nemen in de multidisciplinaire omzendbrief.',
      responsibleText:
        'Minister van Middenstand, Zelfstandigen, KMO’s en Landbouw, Institutionele Hervormingen en Democratische Vernieuwing / RSVZ, in overleg met het Bureau MH/MS (FOD Sociale Zekerheid)',
      bodies: ['self_employed', 'bureau_thb', 'social_security'],
      timingText: '2023',
      startYear: 2023,
      endYear: 2023,
      recurring: false,
    },

    // --- chapter 5 ----------------------------------------------------------------------------
    {
      code: '5.1-1',
      chapter: 5,
      section: '5.1',
      sectionTitle: 'De flyer voor de Belgische diplomatieke posten in het buitenland',
      title: {
        nl: 'De flyer verspreiden onder de diplomatieke posten die het meest met de problematiek te kampen hebben',
        en: 'Distribute the flyer to the diplomatic posts most confronted with the problem',
      },
      description: 'De geactualiseerde en vertaalde flyer voor de diplomatieke posten verspreiden onder de Belgische posten die het meest te kampen hebben met de problematiek, en hun behoeften nagaan.',
      responsibleText: 'FOD Buitenlandse Zaken en Bureau MH/MS',
      bodies: ['foreign_affairs', 'bureau_thb'],
      timingText: '2022',
      startYear: 2022,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '5.3-1',
      chapter: 5,
      section: '5.3',
      sectionTitle: 'Instrumenten voor de doorverwijzing van slachtoffers in en tussen de Benelux-landen',
      title: {
        nl: 'De Benelux-brochure aanpassen en de grensoverschrijdende opvang van slachtoffers verder uitwerken',
        en: 'Update the Benelux brochure and continue work on cross-border reception of victims',
      },
      description:
        'De Benelux-brochure aanpassen om de meest relevante informatie rechtstreeks toegankelijk te maken, en de concrete mogelijkheden onderzoeken om het werk rond de grensoverschrijdende opvang van slachtoffers voort te zetten.',
      responsibleText: 'Werkgroep Benelux',
      bodies: ['benelux_working_group'],
      timingText: '2021',
      startYear: 2021,
      endYear: 2021,
      recurring: false,
    },

    // --- chapter 6 ----------------------------------------------------------------------------
    {
      code: '6.1-1',
      chapter: 6,
      section: '6.1',
      sectionTitle: 'Context en evolutie van het fenomeen mensenhandel',
      title: {
        nl: 'De impact van de wettelijke wijzigingen betreffende prostitutie op mensenhandel en mensensmokkel evalueren',
        en: 'Evaluate the impact of the legal changes on prostitution on trafficking and smuggling',
      },
      description: 'Na de inwerkingtreding van de wetgeving de gevolgen van een eventuele decriminalisering van prostitutie voor de cijfers van mensenhandel en mensensmokkel evalueren.',
      responsibleText: 'ICC (ad-hocwerkgroep)',
      bodies: ['icc'],
      timingText: '2023',
      startYear: 2023,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '6.2.2-1',
      chapter: 6,
      section: '6.2.2',
      sectionTitle: 'Bekendmaking van niet-financiële informatie door bepaalde grote vennootschappen en groepen',
      title: {
        nl: 'De wet van 3 september 2017 aanpassen zodat mensenhandel er uitdrukkelijk in voorkomt',
        en: 'Amend the Law of 3 September 2017 so that it names trafficking explicitly',
      },
      description:
        'De wet van 3 september 2017 betreffende de bekendmaking van niet-financiële informatie en informatie inzake diversiteit aanpassen zodat mensenhandel uitdrukkelijk wordt opgenomen naast mensenrechten en corruptie.',
      responsibleText: 'FIDO / FOD Economie / FOD Justitie (te integreren in de hervorming van de wetten ofwel die van MH of een bijzondere wet)',
      bodies: ['fido', 'economy', 'justice'],
      timingText: '2022/2023',
      startYear: 2022,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '6.3.1-1',
      chapter: 6,
      section: '6.3.1',
      sectionTitle: 'EUCPN-campagne',
      title: { nl: 'De verspreiding van de EUCPN-campagne voortzetten en uitbreiden', en: 'Continue and extend the EUCPN campaign' },
      description:
        'De verspreiding van de bewustmakingscampagne van het European Crime Prevention Network voortzetten en uitbreiden, op federaal niveau en op het niveau van de gefedereerde entiteiten, met aandacht voor de uitbuiting van huispersoneel.',
      responsibleText: 'FOD Binnenlandse Zaken (Preventie) / FOD Justitie + Gewesten en regionale partners',
      bodies: ['interior', 'justice', 'regions'],
      timingText: '2021/2022 – de volgende jaren herhalen volgens een frequentie die nog moet worden bepaald',
      startYear: 2021,
      endYear: 2022,
      recurring: true,
    },
    {
      code: '6.3.2-1',
      chapter: 6,
      section: '6.3.2',
      sectionTitle: 'Blue Heart-campagne',
      title: { nl: 'De verspreiding van de Blue Heart-campagne van de Verenigde Naties verzekeren', en: 'Ensure the distribution of the UN Blue Heart campaign' },
      description: 'Het campagnemateriaal van de Blue Heart-campagne verspreiden, voornamelijk rond 30 juli (werelddag tegen mensenhandel).',
      responsibleText: 'De betrokken departementen en diensten in de Interdepartementale Coördinatiecel',
      bodies: ['icc'],
      timingText: '2021 – de volgende jaren herhalen volgens een te bepalen frequentie',
      startYear: 2021,
      endYear: 2021,
      recurring: true,
    },
    {
      code: '6.3.3-A',
      chapter: 6,
      section: '6.3.3',
      sectionTitle: 'Bewustmaking van specifieke sectoren — A. medische sector',
      title: { nl: 'De voorlichtingscampagne in de ziekenhuis- en medische omgeving herhalen', en: 'Repeat the awareness campaign in hospitals and the medical sector' },
      description: 'De voorlichtingscampagne over de indicatoren van mensenhandel voor de medische sector minstens eenmaal herhalen, met de gynaecologische diensten als doelgroep.',
      responsibleText: 'FOD Justitie + FOD Volksgezondheid',
      bodies: ['justice', 'public_health'],
      timingText: 'Minstens éénmaal tussen 2021 en 2025 organiseren',
      startYear: 2021,
      endYear: 2025,
      recurring: false,
    },
    {
      code: '6.3.3-B',
      chapter: 6,
      section: '6.3.3',
      sectionTitle: 'Bewustmaking van specifieke sectoren — B. burgerlijke luchtvaart',
      title: {
        nl: 'Indicatorenlijst en standaardprocedure voor de identificatie van slachtoffers in de luchtvaartsector',
        en: 'Indicator list and standard procedure for identifying victims in civil aviation',
      },
      description:
        'Een indicatorenlijst en een standaardprocedure voor de identificatie van potentiële slachtoffers ontwikkelen voor het personeel van luchtvaartmaatschappijen en luchthavens (opgeschort tijdens de coronacrisis).',
      responsibleText: 'Cel MS/MH - ad-hocwerkgroep van het Bureau MH/MS',
      bodies: ['icc', 'bureau_thb'],
      timingText: '2022',
      startYear: 2022,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '6.3.3-C',
      chapter: 6,
      section: '6.3.3',
      sectionTitle: 'Bewustmaking van specifieke sectoren — C. onderwijs en jongeren',
      title: {
        nl: 'De onderwijssector en de jongeren bewust maken van mensenhandel en mensensmokkel van minderjarigen',
        en: 'Raise awareness of trafficking and smuggling of minors in education and among young people',
      },
      description: 'Informatie over de indicatoren van mensenhandel (o.a. tienerpooiers) en de beschikbare hulp verspreiden via opleidingen of gidsen in het onderwijs.',
      responsibleText: 'Vlaanderen / Franstalige Gemeenschap / Duitstalige Gemeenschap',
      bodies: ['flanders', 'french_community', 'german_community'],
      timingText: '2022/2023',
      startYear: 2022,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '6.3.3-D',
      chapter: 6,
      section: '6.3.3',
      sectionTitle: 'Bewustmaking van specifieke sectoren — D. OCMW’s',
      title: { nl: 'De OCMW’s bewust maken van de problematiek van mensenhandel', en: 'Raise awareness of trafficking among public social welfare centres (OCMW/CPAS)' },
      description: 'Met de bevoegde diensten bespreken welke initiatieven (brochure, artikel, opleiding) het OCMW-personeel de juiste reflexen geven tegenover een potentieel slachtoffer.',
      responsibleText: 'Bureau MH/MS en de betrokken diensten en departementen',
      bodies: ['bureau_thb'],
      timingText: '2023',
      startYear: 2023,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '6.3.3-E',
      chapter: 6,
      section: '6.3.3',
      sectionTitle: 'Bewustmaking van specifieke sectoren — E. hotelsector',
      title: { nl: 'De hotelsector bewust maken van mensenhandel', en: 'Raise awareness of trafficking in the hotel sector' },
      description: 'De hotelsector bewust maken van de problematiek van mensenhandel, onder andere door steun te verlenen aan bestaande projecten (zoals ALERT van ECPAT) of bijkomende initiatieven te ontwikkelen.',
      responsibleText: 'Cel - Bureau MH/MS / Federale politie',
      bodies: ['icc', 'bureau_thb', 'federal_police'],
      timingText: '2021 - 2022',
      startYear: 2021,
      endYear: 2022,
      recurring: false,
    },
    {
      code: '6.4-1',
      chapter: 6,
      section: '6.4',
      sectionTitle: 'Coördinatie en IAMM',
      title: {
        nl: 'De samenstelling van de Cel en van het Bureau MH/MS screenen met het oog op een update',
        en: 'Review the composition of the Cell and the Bureau with a view to updating it',
      },
      description: 'Een denkoefening voeren over de samenstelling van de instanties van het coördinatiemechanisme (bv. vertegenwoordiging van de lokale politie) en zo nodig een aanpassing voorstellen.',
      responsibleText: 'Bureau MH/MS',
      bodies: ['bureau_thb'],
      timingText: '2022/2023',
      startYear: 2022,
      endYear: 2023,
      recurring: false,
    },
    {
      code: '6.4-2',
      chapter: 6,
      section: '6.4',
      sectionTitle: 'Coördinatie en IAMM',
      title: {
        nl: 'De doelstellingen van het IAMM onderzoeken en het mechanisme herdefiniëren naar de beschikbare middelen',
        en: 'Review the objectives of the information and analysis centre (IAMM) and redefine it within the available means',
      },
      description:
        'De doelstellingen van het Informatie- en Analysecentrum Mensensmokkel en Mensenhandel (IAMM: een beveiligd digitaal netwerk voor informatie-uitwisseling tussen de partners, nooit opgericht) onderzoeken en het mechanisme herdefiniëren om het functioneel te maken binnen de beschikbare middelen en capaciteit.',
      responsibleText: 'Bureau – Cel MH/MS',
      bodies: ['bureau_thb', 'icc'],
      timingText: '2021 - 2022',
      startYear: 2021,
      endYear: 2022,
      recurring: false,
    },
  ] satisfies ActionPlanProjectData[],
} as const;

export type ActionPlanData = typeof ACTION_PLAN_2021_2025;
