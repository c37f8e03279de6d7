import type { JudicialDistrict, Region } from '@keten/shared';
import { JUDICIAL_DISTRICTS } from '@keten/shared';
import type { OrganisationType, PublicContact } from '../organisations/organisation.schema.ts';

/**
 * Organisations of demo mode. Names are those of real institution types (and of the real
 * recognised centres, Myria, CTIF-CFI …) because demo users must recognise the chain; every
 * contact detail is fictional: phone numbers in the unassigned "000 00" block, e-mail and web
 * domains under example.* (RFC 2606), street names that do not exist. No people here, and never
 * a shelter address (shelters are secret; see organisation.schema.ts).
 *
 * `key` is stable: the seed derives each organisation's UUID from it, and tests and demo users
 * refer to organisations by it.
 */
export interface DemoOrganisation {
  key: string;
  type: OrganisationType;
  name: string;
  shortName: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  regionCode: Region | null;
  judicialDistrict: JudicialDistrict | null;
  servesDistricts: JudicialDistrict[];
  /** Language codes from the seeded `languages` table. */
  workingLanguages: string[];
  emailDomains: string[];
  publicContact: PublicContact;
}

const OFFICE_HOURS = {
  nl: 'ma–vr 9–17 u',
  fr: 'lun–ven 9 h–17 h',
  de: 'Mo–Fr 9–17 Uhr',
  en: 'Mon–Fri 9 am–5 pm',
};

const ALWAYS_REACHABLE = {
  nl: 'dag en nacht bereikbaar',
  fr: 'joignable jour et nuit',
  de: 'Tag und Nacht erreichbar',
  en: 'reachable day and night',
};

const ALL_DISTRICTS: JudicialDistrict[] = [...JUDICIAL_DISTRICTS];

/** Keeps the literal `key`s in the type, so `DemoOrganisationKey` lists them all. */
function defineDemoOrganisations<const K extends string>(
  organisations: (DemoOrganisation & { key: K })[],
): (DemoOrganisation & { key: K })[] {
  return organisations;
}

