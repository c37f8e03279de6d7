import type { Translation } from './index.ts';

// Belgian German usage: Ausländeramt (DVZ/OE), ÖSHZ (OCMW/CPAS), Arbeitsauditor.
export const de: Translation = {
  app: {
    name: 'Keten',
    tagline: 'Die sichere Plattform der Kette gegen Menschenhandel',
    logoLabel: 'Keten, zur Startseite',
  },
  a11y: {
    skipToContent: 'Zum Hauptinhalt springen',
    openNavigation: 'Navigation öffnen',
    closeNavigation: 'Navigation schließen',
    mainNavigation: 'Hauptnavigation',
    languageSwitch: 'Sprache',
  },
  nav: {
    home: 'Startseite',
  },
  session: {
    signedInAs: 'Angemeldet als {{name}}',
    organisation: 'Organisation: {{organisation}}',
  },
  demo: {
    banner: 'Demo — fiktive Daten',
    detail: 'Geben Sie hier niemals echte personenbezogene Daten ein.',
  },
  footer: {
    label: 'Über diese Version',
    version: 'Version {{version}}',
    builtOn: 'Erstellt am {{date}}',
  },
  home: {
    pageTitle: 'Startseite',
    title: 'Keten: die Kette gegen Menschenhandel, vernetzt',
    intro:
      'Keten ist die sichere Plattform der belgischen multidisziplinären Kette gegen Menschenhandel. Sie verbindet die Partner, die Opfer erkennen, schützen und begleiten und die Täter ermitteln und verfolgen.',
    forWhomTitle: 'Für wen',
    forWhom:
      'Polizei, Sozial- und Arbeitsinspektion, die spezialisierten Aufnahmezentren PAG-ASA, Payoke und Sürya, Referenzmagistrate und Arbeitsauditoren, das Ausländeramt und der Dienst für Vormundschaft sowie Fachkräfte der ersten Linie in Krankenhäusern, ÖSHZ, Schulen und NGOs.',
    secureTitle: 'Sicherer Austausch nach dem Need-to-know-Prinzip',
    secure:
      'Die Partner tauschen Informationen über Keten aus statt per E-Mail oder Telefon. Jeder Partner sieht nur, was seine Rolle in der Kette erfordert, und jeder Zugriff auf personenbezogene Daten wird protokolliert.',
    whatTitle: 'Wobei Keten hilft',
    signals:
      'Meldungen: Anzeichen von möglichem Menschenhandel festhalten, wenn nötig anonym, damit keine Meldung verloren geht.',
    referral:
      'Weiterleitung: ein mögliches Opfer an ein spezialisiertes Zentrum weiterleiten, das die Begleitung übernimmt.',
    procedure:
      'Schutzverfahren: jeden Schritt des Opferstatus mit seinen Dokumenten und Fristen verfolgen, gemeinsam mit dem Zentrum, dem Magistrat und dem Ausländeramt.',
    figures: 'Zahlen: das tatsächliche Ausmaß des Phänomens in anonymisierten Statistiken sehen.',
    emergency: 'Ist jemand in unmittelbarer Gefahr? Rufen Sie die 112 an.',
  },
  notFound: {
    pageTitle: 'Seite nicht gefunden',
    title: 'Seite nicht gefunden',
    body: 'Die gesuchte Seite existiert nicht oder wurde verschoben.',
    backHome: 'Zurück zur Startseite',
  },
  errorPage: {
    pageTitle: 'Fehler',
    title: 'Etwas ist schiefgelaufen',
    body: 'Auf dieser Seite ist ein unerwarteter Fehler aufgetreten. Laden Sie die Seite neu, um es noch einmal zu versuchen. Wenn das Problem weiterhin besteht, wenden Sie sich an die Administration Ihrer Organisation.',
    reload: 'Seite neu laden',
    home: 'Zur Startseite',
  },
  errors: {
    validation_failed: 'Einige Felder sind ungültig. Bitte prüfen Sie sie und versuchen Sie es erneut.',
    bad_request: 'Die Anfrage konnte nicht verarbeitet werden.',
    unauthenticated:
      'Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    forbidden: 'Sie sind nicht berechtigt, dies zu tun.',
    not_found: 'Dieses Element existiert nicht oder Sie haben keinen Zugriff darauf.',
    route_not_found: 'Diese Adresse existiert nicht.',
    method_not_allowed: 'Diese Aktion ist hier nicht möglich.',
    conflict: 'Jemand anderes hat dies inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.',
    payload_too_large: 'Die Datei oder die Daten sind zu groß.',
    unsupported_media_type: 'Dieser Dateityp wird nicht unterstützt.',
    domain_rule: 'Diese Aktion ist in der aktuellen Situation nicht möglich.',
    rate_limited: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.',
    internal: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es später erneut.',
    unavailable: 'Keten ist zurzeit nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  },
};
