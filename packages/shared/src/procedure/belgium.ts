import type { OrganisationType } from '../admin.ts';
import type { ProcedureConfig } from './types.ts';

/*
 * The Belgian protection procedure for victims of trafficking and of aggravated smuggling, as
 * configuration (domain brief §3). Sources: the Aliens Act of 15 December 1980 (art. 61/2–61/5),
 * its Royal Decree of 8 October 1981 (art. 110bis), the multidisciplinary circular of
 * 23 December 2016 and the national action plan 2021–2025 (seeds/). Facts marked `verify` come
 * from secondary sources and must be confirmed with the Immigration Office, the centres and the
 * Criminal Policy Service before anyone relies on them.
 */

/** First-line actors who may meet a victim and must refer (circular of 23 December 2016). */
export const BE_FIRST_LINE: readonly OrganisationType[] = [
  'local_police',
  'federal_police_thb',
  'social_inspection',
  'labour_inspection',
  'municipality',
  'ocmw_cpas',
  'hospital',
  'school',
  'ngo',
  'bank',
];

/** Services with police powers that take complaints and statements (police and social inspection). */
const INVESTIGATORS: readonly OrganisationType[] = ['local_police', 'federal_police_thb', 'social_inspection', 'labour_inspection'];
/** The reference magistrate of the district: public prosecutor or labour auditor. */
const MAGISTRATES: readonly OrganisationType[] = ['prosecutor_office', 'labour_auditor'];

