import type { Translation } from './index.ts';

export const nl: Translation = {
  app: {
    name: 'Keten',
    tagline: 'Het beveiligde platform van de keten tegen mensenhandel',
    logoLabel: 'Keten, naar de startpagina',
  },
  a11y: {
    skipToContent: 'Naar de hoofdinhoud',
    openNavigation: 'Navigatie openen',
    closeNavigation: 'Navigatie sluiten',
    mainNavigation: 'Hoofdnavigatie',
    languageSwitch: 'Taal',
  },
  nav: {
    home: 'Start',
  },
  session: {
    signedInAs: 'Aangemeld als {{name}}',
    organisation: 'Organisatie: {{organisation}}',
  },
  demo: {
    banner: 'Demo — fictieve gegevens',
    detail: 'Voer hier nooit echte persoonsgegevens in.',
  },
  footer: {
    label: 'Over deze versie',
    version: 'Versie {{version}}',
    builtOn: 'Gebouwd op {{date}}',
  },
  home: {
    pageTitle: 'Start',
    title: 'Keten: de keten tegen mensenhandel, verbonden',
    intro:
      'Keten is het beveiligde platform van de Belgische multidisciplinaire keten tegen mensenhandel. Het brengt de partners samen die slachtoffers opsporen, beschermen en begeleiden, en daders onderzoeken en vervolgen.',
    forWhomTitle: 'Voor wie',
    forWhom:
      'Politie, sociale inspectie en arbeidsinspectie, de gespecialiseerde opvangcentra PAG-ASA, Payoke en Sürya, referentiemagistraten en arbeidsauditeurs, de Dienst Vreemdelingenzaken en de Dienst Voogdij, en eerstelijnsprofessionals in ziekenhuizen, OCMW’s, scholen en ngo’s.',
    secureTitle: 'Veilige uitwisseling volgens het need-to-know-principe',
    secure:
      'Partners wisselen informatie uit via Keten in plaats van via e-mail of telefoon. Elke partner ziet alleen wat zijn rol in de keten vereist, en elke inzage van persoonsgegevens wordt geregistreerd.',
    whatTitle: 'Waarbij Keten helpt',
    signals:
      'Signalen: leg aanwijzingen van mogelijke mensenhandel vast, zo nodig anoniem, zodat geen enkel signaal verloren gaat.',
    referral:
      'Doorverwijzing: verwijs een mogelijk slachtoffer door naar een gespecialiseerd centrum, dat de opvolging overneemt.',
    procedure:
      'Beschermingsprocedure: volg elke stap van het slachtofferstatuut, met de documenten en termijnen, samen met het centrum, de magistraat en de Dienst Vreemdelingenzaken.',
    figures: 'Cijfers: zie de werkelijke omvang van het fenomeen in geanonimiseerde statistieken.',
    emergency: 'Is iemand in acuut gevaar? Bel 112.',
  },
  notFound: {
    pageTitle: 'Pagina niet gevonden',
    title: 'Pagina niet gevonden',
    body: 'De pagina die u zoekt, bestaat niet of is verplaatst.',
    backHome: 'Terug naar de startpagina',
  },
  errorPage: {
    pageTitle: 'Fout',
    title: 'Er is iets misgelopen',
    body: 'Er trad een onverwachte fout op op deze pagina. Laad de pagina opnieuw om het nog eens te proberen. Blijft het probleem bestaan, neem dan contact op met uw beheerder.',
    reload: 'Pagina opnieuw laden',
    home: 'Naar de startpagina',
  },
  errors: {
    validation_failed: 'Sommige velden zijn niet geldig. Controleer ze en probeer opnieuw.',
    bad_request: 'De aanvraag kon niet worden verwerkt.',
    unauthenticated: 'U bent niet aangemeld of uw sessie is verlopen. Meld u opnieuw aan.',
    forbidden: 'U hebt geen toestemming om dit te doen.',
    not_found: 'Dit item bestaat niet of u hebt er geen toegang toe.',
    route_not_found: 'Dit adres bestaat niet.',
    method_not_allowed: 'Deze handeling is hier niet mogelijk.',
    conflict: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.',
    payload_too_large: 'Het bestand of de gegevens zijn te groot.',
    unsupported_media_type: 'Dit bestandstype wordt niet ondersteund.',
    domain_rule: 'Deze handeling is in de huidige situatie niet mogelijk.',
    rate_limited: 'Te veel pogingen. Wacht even en probeer opnieuw.',
    internal: 'Er is bij ons iets misgelopen. Probeer het later opnieuw.',
    unavailable: 'Keten is momenteel niet bereikbaar. Probeer het zo dadelijk opnieuw.',
  },
};
