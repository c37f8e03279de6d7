import type { ErrorCode } from '../errors.ts';

/**
 * English is the reference language: its shape defines the keys every other language must have
 * (`Translation` in index.ts). Interpolation uses i18next's `{{name}}` syntax; every language
 * must use the same variables for a key (checked by i18n.test.ts).
 */
export const en = {
  app: {
    name: 'Keten',
    tagline: 'The secure platform of the chain against human trafficking',
    logoLabel: 'Keten, go to the home page',
  },
  a11y: {
    skipToContent: 'Skip to main content',
    openNavigation: 'Open navigation',
    closeNavigation: 'Close navigation',
    mainNavigation: 'Main navigation',
    languageSwitch: 'Language',
  },
  nav: {
    home: 'Home',
  },
  session: {
    signedInAs: 'Signed in as {{name}}',
    organisation: 'Organisation: {{organisation}}',
  },
  demo: {
    banner: 'Demo — fictional data',
    detail: 'Never enter real personal data here.',
  },
  footer: {
    label: 'About this version',
    version: 'Version {{version}}',
    builtOn: 'Built on {{date}}',
  },
  home: {
    pageTitle: 'Home',
    title: 'Keten: the chain against human trafficking, connected',
    intro:
      'Keten is the secure platform of the Belgian multidisciplinary chain against human trafficking. It brings together the partners who detect, protect and support victims, and who investigate and prosecute the offenders.',
    forWhomTitle: 'For whom',
    forWhom:
      'Police and the social and labour inspectorates, the specialised victim centres PAG-ASA, Payoke and Sürya, reference magistrates and labour auditors, the Immigration Office and the Guardianship Service, and first-line professionals in hospitals, public social welfare centres (CPAS/OCMW), schools and NGOs.',
    secureTitle: 'Secure exchange, on a need-to-know basis',
    secure:
      'Partners exchange information through Keten instead of by e-mail or telephone. Each partner sees only what its role in the chain requires, and every access to personal data is recorded.',
    whatTitle: 'What Keten supports',
    signals:
      'Signals: record signs of possible human trafficking, anonymously if needed, so that no signal is lost.',
    referral:
      'Referral: hand a possible victim over to a specialised centre, which takes over the follow-up.',
    procedure:
      'Protection procedure: follow each step of the victim status, with its documents and deadlines, together with the centre, the magistrate and the Immigration Office.',
    figures: 'Figures: see the real size of the phenomenon in anonymised statistics.',
    emergency: 'Is someone in immediate danger? Call 112.',
  },
  notFound: {
    pageTitle: 'Page not found',
    title: 'Page not found',
    body: 'The page you are looking for does not exist or has moved.',
    backHome: 'Back to the home page',
  },
  errorPage: {
    pageTitle: 'Error',
    title: 'Something went wrong',
    body: 'An unexpected error occurred on this page. Reload the page to try again. If the problem persists, contact your administrator.',
    reload: 'Reload page',
    home: 'Go to the home page',
  },
  errors: {
    validation_failed: 'Some fields are not valid. Check them and try again.',
    bad_request: 'The request could not be processed.',
    unauthenticated: 'You are not signed in or your session has expired. Please sign in again.',
    forbidden: 'You are not allowed to do this.',
    not_found: 'This item does not exist or you do not have access to it.',
    route_not_found: 'This address does not exist.',
    method_not_allowed: 'This action is not possible here.',
    conflict: 'Someone else changed this in the meantime. Reload and try again.',
    payload_too_large: 'The file or the data is too large.',
    unsupported_media_type: 'This type of file is not supported.',
    domain_rule: 'This action is not possible in the current situation.',
    rate_limited: 'Too many attempts. Wait a moment and try again.',
    internal: 'Something went wrong on our side. Try again later.',
    unavailable: 'Keten cannot be reached right now. Try again in a moment.',
  } satisfies Record<ErrorCode, string>,
};
