import type { Translation } from '../index.ts';

/** Dutch titles and definitions of the official tables (see en.ts). */
export const statisticsTablesNl: Pick<Translation, 'statisticsTables'> = {
  statisticsTables: {
    tables: {
      myria_key_figures: {
        title: 'Kerncijfers: nieuwe slachtoffers begeleid door de gespecialiseerde centra',
        note: 'Telt de slachtofferdossiers die een gespecialiseerd centrum (PAG-ASA, Payoke, Sürya) in het kalenderjaar opende, één per begeleide persoon, ongeacht wat later met het dossier gebeurde. Uitbuitingsvorm zoals in het dossier; een persoon met meerdere vormen telt onder "meerdere vormen". Gender, leeftijdsgroep en nationaliteit komen uit het signaal waarop het dossier werd geopend; "onbekend" als ze niet geregistreerd zijn. Minderjarig = jonger dan 18 bij de opening van het dossier, zoals het centrum registreerde. De eendimensionale tabellen zijn de randtotalen van de tweedimensionale. Cijfers die buiten de centra worden getoond, zijn beschermd: aantallen van 1 tot 4 worden onderdrukt, en zoveel andere cellen dat geen enkele kan worden afgeleid.',
      },
      eurostat_registered_victims: {
        title: 'Geregistreerde slachtoffers (Eurostat-indeling)',
        note: 'Geregistreerde slachtoffers = geïdentificeerde of vermoedelijke slachtoffers met een slachtofferdossier geopend in het kalenderjaar. Geïdentificeerd: de referentiemagistraat bevestigde het mensenhandeldossier (de procedure bereikte het voorlopig verblijf of later); vermoedelijk: alle andere. Geslacht, Eurostat-leeftijdsgroep en groep van nationaliteit (Belg, andere EU, niet-EU) komen uit het signaal waarop het dossier werd geopend. Uitbuitingsvorm zoals in het dossier ("meerdere vormen" bij meer dan één). Beschermd zoals alle cijfers naar buiten.',
      },
      sdg_16_2_2: {
        title: 'SDG 16.2.2: slachtoffers van mensenhandel per 100.000 inwoners',
        note: 'Slachtoffers = slachtofferdossiers geopend in het kalenderjaar (zoals in de kerncijfers), per gewest van de plaats van uitbuiting (gemeente van het signaal, of het gerechtelijk arrondissement als dat in één gewest ligt; anders "onbekend"). Bevolking = Statbel-cijfers op 1 januari van het jaar, bijgehouden door het coördinatiebureau; een cijfer "te controleren" is nog niet nagekeken tegen het gepubliceerde Statbel-cijfer. Geen ratio als het aantal onderdrukt is of de bevolking ontbreekt.',
      },
      immigration_office_procedure: {
        title: 'Dienst Vreemdelingenzaken: verblijfsdocumenten en einde van de beschermingsprocedure',
        note: 'Verblijfsdocumenten die de Dienst Vreemdelingenzaken in het kader van de beschermingsprocedure afgaf, per afgiftedatum in het kalenderjaar en per document; een verlenging is elke volgende afgifte van hetzelfde document in dezelfde procedure. Einde van de procedure per geregistreerde reden, per einddatum in het kalenderjaar. Beschermd zoals alle cijfers naar buiten.',
      },
    },
    parts: {
      by_form: 'Per uitbuitingsvorm',
      by_gender: 'Per gender',
      by_age_group: 'Per leeftijdsgroep (minderjarig / meerderjarig)',
      by_age_band: 'Per leeftijdsgroep (Eurostat)',
      by_nationality_group: 'Per groep van nationaliteit',
      by_status: 'Geïdentificeerd of vermoedelijk',
      by_region: 'Per gewest',
      by_document_type: 'Per document',
      by_issue_kind: 'Eerste afgifte of verlenging',
      by_end_reason: 'Per reden van beëindiging',
      form_by_gender: 'Uitbuitingsvorm per gender',
      form_by_age_group: 'Uitbuitingsvorm per leeftijdsgroep',
      form_by_nationality_group: 'Uitbuitingsvorm per groep van nationaliteit',
      gender_by_age_band: 'Geslacht per leeftijdsgroep',
      gender_by_nationality_group: 'Geslacht per groep van nationaliteit',
      gender_by_form: 'Geslacht per uitbuitingsvorm',
      gender_by_status: 'Geslacht per geïdentificeerd / vermoedelijk',
      gender_by_age_group: 'Geslacht per leeftijdsgroep (minderjarig / meerderjarig)',
      document_type_by_issue_kind: 'Documenten per eerste afgifte of verlenging',
    },
  },
};
