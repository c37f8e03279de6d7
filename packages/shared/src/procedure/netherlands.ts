import type { ProcedureConfig } from './types.ts';

/*
 * The Dutch procedure for victims of trafficking, for comparison and future configuration (domain
 * brief §3). Keten's organisation types are Belgian; the nearest type is used and the Dutch body
 * named in the text (police and the Royal Netherlands Marechaussee → `local_police`; the IND →
 * `immigration_office`; the Public Prosecution Service → `prosecutor_office`; the Labour
 * Inspectorate → `labour_inspection`; CoMensha → `benelux_contact_point`; the specialised
 * reception (COSM) → `specialised_centre`). Almost every fact here comes from secondary sources:
 * everything is marked `verify` until confirmed with CoMensha and the IND.
 *
 * Note: the Dutch definition (Criminal Code art. 273f) requires coercion for adult victims, unlike
 * the Belgian one; that changes detection guidance, not the phases below.
 */

const DUTCH_INVESTIGATORS = ['local_police', 'labour_inspection'] as const;

export const DUTCH_PROCEDURE: ProcedureConfig = {
  country: 'NL',
  version: 1,
  validFrom: '2021-01-01',
  name: {
    nl: 'Verblijfsregeling mensenhandel (Nederland)',
    fr: 'Régime de séjour pour les victimes de la traite (Pays-Bas)',
    de: 'Aufenthaltsregelung Menschenhandel (Niederlande)',
    en: 'Residence scheme for victims of trafficking (Netherlands)',
  },
  legalBasis: [
    {
      code: 'vc_b8_3',
      citation: 'Vreemdelingencirculaire 2000, B8/3',
      title: {
        nl: 'Verblijfsregeling mensenhandel',
        fr: 'Régime de séjour traite des êtres humains',
        de: 'Aufenthaltsregelung Menschenhandel',
        en: 'Residence scheme for trafficking victims',
      },
      verify: 'Current chapter of the Aliens Circular.',
    },
    {
      code: 'sr_273f',
      citation: 'Wetboek van Strafrecht, art. 273f',
      title: {
        nl: 'Strafbaarstelling mensenhandel',
        fr: 'Incrimination de la traite',
        de: 'Strafbarkeit des Menschenhandels',
        en: 'Offence of trafficking',
      },
      verify: 'Article number after the revision of the trafficking offence.',
    },
  ],
  conditions: [
    {
      code: 'cooperate_with_investigation',
      fromPhase: 'residence_during_investigation',
      text: {
        nl: 'Aangifte doen of op een andere manier meewerken aan het strafrechtelijk onderzoek.',
        fr: 'Porter plainte ou coopérer autrement à l’enquête pénale.',
        de: 'Anzeige erstatten oder anderweitig an der strafrechtlichen Ermittlung mitwirken.',
        en: 'File a report or otherwise cooperate with the criminal investigation.',
      },
      plain: {
        nl: 'Je vertelt de politie wat er gebeurd is.',
        fr: 'Tu racontes à la police ce qui s’est passé.',
        de: 'Du erzählst der Polizei, was passiert ist.',
        en: 'You tell the police what happened.',
      },
      verify: 'Exceptions (e.g. threats that make cooperation impossible).',
    },
    {
      code: 'no_public_order_danger',
      fromPhase: 'residence_during_investigation',
      text: {
        nl: 'Geen gevaar voor de openbare orde.',
        fr: 'Pas de danger pour l’ordre public.',
        de: 'Keine Gefahr für die öffentliche Ordnung.',
        en: 'No danger to public order.',
      },
      plain: {
        nl: 'Je bent geen gevaar voor anderen.',
        fr: 'Tu ne représentes pas un danger pour les autres.',
        de: 'Du bist keine Gefahr für andere.',
        en: 'You are not a danger to others.',
      },
      verify: 'Exact wording.',
    },
  ],
  phases: [
    {
      code: 'detection',
      order: 0,
      name: { nl: 'Signalering', fr: 'Signalement', de: 'Erkennung', en: 'Detection' },
      summary: {
        nl: 'Opsporingsdiensten melden elk mogelijk slachtoffer bij CoMensha (verplicht); anderen kunnen melden.',
        fr: 'Les services d’enquête signalent chaque victime possible à CoMensha (obligatoire) ; d’autres peuvent signaler.',
        de: 'Ermittlungsbehörden melden jedes mögliche Opfer an CoMensha (Pflicht); andere können melden.',
        en: 'Investigative services register every possible victim with CoMensha (mandatory); others may report.',
      },
      plain: {
        nl: 'Iemand merkt dat er iets mis is en zorgt dat je hulp krijgt.',
        fr: 'Quelqu’un remarque que quelque chose ne va pas et veille à ce que tu reçoives de l’aide.',
        de: 'Jemand merkt, dass etwas nicht stimmt, und sorgt dafür, dass du Hilfe bekommst.',
        en: 'Someone notices that something is wrong and makes sure you get help.',
      },
      entry: {
        nl: 'Bij de geringste aanwijzing van mensenhandel.',
        fr: 'Au moindre indice de traite.',
        de: 'Beim geringsten Hinweis auf Menschenhandel.',
        en: 'At the slightest indication of trafficking.',
      },
      document: null,
      conditions: [],
      steps: [
        {
          code: 'register_with_comensha',
          performedBy: [...DUTCH_INVESTIGATORS],
          text: {
            nl: 'Politie, Koninklijke Marechaussee en Arbeidsinspectie melden het mogelijke slachtoffer bij CoMensha.',
            fr: 'La police, la Maréchaussée royale et l’Inspection du travail signalent la victime possible à CoMensha.',
            de: 'Polizei, Königliche Marechaussee und Arbeitsinspektion melden das mögliche Opfer an CoMensha.',
            en: 'Police, the Royal Marechaussee and the Labour Inspectorate register the possible victim with CoMensha.',
          },
          verify: 'Which services are bound by the registration duty.',
        },
      ],
      verify: 'All facts: secondary sources.',
    },
    {
      code: 'reflection',
      order: 1,
      name: { nl: 'Bedenktijd', fr: 'Délai de réflexion', de: 'Bedenkzeit', en: 'Reflection period' },
      summary: {
        nl: 'De politie biedt bij de geringste aanwijzing een bedenktijd van ten hoogste 3 maanden aan, om te beslissen over aangifte.',
        fr: 'La police offre, au moindre indice, un délai de réflexion de 3 mois au maximum pour décider de porter plainte.',
        de: 'Die Polizei bietet beim geringsten Hinweis eine Bedenkzeit von höchstens 3 Monaten, um über eine Anzeige zu entscheiden.',
        en: 'The police offer, at the slightest indication, a reflection period of up to 3 months to decide whether to report.',
      },
      plain: {
        nl: 'Je krijgt tot 3 maanden om na te denken of je aangifte doet.',
        fr: 'Tu as jusqu’à 3 mois pour réfléchir avant de porter plainte.',
        de: 'Du hast bis zu 3 Monate Zeit, um zu überlegen, ob du Anzeige erstattest.',
        en: 'You get up to 3 months to think about reporting.',
      },
      entry: {
        nl: 'Aangeboden door de politie of de Koninklijke Marechaussee.',
        fr: 'Offert par la police ou la Maréchaussée royale.',
        de: 'Angeboten von der Polizei oder der Königlichen Marechaussee.',
        en: 'Offered by the police or the Royal Marechaussee.',
      },
      document: {
        code: 'reflection_document',
        name: {
          nl: 'Document voor de bedenktijd',
          fr: 'Document pour le délai de réflexion',
          de: 'Dokument für die Bedenkzeit',
          en: 'Reflection period document',
        },
        issuedBy: ['immigration_office'],
        handedOutBy: ['local_police'],
        validity: { amount: 3, unit: 'month' },
        verify: 'Name of the document (W-document) and who hands it out.',
      },
      conditions: [],
      steps: [
        {
          code: 'offer_reflection',
          performedBy: ['local_police'],
          text: {
            nl: 'De politie biedt de bedenktijd aan en regelt opvang via CoMensha.',
            fr: 'La police offre le délai de réflexion et organise l’accueil via CoMensha.',
            de: 'Die Polizei bietet die Bedenkzeit an und organisiert die Unterbringung über CoMensha.',
            en: 'The police offer the reflection period and arrange reception through CoMensha.',
          },
          verify: 'Role of CoMensha in placing victims.',
        },
      ],
      verify: 'All facts: secondary sources.',
    },
    {
      code: 'residence_during_investigation',
      order: 2,
      name: {
        nl: 'Verblijf tijdens het strafproces',
        fr: 'Séjour pendant la procédure pénale',
        de: 'Aufenthalt während des Strafverfahrens',
        en: 'Residence during the criminal procedure',
      },
      summary: {
        nl: 'Na aangifte of medewerking: een verblijfsvergunning voor de duur van het onderzoek en de vervolging, telkens voor 1 jaar, verlengbaar.',
        fr: 'Après plainte ou coopération : un titre de séjour pour la durée de l’enquête et des poursuites, d’un an, renouvelable.',
        de: 'Nach Anzeige oder Mitwirkung: eine Aufenthaltserlaubnis für die Dauer von Ermittlung und Verfolgung, jeweils 1 Jahr, verlängerbar.',
        en: 'After a report or cooperation: a residence permit for the duration of the investigation and prosecution, 1 year at a time, renewable.',
      },
      plain: {
        nl: 'Zolang het onderzoek loopt, mag je in Nederland blijven. Je vergunning geldt telkens 1 jaar.',
        fr: 'Tant que l’enquête dure, tu peux rester aux Pays-Bas. Ton titre vaut chaque fois 1 an.',
        de: 'Solange die Ermittlung läuft, darfst du in den Niederlanden bleiben. Deine Erlaubnis gilt jeweils 1 Jahr.',
        en: 'While the investigation runs, you may stay in the Netherlands. Your permit is valid for 1 year at a time.',
      },
      entry: {
        nl: 'Aangifte of medewerking aan het onderzoek.',
        fr: 'Plainte ou coopération à l’enquête.',
        de: 'Anzeige oder Mitwirkung an der Ermittlung.',
        en: 'A report or cooperation with the investigation.',
      },
      document: {
        code: 'residence_permit_thb',
        name: {
          nl: 'Verblijfsvergunning regulier voor bepaalde tijd (mensenhandel)',
          fr: 'Titre de séjour temporaire (traite)',
          de: 'Befristete Aufenthaltserlaubnis (Menschenhandel)',
          en: 'Temporary residence permit (trafficking)',
        },
        issuedBy: ['immigration_office'],
        handedOutBy: ['immigration_office'],
        validity: { amount: 1, unit: 'year' },
        extension: {
          times: 'until_procedure_ends',
          by: { amount: 1, unit: 'year' },
          checks: ['cooperate_with_investigation', 'no_public_order_danger'],
          consults: ['prosecutor_office'],
        },
        verify: 'Name of the permit and the renewal rule.',
      },
      conditions: ['cooperate_with_investigation', 'no_public_order_danger'],
      steps: [
        {
          code: 'take_report',
          performedBy: [...DUTCH_INVESTIGATORS],
          text: {
            nl: 'Aangifte opnemen.',
            fr: 'Acter la plainte.',
            de: 'Anzeige aufnehmen.',
            en: 'Take the report.',
          },
        },
        {
          code: 'grant_permit',
          performedBy: ['immigration_office'],
          text: {
            nl: 'De IND verleent de vergunning; het Openbaar Ministerie bevestigt het lopende onderzoek.',
            fr: 'L’IND accorde le titre ; le ministère public confirme l’enquête en cours.',
            de: 'Der IND erteilt die Erlaubnis; die Staatsanwaltschaft bestätigt die laufende Ermittlung.',
            en: 'The IND grants the permit; the Public Prosecution Service confirms the investigation.',
          },
          verify: 'Division of roles between the IND and the Public Prosecution Service.',
        },
      ],
      verify: 'All facts: secondary sources.',
    },
    {
      code: 'continued_residence',
      order: 3,
      name: { nl: 'Voortgezet verblijf', fr: 'Séjour prolongé', de: 'Fortgesetzter Aufenthalt', en: 'Continued residence' },
      summary: {
        nl: 'Na een veroordeling, of wanneer het verblijf tijdens het strafproces 3 jaar heeft geduurd, kan voortgezet verblijf worden aangevraagd.',
        fr: 'Après une condamnation, ou lorsque le séjour pendant la procédure a duré 3 ans, un séjour prolongé peut être demandé.',
        de: 'Nach einer Verurteilung, oder wenn der Aufenthalt während des Verfahrens 3 Jahre gedauert hat, kann ein fortgesetzter Aufenthalt beantragt werden.',
        en: 'After a conviction, or when residence during the procedure has lasted 3 years, continued residence can be requested.',
      },
      plain: {
        nl: 'Als de daders veroordeeld worden, of na 3 jaar, kan je in Nederland blijven.',
        fr: 'Si les auteurs sont condamnés, ou après 3 ans, tu peux rester aux Pays-Bas.',
        de: 'Wenn die Täter verurteilt werden, oder nach 3 Jahren, kannst du in den Niederlanden bleiben.',
        en: 'If the offenders are convicted, or after 3 years, you can stay in the Netherlands.',
      },
      entry: {
        nl: 'Veroordeling, of 3 jaar verblijf tijdens het strafproces.',
        fr: 'Condamnation, ou 3 ans de séjour pendant la procédure.',
        de: 'Verurteilung, oder 3 Jahre Aufenthalt während des Verfahrens.',
        en: 'A conviction, or 3 years of residence during the procedure.',
      },
      document: {
        code: 'continued_residence_permit',
        name: {
          nl: 'Verblijfsvergunning voortgezet verblijf',
          fr: 'Titre de séjour prolongé',
          de: 'Aufenthaltserlaubnis für fortgesetzten Aufenthalt',
          en: 'Continued residence permit',
        },
        issuedBy: ['immigration_office'],
        handedOutBy: ['immigration_office'],
        validity: null,
        verify: 'Validity of the continued residence permit.',
      },
      conditions: ['no_public_order_danger'],
      steps: [
        {
          code: 'request_continued_residence',
          performedBy: ['immigration_office'],
          text: {
            nl: 'De IND beslist over het voortgezet verblijf.',
            fr: 'L’IND décide du séjour prolongé.',
            de: 'Der IND entscheidet über den fortgesetzten Aufenthalt.',
            en: 'The IND decides on continued residence.',
          },
        },
      ],
      verify: 'All facts: secondary sources.',
    },
  ],
  transitions: [
    {
      code: 'offer_reflection',
      from: 'detection',
      to: 'reflection',
      performedBy: ['local_police'],
      text: {
        nl: 'De politie biedt bedenktijd aan.',
        fr: 'La police offre un délai de réflexion.',
        de: 'Die Polizei bietet Bedenkzeit an.',
        en: 'The police offer a reflection period.',
      },
    },
    {
      code: 'report_at_once',
      from: 'detection',
      to: 'residence_during_investigation',
      performedBy: ['local_police', 'labour_inspection'],
      text: {
        nl: 'Meteen aangifte: geen bedenktijd nodig.',
        fr: 'Plainte immédiate : pas de délai de réflexion.',
        de: 'Sofortige Anzeige: keine Bedenkzeit nötig.',
        en: 'Report at once: no reflection period needed.',
      },
    },
    {
      code: 'report_made',
      from: 'reflection',
      to: 'residence_during_investigation',
      performedBy: ['local_police', 'labour_inspection'],
      text: {
        nl: 'Aangifte of medewerking tijdens de bedenktijd.',
        fr: 'Plainte ou coopération pendant le délai de réflexion.',
        de: 'Anzeige oder Mitwirkung während der Bedenkzeit.',
        en: 'Report or cooperation during the reflection period.',
      },
    },
    {
      code: 'renew_permit',
      from: 'residence_during_investigation',
      to: 'residence_during_investigation',
      performedBy: ['immigration_office'],
      requiresConfirmationBy: ['prosecutor_office'],
      text: {
        nl: 'Verlenging met 1 jaar.',
        fr: 'Renouvellement d’un an.',
        de: 'Verlängerung um 1 Jahr.',
        en: 'Renewal by 1 year.',
      },
    },
    {
      code: 'conviction_or_three_years',
      from: 'residence_during_investigation',
      to: 'continued_residence',
      performedBy: ['immigration_office'],
      // Either path opens continued residence: a conviction, or 3 years in the previous phase.
      requiresAnyOf: [
        { kind: 'judicial_outcome' },
        { kind: 'time_in_phase', phase: 'residence_during_investigation', atLeast: { amount: 3, unit: 'year' } },
      ],
      text: {
        nl: 'Veroordeling, of 3 jaar verblijf tijdens het strafproces.',
        fr: 'Condamnation, ou 3 ans de séjour pendant la procédure.',
        de: 'Verurteilung, oder 3 Jahre Aufenthalt während des Verfahrens.',
        en: 'Conviction, or 3 years of residence during the procedure.',
      },
      verify: 'The 3-year rule and its conditions.',
    },
  ],
  endReasons: [
    {
      code: 'stopped_cooperating',
      text: {
        nl: 'De persoon werkt niet langer mee.',
        fr: 'La personne ne coopère plus.',
        de: 'Die Person wirkt nicht mehr mit.',
        en: 'The person stopped cooperating.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'case_dismissed',
      text: {
        nl: 'Het Openbaar Ministerie seponeert de zaak.',
        fr: 'Le ministère public classe l’affaire sans suite.',
        de: 'Die Staatsanwaltschaft stellt das Verfahren ein.',
        en: 'The Public Prosecution Service dismisses the case.',
      },
      verify: 'Whether dismissal ends the permit or opens another route.',
    },
    {
      code: 'public_order_danger',
      text: {
        nl: 'Gevaar voor de openbare orde.',
        fr: 'Danger pour l’ordre public.',
        de: 'Gefahr für die öffentliche Ordnung.',
        en: 'Danger to public order.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'person_withdrew',
      text: {
        nl: 'De persoon zet de procedure niet voort.',
        fr: 'La personne ne poursuit pas la procédure.',
        de: 'Die Person setzt das Verfahren nicht fort.',
        en: 'The person does not continue the procedure.',
      },
    },
  ],
  minors: {
    alertAtOnce: ['guardianship_service'],
    alwaysInvolved: ['youth_prosecutor'],
    consentNeededForReferral: false,
    unaccompaniedDefinition: {
      nl: 'Jonger dan 18 en zonder ouder of voogd in Nederland.',
      fr: 'Moins de 18 ans et sans parent ni tuteur aux Pays-Bas.',
      de: 'Unter 18 und ohne Eltern oder Vormund in den Niederlanden.',
      en: 'Under 18 and without a parent or guardian in the Netherlands.',
    },
    rules: [
      {
        code: 'guardian_appointed',
        text: {
          nl: 'Een voogdijinstelling (Nidos) treedt op als voogd.',
          fr: 'Une institution de tutelle (Nidos) agit comme tuteur.',
          de: 'Eine Vormundschaftseinrichtung (Nidos) handelt als Vormund.',
          en: 'A guardianship institution (Nidos) acts as guardian.',
        },
        plain: {
          nl: 'Je krijgt een voogd die je helpt.',
          fr: 'Tu reçois un tuteur qui t’aide.',
          de: 'Du bekommst einen Vormund, der dir hilft.',
          en: 'You get a guardian who helps you.',
        },
        verify: 'Guardianship arrangements for minor victims.',
      },
    ],
    verify: 'All facts: secondary sources.',
  },
  ownNationals: {
    residenceSteps: false,
    text: {
      nl: 'Nederlandse slachtoffers krijgen hulp en opvang zonder verblijfsstappen.',
      fr: 'Les victimes néerlandaises reçoivent aide et accueil sans étapes de séjour.',
      de: 'Niederländische Opfer erhalten Hilfe und Aufnahme ohne Aufenthaltsschritte.',
      en: 'Dutch victims receive help and reception without residence steps.',
    },
  },
  crossBorder: {
    contactPointType: 'benelux_contact_point',
    text: {
      nl: 'Uitgebuit in België of Luxemburg: neem contact op met het contactpunt van dat land.',
      fr: 'Exploité en Belgique ou au Luxembourg : contactez le point de contact de ce pays.',
      de: 'In Belgien oder Luxemburg ausgebeutet: wenden Sie sich an die Kontaktstelle dieses Landes.',
      en: 'Exploited in Belgium or Luxembourg: contact that country’s contact point.',
    },
  },
};
