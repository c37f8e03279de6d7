import type { GuideRole, LocalizedText, SignalSector } from '@keten/shared';

/*
 * The words of the public referral guide, per role, in four languages. What the guide shows is
 * assembled from this text and from data that has its own source of truth: the signs from the
 * indicator catalogues, the contacts from the organisation records (directory), the timeline and
 * the conditions from the procedure configuration. Guidance never makes signs of coercion a
 * precondition for contacting a centre (Belgian law: act + purpose suffice).
 */

export interface GuideStepText {
  text: LocalizedText;
  urgent?: boolean;
  link?: { href: string; label: LocalizedText };
}

/** Every step the guide can show, once; roles list the codes they use, in order. */
export const GUIDE_STEPS = {
  call_112: {
    urgent: true,
    text: {
      nl: 'Is iemand in onmiddellijk gevaar? Bel meteen 112.',
      fr: 'Quelqu’un est en danger immédiat ? Appelez immédiatement le 112.',
      de: 'Ist jemand in unmittelbarer Gefahr? Rufen Sie sofort 112 an.',
      en: 'Is someone in immediate danger? Call 112 straight away.',
    },
  },
  talk_alone: {
    text: {
      nl: 'Spreek de persoon alleen aan, op een rustige plek, zonder de begeleider die hem of haar meebracht. Gebruik zo nodig een onafhankelijke tolk, nooit iemand uit de omgeving van de persoon.',
      fr: 'Parlez à la personne seule, dans un endroit calme, sans l’accompagnateur qui l’a amenée. Si nécessaire, faites appel à un interprète indépendant, jamais à quelqu’un de son entourage.',
      de: 'Sprechen Sie die Person allein an, an einem ruhigen Ort, ohne die Begleitperson, die sie gebracht hat. Nutzen Sie bei Bedarf einen unabhängigen Dolmetscher, nie jemanden aus ihrem Umfeld.',
      en: 'Talk to the person alone, somewhere quiet, without whoever brought them. If needed use an independent interpreter, never someone from the person’s circle.',
    },
  },
  no_coercion_needed: {
    text: {
      nl: 'U hoeft geen bewijs van dwang te hebben: ook wie “instemde” met het werk kan slachtoffer zijn. Meerdere signalen volstaan om een centrum te contacteren.',
      fr: 'Vous n’avez pas besoin de preuve de contrainte : une personne qui a « accepté » le travail peut aussi être victime. Plusieurs signaux suffisent pour contacter un centre.',
      de: 'Sie brauchen keinen Beweis für Zwang: Auch wer der Arbeit „zugestimmt“ hat, kann Opfer sein. Mehrere Anzeichen reichen, um ein Zentrum zu kontaktieren.',
      en: 'You do not need proof of coercion: someone who “agreed” to the work can still be a victim. Several signs are enough to contact a centre.',
    },
  },
  contact_centre: {
    text: {
      nl: 'Neem contact op met een gespecialiseerd centrum (zie hieronder). Het centrum geeft advies, ook anoniem, en neemt de begeleiding van de persoon over.',
      fr: 'Contactez un centre spécialisé (voir ci-dessous). Le centre vous conseille, même de façon anonyme, et reprend l’accompagnement de la personne.',
      de: 'Wenden Sie sich an ein spezialisiertes Zentrum (siehe unten). Das Zentrum berät Sie, auch anonym, und übernimmt die Begleitung der Person.',
      en: 'Contact a specialised centre (see below). The centre advises you, anonymously if you wish, and takes over the person’s guidance.',
    },
  },
  first_information: {
    text: {
      nl: 'Geef de persoon eerste informatie in een taal die hij of zij begrijpt: er bestaat bescherming, met bedenktijd en begeleiding door een centrum.',
      fr: 'Donnez une première information dans une langue que la personne comprend : une protection existe, avec un temps de réflexion et l’accompagnement d’un centre.',
      de: 'Geben Sie der Person erste Informationen in einer Sprache, die sie versteht: Es gibt Schutz, mit Bedenkzeit und Begleitung durch ein Zentrum.',
      en: 'Give the person first information in a language they understand: protection exists, with time to think and guidance by a centre.',
    },
  },
  inform_magistrate: {
    text: {
      nl: 'Verwittig de referentiemagistraat mensenhandel van het arrondissement (parket of arbeidsauditoraat) en leg de vaststellingen vast in een proces-verbaal.',
      fr: 'Informez le magistrat de référence traite de l’arrondissement (parquet ou auditorat du travail) et actez les constatations dans un procès-verbal.',
      de: 'Informieren Sie den Referenzmagistrat für Menschenhandel des Bezirks (Staatsanwaltschaft oder Arbeitsauditorat) und halten Sie die Feststellungen in einem Protokoll fest.',
      en: 'Inform the district’s reference magistrate for trafficking (public prosecutor or labour auditor) and record the findings in an official report.',
    },
  },
  treat_as_victim: {
    text: {
      nl: 'Behandel de persoon als mogelijk slachtoffer, niet als verdachte of overtreder: slachtoffers worden niet gestraft voor feiten die ze moesten plegen.',
      fr: 'Traitez la personne comme une victime possible, pas comme un suspect ou un contrevenant : les victimes ne sont pas sanctionnées pour les faits qu’elles ont été forcées de commettre.',
      de: 'Behandeln Sie die Person als mögliches Opfer, nicht als Verdächtige oder Täterin: Opfer werden für Taten, die sie begehen mussten, nicht bestraft.',
      en: 'Treat the person as a possible victim, not as a suspect or offender: victims are not punished for offences they were forced to commit.',
    },
  },
  workplace_findings: {
    text: {
      nl: 'Noteer op de werkplek wat u vaststelt: huisvesting op de werkplek, uren, loon, ingehouden documenten, schulden. De sociale inspectie kan het achterstallig loon berekenen.',
      fr: 'Notez sur le lieu de travail ce que vous constatez : logement sur place, horaires, salaire, documents retenus, dettes. L’inspection sociale peut calculer les arriérés de salaire.',
      de: 'Halten Sie am Arbeitsplatz fest, was Sie feststellen: Unterkunft vor Ort, Arbeitszeiten, Lohn, einbehaltene Dokumente, Schulden. Die Sozialinspektion kann den ausstehenden Lohn berechnen.',
      en: 'Record what you see at the workplace: housing on site, hours, pay, documents withheld, debts. The social inspectors can calculate unpaid wages.',
    },
  },
  medical_confidentiality: {
    text: {
      nl: 'Het medisch beroepsgeheim blijft gelden: bespreek de doorverwijzing met de persoon. Een centrum kan u anoniem adviseren zonder dat u gegevens doorgeeft.',
      fr: 'Le secret médical reste d’application : discutez de l’orientation avec la personne. Un centre peut vous conseiller anonymement sans que vous transmettiez de données.',
      de: 'Die ärztliche Schweigepflicht gilt weiter: Besprechen Sie die Verweisung mit der Person. Ein Zentrum kann Sie anonym beraten, ohne dass Sie Daten weitergeben.',
      en: 'Medical confidentiality still applies: discuss the referral with the person. A centre can advise you anonymously without you passing on any data.',
    },
  },
  document_injuries: {
    text: {
      nl: 'Beschrijf letsels en medische vaststellingen zorgvuldig in het medisch dossier: ze kunnen later als bewijs dienen.',
      fr: 'Décrivez soigneusement les lésions et constatations médicales dans le dossier médical : elles pourront servir de preuve.',
      de: 'Beschreiben Sie Verletzungen und medizinische Befunde sorgfältig in der Krankenakte: Sie können später als Beweis dienen.',
      en: 'Describe injuries and medical findings carefully in the medical record: they may later serve as evidence.',
    },
  },
  school_protocol: {
    text: {
      nl: 'Betrek de zorgcoördinator van de school en het CLB (of PMS) en volg het protocol van de school. Confronteer de vermoedelijke “lover” of ronselaar niet zelf.',
      fr: 'Impliquez la coordination de l’accompagnement de l’école et le centre PMS, et suivez le protocole de l’école. Ne confrontez pas vous-même le « loverboy » ou le recruteur présumé.',
      de: 'Beziehen Sie die Schülerbegleitung und das PMS-Zentrum ein und folgen Sie dem Protokoll der Schule. Konfrontieren Sie den mutmaßlichen „Loverboy“ oder Anwerber nicht selbst.',
      en: 'Involve the school’s pupil support coordinator and the pupil guidance centre, and follow the school’s protocol. Do not confront the suspected “loverboy” or recruiter yourself.',
    },
  },
  minor_youth_protection: {
    text: {
      nl: 'Gaat het om een minderjarige? Dan is geen toestemming nodig om door te verwijzen; de jeugdbescherming (jeugdparket) wordt betrokken.',
      fr: 'S’agit-il d’un mineur ? Aucun consentement n’est requis pour l’orienter ; la protection de la jeunesse (parquet jeunesse) est impliquée.',
      de: 'Handelt es sich um eine minderjährige Person? Dann ist für die Verweisung keine Zustimmung nötig; der Jugendschutz (Jugendstaatsanwaltschaft) wird einbezogen.',
      en: 'Is the person a minor? Then no consent is needed to refer; youth protection (the youth prosecutor) is involved.',
    },
  },
  alert_guardianship_service: {
    urgent: true,
    text: {
      nl: 'Niet-begeleide buitenlandse minderjarige? Verwittig onmiddellijk de Dienst Voogdij (zie hieronder), dag en nacht.',
      fr: 'Mineur étranger non accompagné ? Avertissez immédiatement le Service des Tutelles (voir ci-dessous), jour et nuit.',
      de: 'Unbegleitete ausländische Minderjährige? Informieren Sie sofort den Vormundschaftsdienst (siehe unten), Tag und Nacht.',
      en: 'Unaccompanied foreign minor? Alert the Guardianship Service at once (see below), day and night.',
    },
  },
  bank_report: {
    text: {
      nl: 'Meld verdachte verrichtingen via uw compliance officer aan de CFI (Cel voor Financiële Informatieverwerking), met de financiële indicatoren als leidraad.',
      fr: 'Déclarez les opérations suspectes via votre compliance officer à la CTIF (Cellule de Traitement des Informations Financières), en vous aidant des indicateurs financiers.',
      de: 'Melden Sie verdächtige Transaktionen über Ihren Compliance-Beauftragten an die CTIF (Zelle für die Verarbeitung finanzieller Informationen), anhand der Finanzindikatoren.',
      en: 'Report suspicious transactions through your compliance officer to the financial intelligence unit (CTIF-CFI), using the financial indicators.',
    },
  },
  bank_no_tipping_off: {
    text: {
      nl: 'Waarschuw de klant niet (verbod op tipping-off) en onderzoek niet zelf verder. Ziet u aan het loket een persoon in nood, contacteer dan een centrum of bel 112.',
      fr: 'N’avertissez pas le client (interdiction de tipping-off) et n’enquêtez pas vous-même. Si vous voyez au guichet une personne en détresse, contactez un centre ou appelez le 112.',
      de: 'Warnen Sie den Kunden nicht (Tipping-off-Verbot) und ermitteln Sie nicht selbst. Sehen Sie am Schalter eine Person in Not, wenden Sie sich an ein Zentrum oder rufen Sie 112 an.',
      en: 'Do not warn the customer (no tipping-off) and do not investigate yourself. If you see a person in distress at the counter, contact a centre or call 112.',
    },
  },
  citizen_report: {
    text: {
      nl: 'Meld wat u zag met het meldingsformulier. U mag anoniem blijven; een gespecialiseerd centrum of de politie bekijkt uw melding.',
      fr: 'Signalez ce que vous avez vu avec le formulaire de signalement. Vous pouvez rester anonyme ; un centre spécialisé ou la police examine votre signalement.',
      de: 'Melden Sie, was Sie gesehen haben, mit dem Meldeformular. Sie dürfen anonym bleiben; ein spezialisiertes Zentrum oder die Polizei prüft Ihre Meldung.',
      en: 'Report what you saw with the report form. You may stay anonymous; a specialised centre or the police will look at your report.',
    },
    link: {
      href: '/report',
      label: { nl: 'Naar het meldingsformulier', fr: 'Vers le formulaire de signalement', de: 'Zum Meldeformular', en: 'Go to the report form' },
    },
  },
  citizen_no_investigate: {
    text: {
      nl: 'Onderzoek niet zelf en spreek de vermoedelijke uitbuiters niet aan: zo brengt u niemand in gevaar.',
      fr: 'N’enquêtez pas vous-même et n’interpellez pas les exploiteurs présumés : vous ne mettez ainsi personne en danger.',
      de: 'Ermitteln Sie nicht selbst und sprechen Sie die mutmaßlichen Ausbeuter nicht an: So bringen Sie niemanden in Gefahr.',
      en: 'Do not investigate yourself or approach the suspected exploiters: that way you put nobody in danger.',
    },
  },
  self_call_centre: {
    text: {
      nl: 'Bel een gespecialiseerd centrum (zie hieronder). Het is gratis en vertrouwelijk. Je hoeft niet eerst naar de politie, en je mag eerst gewoon vragen stellen.',
      fr: 'Appelle un centre spécialisé (voir ci-dessous). C’est gratuit et confidentiel. Tu ne dois pas d’abord aller à la police, et tu peux d’abord simplement poser des questions.',
      de: 'Ruf ein spezialisiertes Zentrum an (siehe unten). Es ist kostenlos und vertraulich. Du musst nicht zuerst zur Polizei, und du darfst zuerst einfach Fragen stellen.',
      en: 'Call a specialised centre (see below). It is free and confidential. You do not have to go to the police first, and you can simply ask questions first.',
    },
  },
  self_not_your_fault: {
    text: {
      nl: 'Het is niet jouw schuld, ook als je zelf akkoord ging met het werk of de reis. Je hebt recht op hulp, ook zonder papieren.',
      fr: 'Ce n’est pas ta faute, même si tu as accepté le travail ou le voyage. Tu as droit à de l’aide, même sans papiers.',
      de: 'Es ist nicht deine Schuld, auch wenn du der Arbeit oder der Reise zugestimmt hast. Du hast ein Recht auf Hilfe, auch ohne Papiere.',
      en: 'It is not your fault, even if you agreed to the work or the journey. You have a right to help, even without papers.',
    },
  },
  self_keep_evidence: {
    text: {
      nl: 'Als het veilig kan: bewaar kopieën of foto’s van je documenten, berichten, adressen en werkuren. Ze helpen later om je loon terug te krijgen.',
      fr: 'Si c’est sans danger : garde des copies ou photos de tes documents, messages, adresses et horaires. Cela t’aidera à récupérer ton salaire.',
      de: 'Wenn es sicher ist: Bewahre Kopien oder Fotos deiner Dokumente, Nachrichten, Adressen und Arbeitszeiten auf. Sie helfen später, deinen Lohn zurückzubekommen.',
      en: 'If it is safe: keep copies or photos of your documents, messages, addresses and working hours. They help you get your wages back later.',
    },
  },
  self_minor_guardian: {
    text: {
      nl: 'Ben je jonger dan 18 en zonder je ouders in België? De Dienst Voogdij zorgt voor een voogd die je helpt (zie hieronder).',
      fr: 'Tu as moins de 18 ans et tu es en Belgique sans tes parents ? Le Service des Tutelles te désigne un tuteur qui t’aide (voir ci-dessous).',
      de: 'Bist du unter 18 und ohne deine Eltern in Belgien? Der Vormundschaftsdienst sorgt für einen Vormund, der dir hilft (siehe unten).',
      en: 'Are you under 18 and in Belgium without your parents? The Guardianship Service arranges a guardian who helps you (see below).',
    },
  },
  self_read_more: {
    text: {
      nl: 'Lees meer over je rechten, in eenvoudige taal en in meerdere talen.',
      fr: 'Lis plus d’informations sur tes droits, en langage simple et en plusieurs langues.',
      de: 'Lies mehr über deine Rechte, in einfacher Sprache und in mehreren Sprachen.',
      en: 'Read more about your rights, in plain language and in several languages.',
    },
    link: {
      href: '/help',
      label: { nl: 'Informatie voor slachtoffers', fr: 'Informations pour les victimes', de: 'Informationen für Opfer', en: 'Information for victims' },
    },
  },
  cross_border: {
    text: {
      nl: 'Uitgebuit in Nederland of Luxemburg? Het centrum werkt samen met het contactpunt van dat land (zie hieronder).',
      fr: 'Exploité aux Pays-Bas ou au Luxembourg ? Le centre collabore avec le point de contact de ce pays (voir ci-dessous).',
      de: 'In den Niederlanden oder Luxemburg ausgebeutet? Das Zentrum arbeitet mit der Kontaktstelle dieses Landes zusammen (siehe unten).',
      en: 'Exploited in the Netherlands or Luxembourg? The centre works with that country’s contact point (see below).',
    },
  },
} as const satisfies Record<string, GuideStepText>;
export type GuideStepCode = keyof typeof GUIDE_STEPS;

