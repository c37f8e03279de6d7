import type { Role, UiLanguage } from '@keten/shared';
import type { DemoOrganisationKey } from './demo-organisations.ts';

/**
 * One fictional demo user per role (and a second centre for "other organisation" stories). The
 * password and TOTP secret are published in the README so anyone can log in to a demo; demo data
 * is refused in production.
 */
export const DEMO_PASSWORD = 'fictional-demo-access-2026';
/** Base32, 20 bytes: add it to any authenticator app, or compute codes with `npm run keten -- demo totp`. */
export const DEMO_TOTP_SECRET = 'KETENDEMOKETENDEMOKETENDEMOKETEN';

export interface DemoUser {
  key: string;
  organisation: DemoOrganisationKey;
  email: string;
  displayName: string;
  jobTitle: string;
  language: UiLanguage;
  roles: Role[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'reporter', organisation: 'police-demo-brussel', email: 'inspecteur@pz-demo-brussel.example.be', displayName: 'Lotte Demo-Peeters', jobTitle: 'Inspecteur', language: 'nl', roles: ['first_line_reporter'] },
  { key: 'caseworker', organisation: 'centre-pagasa', email: 'caseworker@pagasa.example.be', displayName: 'Amira Demo-Benali', jobTitle: 'Maatschappelijk werker', language: 'nl', roles: ['centre_caseworker'] },
  { key: 'coordinator', organisation: 'centre-pagasa', email: 'coordination@pagasa.example.be', displayName: 'Jean Demo-Dubois', jobTitle: 'Coordinateur', language: 'fr', roles: ['centre_coordinator'] },
  { key: 'caseworker-payoke', organisation: 'centre-payoke', email: 'caseworker@payoke.example.be', displayName: 'Sofie Demo-Janssens', jobTitle: 'Begeleider', language: 'nl', roles: ['centre_caseworker'] },
  { key: 'investigator', organisation: 'fgp-brussel-thb', email: 'onderzoeker@fgp-brussel.example.be', displayName: 'Karim Demo-El Amrani', jobTitle: 'Hoofdinspecteur THB', language: 'nl', roles: ['police_investigator'] },
  { key: 'magistrate', organisation: 'parquet-bruxelles', email: 'magistrat.reference@parquet-bruxelles.example.be', displayName: 'Claire Demo-Lambert', jobTitle: 'Magistrate de référence TEH', language: 'fr', roles: ['reference_magistrate'] },
  { key: 'immigration', organisation: 'dvz-minteh', email: 'minteh@dvz-oe.example.be', displayName: 'Pieter Demo-Claes', jobTitle: 'Attaché MINTEH', language: 'nl', roles: ['immigration_officer'] },
  { key: 'guardianship', organisation: 'dienst-voogdij', email: 'voogdij@voogdij-tutelles.example.be', displayName: 'Nadia Demo-Willems', jobTitle: 'Dossierbeheerder', language: 'nl', roles: ['guardianship_officer'] },
  { key: 'municipality', organisation: 'stad-demo-antwerpen', email: 'loket@stad-demo-antwerpen.example.be', displayName: 'Tom Demo-Maes', jobTitle: 'Baliemedewerker vreemdelingenzaken', language: 'nl', roles: ['municipality_clerk'] },
  { key: 'rapporteur', organisation: 'myria', email: 'analyse@myria.example.be', displayName: 'Elise Demo-Martin', jobTitle: 'Analyste', language: 'fr', roles: ['rapporteur_analyst'] },
  { key: 'coordinator-national', organisation: 'bureau-icc', email: 'bureau@strafrechtelijkbeleid.example.be', displayName: 'Marc Demo-Vermeulen', jobTitle: 'Coördinator', language: 'nl', roles: ['national_coordinator'] },
  { key: 'financial', organisation: 'ctif-cfi', email: 'analyse@ctif-cfi.example.be', displayName: 'Hanne Demo-Wouters', jobTitle: 'Financieel analist', language: 'nl', roles: ['financial_analyst'] },
  { key: 'editor', organisation: 'bureau-icc', email: 'redactie@strafrechtelijkbeleid.example.be', displayName: 'Julie Demo-Leroy', jobTitle: 'Rédactrice', language: 'fr', roles: ['knowledge_editor'] },
  { key: 'org-admin', organisation: 'centre-pagasa', email: 'admin@pagasa.example.be', displayName: 'Bram Demo-Smets', jobTitle: 'ICT', language: 'nl', roles: ['organisation_admin'] },
  { key: 'platform-admin', organisation: 'keten-operator', email: 'beheer@keten.example', displayName: 'Greta Demo-Hoffmann', jobTitle: 'Plattformbetrieb', language: 'de', roles: ['platform_admin'] },
];
