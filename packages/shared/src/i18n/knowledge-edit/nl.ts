import type { Translation } from '../index.ts';

/** Dutch texts of the knowledge editing screens (see en.ts). */
export const knowledgeEditNl: Pick<Translation, 'knowledgeEdit'> = {
  knowledgeEdit: {
    onCall: {
      add: 'Permanentiecontact toevoegen',
      edit: 'Bewerken',
      editTitle: 'Permanentiecontact bewerken',
      remove: 'Verwijderen',
      removeTitle: 'Permanentiecontact verwijderen',
      removeConfirm: 'Het permanentiecontact “{{label}}” verwijderen? Professionals zien het dan niet meer.',
      label: 'Functie',
      labelHelp: 'Een functie zoals “magistraat van wacht”, nooit de naam van een persoon.',
      phone: 'Telefoon',
      phoneInvalid: 'Geef een telefoonnummer in (cijfers, spaties, + ( ) . / -).',
      email: 'E-mail',
      emailInvalid: 'Geef een geldig e-mailadres in.',
      hours: 'Wanneer bereikbaar',
      districts: 'Gerechtelijke arrondissementen',
      districtsHelp: 'Laat leeg als de lijn alle arrondissementen van de organisatie dekt.',
      save: 'Opslaan',
      cancel: 'Annuleren',
      none: 'Nog geen permanentiecontacten.',
      labelTooShort: 'Minstens 2 tekens.',
    },
    library: {
      edit: 'Bewerken',
      editDocument: 'Document “{{title}}” bewerken',
      editNews: 'Nieuwsbericht “{{title}}” bewerken',
      save: 'Wijzigingen opslaan',
      replaceFile: 'Bestand vervangen (optioneel)',
      restrictedNeedsTypes: 'Kies minstens één soort organisatie.',
      fileRequired: 'Kies een bestand.',
      titleRequired: 'Een titel is verplicht.',
      bodyInvalid: 'Schrijf een tekst, zonder HTML en met links naar enkel https:, mailto: of tel:.',
    },
    bodies: {
      title: 'Verantwoordelijke instanties en hun organisaties',
      intro: 'Gebruikers van de organisaties die aan een instantie gekoppeld zijn, werken de projecten van die instantie bij. Enkel het coördinatiebureau wijzigt deze koppelingen.',
      organisations: 'Organisaties die optreden voor {{body}}',
      save: 'Koppelingen opslaan',
      saved: 'Koppelingen opgeslagen.',
      noneLinked: 'Geen organisatie gekoppeld.',
      show: 'Verantwoordelijke instanties beheren',
      hide: 'Verantwoordelijke instanties verbergen',
    },
  },
};