export interface GuideRoleText {
  /** The sector whose indicator lists the guide shows first. */
  sector: SignalSector;
  title: LocalizedText;
  summary: LocalizedText;
  intro: LocalizedText;
  steps: readonly GuideStepCode[];
  /** Whether timeline and conditions use the plain wording (for the person concerned). */
  plain: boolean;
}

const PRO_MINOR_STEPS = ['minor_youth_protection', 'alert_guardianship_service'] as const;

export const GUIDE_ROLE_TEXTS: Record<GuideRole, GuideRoleText> = {
  police: {
    sector: 'police_inspection',
    plain: false,
    title: { nl: 'Ik ben politieagent', fr: 'Je suis policier', de: 'Ich bin Polizist:in', en: 'I am a police officer' },
    summary: {
      nl: 'Controles, interventies, aangiftes: herkennen, beschermen, doorverwijzen.',
      fr: 'Contrôles, interventions, plaintes : reconnaître, protéger, orienter.',
      de: 'Kontrollen, Einsätze, Anzeigen: erkennen, schützen, verweisen.',
      en: 'Checks, call-outs, complaints: recognise, protect, refer.',
    },
    intro: {
      nl: 'Tijdens een controle of interventie kan u een slachtoffer van mensenhandel ontmoeten dat zichzelf niet zo ziet. U bent vaak de eerste schakel van de keten.',
      fr: 'Lors d’un contrôle ou d’une intervention, vous pouvez rencontrer une victime de la traite qui ne se considère pas comme telle. Vous êtes souvent le premier maillon de la chaîne.',
      de: 'Bei einer Kontrolle oder einem Einsatz können Sie einem Opfer von Menschenhandel begegnen, das sich selbst nicht so sieht. Sie sind oft das erste Glied der Kette.',
      en: 'During a check or call-out you may meet a trafficking victim who does not see themselves as one. You are often the first link of the chain.',
    },
    steps: ['call_112', 'treat_as_victim', 'talk_alone', 'no_coercion_needed', 'first_information', 'contact_centre', 'inform_magistrate', ...PRO_MINOR_STEPS, 'cross_border'],
  },
  inspector: {
    sector: 'construction',
    plain: false,
    title: { nl: 'Ik ben inspecteur', fr: 'Je suis inspecteur', de: 'Ich bin Inspektor:in', en: 'I am an inspector' },
    summary: {
      nl: 'Sociale en arbeidsinspectie: arbeidsuitbuiting herkennen op de werkplek.',
      fr: 'Inspection sociale et du travail : reconnaître l’exploitation économique sur le lieu de travail.',
      de: 'Sozial- und Arbeitsinspektion: Arbeitsausbeutung am Arbeitsplatz erkennen.',
      en: 'Social and labour inspection: recognise labour exploitation at the workplace.',
    },
    intro: {
      nl: 'Arbeidsuitbuiting komt voor in de bouw, horeca, landbouw, schoonmaak, nachtwinkels, vleesverwerking en huishoudelijk werk. Achter schijnzelfstandigheid of onderaanneming kan mensenhandel schuilgaan.',
      fr: 'L’exploitation économique se rencontre dans la construction, l’horeca, l’agriculture, le nettoyage, les night shops, la transformation de la viande et le travail domestique. La traite peut se cacher derrière de faux indépendants ou la sous-traitance.',
      de: 'Arbeitsausbeutung kommt im Bau, in der Gastronomie, Landwirtschaft, Reinigung, in Nachtläden, der Fleischverarbeitung und bei Hausarbeit vor. Hinter Scheinselbständigkeit oder Subunternehmerketten kann Menschenhandel stecken.',
      en: 'Labour exploitation occurs in construction, hospitality, farming, cleaning, night shops, meat processing and domestic work. Bogus self-employment or subcontracting chains can hide trafficking.',
    },
    steps: ['call_112', 'talk_alone', 'no_coercion_needed', 'workplace_findings', 'first_information', 'contact_centre', 'inform_magistrate', ...PRO_MINOR_STEPS, 'cross_border'],
  },
  doctor: {
    sector: 'medical',
    plain: false,
    title: { nl: 'Ik ben arts of zorgverlener', fr: 'Je suis médecin ou soignant', de: 'Ich bin Ärztin/Arzt oder Pflegekraft', en: 'I am a doctor or health worker' },
    summary: {
      nl: 'Spoed, huisartspraktijk, gynaecologie: signalen in de zorg.',
      fr: 'Urgences, médecine générale, gynécologie : les signaux dans les soins.',
      de: 'Notaufnahme, Hausarztpraxis, Gynäkologie: Anzeichen in der Versorgung.',
      en: 'Emergency care, general practice, gynaecology: signs in healthcare.',
    },
    intro: {
      nl: 'Slachtoffers komen vaak in de zorg terecht: na een “arbeidsongeval”, voor een abortus of met letsels die niet bij het verhaal passen. Een consultatie kan het enige moment zijn waarop de persoon alleen is.',
      fr: 'Les victimes arrivent souvent dans les soins : après un « accident du travail », pour un avortement ou avec des lésions qui ne correspondent pas au récit. Une consultation peut être le seul moment où la personne est seule.',
      de: 'Opfer kommen oft in die Versorgung: nach einem „Arbeitsunfall“, für einen Schwangerschaftsabbruch oder mit Verletzungen, die nicht zur Geschichte passen. Eine Konsultation kann der einzige Moment sein, in dem die Person allein ist.',
      en: 'Victims often end up in healthcare: after a “work accident”, for an abortion or with injuries that do not fit the story. A consultation may be the only moment the person is alone.',
    },
    steps: ['call_112', 'talk_alone', 'no_coercion_needed', 'medical_confidentiality', 'document_injuries', 'contact_centre', ...PRO_MINOR_STEPS],
  },
  teacher: {
    sector: 'school_youth',
    plain: false,
    title: { nl: 'Ik ben leerkracht', fr: 'Je suis enseignant', de: 'Ich bin Lehrkraft', en: 'I am a teacher' },
    summary: {
      nl: 'Tienerpooiers (loverboys), uitbuiting van jongeren: wat u op school kan doen.',
      fr: 'Proxénètes d’adolescents (loverboys), exploitation des jeunes : ce que vous pouvez faire à l’école.',
      de: 'Loverboys, Ausbeutung junger Menschen: was Sie in der Schule tun können.',
      en: 'Teen pimps (loverboys), exploitation of young people: what you can do at school.',
    },
    intro: {
      nl: 'Jongeren kunnen ingepalmd worden door een “lover” die hen daarna uitbuit, of ingezet worden voor drugs of diefstal. Plots veranderd gedrag, dure cadeaus en spijbelen zijn mogelijke signalen.',
      fr: 'Des jeunes peuvent être séduits par un « loverboy » qui les exploite ensuite, ou être utilisés pour la drogue ou le vol. Un changement soudain de comportement, des cadeaux coûteux et l’absentéisme sont des signaux possibles.',
      de: 'Jugendliche können von einem „Loverboy“ umgarnt und danach ausgebeutet oder für Drogen oder Diebstahl eingesetzt werden. Plötzlich verändertes Verhalten, teure Geschenke und Schulschwänzen sind mögliche Anzeichen.',
      en: 'Young people can be groomed by a “lover” who then exploits them, or used for drugs or theft. Sudden changes in behaviour, expensive gifts and truancy are possible signs.',
    },
    steps: ['call_112', 'talk_alone', 'school_protocol', 'minor_youth_protection', 'contact_centre', 'alert_guardianship_service'],
  },
  social_worker: {
    sector: 'social_services',
    plain: false,
    title: { nl: 'Ik ben maatschappelijk werker', fr: 'Je suis travailleur social', de: 'Ich bin Sozialarbeiter:in', en: 'I am a social worker' },
    summary: {
      nl: 'OCMW, opvang, straathoekwerk, ngo: signalen herkennen en doorverwijzen.',
      fr: 'CPAS, accueil, travail de rue, ONG : reconnaître les signaux et orienter.',
      de: 'Sozialamt, Aufnahme, Streetwork, NGO: Anzeichen erkennen und verweisen.',
      en: 'Public social welfare, reception, street work, NGOs: recognise the signs and refer.',
    },
    intro: {
      nl: 'U ziet mensen in kwetsbare situaties die uitbuiters zoeken: zonder papieren, met schulden, zonder netwerk. U kan een vertrouwenspersoon zijn.',
      fr: 'Vous voyez des personnes en situation de vulnérabilité que recherchent les exploiteurs : sans papiers, endettées, sans réseau. Vous pouvez être une personne de confiance.',
      de: 'Sie sehen Menschen in verletzlichen Lagen, die Ausbeuter suchen: ohne Papiere, verschuldet, ohne Netzwerk. Sie können eine Vertrauensperson sein.',
      en: 'You see people in vulnerable situations that exploiters look for: without papers, in debt, without a network. You can be someone they trust.',
    },
    steps: ['call_112', 'talk_alone', 'no_coercion_needed', 'first_information', 'contact_centre', ...PRO_MINOR_STEPS, 'cross_border'],
  },
  bank_employee: {
    sector: 'bank_financial',
    plain: false,
    title: { nl: 'Ik werk bij een bank', fr: 'Je travaille dans une banque', de: 'Ich arbeite bei einer Bank', en: 'I work at a bank' },
    summary: {
      nl: 'Financiële signalen: lonen op één rekening, cash opnames, escortadvertenties.',
      fr: 'Signaux financiers : salaires sur un seul compte, retraits en espèces, annonces d’escorte.',
      de: 'Finanzielle Anzeichen: Löhne auf einem Konto, Barabhebungen, Escort-Anzeigen.',
      en: 'Financial signs: wages paid into one account, cash withdrawals, escort adverts.',
    },
    intro: {
      nl: 'Mensenhandel levert geld op, en dat geld loopt via rekeningen. Patronen in verrichtingen kunnen op uitbuiting wijzen, ook zonder dat u het slachtoffer ooit ziet.',
      fr: 'La traite rapporte de l’argent, et cet argent passe par des comptes. Des schémas de transactions peuvent révéler une exploitation, même sans jamais voir la victime.',
      de: 'Menschenhandel bringt Geld, und dieses Geld läuft über Konten. Muster in Transaktionen können auf Ausbeutung hinweisen, auch wenn Sie das Opfer nie sehen.',
      en: 'Trafficking makes money, and that money moves through accounts. Transaction patterns can point to exploitation, even if you never see the victim.',
    },
    steps: ['call_112', 'bank_report', 'bank_no_tipping_off', 'contact_centre'],
  },
  citizen: {
    sector: 'other',
    plain: false,
    title: { nl: 'Ik ben burger', fr: 'Je suis citoyen', de: 'Ich bin Bürger:in', en: 'I am a member of the public' },
    summary: {
      nl: 'U zag iets verontrustends: zo meldt u het veilig.',
      fr: 'Vous avez vu quelque chose d’inquiétant : voici comment le signaler en sécurité.',
      de: 'Sie haben etwas Beunruhigendes gesehen: So melden Sie es sicher.',
      en: 'You saw something worrying: this is how to report it safely.',
    },
    intro: {
      nl: 'Een buurvrouw die nooit buitenkomt, arbeiders die op de werf slapen, een jongere met een veel oudere “vriend”: u hoeft niet zeker te zijn om iets te melden.',
      fr: 'Une voisine qui ne sort jamais, des ouvriers qui dorment sur le chantier, un jeune avec un « ami » bien plus âgé : vous n’avez pas besoin d’être sûr pour signaler.',
      de: 'Eine Nachbarin, die nie hinausgeht, Arbeiter, die auf der Baustelle schlafen, ein junger Mensch mit einem viel älteren „Freund“: Sie müssen nicht sicher sein, um etwas zu melden.',
      en: 'A neighbour who never goes out, workers sleeping on the building site, a teenager with a much older “friend”: you do not need to be sure to report it.',
    },
    steps: ['call_112', 'citizen_report', 'citizen_no_investigate', 'contact_centre'],
  },
  self: {
    sector: 'other',
    plain: true,
    title: { nl: 'Ik denk dat ik slachtoffer ben', fr: 'Je pense être victime', de: 'Ich glaube, ich bin ein Opfer', en: 'I think I am a victim' },
    summary: {
      nl: 'Je wordt uitgebuit of je twijfelt: hier vind je hulp.',
      fr: 'Tu es exploité·e ou tu as un doute : voici où trouver de l’aide.',
      de: 'Du wirst ausgebeutet oder bist unsicher: Hier findest du Hilfe.',
      en: 'You are being exploited or you are not sure: this is where to find help.',
    },
    intro: {
      nl: 'Moet je werken voor weinig of geen geld, mag je niet vrij weggaan, of word je bedreigd? Dan kan je slachtoffer zijn van mensenhandel. Er is hulp, en je hebt rechten.',
      fr: 'Tu dois travailler pour peu ou pas d’argent, tu ne peux pas partir librement, ou on te menace ? Tu es peut-être victime de la traite des êtres humains. Il existe de l’aide, et tu as des droits.',
      de: 'Musst du für wenig oder kein Geld arbeiten, darfst du nicht frei weggehen, oder wirst du bedroht? Dann bist du vielleicht ein Opfer von Menschenhandel. Es gibt Hilfe, und du hast Rechte.',
      en: 'Do you have to work for little or no money, are you not free to leave, or are you being threatened? Then you may be a victim of human trafficking. Help exists, and you have rights.',
    },
    steps: ['call_112', 'self_not_your_fault', 'self_call_centre', 'self_minor_guardian', 'self_keep_evidence', 'self_read_more'],
  },
};

