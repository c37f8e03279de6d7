import type { Translation } from '../index.ts';

/** German titles and definitions of the official tables (see en.ts). */
export const statisticsTablesDe: Pick<Translation, 'statisticsTables'> = {
  statisticsTables: {
    tables: {
      myria_key_figures: {
        title: 'Kennzahlen: neue Opfer, die von den spezialisierten Zentren begleitet werden',
        note: 'Zählt die Opferakten, die ein spezialisiertes Zentrum (PAG-ASA, Payoke, Sürya) im Kalenderjahr eröffnet hat, eine je begleitete Person, unabhängig davon, was später mit der Akte geschah. Ausbeutungsform wie in der Akte erfasst; eine Person mit mehreren Formen zählt unter „mehrere Formen“. Geschlecht, Altersgruppe und Staatsangehörigkeit stammen aus der Meldung, auf die hin die Akte eröffnet wurde; „unbekannt“, wenn nicht erfasst. Minderjährig = unter 18 bei Eröffnung der Akte, wie vom Zentrum erfasst. Die eindimensionalen Tabellen sind die Randsummen der zweidimensionalen. Zahlen, die außerhalb der Zentren gezeigt werden, sind geschützt: Fallzahlen von 1 bis 4 werden unterdrückt, dazu so viele weitere Zellen, dass keine abgeleitet werden kann.',
      },
      eurostat_registered_victims: {
        title: 'Registrierte Opfer (Eurostat-Gliederung)',
        note: 'Registrierte Opfer = identifizierte oder mutmaßliche Opfer, deren Opferakte im Kalenderjahr eröffnet wurde. Identifiziert: der Referenzmagistrat hat die Menschenhandelsakte bestätigt (das Verfahren hat den vorläufigen Aufenthalt oder später erreicht); mutmaßlich: alle anderen. Geschlecht, Eurostat-Altersgruppe und Gruppe der Staatsangehörigkeit (belgisch, andere EU, Nicht-EU) stammen aus der Meldung, auf die hin die Akte eröffnet wurde. Ausbeutungsform wie in der Akte („mehrere Formen“ bei mehr als einer). Geschützt wie alle nach außen gezeigten Zahlen.',
      },
      sdg_16_2_2: {
        title: 'SDG 16.2.2: Opfer von Menschenhandel je 100.000 Einwohner',
        note: 'Opfer = im Kalenderjahr eröffnete Opferakten (wie in den Kennzahlen), nach Region des Ausbeutungsortes (Gemeinde der Meldung, oder der Gerichtsbezirk, wenn er in einer einzigen Region liegt; sonst „unbekannt“). Bevölkerung = Statbel-Zahlen am 1. Januar des Jahres, gepflegt vom Koordinationsbüro; eine Zahl „zu prüfen“ wurde noch nicht mit der veröffentlichten Statbel-Zahl abgeglichen. Keine Rate, wenn die Fallzahl unterdrückt ist oder die Bevölkerung fehlt.',
      },
      immigration_office_procedure: {
        title: 'Ausländeramt: Aufenthaltsdokumente und Ende des Schutzverfahrens',
        note: 'Aufenthaltsdokumente, die das Ausländeramt im Rahmen des Schutzverfahrens ausgestellt hat, nach Ausstellungsdatum im Kalenderjahr und nach Dokument; eine Verlängerung ist jede weitere Ausstellung desselben Dokuments im selben Verfahren. Ende des Verfahrens nach erfasstem Grund, nach Enddatum im Kalenderjahr. Geschützt wie alle nach außen gezeigten Zahlen.',
      },
    },
    parts: {
      by_form: 'Nach Ausbeutungsform',
      by_gender: 'Nach Geschlecht',
      by_age_group: 'Nach Altersgruppe (minderjährig / volljährig)',
      by_age_band: 'Nach Altersgruppe (Eurostat)',
      by_nationality_group: 'Nach Gruppe der Staatsangehörigkeit',
      by_status: 'Identifiziert oder mutmaßlich',
      by_region: 'Nach Region',
      by_document_type: 'Nach Dokument',
      by_issue_kind: 'Erstausstellung oder Verlängerung',
      by_end_reason: 'Nach Grund der Beendigung',
      form_by_gender: 'Ausbeutungsform nach Geschlecht',
      form_by_age_group: 'Ausbeutungsform nach Altersgruppe',
      form_by_nationality_group: 'Ausbeutungsform nach Gruppe der Staatsangehörigkeit',
      gender_by_age_band: 'Geschlecht nach Altersgruppe',
      gender_by_nationality_group: 'Geschlecht nach Gruppe der Staatsangehörigkeit',
      gender_by_form: 'Geschlecht nach Ausbeutungsform',
      gender_by_status: 'Geschlecht nach identifiziert / mutmaßlich',
      gender_by_age_group: 'Geschlecht nach Altersgruppe (minderjährig / volljährig)',
      document_type_by_issue_kind: 'Dokumente nach Erstausstellung oder Verlängerung',
    },
  },
};
