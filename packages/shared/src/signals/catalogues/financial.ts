import type { CatalogueDefinition, ExploitationForm } from '../vocabulary.ts';

const ANY_FORM: readonly ExploitationForm[] = ['sexual', 'labour', 'begging', 'forced_criminality'];

/**
 * For banks, payment institutions and exchange offices. The Interdepartmental Coordination Cell
 * and CTIF-CFI drew up a list that Febelfin circulated to its member banks in 2018 (not public);
 * this list restates the patterns CTIF-CFI and the FATF describe, in our own words. A match here
 * is a reason for a suspicious-transaction report to CTIF-CFI through the usual channel, never for
 * contacting the customer about it (no tipping off).
 */
export const FINANCIAL_CATALOGUE: CatalogueDefinition = {
  key: 'financial',
  version: 1,
  title: {
    nl: 'Financiële signalen: banken en wisselkantoren',
    fr: 'Signaux financiers : banques et bureaux de change',
    de: 'Finanzielle Anzeichen: Banken und Wechselstuben',
    en: 'Financial signs: banks and money transfer offices',
  },
  description: {
    nl: 'Patronen in rekeningen en verrichtingen die op uitbuiting kunnen wijzen. Meld via de compliance-afdeling aan de CFI; waarschuw de klant niet.',
    fr: 'Schémas de comptes et d’opérations pouvant indiquer une exploitation. Déclarez à la CTIF via le service compliance ; n’avertissez pas le client.',
    de: 'Muster bei Konten und Transaktionen, die auf Ausbeutung hindeuten können. Über die Compliance-Abteilung an die CTIF melden; den Kunden nicht warnen.',
    en: 'Account and transaction patterns that can point to exploitation. Report to CTIF-CFI through compliance; do not alert the customer.',
  },
  source: {
    name: 'Keten compilation; basis: CTIF-CFI activity report 2018 (pp. 13–14), the indicator list circulated by Febelfin in 2018 (National Action Plan 2021–2025, §2.3) and FATF/APG, Financial flows from human trafficking (2018)',
    year: 2018,
    note: 'The Febelfin list itself is not public and not among our sources; wording and examples are Keten’s own.',
  },
  sectors: ['bank_financial'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'financial.several_wages_into_one_account',
      group: 'accounts',
      targetGroups: ['adult'],
      forms: ['labour'],
      text: {
        nl: 'Lonen van verschillende werknemers komen op één rekening',
        fr: 'Les salaires de plusieurs travailleurs arrivent sur un même compte',
        de: 'Löhne mehrerer Beschäftigter gehen auf ein einziges Konto',
        en: 'Wages of several workers are paid into one account',
      },
    },
    {
      id: 'financial.salary_withdrawn_in_cash_at_once',
      group: 'accounts',
      targetGroups: ['adult'],
      forms: ['labour', 'sexual'],
      text: {
        nl: 'Het loon wordt meteen na ontvangst volledig contant opgenomen',
        fr: 'Le salaire est retiré en espèces dès son arrivée',
        de: 'Der Lohn wird sofort nach Eingang vollständig bar abgehoben',
        en: 'Wages are withdrawn in cash as soon as they arrive',
      },
      hint: {
        nl: 'Vaak door dezelfde persoon, aan hetzelfde toestel, met meerdere kaarten na elkaar.',
        fr: 'Souvent par la même personne, au même automate, avec plusieurs cartes à la suite.',
        de: 'Oft von derselben Person, am selben Automaten, mit mehreren Karten nacheinander.',
        en: 'Often by the same person, at the same machine, using several cards in a row.',
      },
    },
    {
      id: 'financial.many_small_in_one_transfer_abroad',
      group: 'transactions',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Veel kleine bedragen binnen, daarna één overschrijving naar het buitenland',
        fr: 'Beaucoup de petits montants entrants, puis un seul virement vers l’étranger',
        de: 'Viele kleine Eingänge, danach eine einzige Überweisung ins Ausland',
        en: 'Many small amounts in, then one transfer abroad',
      },
    },
    {
      id: 'financial.business_revenue_without_payroll',
      group: 'business',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Zakelijke rekening met omzet maar zonder lonen of sociale bijdragen',
        fr: 'Compte professionnel avec du chiffre d’affaires mais sans salaires ni cotisations sociales',
        de: 'Geschäftskonto mit Umsatz, aber ohne Löhne oder Sozialbeiträge',
        en: 'Business account with revenue but no wages or social contributions',
      },
      hint: {
        nl: 'Typisch voor carwashes, nagelsalons, nachtwinkels of bouwfirma’s die met ‘onzichtbaar’ personeel draaien.',
        fr: 'Typique de car-wash, onglerie, magasin de nuit ou entreprise de construction qui tourne avec du personnel « invisible ».',
        de: 'Typisch für Autowaschanlagen, Nagelstudios, Spätverkaufsstellen oder Baufirmen, die mit „unsichtbarem“ Personal arbeiten.',
        en: 'Typical of car washes, nail bars, night shops or building firms run on ‘invisible’ staff.',
      },
    },
    {
      id: 'financial.payments_for_escort_ads',
      group: 'transactions',
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Betalingen aan escortsites of erotische zoekertjes',
        fr: 'Paiements à des sites d’escorte ou de petites annonces érotiques',
        de: 'Zahlungen an Escort-Seiten oder für erotische Kleinanzeigen',
        en: 'Payments to escort sites or adult classified ads',
      },
      hint: {
        nl: 'Vooral voor meerdere advertenties of telefoonnummers tegelijk.',
        fr: 'Surtout pour plusieurs annonces ou numéros de téléphone à la fois.',
        de: 'Vor allem für mehrere Anzeigen oder Telefonnummern gleichzeitig.',
        en: 'Especially for several ads or phone numbers at once.',
      },
    },
    {
      id: 'financial.several_senders_one_beneficiary',
      group: 'transactions',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Verschillende afzenders sturen geld naar dezelfde begunstigde',
        fr: 'Plusieurs expéditeurs envoient de l’argent au même bénéficiaire',
        de: 'Mehrere Absender schicken Geld an denselben Empfänger',
        en: 'Several senders send money to the same beneficiary',
      },
      hint: {
        nl: 'Typisch bij geldtransferkantoren; de begunstigde woont vaak in het land waar geronseld wordt.',
        fr: 'Typique des services de transfert d’argent ; le bénéficiaire vit souvent dans le pays du recrutement.',
        de: 'Typisch bei Geldtransferdiensten; der Empfänger lebt oft im Land der Anwerbung.',
        en: 'Typical of money transfer services; the beneficiary often lives where recruitment takes place.',
      },
    },
    {
      id: 'financial.accounts_share_address_or_phone',
      group: 'accounts',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Meerdere rekeningen met hetzelfde adres, telefoonnummer of e-mailadres',
        fr: 'Plusieurs comptes avec la même adresse, le même téléphone ou le même e-mail',
        de: 'Mehrere Konten mit derselben Adresse, Telefonnummer oder E-Mail',
        en: 'Several accounts share one address, phone number or email',
      },
    },
    {
      id: 'financial.third_party_speaks_at_opening',
      group: 'accounts',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Een derde is bij het openen van de rekening en voert het woord',
        fr: 'Un tiers assiste à l’ouverture du compte et parle à la place du client',
        de: 'Eine dritte Person ist bei der Kontoeröffnung dabei und führt das Wort',
        en: 'A third party attends the account opening and does the talking',
      },
    },
    {
      id: 'financial.one_person_holds_cards_of_others',
      group: 'accounts',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Eén persoon heeft de bankkaarten of codes van meerdere klanten',
        fr: 'Une seule personne détient les cartes ou codes de plusieurs clients',
        de: 'Eine Person hat die Bankkarten oder PINs mehrerer Kunden',
        en: 'One person holds the bank cards or PINs of several customers',
      },
    },
    {
      id: 'financial.customer_knows_nothing_of_account',
      group: 'accounts',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'De klant weet niets over de eigen rekening of verrichtingen',
        fr: 'Le client ne sait rien de son propre compte ni des opérations',
        de: 'Der Kunde weiß nichts über das eigene Konto oder die Buchungen',
        en: 'The customer knows nothing about their own account or transactions',
      },
    },
    {
      id: 'financial.activity_does_not_fit_profile',
      group: 'accounts',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Het rekeningverkeer past niet bij het profiel van de klant',
        fr: 'Les mouvements du compte ne correspondent pas au profil du client',
        de: 'Die Kontobewegungen passen nicht zum Kundenprofil',
        en: 'Account activity does not fit the customer’s profile',
      },
      hint: {
        nl: 'Een student of werkzoekende met hoge, frequente contante stortingen.',
        fr: 'Un étudiant ou un demandeur d’emploi avec des dépôts en espèces élevés et fréquents.',
        de: 'Studierende oder Arbeitsuchende mit hohen, häufigen Bareinzahlungen.',
        en: 'A student or jobseeker with large, frequent cash deposits.',
      },
    },
    {
      id: 'financial.frequent_small_cash_deposits',
      group: 'transactions',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'begging', 'forced_criminality'],
      text: {
        nl: 'Vaak kleine contante stortingen in verschillende kantoren of automaten',
        fr: 'Dépôts fréquents de petites sommes en espèces dans différentes agences ou automates',
        de: 'Häufige kleine Bareinzahlungen in verschiedenen Filialen oder Automaten',
        en: 'Frequent small cash deposits at different branches or machines',
      },
    },
    {
      id: 'financial.hotel_and_travel_spending_many_cities',
      group: 'transactions',
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Uitgaven voor hotels, vervoer of korte verblijven in veel steden, vaak ’s nachts',
        fr: 'Dépenses d’hôtels, de transport ou de courts séjours dans de nombreuses villes, souvent la nuit',
        de: 'Ausgaben für Hotels, Transport oder Kurzaufenthalte in vielen Städten, oft nachts',
        en: 'Spending on hotels, travel or short stays in many cities, often at night',
      },
    },
    {
      id: 'financial.wages_paid_back_to_employer',
      group: 'transactions',
      targetGroups: ['adult'],
      forms: ['labour'],
      text: {
        nl: 'Loon wordt betaald en daarna (deels) teruggestort aan de werkgever',
        fr: 'Le salaire est versé puis (en partie) reversé à l’employeur',
        de: 'Lohn wird gezahlt und danach (teilweise) an den Arbeitgeber zurücküberwiesen',
        en: 'Wages are paid and then (partly) paid back to the employer',
      },
    },
    {
      id: 'financial.cash_rent_from_many_small_units',
      group: 'business',
      targetGroups: ['adult'],
      forms: ['labour', 'sexual'],
      text: {
        nl: 'Huurinkomsten uit veel kleine wooneenheden, contant betaald',
        fr: 'Loyers de nombreux petits logements, payés en espèces',
        de: 'Mieteinnahmen aus vielen kleinen Wohneinheiten, bar bezahlt',
        en: 'Rent from many small housing units, paid in cash',
      },
      hint: {
        nl: 'Een verhuurder die werknemers huisvest en de huur van hun loon afhoudt.',
        fr: 'Un bailleur qui loge des travailleurs et retient le loyer sur leur salaire.',
        de: 'Ein Vermieter, der Arbeitskräfte unterbringt und die Miete vom Lohn einbehält.',
        en: 'A landlord who houses workers and takes the rent out of their wages.',
      },
    },
    {
      id: 'financial.chain_of_short_lived_companies',
      group: 'business',
      targetGroups: ['adult'],
      forms: ['labour'],
      text: {
        nl: 'Keten van onderaannemers of nieuwe firma’s die snel weer verdwijnen',
        fr: 'Chaîne de sous-traitants ou de sociétés récentes qui disparaissent vite',
        de: 'Kette von Subunternehmern oder neuen Firmen, die schnell wieder verschwinden',
        en: 'A chain of subcontractors or new companies that soon disappear',
      },
      hint: {
        nl: 'Ook postbusvennootschappen in het buitenland die werknemers ‘detacheren’.',
        fr: 'Aussi des sociétés boîtes aux lettres à l’étranger qui « détachent » des travailleurs.',
        de: 'Auch Briefkastenfirmen im Ausland, die Arbeitnehmer „entsenden“.',
        en: 'Also letterbox companies abroad that ‘post’ workers to Belgium.',
      },
    },
    {
      id: 'financial.paying_travel_or_visas_for_others',
      group: 'transactions',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Betaalt reizen, visa of bemiddelingskantoren voor andere personen',
        fr: 'Paie des voyages, des visas ou des agences de placement pour d’autres personnes',
        de: 'Bezahlt Reisen, Visa oder Vermittlungsagenturen für andere Personen',
        en: 'Pays for travel, visas or recruitment agencies for other people',
      },
    },
  ],
};
