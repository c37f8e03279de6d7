import type { Translation } from '../index.ts';

/** French texts of the knowledge editing screens (see en.ts). */
export const knowledgeEditFr: Pick<Translation, 'knowledgeEdit'> = {
  knowledgeEdit: {
    onCall: {
      add: 'Ajouter un contact de permanence',
      edit: 'Modifier',
      editTitle: 'Modifier le contact de permanence',
      remove: 'Supprimer',
      removeTitle: 'Supprimer le contact de permanence',
      removeConfirm: 'Supprimer le contact de permanence « {{label}} » ? Les professionnels ne le verront plus.',
      label: 'Fonction',
      labelHelp: 'Une fonction comme « magistrat de garde », jamais le nom d’une personne.',
      phone: 'Téléphone',
      phoneInvalid: 'Indiquez un numéro de téléphone (chiffres, espaces, + ( ) . / -).',
      email: 'E-mail',
      emailInvalid: 'Indiquez une adresse e-mail valide.',
      hours: 'Joignable quand',
      districts: 'Arrondissements judiciaires couverts',
      districtsHelp: 'Laissez vide si la ligne couvre tous les arrondissements desservis par l’organisation.',
      save: 'Enregistrer',
      cancel: 'Annuler',
      none: 'Pas encore de contact de permanence.',
      labelTooShort: 'Au moins 2 caractères.',
    },
    library: {
      edit: 'Modifier',
      editDocument: 'Modifier le document « {{title}} »',
      editNews: 'Modifier l’actualité « {{title}} »',
      save: 'Enregistrer les modifications',
      replaceFile: 'Remplacer le fichier (facultatif)',
      restrictedNeedsTypes: 'Choisissez au moins un type d’organisation.',
      fileRequired: 'Choisissez un fichier.',
      titleRequired: 'Le titre est obligatoire.',
      bodyInvalid: 'Écrivez un texte, sans HTML et avec des liens vers https:, mailto: ou tel: uniquement.',
    },
    bodies: {
      title: 'Instances responsables et leurs organisations',
      intro: 'Les utilisateurs des organisations liées à une instance mettent à jour les projets de cette instance. Seul le bureau de coordination modifie ces liens.',
      organisations: 'Organisations agissant pour {{body}}',
      save: 'Enregistrer les liens',
      saved: 'Liens enregistrés.',
      noneLinked: 'Aucune organisation liée.',
      show: 'Gérer les instances responsables',
      hide: 'Masquer les instances responsables',
    },
  },
};
