import type { Translation } from '../index.ts';

/** French titles and definitions of the official tables (see en.ts). */
export const statisticsTablesFr: Pick<Translation, 'statisticsTables'> = {
  statisticsTables: {
    tables: {
      myria_key_figures: {
        title: 'Chiffres clés : nouvelles victimes accompagnées par les centres spécialisés',
        note: "Compte les dossiers de victime ouverts par un centre spécialisé (PAG-ASA, Payoke, Sürya) pendant l'année civile, un par personne accompagnée, quelle que soit la suite du dossier. Forme d'exploitation telle qu'enregistrée au dossier ; une personne avec plusieurs formes est comptée sous « plusieurs formes ». Le genre, la tranche d'âge et la nationalité proviennent du signalement à l'origine du dossier ; « inconnu » s'ils ne sont pas enregistrés. Mineur = moins de 18 ans à l'ouverture du dossier, tel qu'enregistré par le centre. Les tableaux à une dimension sont les marges des tableaux à deux dimensions. Les chiffres vus hors des centres sont protégés : les effectifs de 1 à 4 sont masqués, ainsi que d'autres cellules pour qu'aucune ne puisse être déduite.",
      },
      eurostat_registered_victims: {
        title: 'Victimes enregistrées (présentation Eurostat)',
        note: "Victimes enregistrées = victimes identifiées ou présumées dont le dossier de victime a été ouvert pendant l'année civile. Identifiée : le magistrat de référence a confirmé le dossier de traite (la procédure a atteint le séjour provisoire ou au-delà) ; présumée : toutes les autres. Le sexe, la tranche d'âge Eurostat et le groupe de nationalité (belge, autre UE, hors UE) proviennent du signalement à l'origine du dossier. Forme d'exploitation telle qu'au dossier (« plusieurs formes » s'il y en a plus d'une). Protégé comme tous les chiffres diffusés vers l'extérieur.",
      },
      sdg_16_2_2: {
        title: 'ODD 16.2.2 : victimes de la traite des êtres humains pour 100 000 habitants',
        note: "Victimes = dossiers de victime ouverts pendant l'année civile (comme dans les chiffres clés), par région du lieu d'exploitation (commune du signalement, ou l'arrondissement judiciaire s'il se situe dans une seule région ; sinon « inconnue »). Population = chiffres de Statbel au 1er janvier de l'année, tenus à jour par le bureau de coordination ; un chiffre « à vérifier » n'a pas encore été contrôlé par rapport au chiffre publié par Statbel. Aucun taux n'est donné si l'effectif est masqué ou la population manquante.",
      },
      immigration_office_procedure: {
        title: 'Office des étrangers : documents de séjour et fins de la procédure de protection',
        note: "Documents de séjour délivrés par l'Office des étrangers dans le cadre de la procédure de protection, par date de délivrance dans l'année civile et par document ; un renouvellement est toute délivrance ultérieure du même document dans la même procédure. Fins de la procédure par motif enregistré, par date de fin dans l'année civile. Protégé comme tous les chiffres diffusés vers l'extérieur.",
      },
    },
    parts: {
      by_form: "Par forme d'exploitation",
      by_gender: 'Par genre',
      by_age_group: "Par tranche d'âge (mineur / majeur)",
      by_age_band: "Par tranche d'âge (Eurostat)",
      by_nationality_group: 'Par groupe de nationalité',
      by_status: 'Identifiées ou présumées',
      by_region: 'Par région',
      by_document_type: 'Par document',
      by_issue_kind: 'Première délivrance ou renouvellement',
      by_end_reason: 'Par motif de fin de procédure',
      form_by_gender: "Forme d'exploitation par genre",
      form_by_age_group: "Forme d'exploitation par tranche d'âge",
      form_by_nationality_group: "Forme d'exploitation par groupe de nationalité",
      gender_by_age_band: "Sexe par tranche d'âge",
      gender_by_nationality_group: 'Sexe par groupe de nationalité',
      gender_by_form: "Sexe par forme d'exploitation",
      gender_by_status: 'Sexe par identifiée / présumée',
      gender_by_age_group: "Sexe par tranche d'âge (mineur / majeur)",
      document_type_by_issue_kind: 'Documents par première délivrance ou renouvellement',
    },
  },
};