/** Headings and fixed sentences of the guide (API answers carry them so the PDF and the page agree). */
export const GUIDE_TEXT = {
  signsTitle: {
    nl: 'Waaraan herkent u het?',
    fr: 'Comment le reconnaître ?',
    de: 'Woran erkennen Sie es?',
    en: 'What are the signs?',
  },
  signsTitleSelf: {
    nl: 'Herken je dit?',
    fr: 'Tu reconnais cela ?',
    de: 'Erkennst du das?',
    en: 'Does this sound familiar?',
  },
  signsNote: {
    nl: 'Eén signaal bewijst niets; ziet u er meerdere, neem dan contact op met een centrum. Dwang is geen voorwaarde.',
    fr: 'Un seul signal ne prouve rien ; si vous en voyez plusieurs, contactez un centre. La contrainte n’est pas une condition.',
    de: 'Ein Anzeichen beweist nichts; sehen Sie mehrere, wenden Sie sich an ein Zentrum. Zwang ist keine Voraussetzung.',
    en: 'One sign proves nothing; if you see several, contact a centre. Coercion is not a condition.',
  },
  emergency: {
    nl: 'Onmiddellijk gevaar: bel 112 (gratis, dag en nacht).',
    fr: 'Danger immédiat : appelez le 112 (gratuit, jour et nuit).',
    de: 'Unmittelbare Gefahr: 112 anrufen (kostenlos, Tag und Nacht).',
    en: 'Immediate danger: call 112 (free, day and night).',
  },
  centres: {
    nl: 'De drie erkende gespecialiseerde centra. Elk centrum helpt slachtoffers uit heel België; kies bij voorkeur het centrum van uw regio.',
    fr: 'Les trois centres spécialisés reconnus. Chaque centre aide des victimes de toute la Belgique ; choisissez de préférence celui de votre région.',
    de: 'Die drei anerkannten spezialisierten Zentren. Jedes Zentrum hilft Opfern aus ganz Belgien; wählen Sie vorzugsweise das Zentrum Ihrer Region.',
    en: 'The three recognised specialised centres. Each helps victims from all over Belgium; preferably choose the centre of your region.',
  },
  guardianship: {
    nl: 'Voor niet-begeleide buitenlandse minderjarigen: de Dienst Voogdij (FOD Justitie) stelt een voogd aan. Andere minderjarigen: jeugdbescherming via het jeugdparket.',
    fr: 'Pour les mineurs étrangers non accompagnés : le Service des Tutelles (SPF Justice) désigne un tuteur. Autres mineurs : protection de la jeunesse via le parquet jeunesse.',
    de: 'Für unbegleitete ausländische Minderjährige: Der Vormundschaftsdienst (FÖD Justiz) bestellt einen Vormund. Andere Minderjährige: Jugendschutz über die Jugendstaatsanwaltschaft.',
    en: 'For unaccompanied foreign minors: the Guardianship Service (FPS Justice) appoints a guardian. Other minors: youth protection through the youth prosecutor.',
  },
  crossBorder: {
    nl: 'Uitgebuit in Nederland of Luxemburg: de contactpunten van die landen.',
    fr: 'Exploité aux Pays-Bas ou au Luxembourg : les points de contact de ces pays.',
    de: 'In den Niederlanden oder Luxemburg ausgebeutet: die Kontaktstellen dieser Länder.',
    en: 'Exploited in the Netherlands or Luxembourg: those countries’ contact points.',
  },
  minorsTitle: {
    nl: 'Als het om een minderjarige gaat',
    fr: 'S’il s’agit d’un mineur',
    de: 'Wenn es um Minderjährige geht',
    en: 'If the person is a minor',
  },
  minorsTitleSelf: {
    nl: 'Ben je jonger dan 18?',
    fr: 'Tu as moins de 18 ans ?',
    de: 'Bist du unter 18?',
    en: 'Are you under 18?',
  },
} as const satisfies Record<string, LocalizedText>;