export const DEMO_ORGANISATIONS = defineDemoOrganisations([
  // --- Specialised recognised centres -------------------------------------------------------
  // Demo routing data, to be confirmed with the centres: which centre takes referrals from which
  // judicial district is an agreement between them, not law.
  {
    key: 'centre-pagasa',
    type: 'specialised_centre',
    name: 'PAG-ASA',
    shortName: 'PAG-ASA',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ['brussels', 'leuven', 'walloon_brabant'],
    workingLanguages: ['nl', 'fr', 'en'],
    emailDomains: ['pagasa.example.be'],
    publicContact: {
      phone: '+3220000011',
      email: 'intake@pagasa.example.be',
      website: 'https://pagasa.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Demostraat 1, 1000 Brussel',
    },
  },
  {
    key: 'centre-payoke',
    type: 'specialised_centre',
    name: 'Payoke',
    shortName: 'Payoke',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: ['antwerp', 'limburg', 'east_flanders', 'west_flanders'],
    workingLanguages: ['nl', 'en', 'fr'],
    emailDomains: ['payoke.example.be'],
    publicContact: {
      phone: '+3230000011',
      email: 'intake@payoke.example.be',
      website: 'https://payoke.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Voorbeeldlei 1, 2000 Antwerpen',
    },
  },
  {
    key: 'centre-surya',
    type: 'specialised_centre',
    name: 'Sürya',
    shortName: 'Sürya',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: ['liege', 'namur', 'luxembourg', 'hainaut', 'eupen'],
    workingLanguages: ['fr', 'en', 'de'],
    emailDomains: ['surya.example.be'],
    publicContact: {
      phone: '+3240000011',
      email: 'intake@surya.example.be',
      website: 'https://surya.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Rue de la Démo 1, 4000 Liège',
    },
  },

  // --- Local police -------------------------------------------------------------------------
  {
    key: 'police-demo-antwerpen',
    type: 'local_police',
    name: 'Politiezone Demo-Antwerpen',
    shortName: 'PZ Demo-Antwerpen',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: [],
    workingLanguages: ['nl', 'en'],
    emailDomains: ['pz-demo-antwerpen.example.be'],
    publicContact: {
      phone: '+3230000021',
      email: 'onthaal@pz-demo-antwerpen.example.be',
      website: 'https://pz-demo-antwerpen.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Demostraat 10, 2000 Antwerpen',
    },
  },
  {
    key: 'police-demo-brussel',
    type: 'local_police',
    name: 'Politiezone Demo-Brussel / Zone de police Démo-Bruxelles',
    shortName: 'PZ/ZP Demo-Brussel',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr', 'en'],
    emailDomains: ['pz-demo-brussel.example.be'],
    publicContact: {
      phone: '+3220000021',
      email: 'onthaal@pz-demo-brussel.example.be',
      website: 'https://pz-demo-brussel.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Demostraat 20, 1000 Brussel',
    },
  },
  {
    key: 'police-demo-gent',
    type: 'local_police',
    name: 'Politiezone Demo-Gent',
    shortName: 'PZ Demo-Gent',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'east_flanders',
    servesDistricts: [],
    workingLanguages: ['nl', 'en'],
    emailDomains: ['pz-demo-gent.example.be'],
    publicContact: {
      phone: '+3290000021',
      email: 'onthaal@pz-demo-gent.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Voorbeeldkaai 1, 9000 Gent',
    },
  },
  {
    key: 'police-demo-liege',
    type: 'local_police',
    name: 'Zone de police Démo-Liège',
    shortName: 'ZP Démo-Liège',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: [],
    workingLanguages: ['fr', 'en'],
    emailDomains: ['zp-demo-liege.example.be'],
    publicContact: {
      phone: '+3240000021',
      email: 'accueil@zp-demo-liege.example.be',
      website: 'https://zp-demo-liege.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Rue de la Démo 20, 4000 Liège',
    },
  },
  {
    key: 'police-demo-eupen',
    type: 'local_police',
    name: 'Polizeizone Demo-Eupen',
    shortName: 'PZ Demo-Eupen',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'eupen',
    servesDistricts: [],
    workingLanguages: ['de', 'fr'],
    emailDomains: ['pz-demo-eupen.example.be'],
    publicContact: {
      phone: '+3287000021',
      email: 'empfang@pz-demo-eupen.example.be',
      hours: ALWAYS_REACHABLE,
      officeAddress: 'Demostraße 1, 4700 Eupen',
    },
  },

  // --- Federal judicial police, trafficking units -------------------------------------------
  {
    key: 'fgp-brussel-thb',
    type: 'federal_police_thb',
    name: 'Federale Gerechtelijke Politie Brussel – Sectie Mensenhandel / Police judiciaire fédérale de Bruxelles – Section Traite des êtres humains',
    shortName: 'FGP/PJF Brussel THB',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ['brussels'],
    workingLanguages: ['nl', 'fr', 'en'],
    emailDomains: ['fgp-brussel.example.be'],
    publicContact: {
      phone: '+3220000031',
      email: 'mensenhandel@fgp-brussel.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'fgp-antwerpen-thb',
    type: 'federal_police_thb',
    name: 'Federale Gerechtelijke Politie Antwerpen – Sectie Mensenhandel',
    shortName: 'FGP Antwerpen THB',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: ['antwerp'],
    workingLanguages: ['nl', 'en'],
    emailDomains: ['fgp-antwerpen.example.be'],
    publicContact: {
      phone: '+3230000031',
      email: 'mensenhandel@fgp-antwerpen.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'pjf-liege-thb',
    type: 'federal_police_thb',
    name: 'Police judiciaire fédérale de Liège – Section Traite des êtres humains',
    shortName: 'PJF Liège TEH',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: ['liege', 'eupen'],
    workingLanguages: ['fr', 'de', 'en'],
    emailDomains: ['pjf-liege.example.be'],
    publicContact: {
      phone: '+3240000031',
      email: 'teh@pjf-liege.example.be',
      hours: OFFICE_HOURS,
    },
  },

  // --- Inspection services ------------------------------------------------------------------
  {
    key: 'rsz-ecosoc-demo',
    type: 'social_inspection',
    name: 'Rijksdienst voor Sociale Zekerheid – ECOSOC-team Demo / Office national de sécurité sociale – équipe ECOSOC Démo',
    shortName: 'RSZ/ONSS ECOSOC',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ALL_DISTRICTS,
    workingLanguages: ['nl', 'fr', 'de', 'en'],
    emailDomains: ['rsz-onss.example.be'],
    publicContact: {
      phone: '+3220000041',
      email: 'ecosoc@rsz-onss.example.be',
      hours: OFFICE_HOURS,
      officeAddress: 'Voorbeeldplein 1, 1000 Brussel',
    },
  },
  {
    key: 'waso-tsw-antwerpen',
    type: 'labour_inspection',
    name: 'FOD Werkgelegenheid, Arbeid en Sociaal Overleg – Toezicht op de Sociale Wetten, regionale directie Demo-Antwerpen',
    shortName: 'FOD WASO TSW',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: ['antwerp', 'limburg'],
    workingLanguages: ['nl', 'en'],
    emailDomains: ['werk.example.be'],
    publicContact: {
      phone: '+3230000041',
      email: 'tsw.antwerpen@werk.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'etcs-cls-liege',
    type: 'labour_inspection',
    name: 'SPF Emploi, Travail et Concertation sociale – Contrôle des lois sociales, direction régionale Démo-Liège',
    shortName: 'SPF ETCS CLS',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: ['liege', 'eupen', 'namur', 'luxembourg'],
    workingLanguages: ['fr', 'de'],
    emailDomains: ['emploi.example.be'],
    publicContact: {
      phone: '+3240000041',
      email: 'cls.liege@emploi.example.be',
      hours: OFFICE_HOURS,
    },
  },

  // --- Prosecutors --------------------------------------------------------------------------
  // Each office's reference magistrate for trafficking is a user, not an organisation.
  {
    key: 'parket-antwerpen',
    type: 'prosecutor_office',
    name: 'Parket van de procureur des Konings Antwerpen',
    shortName: 'Parket Antwerpen',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: ['antwerp'],
    workingLanguages: ['nl'],
    emailDomains: ['parket-antwerpen.example.be'],
    publicContact: {
      phone: '+3230000051',
      email: 'secretariaat@parket-antwerpen.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'parquet-bruxelles',
    type: 'prosecutor_office',
    name: 'Parquet du procureur du Roi de Bruxelles',
    shortName: 'Parquet de Bruxelles',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ['brussels'],
    workingLanguages: ['fr', 'nl'],
    emailDomains: ['parquet-bruxelles.example.be'],
    publicContact: {
      phone: '+3220000051',
      email: 'secretariat@parquet-bruxelles.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    // The Brussels district has a second, Dutch-language office for Halle-Vilvoorde.
    key: 'parket-halle-vilvoorde',
    type: 'prosecutor_office',
    name: 'Parket van de procureur des Konings Halle-Vilvoorde',
    shortName: 'Parket Halle-Vilvoorde',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'brussels',
    servesDistricts: ['brussels'],
    workingLanguages: ['nl'],
    emailDomains: ['parket-halle-vilvoorde.example.be'],
    publicContact: {
      phone: '+3220000052',
      email: 'secretariaat@parket-halle-vilvoorde.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'parket-oost-vlaanderen',
    type: 'prosecutor_office',
    name: 'Parket van de procureur des Konings Oost-Vlaanderen',
    shortName: 'Parket Oost-Vlaanderen',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'east_flanders',
    servesDistricts: ['east_flanders'],
    workingLanguages: ['nl'],
    emailDomains: ['parket-oost-vlaanderen.example.be'],
    publicContact: {
      phone: '+3290000051',
      email: 'secretariaat@parket-oost-vlaanderen.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'parquet-liege',
    type: 'prosecutor_office',
    name: 'Parquet du procureur du Roi de Liège',
    shortName: 'Parquet de Liège',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: ['liege'],
    workingLanguages: ['fr'],
    emailDomains: ['parquet-liege.example.be'],
    publicContact: {
      phone: '+3240000051',
      email: 'secretariat@parquet-liege.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'parquet-hainaut',
    type: 'prosecutor_office',
    name: 'Parquet du procureur du Roi du Hainaut',
    shortName: 'Parquet du Hainaut',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'hainaut',
    servesDistricts: ['hainaut'],
    workingLanguages: ['fr'],
    emailDomains: ['parquet-hainaut.example.be'],
    publicContact: {
      phone: '+3265000051',
      email: 'secretariat@parquet-hainaut.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'staatsanwaltschaft-eupen',
    type: 'prosecutor_office',
    name: 'Staatsanwaltschaft Eupen',
    shortName: 'Staatsanwaltschaft Eupen',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'eupen',
    servesDistricts: ['eupen'],
    workingLanguages: ['de', 'fr'],
    emailDomains: ['staatsanwaltschaft-eupen.example.be'],
    publicContact: {
      phone: '+3287000051',
      email: 'sekretariat@staatsanwaltschaft-eupen.example.be',
      hours: OFFICE_HOURS,
    },
  },

  // --- Labour auditors ----------------------------------------------------------------------
  // Demo routing data: the territorial split of the labour auditor's offices is to be confirmed.
  {
    key: 'arbeidsauditoraat-antwerpen',
    type: 'labour_auditor',
    name: 'Arbeidsauditoraat Antwerpen',
    shortName: 'Arbeidsauditoraat Antwerpen',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: ['antwerp', 'limburg'],
    workingLanguages: ['nl'],
    emailDomains: ['arbeidsauditoraat-antwerpen.example.be'],
    publicContact: {
      phone: '+3230000061',
      email: 'secretariaat@arbeidsauditoraat-antwerpen.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'arbeidsauditoraat-gent',
    type: 'labour_auditor',
    name: 'Arbeidsauditoraat Gent',
    shortName: 'Arbeidsauditoraat Gent',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'east_flanders',
    servesDistricts: ['east_flanders', 'west_flanders'],
    workingLanguages: ['nl'],
    emailDomains: ['arbeidsauditoraat-gent.example.be'],
    publicContact: {
      phone: '+3290000061',
      email: 'secretariaat@arbeidsauditoraat-gent.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'auditorat-bruxelles',
    type: 'labour_auditor',
    name: 'Auditorat du travail de Bruxelles',
    shortName: 'Auditorat du travail de Bruxelles',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ['brussels'],
    workingLanguages: ['fr', 'nl'],
    emailDomains: ['auditorat-bruxelles.example.be'],
    publicContact: {
      phone: '+3220000061',
      email: 'secretariat@auditorat-bruxelles.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'auditorat-liege',
    type: 'labour_auditor',
    name: 'Auditorat du travail de Liège',
    shortName: 'Auditorat du travail de Liège',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: ['liege', 'namur', 'luxembourg'],
    workingLanguages: ['fr'],
    emailDomains: ['auditorat-liege.example.be'],
    publicContact: {
      phone: '+3240000061',
      email: 'secretariat@auditorat-liege.example.be',
      hours: OFFICE_HOURS,
    },
  },

  // --- Youth prosecutors --------------------------------------------------------------------
  {
    key: 'jeugdparket-antwerpen',
    type: 'youth_prosecutor',
    name: 'Parket Antwerpen – Sectie Jeugd en Gezin',
    shortName: 'Jeugdparket Antwerpen',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: ['antwerp'],
    workingLanguages: ['nl'],
    emailDomains: ['jeugd.parket-antwerpen.example.be'],
    publicContact: {
      phone: '+3230000071',
      email: 'secretariaat@jeugd.parket-antwerpen.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'parquet-jeunesse-bruxelles',
    type: 'youth_prosecutor',
    name: 'Parquet de Bruxelles – Section Famille et Jeunesse',
    shortName: 'Parquet jeunesse Bruxelles',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ['brussels'],
    workingLanguages: ['fr', 'nl'],
    emailDomains: ['jeunesse.parquet-bruxelles.example.be'],
    publicContact: {
      phone: '+3220000071',
      email: 'secretariat@jeunesse.parquet-bruxelles.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'parquet-jeunesse-liege',
    type: 'youth_prosecutor',
    name: 'Parquet de Liège – Section Jeunesse',
    shortName: 'Parquet jeunesse Liège',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: ['liege'],
    workingLanguages: ['fr'],
    emailDomains: ['jeunesse.parquet-liege.example.be'],
    publicContact: {
      phone: '+3240000071',
      email: 'secretariat@jeunesse.parquet-liege.example.be',
      hours: OFFICE_HOURS,
    },
  },

  // --- Federal services ---------------------------------------------------------------------
  {
    // Domain brief: "MINTEH; verify the current name" of the DVZ/OE bureau.
    key: 'dvz-minteh',
    type: 'immigration_office',
    name: 'Dienst Vreemdelingenzaken – Cel Minderjarigen en Slachtoffers Mensenhandel / Office des Étrangers – Cellule Mineurs et Victimes de la traite',
    shortName: 'DVZ/OE MINTEH',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ALL_DISTRICTS,
    workingLanguages: ['nl', 'fr', 'de', 'en'],
    emailDomains: ['dvz-oe.example.be'],
    publicContact: { phone: '+3220000081', email: 'minteh@dvz-oe.example.be', hours: OFFICE_HOURS },
  },
  {
    key: 'dienst-voogdij',
    type: 'guardianship_service',
    name: 'FOD Justitie – Dienst Voogdij / SPF Justice – Service des Tutelles',
    shortName: 'Dienst Voogdij / Service des Tutelles',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ALL_DISTRICTS,
    workingLanguages: ['nl', 'fr', 'de', 'en'],
    emailDomains: ['voogdij-tutelles.example.be'],
    // Unaccompanied foreign minors must be reported at once, whatever the hour.
    publicContact: {
      phone: '+3220000082',
      email: 'melding@voogdij-tutelles.example.be',
      hours: ALWAYS_REACHABLE,
    },
  },

  // --- Municipalities, social services, hospital, school, NGO -------------------------------
  {
    key: 'stad-demo-antwerpen',
    type: 'municipality',
    name: 'Stad Demo-Antwerpen – Dienst Vreemdelingenzaken',
    shortName: 'Stad Demo-Antwerpen',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'antwerp',
    servesDistricts: [],
    workingLanguages: ['nl'],
    emailDomains: ['stad-demo-antwerpen.example.be'],
    publicContact: {
      phone: '+3230000091',
      email: 'vreemdelingen@stad-demo-antwerpen.example.be',
      hours: OFFICE_HOURS,
      officeAddress: 'Demomarkt 1, 2000 Antwerpen',
    },
  },
  {
    key: 'ville-demo-liege',
    type: 'municipality',
    name: 'Ville de Démo-Liège – Service Population et Étrangers',
    shortName: 'Ville de Démo-Liège',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'liege',
    servesDistricts: [],
    workingLanguages: ['fr'],
    emailDomains: ['ville-demo-liege.example.be'],
    publicContact: {
      phone: '+3240000091',
      email: 'etrangers@ville-demo-liege.example.be',
      hours: OFFICE_HOURS,
      officeAddress: 'Place de la Démo 1, 4000 Liège',
    },
  },
  {
    key: 'ocmw-demo-gent',
    type: 'ocmw_cpas',
    name: 'OCMW Demo-Gent',
    shortName: 'OCMW Demo-Gent',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'east_flanders',
    servesDistricts: [],
    workingLanguages: ['nl', 'en'],
    emailDomains: ['ocmw-demo-gent.example.be'],
    publicContact: { phone: '+3290000091', email: 'onthaal@ocmw-demo-gent.example.be', hours: OFFICE_HOURS },
  },
  {
    key: 'cpas-demo-charleroi',
    type: 'ocmw_cpas',
    name: 'CPAS de Démo-Charleroi',
    shortName: 'CPAS Démo-Charleroi',
    country: 'BE',
    regionCode: 'BE-WAL',
    judicialDistrict: 'hainaut',
    servesDistricts: [],
    workingLanguages: ['fr'],
    emailDomains: ['cpas-demo-charleroi.example.be'],
    publicContact: {
      phone: '+3271000091',
      email: 'accueil@cpas-demo-charleroi.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'ziekenhuis-demo-brussel',
    type: 'hospital',
    name: 'Ziekenhuis Demo-Brussel / Hôpital Démo-Bruxelles – Sociale dienst / Service social',
    shortName: 'Ziekenhuis Demo-Brussel',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr', 'en'],
    emailDomains: ['ziekenhuis-demo.example.be'],
    publicContact: {
      phone: '+3220000092',
      email: 'sociale.dienst@ziekenhuis-demo.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'school-demo-leuven',
    type: 'school',
    name: 'Demo-Atheneum Leuven',
    shortName: 'Demo-Atheneum',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'leuven',
    servesDistricts: [],
    workingLanguages: ['nl'],
    emailDomains: ['atheneum-demo.example.be'],
    publicContact: {
      phone: '+3216000092',
      email: 'leerlingenbegeleiding@atheneum-demo.example.be',
      hours: {
        nl: 'schooldagen 8–16 u',
        fr: 'jours scolaires 8 h–16 h',
        de: 'Schultage 8–16 Uhr',
        en: 'school days 8 am–4 pm',
      },
    },
  },
  {
    key: 'ngo-straathoekwerk-demo',
    type: 'ngo',
    name: 'Straathoekwerk Demo vzw',
    shortName: 'Straathoekwerk Demo',
    country: 'BE',
    regionCode: 'BE-VLG',
    judicialDistrict: 'west_flanders',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr', 'en', 'ro', 'bg'],
    emailDomains: ['straathoekwerk-demo.example.org'],
    publicContact: {
      phone: '+3250000092',
      email: 'info@straathoekwerk-demo.example.org',
      website: 'https://straathoekwerk-demo.example.org',
      hours: OFFICE_HOURS,
    },
  },

  // --- Financial sector ---------------------------------------------------------------------
  {
    key: 'bank-demo',
    type: 'bank',
    name: 'Demobank NV / SA – Compliance',
    shortName: 'Demobank',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr', 'en'],
    emailDomains: ['demobank.example.be'],
    publicContact: { phone: '+3220000093', email: 'compliance@demobank.example.be', hours: OFFICE_HOURS },
  },
  {
    key: 'ctif-cfi',
    type: 'ctif_cfi',
    name: 'Cel voor Financiële Informatieverwerking / Cellule de Traitement des Informations Financières',
    shortName: 'CFI-CTIF',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: ALL_DISTRICTS,
    workingLanguages: ['nl', 'fr', 'en'],
    emailDomains: ['ctif-cfi.example.be'],
    publicContact: { phone: '+3220000094', email: 'info@ctif-cfi.example.be', hours: OFFICE_HOURS },
  },

  // --- National level -----------------------------------------------------------------------
  {
    // Keten's design: the national rapporteur role sees aggregates only.
    key: 'myria',
    type: 'national_rapporteur',
    name: 'Myria – Federaal Migratiecentrum / Centre fédéral Migration',
    shortName: 'Myria',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr', 'de', 'en'],
    emailDomains: ['myria.example.be'],
    publicContact: {
      phone: '+3220000095',
      email: 'info@myria.example.be',
      website: 'https://myria.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'bureau-icc',
    type: 'coordination_bureau',
    name: 'Bureau van de Interdepartementale Coördinatiecel ter bestrijding van de mensensmokkel en de mensenhandel',
    shortName: 'Bureau MH/MS',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr', 'de', 'en'],
    emailDomains: ['strafrechtelijkbeleid.example.be'],
    publicContact: {
      phone: '+3220000096',
      email: 'bureau.mhms@strafrechtelijkbeleid.example.be',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'keten-operator',
    type: 'platform_operator',
    name: 'Keten – platformbeheer / gestion de la plateforme',
    shortName: 'Keten',
    country: 'BE',
    regionCode: 'BE-BRU',
    judicialDistrict: 'brussels',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr', 'de', 'en'],
    emailDomains: ['keten.example'],
    publicContact: { email: 'support@keten.example', hours: OFFICE_HOURS },
  },

  // --- Benelux contact points ---------------------------------------------------------------
  // For victims found in Belgium but exploited in the Netherlands or Luxembourg (domain §3).
  {
    key: 'nl-comensha',
    type: 'benelux_contact_point',
    name: 'CoMensha – Coördinatiecentrum tegen Mensenhandel',
    shortName: 'CoMensha',
    country: 'NL',
    regionCode: null,
    judicialDistrict: null,
    servesDistricts: [],
    workingLanguages: ['nl', 'en'],
    emailDomains: ['comensha.example.nl'],
    publicContact: {
      phone: '+31200000011',
      email: 'aanmelding@comensha.example.nl',
      website: 'https://comensha.example.nl',
      hours: OFFICE_HOURS,
    },
  },
  {
    key: 'lu-contact-point',
    type: 'benelux_contact_point',
    name: 'Point de contact national traite des êtres humains – Luxembourg',
    shortName: 'Point de contact LU',
    country: 'LU',
    regionCode: null,
    judicialDistrict: null,
    servesDistricts: [],
    workingLanguages: ['fr', 'de', 'lb', 'en'],
    emailDomains: ['traite.example.lu'],
    publicContact: { phone: '+35220000011', email: 'contact@traite.example.lu', hours: OFFICE_HOURS },
  },
]);

export type DemoOrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

export function getDemoOrganisation(key: DemoOrganisationKey): DemoOrganisation {
  const organisation = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!organisation) {
    throw new Error(`Unknown demo organisation ${key}`);
  }
  return organisation;
}
