import type { Translation } from '../index.ts';

/** German texts of the knowledge editing screens (see en.ts). */
export const knowledgeEditDe: Pick<Translation, 'knowledgeEdit'> = {
  knowledgeEdit: {
    onCall: {
      add: 'Bereitschaftskontakt hinzufügen',
      edit: 'Bearbeiten',
      editTitle: 'Bereitschaftskontakt bearbeiten',
      remove: 'Entfernen',
      removeTitle: 'Bereitschaftskontakt entfernen',
      removeConfirm: 'Den Bereitschaftskontakt „{{label}}“ entfernen? Fachleute sehen ihn dann nicht mehr.',
      label: 'Funktion',
      labelHelp: 'Eine Funktion wie „diensthabender Magistrat“, nie der Name einer Person.',
      phone: 'Telefon',
      phoneInvalid: 'Geben Sie eine Telefonnummer ein (Ziffern, Leerzeichen, + ( ) . / -).',
      email: 'E-Mail',
      emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein.',
      hours: 'Erreichbar',
      districts: 'Abgedeckte Gerichtsbezirke',
      districtsHelp: 'Leer lassen, wenn die Leitung alle Bezirke der Organisation abdeckt.',
      save: 'Speichern',
      cancel: 'Abbrechen',
      none: 'Noch keine Bereitschaftskontakte.',
      labelTooShort: 'Mindestens 2 Zeichen.',
    },
    library: {
      edit: 'Bearbeiten',
      editDocument: 'Dokument „{{title}}“ bearbeiten',
      editNews: 'Meldung „{{title}}“ bearbeiten',
      save: 'Änderungen speichern',
      replaceFile: 'Datei ersetzen (optional)',
      restrictedNeedsTypes: 'Wählen Sie mindestens eine Organisationsart.',
      fileRequired: 'Wählen Sie eine Datei.',
      titleRequired: 'Ein Titel ist erforderlich.',
      bodyInvalid: 'Schreiben Sie einen Text, ohne HTML und nur mit Links zu https:, mailto: oder tel:.',
    },
    bodies: {
      title: 'Verantwortliche Stellen und ihre Organisationen',
      intro: 'Nutzer der mit einer Stelle verknüpften Organisationen aktualisieren die Projekte dieser Stelle. Nur das Koordinierungsbüro ändert diese Verknüpfungen.',
      organisations: 'Organisationen, die für {{body}} handeln',
      save: 'Verknüpfungen speichern',
      saved: 'Verknüpfungen gespeichert.',
      noneLinked: 'Keine Organisation verknüpft.',
      show: 'Verantwortliche Stellen verwalten',
      hide: 'Verantwortliche Stellen ausblenden',
    },
  },
};