/** The person's rights, for professionals and (plain) for the person concerned. */
export const GUIDE_RIGHTS: readonly { code: string; text: LocalizedText; plain: LocalizedText }[] = [
  {
    code: 'guidance_by_centre',
    text: {
      nl: 'Begeleiding door een erkend centrum: psychosociale, medische, administratieve en juridische hulp, en een veilige verblijfplaats.',
      fr: 'Accompagnement par un centre reconnu : aide psychosociale, médicale, administrative et juridique, et un lieu de séjour sûr.',
      de: 'Begleitung durch ein anerkanntes Zentrum: psychosoziale, medizinische, administrative und rechtliche Hilfe und ein sicherer Aufenthaltsort.',
      en: 'Guidance by a recognised centre: psychosocial, medical, administrative and legal support, and a safe place to stay.',
    },
    plain: {
      nl: 'Hulp van een centrum: een veilige plek, een dokter, hulp met papieren en een advocaat.',
      fr: 'L’aide d’un centre : un endroit sûr, un médecin, de l’aide pour les papiers et un avocat.',
      de: 'Hilfe von einem Zentrum: ein sicherer Ort, ein Arzt, Hilfe bei Papieren und ein Anwalt.',
      en: 'Help from a centre: a safe place, a doctor, help with papers and a lawyer.',
    },
  },
  {
    code: 'reflection_and_residence',
    text: {
      nl: 'Bedenktijd en verblijfsdocumenten tijdens de procedure; met een tijdelijke verblijfskaart mag de persoon werken.',
      fr: 'Délai de réflexion et documents de séjour pendant la procédure ; avec une carte de séjour temporaire, la personne peut travailler.',
      de: 'Bedenkzeit und Aufenthaltsdokumente während des Verfahrens; mit einer befristeten Aufenthaltskarte darf die Person arbeiten.',
      en: 'A reflection period and residence documents during the procedure; with a temporary residence card the person may work.',
    },
    plain: {
      nl: 'Tijd om na te denken, en papieren om in België te blijven zolang de procedure loopt.',
      fr: 'Du temps pour réfléchir, et des papiers pour rester en Belgique pendant la procédure.',
      de: 'Zeit zum Nachdenken, und Papiere, um während des Verfahrens in Belgien zu bleiben.',
      en: 'Time to think, and papers to stay in Belgium while the procedure runs.',
    },
  },
  {
    code: 'interpreter_and_lawyer',
    text: {
      nl: 'Een tolk en een advocaat (juridische bijstand).',
      fr: 'Un interprète et un avocat (aide juridique).',
      de: 'Eine Dolmetscherin/ein Dolmetscher und ein Anwalt (Rechtsbeistand).',
      en: 'An interpreter and a lawyer (legal aid).',
    },
    plain: {
      nl: 'Een tolk in je taal en een advocaat.',
      fr: 'Un interprète dans ta langue et un avocat.',
      de: 'Eine Dolmetscherin in deiner Sprache und einen Anwalt.',
      en: 'An interpreter in your language and a lawyer.',
    },
  },
  {
    code: 'non_punishment',
    text: {
      nl: 'Niet-bestraffing voor strafbare feiten die de persoon als slachtoffer moest plegen.',
      fr: 'Non-sanction des infractions que la personne a dû commettre en tant que victime.',
      de: 'Straflosigkeit für Straftaten, die die Person als Opfer begehen musste.',
      en: 'Non-punishment for offences the person was forced to commit as a victim.',
    },
    plain: {
      nl: 'Je wordt niet gestraft voor wat je moest doen.',
      fr: 'Tu n’es pas puni·e pour ce qu’on t’a forcé·e à faire.',
      de: 'Du wirst nicht bestraft für das, was du tun musstest.',
      en: 'You are not punished for what you were forced to do.',
    },
  },
  {
    code: 'compensation_and_wages',
    text: {
      nl: 'Schadevergoeding en achterstallig loon, ook na vertrek uit België (Deposito- en Consignatiekas); kwijtschelding van sociale schulden bij schijnzelfstandigheid.',
      fr: 'Indemnisation et arriérés de salaire, même après le départ de Belgique (Caisse des Dépôts et Consignations) ; remise des dettes sociales en cas de faux indépendants.',
      de: 'Entschädigung und ausstehender Lohn, auch nach der Ausreise aus Belgien (Hinterlegungs- und Konsignationskasse); Erlass von Sozialschulden bei Scheinselbständigkeit.',
      en: 'Compensation and unpaid wages, even after leaving Belgium (Deposit and Consignment Office); waiver of social security debts for bogus self-employment.',
    },
    plain: {
      nl: 'Je loon en een schadevergoeding terugkrijgen, ook als je later vertrekt.',
      fr: 'Récupérer ton salaire et une indemnisation, même si tu pars plus tard.',
      de: 'Deinen Lohn und eine Entschädigung bekommen, auch wenn du später ausreist.',
      en: 'Getting your wages and compensation, even if you leave later.',
    },
  },
  {
    code: 'belgian_victims',
    text: {
      nl: 'Ook Belgische slachtoffers worden doorverwezen naar en begeleid door een centrum.',
      fr: 'Les victimes belges sont aussi orientées vers un centre et accompagnées.',
      de: 'Auch belgische Opfer werden an ein Zentrum verwiesen und begleitet.',
      en: 'Belgian victims are also referred to and supported by a centre.',
    },
    plain: {
      nl: 'Ben je Belg? Ook dan helpt een centrum je.',
      fr: 'Tu es belge ? Un centre t’aide aussi.',
      de: 'Bist du Belgier:in? Auch dann hilft dir ein Zentrum.',
      en: 'Are you Belgian? A centre helps you too.',
    },
  },
];
