/**
 * Titles and definition notes of the official statistical tables (server: apps/server/src/statistics/
 * official-tables.ts). A release stores the note as it was when published. nl/fr/de declare the same
 * shape, so a missing text does not compile.
 */
export const statisticsTablesEn = {
  statisticsTables: {
    tables: {
      myria_key_figures: {
        title: 'Key figures: new victims accompanied by the specialised centres',
        note: 'Counts the victim files opened by a specialised centre (PAG-ASA, Payoke, Sürya) during the calendar year, one per person accompanied, whatever happened to the file later. Form of exploitation as recorded on the file; a person with several forms is counted under "several forms". Gender, age group and nationality come from the signal the file was opened on; "unknown" when not recorded. Minor = under 18 when the file was opened, as recorded by the centre. The one-way tables are the margins of the two-way tables. Figures seen outside the centres are disclosure-controlled: counts of 1 to 4 are suppressed, with further cells suppressed so that none can be derived.',
      },
      eurostat_registered_victims: {
        title: 'Registered victims (Eurostat layout)',
        note: 'Registered victims = identified or presumed victims with a victim file opened during the calendar year. Identified: the reference magistrate confirmed the trafficking file (the procedure reached provisional stay or later); presumed: all others. Sex, Eurostat age group and citizenship group (Belgian, other EU, non-EU) come from the signal the file was opened on. Form of exploitation as on the file ("several forms" when more than one). Disclosure-controlled as all outward figures.',
      },
      sdg_16_2_2: {
        title: 'SDG 16.2.2: victims of human trafficking per 100,000 population',
        note: 'Victims = victim files opened during the calendar year (as in the key figures), by region of the place of exploitation (municipality of the signal, or the judicial district when it lies in one region; "unknown" otherwise). Population = Statbel figures on 1 January of the year, kept by the coordination bureau; a figure marked "to verify" has not yet been checked against the published Statbel figure. No rate is given when the count is suppressed or the population is missing.',
      },
      immigration_office_procedure: {
        title: 'Immigration Office: residence documents and ends of the protection procedure',
        note: 'Residence documents issued by the Immigration Office under the protection procedure, by issue date in the calendar year and by document; a renewal is any further issue of the same document in the same procedure. Ends of the procedure by the reason recorded, by end date in the calendar year. Disclosure-controlled as all outward figures.',
      },
    },
    parts: {
      by_form: 'By form of exploitation',
      by_gender: 'By gender',
      by_age_group: 'By age group (minor / adult)',
      by_age_band: 'By age group (Eurostat)',
      by_nationality_group: 'By nationality group',
      by_status: 'Identified or presumed',
      by_region: 'By region',
      by_document_type: 'By document',
      by_issue_kind: 'First issue or renewal',
      by_end_reason: 'By reason the procedure ended',
      form_by_gender: 'Form of exploitation by gender',
      form_by_age_group: 'Form of exploitation by age group',
      form_by_nationality_group: 'Form of exploitation by nationality group',
      gender_by_age_band: 'Sex by age group',
      gender_by_nationality_group: 'Sex by citizenship group',
      gender_by_form: 'Sex by form of exploitation',
      gender_by_status: 'Sex by identified / presumed',
      gender_by_age_group: 'Sex by age group (minor / adult)',
      document_type_by_issue_kind: 'Documents by first issue or renewal',
    },
  },
};
