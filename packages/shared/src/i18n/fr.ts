import type { Translation } from './index.ts';

// French typography: a no-break space (U+00A0) precedes « : », « ? » and « ! ».

export const fr: Translation = {
  app: {
    name: 'Keten',
    tagline: 'La plateforme sécurisée de la chaîne de lutte contre la traite des êtres humains',
    logoLabel: 'Keten, aller à la page d’accueil',
  },
  a11y: {
    skipToContent: 'Aller au contenu principal',
    openNavigation: 'Ouvrir la navigation',
    closeNavigation: 'Fermer la navigation',
    mainNavigation: 'Navigation principale',
    languageSwitch: 'Langue',
  },
  nav: {
    home: 'Accueil',
  },
  session: {
    signedInAs: 'Session de {{name}}',
    organisation: 'Organisation : {{organisation}}',
  },
  demo: {
    banner: 'Démo — données fictives',
    detail: 'N’encodez jamais de données personnelles réelles ici.',
  },
  footer: {
    label: 'À propos de cette version',
    version: 'Version {{version}}',
    builtOn: 'Compilée le {{date}}',
  },
  home: {
    pageTitle: 'Accueil',
    title: 'Keten : la chaîne de lutte contre la traite des êtres humains, connectée',
    intro:
      'Keten est la plateforme sécurisée de la chaîne multidisciplinaire belge de lutte contre la traite des êtres humains. Elle réunit les partenaires qui détectent, protègent et accompagnent les victimes, et qui enquêtent sur les auteurs et les poursuivent.',
    forWhomTitle: 'Pour qui',
    forWhom:
      'La police, l’inspection sociale et l’inspection du travail, les centres d’accueil spécialisés PAG-ASA, Payoke et Sürya, les magistrats de référence et les auditeurs du travail, l’Office des étrangers et le Service des Tutelles, ainsi que les professionnels de première ligne des hôpitaux, des CPAS, des écoles et des ONG.',
    secureTitle: 'Un échange sécurisé, selon le besoin d’en connaître',
    secure:
      'Les partenaires échangent leurs informations via Keten plutôt que par e-mail ou par téléphone. Chaque partenaire ne voit que ce que son rôle dans la chaîne exige, et chaque consultation de données personnelles est enregistrée.',
    whatTitle: 'Ce que Keten permet',
    signals:
      'Signalements : consigner les indices d’une possible traite des êtres humains, au besoin de manière anonyme, afin qu’aucun signalement ne se perde.',
    referral:
      'Orientation : orienter une victime potentielle vers un centre spécialisé, qui en assure le suivi.',
    procedure:
      'Procédure de protection : suivre chaque étape du statut de victime, avec ses documents et ses délais, avec le centre, le magistrat et l’Office des étrangers.',
    figures: 'Chiffres : mesurer l’ampleur réelle du phénomène grâce à des statistiques anonymisées.',
    emergency: 'Une personne est en danger immédiat ? Appelez le 112.',
  },
  notFound: {
    pageTitle: 'Page introuvable',
    title: 'Page introuvable',
    body: 'La page que vous cherchez n’existe pas ou a été déplacée.',
    backHome: 'Retour à la page d’accueil',
  },
  errorPage: {
    pageTitle: 'Erreur',
    title: 'Un problème est survenu',
    body: 'Une erreur inattendue s’est produite sur cette page. Rechargez la page pour réessayer. Si le problème persiste, contactez votre administrateur.',
    reload: 'Recharger la page',
    home: 'Aller à la page d’accueil',
  },
  errors: {
    validation_failed: 'Certains champs ne sont pas valides. Vérifiez-les et réessayez.',
    bad_request: 'La demande n’a pas pu être traitée.',
    unauthenticated: 'Votre session n’est pas ouverte ou a expiré. Veuillez vous reconnecter.',
    forbidden: 'Vous n’avez pas l’autorisation d’effectuer cette action.',
    not_found: 'Cet élément n’existe pas ou vous n’y avez pas accès.',
    route_not_found: 'Cette adresse n’existe pas.',
    method_not_allowed: 'Cette action n’est pas possible ici.',
    conflict: 'Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez et réessayez.',
    payload_too_large: 'Le fichier ou les données sont trop volumineux.',
    unsupported_media_type: 'Ce type de fichier n’est pas pris en charge.',
    domain_rule: 'Cette action n’est pas possible dans la situation actuelle.',
    rate_limited: 'Trop de tentatives. Patientez un instant et réessayez.',
    internal: 'Un problème est survenu de notre côté. Réessayez plus tard.',
    unavailable: 'Keten est momentanément injoignable. Réessayez dans un instant.',
  },
};
