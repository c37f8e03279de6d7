import { INVITATION_HOURS, type UiLanguage } from '@keten/shared';

/**
 * The mails Keten sends, in the recipient's language (nl/fr/de/en), as plain text and simple HTML.
 * Mail is not a confidential channel: no mail ever carries data about a victim or a case, only
 * what the recipient needs to act (a link, a refusal reason they are entitled to know).
 */

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type MailTemplate =
  | { kind: 'invitation'; displayName: string; organisationName: string; link: string }
  | { kind: 'mfa_reset'; displayName: string; link: string }
  | { kind: 'account_request_refused'; name: string; organisationName: string; reason: string }
  | { kind: 'account_request_pending'; organisationName: string; link: string };

interface Parts {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A link shown on its own line (text) and as a button-like anchor (HTML). */
  link?: { url: string; label: string };
  closing: string;
}

type Texts = { [K in MailTemplate['kind']]: (m: Extract<MailTemplate, { kind: K }>) => Parts };

const H = INVITATION_HOURS;

const TEXTS: Record<UiLanguage, Texts> = {
  nl: {
    invitation: (m) => ({
      subject: 'Uw account op Keten',
      greeting: `Beste ${m.displayName},`,
      paragraphs: [
        `Uw aanvraag voor een account bij ${m.organisationName} op Keten is goedgekeurd.`,
        `Kies via de link hieronder een wachtwoord en koppel een authenticator-app. De link werkt één keer en vervalt na ${H} uur.`,
        'Hebt u geen account aangevraagd? Negeer dan deze e-mail.',
      ],
      link: { url: m.link, label: 'Account activeren' },
      closing: 'Keten — het platform van de keten tegen mensenhandel',
    }),
    mfa_reset: (m) => ({
      subject: 'Nieuwe authenticator koppelen op Keten',
      greeting: `Beste ${m.displayName},`,
      paragraphs: [
        'Uw beheerder heeft de tweede factor van uw account gewist. Al uw sessies zijn beëindigd.',
        `Bevestig via de link hieronder uw wachtwoord en koppel opnieuw een authenticator-app. De link werkt één keer en vervalt na ${H} uur.`,
        'Hebt u hier niet om gevraagd? Neem dan contact op met uw beheerder.',
      ],
      link: { url: m.link, label: 'Authenticator koppelen' },
      closing: 'Keten — het platform van de keten tegen mensenhandel',
    }),
    account_request_refused: (m) => ({
      subject: 'Uw aanvraag voor een account op Keten',
      greeting: `Beste ${m.name},`,
      paragraphs: [`Uw aanvraag voor een account bij ${m.organisationName} werd niet goedgekeurd.`, `Reden: ${m.reason}`],
      closing: 'Keten — het platform van de keten tegen mensenhandel',
    }),
    account_request_pending: (m) => ({
      subject: 'Nieuwe accountaanvraag op Keten',
      greeting: 'Beste beheerder,',
      paragraphs: [`Er wacht een nieuwe accountaanvraag voor ${m.organisationName}. Aanvragen die na 30 dagen niet behandeld zijn, worden gewist.`],
      link: { url: m.link, label: 'Aanvragen bekijken' },
      closing: 'Keten — het platform van de keten tegen mensenhandel',
    }),
  },
  fr: {
    invitation: (m) => ({
      subject: 'Votre compte sur Keten',
      greeting: `Bonjour ${m.displayName},`,
      paragraphs: [
        `Votre demande de compte auprès de ${m.organisationName} sur Keten a été approuvée.`,
        `Choisissez un mot de passe et associez une application d’authentification via le lien ci-dessous. Le lien ne fonctionne qu’une fois et expire après ${H} heures.`,
        'Vous n’avez pas demandé de compte ? Ignorez ce courriel.',
      ],
      link: { url: m.link, label: 'Activer le compte' },
      closing: 'Keten — la plateforme de la chaîne contre la traite des êtres humains',
    }),
    mfa_reset: (m) => ({
      subject: 'Associer un nouvel authentificateur sur Keten',
      greeting: `Bonjour ${m.displayName},`,
      paragraphs: [
        'Votre administrateur a effacé le second facteur de votre compte. Toutes vos sessions ont été fermées.',
        `Confirmez votre mot de passe et associez à nouveau une application d’authentification via le lien ci-dessous. Le lien ne fonctionne qu’une fois et expire après ${H} heures.`,
        'Vous n’êtes pas à l’origine de cette demande ? Contactez votre administrateur.',
      ],
      link: { url: m.link, label: 'Associer l’authentificateur' },
      closing: 'Keten — la plateforme de la chaîne contre la traite des êtres humains',
    }),
    account_request_refused: (m) => ({
      subject: 'Votre demande de compte sur Keten',
      greeting: `Bonjour ${m.name},`,
      paragraphs: [`Votre demande de compte auprès de ${m.organisationName} n’a pas été approuvée.`, `Motif : ${m.reason}`],
      closing: 'Keten — la plateforme de la chaîne contre la traite des êtres humains',
    }),
    account_request_pending: (m) => ({
      subject: 'Nouvelle demande de compte sur Keten',
      greeting: 'Bonjour,',
      paragraphs: [`Une nouvelle demande de compte attend pour ${m.organisationName}. Les demandes non traitées après 30 jours sont effacées.`],
      link: { url: m.link, label: 'Voir les demandes' },
      closing: 'Keten — la plateforme de la chaîne contre la traite des êtres humains',
    }),
  },
  de: {
    invitation: (m) => ({
      subject: 'Ihr Konto bei Keten',
      greeting: `Guten Tag ${m.displayName},`,
      paragraphs: [
        `Ihr Antrag auf ein Konto bei ${m.organisationName} in Keten wurde genehmigt.`,
        `Wählen Sie über den folgenden Link ein Passwort und verbinden Sie eine Authenticator-App. Der Link funktioniert einmal und läuft nach ${H} Stunden ab.`,
        'Sie haben kein Konto beantragt? Dann ignorieren Sie diese E-Mail.',
      ],
      link: { url: m.link, label: 'Konto aktivieren' },
      closing: 'Keten — die Plattform der Kette gegen Menschenhandel',
    }),
    mfa_reset: (m) => ({
      subject: 'Neuen Authenticator für Keten verbinden',
      greeting: `Guten Tag ${m.displayName},`,
      paragraphs: [
        'Ihre Verwaltung hat den zweiten Faktor Ihres Kontos gelöscht. Alle Ihre Sitzungen wurden beendet.',
        `Bestätigen Sie über den folgenden Link Ihr Passwort und verbinden Sie erneut eine Authenticator-App. Der Link funktioniert einmal und läuft nach ${H} Stunden ab.`,
        'Sie haben das nicht veranlasst? Wenden Sie sich an Ihre Verwaltung.',
      ],
      link: { url: m.link, label: 'Authenticator verbinden' },
      closing: 'Keten — die Plattform der Kette gegen Menschenhandel',
    }),
    account_request_refused: (m) => ({
      subject: 'Ihr Antrag auf ein Konto bei Keten',
      greeting: `Guten Tag ${m.name},`,
      paragraphs: [`Ihr Antrag auf ein Konto bei ${m.organisationName} wurde nicht genehmigt.`, `Grund: ${m.reason}`],
      closing: 'Keten — die Plattform der Kette gegen Menschenhandel',
    }),
    account_request_pending: (m) => ({
      subject: 'Neuer Kontoantrag bei Keten',
      greeting: 'Guten Tag,',
      paragraphs: [`Für ${m.organisationName} wartet ein neuer Kontoantrag. Anträge, die nach 30 Tagen nicht bearbeitet sind, werden gelöscht.`],
      link: { url: m.link, label: 'Anträge ansehen' },
      closing: 'Keten — die Plattform der Kette gegen Menschenhandel',
    }),
  },
  en: {
    invitation: (m) => ({
      subject: 'Your Keten account',
      greeting: `Dear ${m.displayName},`,
      paragraphs: [
        `Your request for an account with ${m.organisationName} on Keten has been approved.`,
        `Use the link below to choose a password and connect an authenticator app. The link works once and expires after ${H} hours.`,
        'Did not request an account? Please ignore this e-mail.',
      ],
      link: { url: m.link, label: 'Activate account' },
      closing: 'Keten — the platform of the chain against human trafficking',
    }),
    mfa_reset: (m) => ({
      subject: 'Connect a new authenticator to Keten',
      greeting: `Dear ${m.displayName},`,
      paragraphs: [
        'Your administrator has cleared the second factor of your account. All your sessions have ended.',
        `Use the link below to confirm your password and connect an authenticator app again. The link works once and expires after ${H} hours.`,
        'Did not ask for this? Please contact your administrator.',
      ],
      link: { url: m.link, label: 'Connect authenticator' },
      closing: 'Keten — the platform of the chain against human trafficking',
    }),
    account_request_refused: (m) => ({
      subject: 'Your request for a Keten account',
      greeting: `Dear ${m.name},`,
      paragraphs: [`Your request for an account with ${m.organisationName} was not approved.`, `Reason: ${m.reason}`],
      closing: 'Keten — the platform of the chain against human trafficking',
    }),
    account_request_pending: (m) => ({
      subject: 'New account request on Keten',
      greeting: 'Dear administrator,',
      paragraphs: [`A new account request for ${m.organisationName} is waiting. Requests not handled within 30 days are deleted.`],
      link: { url: m.link, label: 'Review requests' },
      closing: 'Keten — the platform of the chain against human trafficking',
    }),
  },
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function partsFor(language: UiLanguage, template: MailTemplate): Parts {
  const t = TEXTS[language];
  switch (template.kind) {
    case 'invitation':
      return t.invitation(template);
    case 'mfa_reset':
      return t.mfa_reset(template);
    case 'account_request_refused':
      return t.account_request_refused(template);
    case 'account_request_pending':
      return t.account_request_pending(template);
  }
}

/** Renders a mail. Every interpolated value is escaped in the HTML part (names and reasons are typed by people). */
export function renderMail(language: UiLanguage, template: MailTemplate): RenderedMail {
  const p = partsFor(language, template);
  const text = [p.greeting, '', ...p.paragraphs.flatMap((x) => [x, '']), ...(p.link ? [p.link.url, ''] : []), '-- ', p.closing, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(p.subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40rem;">',
    `<p>${escapeHtml(p.greeting)}</p>`,
    ...p.paragraphs.map((x) => `<p>${escapeHtml(x)}</p>`),
    ...(p.link
      ? [
          `<p><a href="${escapeHtml(p.link.url)}" style="display: inline-block; padding: 0.6em 1.2em; background: #1c4e80; color: #ffffff; text-decoration: none; border-radius: 4px;">${escapeHtml(p.link.label)}</a></p>`,
          `<p style="font-size: 0.9em; color: #555555;">${escapeHtml(p.link.url)}</p>`,
        ]
      : []),
    `<p style="font-size: 0.9em; color: #555555;">${escapeHtml(p.closing)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: p.subject, text, html };
}

/** The base of links in mails: the configured public URL, or the local server in development. */
export function publicBaseUrl(config: { publicUrl: string | null; port: number }): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}