export const BELGIAN_PROCEDURE: ProcedureConfig = {
  country: 'BE',
  version: 1,
  validFrom: '2017-03-10',
  name: {
    nl: 'Beschermingsprocedure voor slachtoffers van mensenhandel',
    fr: 'Procédure de protection des victimes de la traite des êtres humains',
    de: 'Schutzverfahren für Opfer von Menschenhandel',
    en: 'Protection procedure for victims of human trafficking',
  },
  legalBasis: [
    {
      code: 'aliens_act_61_2',
      citation: 'Wet van 15 december 1980 / Loi du 15 décembre 1980, art. 61/2–61/5',
      title: {
        nl: 'Vreemdelingenwet: verblijf van slachtoffers van mensenhandel en van verzwarende vormen van mensensmokkel',
        fr: 'Loi sur les étrangers : séjour des victimes de la traite et de certaines formes aggravées de trafic',
        de: 'Ausländergesetz: Aufenthalt von Opfern des Menschenhandels und schwerer Formen der Schleusung',
        en: 'Aliens Act: residence of victims of trafficking and of aggravated smuggling',
      },
      verify: 'Article numbers as cited in secondary sources.',
    },
    {
      code: 'royal_decree_110bis',
      citation: 'KB/AR 8 oktober 1981 / 8 octobre 1981, art. 110bis',
      title: {
        nl: 'Uitvoeringsbesluit: documenten en termijnen',
        fr: 'Arrêté d’exécution : documents et délais',
        de: 'Durchführungserlass: Dokumente und Fristen',
        en: 'Implementing decree: documents and periods',
      },
      verify: 'Article number as cited in secondary sources.',
    },
    {
      code: 'circular_2016_12_23',
      citation: 'Omzendbrief van 23 december 2016 / Circulaire du 23 décembre 2016 (BS/MB 10.03.2017)',
      title: {
        nl: 'Multidisciplinaire samenwerking voor slachtoffers van mensenhandel (nationaal verwijzingsmechanisme)',
        fr: 'Coopération multidisciplinaire concernant les victimes de la traite (mécanisme national d’orientation)',
        de: 'Multidisziplinäre Zusammenarbeit zugunsten der Opfer von Menschenhandel (nationaler Verweisungsmechanismus)',
        en: 'Multidisciplinary cooperation for victims of trafficking (national referral mechanism)',
      },
    },
    {
      code: 'criminal_code_433quinquies',
      citation: 'Strafwetboek / Code pénal, art. 433quinquies (nieuw Strafwetboek 2024: hernummerd)',
      title: {
        nl: 'Definitie van mensenhandel; niet-bestraffing van slachtoffers (§ 5)',
        fr: 'Définition de la traite ; non-sanction des victimes (§ 5)',
        de: 'Definition des Menschenhandels; Straflosigkeit der Opfer (§ 5)',
        en: 'Definition of trafficking; non-punishment of victims (§ 5)',
      },
      verify: 'Renumbered by the new Criminal Code of 2024: confirm the new article and its entry into force.',
    },
    {
      code: 'col_01_2015',
      citation: 'COL 01/2015',
      title: {
        nl: 'Opsporings- en vervolgingsbeleid inzake mensenhandel; referentiemagistraten',
        fr: 'Politique de recherche et de poursuites en matière de traite ; magistrats de référence',
        de: 'Ermittlungs- und Verfolgungspolitik bei Menschenhandel; Referenzmagistrate',
        en: 'Investigation and prosecution policy on trafficking; reference magistrates',
      },
    },
  ],
  conditions: [
    {
      code: 'break_contact',
      fromPhase: 'reflection',
      text: {
        nl: 'Alle contact met de vermoedelijke uitbuiters verbreken.',
        fr: 'Rompre tout contact avec les auteurs présumés.',
        de: 'Jeden Kontakt zu den mutmaßlichen Ausbeutern abbrechen.',
        en: 'Break off all contact with the suspected exploiters.',
      },
      plain: {
        nl: 'Je hebt geen contact meer met de mensen die je uitbuitten.',
        fr: 'Tu n’as plus de contact avec les personnes qui t’ont exploité·e.',
        de: 'Du hast keinen Kontakt mehr zu den Menschen, die dich ausgebeutet haben.',
        en: 'You have no more contact with the people who exploited you.',
      },
    },
    {
      code: 'accept_guidance',
      fromPhase: 'reflection',
      text: {
        nl: 'Begeleiding aanvaarden door een erkend gespecialiseerd centrum (PAG-ASA, Payoke of Sürya).',
        fr: 'Accepter l’accompagnement d’un centre spécialisé reconnu (PAG-ASA, Payoke ou Sürya).',
        de: 'Die Begleitung durch ein anerkanntes spezialisiertes Zentrum annehmen (PAG-ASA, Payoke oder Sürya).',
        en: 'Accept guidance by a recognised specialised centre (PAG-ASA, Payoke or Sürya).',
      },
      plain: {
        nl: 'Je laat je helpen door een gespecialiseerd centrum.',
        fr: 'Tu acceptes l’aide d’un centre spécialisé.',
        de: 'Du lässt dir von einem spezialisierten Zentrum helfen.',
        en: 'You accept help from a specialised centre.',
      },
    },
    {
      code: 'cooperate_with_justice',
      // The reflection period exists so that the person can decide whether to make statements.
      fromPhase: 'provisional_stay',
      text: {
        nl: 'Meewerken met justitie: klacht indienen of verklaringen afleggen over de uitbuiters.',
        fr: 'Coopérer avec la justice : porter plainte ou faire des déclarations sur les exploiteurs.',
        de: 'Mit der Justiz zusammenarbeiten: Anzeige erstatten oder Aussagen über die Ausbeuter machen.',
        en: 'Cooperate with justice: file a complaint or make statements about the exploiters.',
      },
      plain: {
        nl: 'Je vertelt de politie of de inspectie wat er gebeurd is (een klacht of een verklaring).',
        fr: 'Tu racontes à la police ou à l’inspection ce qui s’est passé (une plainte ou une déclaration).',
        de: 'Du erzählst der Polizei oder der Inspektion, was passiert ist (Anzeige oder Aussage).',
        en: 'You tell the police or the inspectors what happened (a complaint or a statement).',
      },
      verify: 'From which phase cooperation is required (the reflection period serves to decide).',
    },
    {
      code: 'no_public_order_danger',
      fromPhase: 'temporary_stay',
      text: {
        nl: 'Geen gevaar voor de openbare orde of de nationale veiligheid.',
        fr: 'Ne pas constituer un danger pour l’ordre public ou la sécurité nationale.',
        de: 'Keine Gefahr für die öffentliche Ordnung oder die nationale Sicherheit.',
        en: 'No danger to public order or national security.',
      },
      plain: {
        nl: 'Je bent geen gevaar voor anderen.',
        fr: 'Tu ne représentes pas un danger pour les autres.',
        de: 'Du bist keine Gefahr für andere.',
        en: 'You are not a danger to others.',
      },
      verify: 'Whether this is already checked for the attestation of immatriculation.',
    },
    {
      code: 'facts_linked_to_belgium',
      fromPhase: 'provisional_stay',
      text: {
        nl: 'De feiten hebben een band met België (onderzoek of vervolging in België).',
        fr: 'Les faits ont un lien avec la Belgique (enquête ou poursuites en Belgique).',
        de: 'Die Taten haben einen Bezug zu Belgien (Ermittlung oder Verfolgung in Belgien).',
        en: 'The facts are linked to Belgium (investigation or prosecution in Belgium).',
      },
      plain: {
        nl: 'Wat je overkwam, wordt in België onderzocht.',
        fr: 'Ce qui t’est arrivé fait l’objet d’une enquête en Belgique.',
        de: 'Was dir passiert ist, wird in Belgien untersucht.',
        en: 'What happened to you is investigated in Belgium.',
      },
      verify: 'Exact wording of the territorial link (action plan 2021–2025, §5.3).',
    },
  ],
  phases: [
    {
      code: 'detection',
      order: 0,
      name: { nl: 'Opsporing en identificatie', fr: 'Détection et identification', de: 'Erkennung und Identifizierung', en: 'Detection and identification' },
      summary: {
        nl: 'Een eerstelijnsactor ziet aanwijzingen, geeft eerste informatie, voorziet in dringende noden en verwijst door naar een gespecialiseerd centrum. Politie en inspectie verwittigen de referentiemagistraat.',
        fr: 'Un acteur de première ligne voit des indicateurs, donne une première information, répond aux besoins urgents et oriente vers un centre spécialisé. Police et inspection informent le magistrat de référence.',
        de: 'Eine Fachkraft der ersten Linie erkennt Anzeichen, informiert die Person, sorgt für dringende Bedürfnisse und verweist an ein spezialisiertes Zentrum. Polizei und Inspektion informieren den Referenzmagistrat.',
        en: 'A first-line professional sees signs, gives first information, meets urgent needs and refers to a specialised centre. Police and inspection inform the reference magistrate.',
      },
      plain: {
        nl: 'Iemand merkt dat er iets mis is en brengt je in contact met een centrum dat slachtoffers helpt.',
        fr: 'Quelqu’un remarque que quelque chose ne va pas et te met en contact avec un centre qui aide les victimes.',
        de: 'Jemand merkt, dass etwas nicht stimmt, und bringt dich mit einem Zentrum in Kontakt, das Opfern hilft.',
        en: 'Someone notices that something is wrong and puts you in touch with a centre that helps victims.',
      },
      entry: {
        nl: 'Een eerstelijnsactor ziet aanwijzingen van mensenhandel.',
        fr: 'Un acteur de première ligne constate des indicateurs de traite.',
        de: 'Eine Fachkraft der ersten Linie erkennt Anzeichen von Menschenhandel.',
        en: 'A first-line professional sees signs of trafficking.',
      },
      document: null,
      conditions: [],
      steps: [
        {
          code: 'recognise_signs',
          performedBy: BE_FIRST_LINE,
          text: {
            nl: 'Aanwijzingen herkennen met de indicatorenlijsten; dwang is geen vereiste.',
            fr: 'Reconnaître les indicateurs à l’aide des listes ; la contrainte n’est pas requise.',
            de: 'Anzeichen anhand der Indikatorenlisten erkennen; Zwang ist keine Voraussetzung.',
            en: 'Recognise the signs with the indicator lists; coercion is not required.',
          },
        },
        {
          code: 'meet_urgent_needs',
          performedBy: BE_FIRST_LINE,
          text: {
            nl: 'Dringende noden: bij onmiddellijk gevaar 112 bellen; medische zorg, veiligheid.',
            fr: 'Besoins urgents : en cas de danger immédiat, appeler le 112 ; soins, sécurité.',
            de: 'Dringende Bedürfnisse: bei unmittelbarer Gefahr 112 anrufen; medizinische Hilfe, Sicherheit.',
            en: 'Urgent needs: call 112 in immediate danger; medical care, safety.',
          },
        },
        {
          code: 'refer_to_centre',
          performedBy: BE_FIRST_LINE,
          text: {
            nl: 'Doorverwijzen naar een erkend gespecialiseerd centrum (PAG-ASA, Payoke, Sürya).',
            fr: 'Orienter vers un centre spécialisé reconnu (PAG-ASA, Payoke, Sürya).',
            de: 'An ein anerkanntes spezialisiertes Zentrum verweisen (PAG-ASA, Payoke, Sürya).',
            en: 'Refer to a recognised specialised centre (PAG-ASA, Payoke, Sürya).',
          },
        },
        {
          code: 'inform_reference_magistrate',
          performedBy: INVESTIGATORS,
          text: {
            nl: 'De referentiemagistraat mensenhandel van het arrondissement verwittigen.',
            fr: 'Informer le magistrat de référence traite de l’arrondissement.',
            de: 'Den Referenzmagistrat für Menschenhandel des Bezirks informieren.',
            en: 'Inform the district’s reference magistrate for trafficking.',
          },
        },
        {
          code: 'alert_guardianship_service',
          performedBy: [...BE_FIRST_LINE, 'immigration_office', 'specialised_centre'],
          text: {
            nl: 'Niet-begeleide buitenlandse minderjarige: onmiddellijk de Dienst Voogdij verwittigen.',
            fr: 'Mineur étranger non accompagné : avertir immédiatement le Service des Tutelles.',
            de: 'Unbegleitete ausländische Minderjährige: sofort den Vormundschaftsdienst informieren.',
            en: 'Unaccompanied foreign minor: alert the Guardianship Service at once.',
          },
        },
      ],
    },
    {
      code: 'reflection',
      order: 1,
      name: { nl: 'Reflectieperiode', fr: 'Période de réflexion', de: 'Bedenkzeit', en: 'Reflection period' },
      summary: {
        nl: 'Na de intake vraagt het centrum aan de Dienst Vreemdelingenzaken een document voor 45 dagen. De persoon komt tot rust, krijgt begeleiding en beslist of hij of zij verklaringen aflegt.',
        fr: 'Après l’accueil, le centre demande à l’Office des étrangers un document de 45 jours. La personne se repose, est accompagnée et décide si elle fait des déclarations.',
        de: 'Nach der Aufnahme beantragt das Zentrum beim Ausländeramt ein Dokument für 45 Tage. Die Person kommt zur Ruhe, wird begleitet und entscheidet, ob sie aussagt.',
        en: 'After the intake the centre asks the Immigration Office for a 45-day document. The person recovers, is supported and decides whether to make statements.',
      },
      plain: {
        nl: 'Je krijgt 45 dagen om tot rust te komen en na te denken. Je mag in België blijven. Het centrum helpt je.',
        fr: 'Tu as 45 jours pour te reposer et réfléchir. Tu peux rester en Belgique. Le centre t’aide.',
        de: 'Du bekommst 45 Tage, um zur Ruhe zu kommen und nachzudenken. Du darfst in Belgien bleiben. Das Zentrum hilft dir.',
        en: 'You get 45 days to rest and think. You may stay in Belgium. The centre helps you.',
      },
      entry: {
        nl: 'Intake door een erkend centrum; overgeslagen wanneer de persoon meteen klacht indient.',
        fr: 'Accueil par un centre reconnu ; sautée si la personne porte plainte immédiatement.',
        de: 'Aufnahme durch ein anerkanntes Zentrum; entfällt, wenn die Person sofort Anzeige erstattet.',
        en: 'Intake by a recognised centre; skipped when the person files a complaint at once.',
      },
      document: {
        code: 'annex_15',
        name: {
          nl: 'Bijlage 15 (tijdelijk verblijfsdocument)',
          fr: 'Annexe 15 (document de séjour temporaire)',
          de: 'Anlage 15 (vorläufiges Aufenthaltsdokument)',
          en: 'Annex 15 (temporary residence document)',
        },
        issuedBy: ['immigration_office'],
        handedOutBy: ['municipality'],
        validity: { amount: 45, unit: 'day' },
        verify: 'Before 2017 an order to leave the territory with a 45-day term was issued instead.',
      },
      conditions: ['break_contact', 'accept_guidance'],
      steps: [
        {
          code: 'centre_intake',
          performedBy: ['specialised_centre'],
          text: {
            nl: 'Intake, opvang of ambulante begeleiding; psychosociale, medische, administratieve en juridische hulp.',
            fr: 'Accueil, hébergement ou accompagnement ambulatoire ; aide psychosociale, médicale, administrative et juridique.',
            de: 'Aufnahme, Unterbringung oder ambulante Begleitung; psychosoziale, medizinische, administrative und rechtliche Hilfe.',
            en: 'Intake, accommodation or ambulatory guidance; psychosocial, medical, administrative and legal support.',
          },
          plain: {
            nl: 'Het centrum luistert naar je en helpt je met een veilige plek, een dokter, papieren en een advocaat.',
            fr: 'Le centre t’écoute et t’aide : un endroit sûr, un médecin, des papiers et un avocat.',
            de: 'Das Zentrum hört dir zu und hilft dir: ein sicherer Ort, ein Arzt, Papiere und ein Anwalt.',
            en: 'The centre listens to you and helps with a safe place, a doctor, papers and a lawyer.',
          },
        },
        {
          code: 'request_annex_15',
          performedBy: ['specialised_centre'],
          text: {
            nl: 'Het centrum vraagt het document aan bij de Dienst Vreemdelingenzaken (alleen de erkende centra kunnen dat).',
            fr: 'Le centre demande le document à l’Office des étrangers (seuls les centres reconnus le peuvent).',
            de: 'Das Zentrum beantragt das Dokument beim Ausländeramt (nur die anerkannten Zentren können das).',
            en: 'The centre requests the document from the Immigration Office (only the recognised centres can).',
          },
        },
        {
          code: 'issue_annex_15',
          performedBy: ['immigration_office', 'municipality'],
          text: {
            nl: 'De Dienst Vreemdelingenzaken geeft de gemeente opdracht het document af te geven.',
            fr: 'L’Office des étrangers charge la commune de délivrer le document.',
            de: 'Das Ausländeramt beauftragt die Gemeinde mit der Ausstellung des Dokuments.',
            en: 'The Immigration Office instructs the municipality to hand out the document.',
          },
        },
      ],
    },
    {
      code: 'provisional_stay',
      order: 2,
      name: { nl: 'Voorlopig verblijf', fr: 'Séjour provisoire', de: 'Vorläufiger Aufenthalt', en: 'Provisional stay' },
      summary: {
        nl: 'De persoon heeft klacht ingediend of verklaringen afgelegd. Nadat de magistraat bevestigt dat het om een mensenhandeldossier gaat, geeft de Dienst Vreemdelingenzaken een attest van immatriculatie voor 3 maanden, eenmaal verlengbaar.',
        fr: 'La personne a porté plainte ou fait des déclarations. Après confirmation par le magistrat qu’il s’agit d’un dossier de traite, l’Office des étrangers délivre une attestation d’immatriculation de 3 mois, prolongeable une fois.',
        de: 'Die Person hat Anzeige erstattet oder ausgesagt. Nachdem der Magistrat bestätigt hat, dass es sich um einen Menschenhandelsfall handelt, stellt das Ausländeramt eine Immatrikulationsbescheinigung für 3 Monate aus, einmal verlängerbar.',
        en: 'The person has filed a complaint or made statements. Once the magistrate confirms it is a trafficking file, the Immigration Office issues an attestation of immatriculation for 3 months, renewable once.',
      },
      plain: {
        nl: 'Je hebt de politie verteld wat er gebeurd is. Je krijgt een verblijfsdocument voor 3 maanden. Dat kan één keer verlengd worden.',
        fr: 'Tu as raconté à la police ce qui s’est passé. Tu reçois un document de séjour de 3 mois, qui peut être prolongé une fois.',
        de: 'Du hast der Polizei erzählt, was passiert ist. Du bekommst ein Aufenthaltsdokument für 3 Monate. Es kann einmal verlängert werden.',
        en: 'You told the police what happened. You get a residence document for 3 months. It can be extended once.',
      },
      entry: {
        nl: 'Klacht of verklaringen; de magistraat bevestigt dat het een mensenhandeldossier is.',
        fr: 'Plainte ou déclarations ; le magistrat confirme qu’il s’agit d’un dossier de traite.',
        de: 'Anzeige oder Aussagen; der Magistrat bestätigt einen Menschenhandelsfall.',
        en: 'Complaint or statements; the magistrate confirms it is a trafficking file.',
      },
      document: {
        code: 'attestation_of_immatriculation',
        name: {
          nl: 'Attest van immatriculatie (AI, “oranje kaart”)',
          fr: 'Attestation d’immatriculation (AI, « carte orange »)',
          de: 'Immatrikulationsbescheinigung (AI, „orange Karte“)',
          en: 'Attestation of immatriculation (AI, “orange card”)',
        },
        issuedBy: ['immigration_office'],
        handedOutBy: ['municipality'],
        validity: { amount: 3, unit: 'month' },
        extension: {
          times: 1,
          by: { amount: 3, unit: 'month' },
          checks: ['break_contact', 'accept_guidance', 'cooperate_with_justice'],
          consults: MAGISTRATES,
          note: {
            nl: 'Voor de verlenging wordt een identiteitsbewijs gevraagd (te verifiëren).',
            fr: 'Une preuve d’identité est demandée pour la prolongation (à vérifier).',
            de: 'Für die Verlängerung wird ein Identitätsnachweis verlangt (zu prüfen).',
            en: 'Proof of identity is asked for the extension (to verify).',
          },
        },
        verify: 'Proof of identity for the extension.',
      },
      conditions: ['break_contact', 'accept_guidance', 'cooperate_with_justice', 'facts_linked_to_belgium'],
      steps: [
        {
          code: 'take_statements',
          performedBy: INVESTIGATORS,
          text: {
            nl: 'Klacht of verklaringen opnemen (proces-verbaal).',
            fr: 'Acter la plainte ou les déclarations (procès-verbal).',
            de: 'Anzeige oder Aussagen aufnehmen (Protokoll).',
            en: 'Record the complaint or statements (official report).',
          },
        },
        {
          code: 'confirm_trafficking_file',
          performedBy: MAGISTRATES,
          text: {
            nl: 'De magistraat bevestigt aan de Dienst Vreemdelingenzaken dat het een mensenhandeldossier is.',
            fr: 'Le magistrat confirme à l’Office des étrangers qu’il s’agit d’un dossier de traite.',
            de: 'Der Magistrat bestätigt dem Ausländeramt, dass es sich um einen Menschenhandelsfall handelt.',
            en: 'The magistrate confirms to the Immigration Office that it is a trafficking file.',
          },
        },
        {
          code: 'request_ai',
          performedBy: ['specialised_centre'],
          text: {
            nl: 'Het centrum vraagt het attest van immatriculatie aan.',
            fr: 'Le centre demande l’attestation d’immatriculation.',
            de: 'Das Zentrum beantragt die Immatrikulationsbescheinigung.',
            en: 'The centre requests the attestation of immatriculation.',
          },
        },
        {
          code: 'issue_ai',
          performedBy: ['immigration_office', 'municipality'],
          text: {
            nl: 'De Dienst Vreemdelingenzaken beslist; de gemeente overhandigt het attest.',
            fr: 'L’Office des étrangers décide ; la commune remet l’attestation.',
            de: 'Das Ausländeramt entscheidet; die Gemeinde händigt die Bescheinigung aus.',
            en: 'The Immigration Office decides; the municipality hands out the attestation.',
          },
        },
      ],
    },
    {
      code: 'temporary_stay',
      order: 3,
      name: { nl: 'Tijdelijk verblijf', fr: 'Séjour temporaire', de: 'Befristeter Aufenthalt', en: 'Temporary stay' },
      summary: {
        nl: 'Zolang het onderzoek loopt en de magistraat de persoon als slachtoffer beschouwt, krijgt hij of zij een BIVR (elektronische A-kaart) van 6 maanden, verlengbaar tot het einde van de gerechtelijke procedure. Voor elke verlenging raadpleegt de Dienst Vreemdelingenzaken de magistraat.',
        fr: 'Tant que l’enquête est en cours et que le magistrat considère la personne comme victime, elle reçoit un CIRE (carte A électronique) de 6 mois, renouvelable jusqu’à la fin de la procédure judiciaire. Avant chaque renouvellement, l’Office des étrangers consulte le magistrat.',
        de: 'Solange die Ermittlung läuft und der Magistrat die Person als Opfer betrachtet, erhält sie eine A-Karte (elektronisch) für 6 Monate, verlängerbar bis zum Ende des Gerichtsverfahrens. Vor jeder Verlängerung fragt das Ausländeramt den Magistrat.',
        en: 'While the investigation runs and the magistrate regards the person as a victim, they get a registration certificate (electronic A card) for 6 months, renewable until the judicial procedure ends. Before each renewal the Immigration Office consults the magistrate.',
      },
      plain: {
        nl: 'Zolang het onderzoek loopt, krijg je een verblijfskaart voor 6 maanden. Die wordt telkens verlengd zolang de voorwaarden vervuld zijn. Je mag werken.',
        fr: 'Tant que l’enquête dure, tu reçois une carte de séjour de 6 mois. Elle est renouvelée tant que les conditions sont remplies. Tu peux travailler.',
        de: 'Solange die Ermittlung läuft, bekommst du eine Aufenthaltskarte für 6 Monate. Sie wird verlängert, solange die Bedingungen erfüllt sind. Du darfst arbeiten.',
        en: 'While the investigation runs, you get a residence card for 6 months. It is renewed as long as the conditions are met. You may work.',
      },
      entry: {
        nl: 'Het onderzoek loopt, de magistraat beschouwt de persoon nog als slachtoffer en de voorwaarden zijn vervuld.',
        fr: 'L’enquête est en cours, le magistrat considère toujours la personne comme victime et les conditions sont remplies.',
        de: 'Die Ermittlung läuft, der Magistrat betrachtet die Person weiter als Opfer, und die Bedingungen sind erfüllt.',
        en: 'The investigation is running, the magistrate still regards the person as a victim and the conditions are met.',
      },
      document: {
        code: 'registration_certificate_a',
        name: {
          nl: 'Bewijs van inschrijving in het vreemdelingenregister (BIVR, elektronische A-kaart)',
          fr: 'Certificat d’inscription au registre des étrangers (CIRE, carte A électronique)',
          de: 'Bescheinigung der Eintragung im Fremdenregister (elektronische A-Karte)',
          en: 'Certificate of registration in the foreigners’ register (electronic A card)',
        },
        issuedBy: ['immigration_office'],
        handedOutBy: ['municipality'],
        validity: { amount: 6, unit: 'month' },
        extension: {
          times: 'until_procedure_ends',
          by: { amount: 6, unit: 'month' },
          checks: ['break_contact', 'accept_guidance', 'cooperate_with_justice', 'no_public_order_danger', 'facts_linked_to_belgium'],
          consults: MAGISTRATES,
        },
      },
      conditions: ['break_contact', 'accept_guidance', 'cooperate_with_justice', 'no_public_order_danger', 'facts_linked_to_belgium'],
      steps: [
        {
          code: 'confirm_still_victim',
          performedBy: MAGISTRATES,
          text: {
            nl: 'Voor elke verlenging bevestigt de magistraat dat het onderzoek loopt en dat de persoon nog als slachtoffer wordt beschouwd.',
            fr: 'Avant chaque renouvellement, le magistrat confirme que l’enquête est en cours et que la personne est toujours considérée comme victime.',
            de: 'Vor jeder Verlängerung bestätigt der Magistrat, dass die Ermittlung läuft und die Person weiter als Opfer gilt.',
            en: 'Before each renewal the magistrate confirms that the investigation runs and the person is still regarded as a victim.',
          },
        },
        {
          code: 'issue_a_card',
          performedBy: ['immigration_office', 'municipality'],
          text: {
            nl: 'De Dienst Vreemdelingenzaken beslist op vraag van het centrum; de gemeente geeft de kaart af.',
            fr: 'L’Office des étrangers décide à la demande du centre ; la commune délivre la carte.',
            de: 'Das Ausländeramt entscheidet auf Antrag des Zentrums; die Gemeinde stellt die Karte aus.',
            en: 'The Immigration Office decides at the centre’s request; the municipality issues the card.',
          },
        },
      ],
    },
    {
      code: 'permanent_stay',
      order: 4,
      name: { nl: 'Onbeperkt verblijf', fr: 'Séjour illimité', de: 'Unbefristeter Aufenthalt', en: 'Permanent stay' },
      summary: {
        nl: 'Na een veroordeling voor mensenhandel of verzwarende mensensmokkel, of wanneer het openbaar ministerie in zijn eindvordering de tenlastelegging mensenhandel heeft behouden, kan een verblijf van onbeperkte duur worden toegekend.',
        fr: 'Après une condamnation pour traite ou trafic aggravé, ou lorsque le ministère public a retenu la prévention de traite dans son réquisitoire final, un séjour illimité peut être accordé.',
        de: 'Nach einer Verurteilung wegen Menschenhandels oder schwerer Schleusung, oder wenn die Staatsanwaltschaft im Schlussantrag den Vorwurf des Menschenhandels beibehalten hat, kann ein unbefristeter Aufenthalt gewährt werden.',
        en: 'After a conviction for trafficking or aggravated smuggling, or when the prosecutor’s final requisition retained the trafficking charge, permanent residence can be granted.',
      },
      plain: {
        nl: 'Als de rechter de uitbuiters veroordeelt (of de procureur de zaak als mensenhandel vervolgt), mag je voor altijd in België blijven.',
        fr: 'Si le juge condamne les exploiteurs (ou si le procureur poursuit l’affaire comme traite), tu peux rester en Belgique pour toujours.',
        de: 'Wenn das Gericht die Ausbeuter verurteilt (oder die Staatsanwaltschaft den Fall als Menschenhandel verfolgt), darfst du für immer in Belgien bleiben.',
        en: 'If the court convicts the exploiters (or the prosecutor prosecutes the case as trafficking), you may stay in Belgium for good.',
      },
      entry: {
        nl: 'Veroordeling voor mensenhandel of verzwarende mensensmokkel, of eindvordering met behoud van de tenlastelegging mensenhandel.',
        fr: 'Condamnation pour traite ou trafic aggravé, ou réquisitoire final retenant la prévention de traite.',
        de: 'Verurteilung wegen Menschenhandels oder schwerer Schleusung, oder Schlussantrag mit dem Vorwurf des Menschenhandels.',
        en: 'Conviction for trafficking or aggravated smuggling, or a final requisition that retained the trafficking charge.',
      },
      document: {
        code: 'unlimited_residence',
        name: {
          nl: 'Verblijfstitel van onbeperkte duur',
          fr: 'Titre de séjour illimité',
          de: 'Unbefristeter Aufenthaltstitel',
          en: 'Unlimited residence permit',
        },
        issuedBy: ['immigration_office'],
        handedOutBy: ['municipality'],
        validity: null,
        verify: 'Card type (B card?) and whether it is granted automatically or on request.',
      },
      conditions: ['no_public_order_danger'],
      steps: [
        {
          code: 'report_judicial_outcome',
          performedBy: MAGISTRATES,
          text: {
            nl: 'De magistraat meldt de veroordeling of de eindvordering.',
            fr: 'Le magistrat communique la condamnation ou le réquisitoire final.',
            de: 'Der Magistrat teilt die Verurteilung oder den Schlussantrag mit.',
            en: 'The magistrate reports the conviction or the final requisition.',
          },
        },
        {
          code: 'issue_unlimited_residence',
          performedBy: ['immigration_office', 'municipality'],
          text: {
            nl: 'De Dienst Vreemdelingenzaken kent het onbeperkt verblijf toe; de gemeente geeft de kaart af.',
            fr: 'L’Office des étrangers accorde le séjour illimité ; la commune délivre la carte.',
            de: 'Das Ausländeramt gewährt den unbefristeten Aufenthalt; die Gemeinde stellt die Karte aus.',
            en: 'The Immigration Office grants permanent residence; the municipality issues the card.',
          },
          verify: 'Whether the centre must request it.',
        },
      ],
    },
  ],
  transitions: [
    {
      code: 'start_reflection',
      from: 'detection',
      to: 'reflection',
      performedBy: ['specialised_centre'],
      text: {
        nl: 'Het centrum vraagt een reflectieperiode aan.',
        fr: 'Le centre demande une période de réflexion.',
        de: 'Das Zentrum beantragt eine Bedenkzeit.',
        en: 'The centre requests a reflection period.',
      },
    },
    {
      code: 'complaint_at_once',
      from: 'detection',
      to: 'provisional_stay',
      performedBy: ['specialised_centre'],
      requiresConfirmationBy: MAGISTRATES,
      text: {
        nl: 'De persoon dient meteen klacht in: de reflectieperiode wordt overgeslagen.',
        fr: 'La personne porte plainte immédiatement : la période de réflexion est sautée.',
        de: 'Die Person erstattet sofort Anzeige: die Bedenkzeit entfällt.',
        en: 'The person files a complaint at once: the reflection period is skipped.',
      },
    },
    {
      code: 'statements_made',
      from: 'reflection',
      to: 'provisional_stay',
      performedBy: ['specialised_centre'],
      requiresConfirmationBy: MAGISTRATES,
      text: {
        nl: 'Klacht of verklaringen tijdens de reflectieperiode.',
        fr: 'Plainte ou déclarations pendant la période de réflexion.',
        de: 'Anzeige oder Aussagen während der Bedenkzeit.',
        en: 'Complaint or statements during the reflection period.',
      },
    },
    {
      code: 'extend_provisional',
      from: 'provisional_stay',
      to: 'provisional_stay',
      performedBy: ['specialised_centre'],
      requiresConfirmationBy: MAGISTRATES,
      text: {
        nl: 'Eenmalige verlenging van het attest van immatriculatie met 3 maanden.',
        fr: 'Prolongation unique de l’attestation d’immatriculation de 3 mois.',
        de: 'Einmalige Verlängerung der Immatrikulationsbescheinigung um 3 Monate.',
        en: 'One extension of the attestation of immatriculation by 3 months.',
      },
    },
    {
      code: 'investigation_continues',
      from: 'provisional_stay',
      to: 'temporary_stay',
      performedBy: ['specialised_centre'],
      requiresConfirmationBy: MAGISTRATES,
      text: {
        nl: 'Het onderzoek loopt en de persoon wordt nog als slachtoffer beschouwd.',
        fr: 'L’enquête est en cours et la personne est toujours considérée comme victime.',
        de: 'Die Ermittlung läuft, und die Person gilt weiter als Opfer.',
        en: 'The investigation runs and the person is still regarded as a victim.',
      },
    },
    {
      code: 'renew_temporary',
      from: 'temporary_stay',
      to: 'temporary_stay',
      performedBy: ['specialised_centre'],
      requiresConfirmationBy: MAGISTRATES,
      text: {
        nl: 'Verlenging van de A-kaart met 6 maanden.',
        fr: 'Renouvellement de la carte A pour 6 mois.',
        de: 'Verlängerung der A-Karte um 6 Monate.',
        en: 'Renewal of the A card by 6 months.',
      },
    },
    {
      code: 'conviction_or_requisition',
      from: 'temporary_stay',
      to: 'permanent_stay',
      performedBy: ['specialised_centre', 'immigration_office'],
      requiresConfirmationBy: MAGISTRATES,
      text: {
        nl: 'Veroordeling of eindvordering met behoud van de tenlastelegging mensenhandel.',
        fr: 'Condamnation ou réquisitoire final retenant la prévention de traite.',
        de: 'Verurteilung oder Schlussantrag mit dem Vorwurf des Menschenhandels.',
        en: 'Conviction, or a final requisition that retained the trafficking charge.',
      },
    },
  ],
  endReasons: [
    {
      code: 'renewed_contact_with_exploiters',
      text: {
        nl: 'De persoon heeft opnieuw contact met de uitbuiters.',
        fr: 'La personne a renoué le contact avec les exploiteurs.',
        de: 'Die Person hat wieder Kontakt zu den Ausbeutern.',
        en: 'The person renewed contact with the exploiters.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'stopped_cooperating',
      fromPhase: 'provisional_stay',
      text: {
        nl: 'De persoon werkt niet langer mee met justitie.',
        fr: 'La personne ne coopère plus avec la justice.',
        de: 'Die Person arbeitet nicht mehr mit der Justiz zusammen.',
        en: 'The person stopped cooperating with justice.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'fraudulent_complaint',
      fromPhase: 'provisional_stay',
      text: {
        nl: 'De klacht blijkt bedrieglijk of ongegrond.',
        fr: 'La plainte s’avère frauduleuse ou non fondée.',
        de: 'Die Anzeige erweist sich als betrügerisch oder unbegründet.',
        en: 'The complaint proved fraudulent or unfounded.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'public_order_danger',
      text: {
        nl: 'De persoon vormt een gevaar voor de openbare orde of de nationale veiligheid.',
        fr: 'La personne constitue un danger pour l’ordre public ou la sécurité nationale.',
        de: 'Die Person ist eine Gefahr für die öffentliche Ordnung oder die nationale Sicherheit.',
        en: 'The person is a danger to public order or national security.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'judicial_case_ended',
      fromPhase: 'provisional_stay',
      text: {
        nl: 'De gerechtelijke overheid beëindigt de zaak (bv. seponering).',
        fr: 'L’autorité judiciaire met fin à l’affaire (p. ex. classement sans suite).',
        de: 'Die Justizbehörde beendet den Fall (z. B. Einstellung).',
        en: 'The judicial authority ended the case (e.g. dismissal).',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'no_longer_regarded_victim',
      fromPhase: 'provisional_stay',
      text: {
        nl: 'De magistraat beschouwt de persoon niet langer als slachtoffer.',
        fr: 'Le magistrat ne considère plus la personne comme victime.',
        de: 'Der Magistrat betrachtet die Person nicht mehr als Opfer.',
        en: 'The magistrate no longer regards the person as a victim.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'guidance_ended_by_centre',
      text: {
        nl: 'Het centrum beëindigt de begeleiding.',
        fr: 'Le centre met fin à l’accompagnement.',
        de: 'Das Zentrum beendet die Begleitung.',
        en: 'The centre ended its guidance.',
      },
      verify: 'Exact legal ground.',
    },
    {
      code: 'person_withdrew',
      text: {
        nl: 'De persoon zet de procedure niet voort (eigen keuze, vertrek uit het land).',
        fr: 'La personne ne poursuit pas la procédure (choix personnel, départ du pays).',
        de: 'Die Person setzt das Verfahren nicht fort (eigene Entscheidung, Ausreise).',
        en: 'The person does not continue the procedure (own choice, left the country).',
      },
      verify: 'Not a legal ground but a reason statistics need; confirm with the centres.',
    },
  ],
  minors: {
    alertAtOnce: ['guardianship_service'],
    alwaysInvolved: ['youth_prosecutor'],
    consentNeededForReferral: false,
    reflectionPeriod: { amount: 3, unit: 'month' },
    unaccompaniedDefinition: {
      nl: 'Jonger dan 18, niet begeleid door een ouder of voogd, en onderdaan van een land buiten de Europese Economische Ruimte (of niet in orde met de verblijfsvoorwaarden).',
      fr: 'Moins de 18 ans, non accompagné d’un parent ou tuteur, et ressortissant d’un pays hors de l’Espace économique européen (ou ne remplissant pas les conditions de séjour).',
      de: 'Unter 18, nicht von Eltern oder Vormund begleitet, und Staatsangehörige eines Landes außerhalb des Europäischen Wirtschaftsraums (oder ohne Erfüllung der Aufenthaltsbedingungen).',
      en: 'Under 18, not accompanied by a parent or guardian, and a national of a country outside the European Economic Area (or not meeting the residence conditions).',
    },
    rules: [
      {
        code: 'alert_guardianship_at_once',
        text: {
          nl: 'Elke overheid die een niet-begeleide buitenlandse minderjarige aantreft, verwittigt onmiddellijk de Dienst Voogdij; die controleert de leeftijd en stelt een voogd aan.',
          fr: 'Toute autorité qui rencontre un mineur étranger non accompagné avertit immédiatement le Service des Tutelles, qui vérifie l’âge et désigne un tuteur.',
          de: 'Jede Behörde, die auf unbegleitete ausländische Minderjährige trifft, informiert sofort den Vormundschaftsdienst; dieser prüft das Alter und bestellt einen Vormund.',
          en: 'Any authority that meets an unaccompanied foreign minor alerts the Guardianship Service at once; it verifies the age and appoints a guardian.',
        },
        plain: {
          nl: 'Ben je jonger dan 18 en ben je zonder je ouders in België? Dan krijg je een voogd: iemand die je helpt en voor je opkomt.',
          fr: 'Tu as moins de 18 ans et tu es en Belgique sans tes parents ? Tu reçois un tuteur : quelqu’un qui t’aide et te défend.',
          de: 'Bist du unter 18 und ohne deine Eltern in Belgien? Dann bekommst du einen Vormund: jemand, der dir hilft und für dich eintritt.',
          en: 'Are you under 18 and in Belgium without your parents? You get a guardian: someone who helps you and stands up for you.',
        },
      },
      {
        code: 'document_at_once',
        text: {
          nl: 'Een niet-begeleide buitenlandse minderjarige krijgt meteen het document van 3 maanden (reflectieperiode verlengd tot 3 maanden).',
          fr: 'Un mineur étranger non accompagné reçoit immédiatement le document de 3 mois (période de réflexion portée à 3 mois).',
          de: 'Unbegleitete ausländische Minderjährige erhalten sofort das Dokument für 3 Monate (Bedenkzeit auf 3 Monate verlängert).',
          en: 'An unaccompanied foreign minor gets the 3-month document at once (reflection extended to 3 months).',
        },
        plain: {
          nl: 'Je krijgt meteen een verblijfsdocument voor 3 maanden.',
          fr: 'Tu reçois tout de suite un document de séjour de 3 mois.',
          de: 'Du bekommst sofort ein Aufenthaltsdokument für 3 Monate.',
          en: 'You get a residence document for 3 months straight away.',
        },
        verify: 'Which document (annex 15 or AI) and its exact duration for minors.',
      },
      {
        code: 'no_consent_needed',
        text: {
          nl: 'Voor een minderjarige is geen toestemming nodig om door te verwijzen; de jeugdbescherming (jeugdparket) wordt altijd betrokken.',
          fr: 'Pour un mineur, aucun consentement n’est requis pour l’orientation ; la protection de la jeunesse (parquet jeunesse) est toujours impliquée.',
          de: 'Für Minderjährige ist keine Zustimmung für die Verweisung nötig; der Jugendschutz (Jugendstaatsanwaltschaft) wird immer einbezogen.',
          en: 'No consent is needed to refer a minor; youth protection (the youth prosecutor) is always involved.',
        },
        plain: {
          nl: 'Omdat je minderjarig bent, zorgen volwassenen die daarvoor opgeleid zijn dat je beschermd wordt.',
          fr: 'Comme tu es mineur·e, des adultes formés pour cela veillent à ta protection.',
          de: 'Weil du minderjährig bist, sorgen dafür ausgebildete Erwachsene für deinen Schutz.',
          en: 'Because you are under 18, adults trained for this make sure you are protected.',
        },
      },
      {
        code: 'prosecutors_communicate',
        text: {
          nl: 'Jeugdmagistraten en magistraten gespecialiseerd in mensenhandel stemmen af (actieplan 2021–2025, § 2.2).',
          fr: 'Les magistrats de la jeunesse et les magistrats spécialisés en traite se concertent (plan d’action 2021–2025, § 2.2).',
          de: 'Jugendmagistrate und auf Menschenhandel spezialisierte Magistrate stimmen sich ab (Aktionsplan 2021–2025, § 2.2).',
          en: 'Youth prosecutors and trafficking prosecutors coordinate (action plan 2021–2025, § 2.2).',
        },
        plain: {
          nl: 'De mensen van het gerecht die je zaak volgen, praten met elkaar zodat je niet alles twee keer moet vertellen.',
          fr: 'Les personnes de la justice qui suivent ton dossier se parlent, pour que tu ne doives pas tout raconter deux fois.',
          de: 'Die Leute von der Justiz, die deinen Fall betreuen, sprechen miteinander, damit du nicht alles zweimal erzählen musst.',
          en: 'The justice officials who follow your case talk to each other, so you do not have to tell everything twice.',
        },
      },
      {
        code: 'specialised_reception_for_minors',
        text: {
          nl: 'Gespecialiseerde opvang voor minderjarige slachtoffers (Esperanto, Minor-Ndako).',
          fr: 'Accueil spécialisé pour les victimes mineures (Esperanto, Minor-Ndako).',
          de: 'Spezialisierte Aufnahme für minderjährige Opfer (Esperanto, Minor-Ndako).',
          en: 'Specialised reception for minor victims (Esperanto, Minor-Ndako).',
        },
        plain: {
          nl: 'Er zijn veilige plaatsen speciaal voor jongeren.',
          fr: 'Il existe des endroits sûrs spécialement pour les jeunes.',
          de: 'Es gibt sichere Orte speziell für junge Menschen.',
          en: 'There are safe places especially for young people.',
        },
        verify: 'Names and current recognition of the reception services for minors.',
      },
    ],
  },
  ownNationals: {
    residenceSteps: false,
    text: {
      nl: 'Belgische slachtoffers hebben ook recht op doorverwijzing en begeleiding door een gespecialiseerd centrum; de verblijfsstappen gelden voor hen niet.',
      fr: 'Les victimes belges ont aussi droit à l’orientation et à l’accompagnement par un centre spécialisé ; les étapes de séjour ne les concernent pas.',
      de: 'Belgische Opfer haben ebenfalls Anspruch auf Verweisung und Begleitung durch ein spezialisiertes Zentrum; die Aufenthaltsschritte gelten für sie nicht.',
      en: 'Belgian victims are also referred to and supported by a specialised centre; the residence steps do not apply to them.',
    },
  },
  crossBorder: {
    contactPointType: 'benelux_contact_point',
    text: {
      nl: 'Uitgebuit in Nederland of Luxemburg maar aangetroffen in België: neem contact op met het contactpunt van dat land.',
      fr: 'Exploité aux Pays-Bas ou au Luxembourg mais trouvé en Belgique : contactez le point de contact de ce pays.',
      de: 'In den Niederlanden oder Luxemburg ausgebeutet, aber in Belgien angetroffen: wenden Sie sich an die Kontaktstelle dieses Landes.',
      en: 'Exploited in the Netherlands or Luxembourg but found in Belgium: contact that country’s contact point.',
    },
  },
};
