import type { CatalogueDefinition, ExploitationForm } from '../vocabulary.ts';

const ANY_FORM: readonly ExploitationForm[] = ['sexual', 'labour', 'begging', 'forced_criminality', 'organ_removal'];

/**
 * For cabin crew, check-in, boarding and security staff. Traffickers move victims by air to
 * escape controls or to bring them to the place of exploitation. The National Action Plan
 * 2021–2025 (§6.3.3 B) planned an official Belgian list for this sector; until it exists this is
 * Keten's draft. Staff observe and report to the captain or the airport police; they do not
 * question the passenger themselves.
 */
export const AVIATION_CATALOGUE: CatalogueDefinition = {
  key: 'aviation',
  version: 1,
  title: {
    nl: 'Luchtvaart: cabinepersoneel en luchthaven',
    fr: 'Aviation : personnel de cabine et aéroport',
    de: 'Luftfahrt: Kabinenpersonal und Flughafen',
    en: 'Aviation: cabin crew and airport staff',
  },
  description: {
    nl: 'Signalen bij inchecken, boarding of tijdens de vlucht. Observeer discreet, spreek de verdachte begeleider niet aan en meld aan de gezagvoerder of de luchthavenpolitie.',
    fr: 'Signaux à l’enregistrement, à l’embarquement ou en vol. Observez discrètement, n’interpellez pas l’accompagnateur suspect et signalez au commandant de bord ou à la police aéroportuaire.',
    de: 'Anzeichen beim Check-in, beim Boarding oder während des Flugs. Unauffällig beobachten, die verdächtige Begleitperson nicht ansprechen und an den Flugkapitän oder die Flughafenpolizei melden.',
    en: 'Signs at check-in, boarding or in flight. Observe discreetly, do not confront the suspected companion, and report to the captain or the airport police.',
  },
  source: {
    name: 'Keten draft; the sector list planned in the National Action Plan against trafficking 2021–2025, §6.3.3 B, was not yet available; inspired by international airline awareness programmes',
    year: 2021,
    note: 'Wording and examples are Keten’s own. To be replaced or validated when the official Belgian list is published.',
  },
  sectors: ['aviation'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'aviation.companion_holds_documents',
      group: 'documents',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Een medereiziger houdt paspoort en instapkaart bij',
        fr: 'Un autre voyageur garde le passeport et la carte d’embarquement',
        de: 'Eine mitreisende Person behält Pass und Bordkarte',
        en: 'A fellow traveller keeps the passport and boarding pass',
      },
    },
    {
      id: 'aviation.companion_answers_for_them',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Mag niet zelf spreken; een begeleider antwoordt',
        fr: 'N’a pas le droit de parler ; un accompagnateur répond à sa place',
        de: 'Darf nicht selbst sprechen; eine Begleitperson antwortet',
        en: 'Is not allowed to speak; a companion answers',
      },
    },
    {
      id: 'aviation.does_not_know_destination',
      group: 'travel',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Weet niet waar de reis naartoe gaat of wie hem of haar opwacht',
        fr: 'Ne sait pas où va le voyage ni qui l’attend',
        de: 'Weiß nicht, wohin die Reise geht oder wer die Person abholt',
        en: 'Does not know where they are going or who will meet them',
      },
    },
    {
      id: 'aviation.story_does_not_fit',
      group: 'travel',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Het reisdoel past niet bij bagage, kleding of verhaal',
        fr: 'Le but du voyage ne colle pas aux bagages, aux vêtements ou au récit',
        de: 'Der Reisezweck passt nicht zu Gepäck, Kleidung oder Geschichte',
        en: 'The purpose of the trip does not fit the luggage, clothes or story',
      },
      hint: {
        nl: '‘Vakantie’ zonder bagage, of ‘studies’ zonder enig document van de school.',
        fr: '« Vacances » sans bagages, ou « études » sans aucun document de l’école.',
        de: '„Urlaub“ ohne Gepäck, oder „Studium“ ohne ein einziges Dokument der Schule.',
        en: 'A ‘holiday’ with no luggage, or ‘studies’ without a single paper from the school.',
      },
    },
    {
      id: 'aviation.ticket_paid_by_third_party',
      group: 'travel',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Ticket door een ander betaald, vaak contant of last minute, enkele reis',
        fr: 'Billet payé par un tiers, souvent en espèces ou à la dernière minute, aller simple',
        de: 'Ticket von Dritten bezahlt, oft bar oder kurzfristig, nur Hinflug',
        en: 'Ticket paid by someone else, often in cash or last minute, one way',
      },
    },
    {
      id: 'aviation.minor_alone_or_with_unrelated_adult',
      group: 'travel',
      targetGroups: ['child'],
      forms: ANY_FORM,
      text: {
        nl: 'Een minderjarige reist alleen of met een volwassene die geen familie lijkt',
        fr: 'Un mineur voyage seul ou avec un adulte qui ne semble pas de la famille',
        de: 'Ein Kind reist allein oder mit einem Erwachsenen, der nicht verwandt zu sein scheint',
        en: 'A child travels alone or with an adult who does not seem to be family',
      },
      hint: {
        nl: 'Kent de naam van de volwassene niet, of de papieren van het kind kloppen niet.',
        fr: 'Ne connaît pas le nom de l’adulte, ou les papiers de l’enfant ne concordent pas.',
        de: 'Kennt den Namen des Erwachsenen nicht, oder die Papiere des Kindes stimmen nicht.',
        en: 'Does not know the adult’s name, or the child’s papers do not add up.',
      },
    },
    {
      id: 'aviation.group_with_one_leader',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Reist in een groep waarin één persoon alles regelt en de papieren heeft',
        fr: 'Voyage en groupe où une seule personne gère tout et détient les papiers',
        de: 'Reist in einer Gruppe, in der eine Person alles regelt und die Papiere hat',
        en: 'Travels in a group where one person arranges everything and holds the papers',
      },
    },
    {
      id: 'aviation.fearful_and_watchful',
      group: 'fear_and_behaviour',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Angstig, schrikachtig, kijkt steeds naar een ander',
        fr: 'Anxieux ou anxieuse, sursaute, regarde sans cesse quelqu’un',
        de: 'Ängstlich, schreckhaft, schaut ständig zu jemandem',
        en: 'Anxious, jumpy, keeps looking at someone else',
      },
    },
    {
      id: 'aviation.seems_drugged_confused_or_injured',
      group: 'violence_and_health',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Lijkt gedrogeerd, verward of gewond',
        fr: 'Semble drogué(e), désorienté(e) ou blessé(e)',
        de: 'Wirkt betäubt, verwirrt oder verletzt',
        en: 'Seems drugged, confused or injured',
      },
    },
    {
      id: 'aviation.no_phone_or_constant_instructions',
      group: 'control',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Heeft geen telefoon, of krijgt voortdurend instructies via de telefoon',
        fr: 'N’a pas de téléphone, ou reçoit sans cesse des instructions par téléphone',
        de: 'Hat kein Telefon oder bekommt ständig Anweisungen per Telefon',
        en: 'Has no phone, or keeps getting instructions over the phone',
      },
    },
    {
      id: 'aviation.vague_job_abroad',
      group: 'recruitment',
      targetGroups: ['adult', 'child'],
      forms: ['labour', 'sexual'],
      text: {
        nl: 'Vertrekt voor een ‘job’ in het buitenland maar kent werkgever noch adres',
        fr: 'Part pour un « emploi » à l’étranger sans connaître l’employeur ni l’adresse',
        de: 'Reist zu einem „Job“ im Ausland, kennt aber weder Arbeitgeber noch Adresse',
        en: 'Is off to a ‘job’ abroad but knows neither the employer nor the address',
      },
    },
    {
      id: 'aviation.does_not_speak_passport_language',
      group: 'documents',
      targetGroups: ['adult', 'child'],
      forms: ANY_FORM,
      text: {
        nl: 'Spreekt de taal niet van het land in het paspoort',
        fr: 'Ne parle pas la langue du pays indiqué sur le passeport',
        de: 'Spricht die Sprache des Landes im Pass nicht',
        en: 'Does not speak the language of the country on the passport',
      },
    },
    {
      id: 'aviation.signs_of_swallowed_drugs',
      group: 'violence_and_health',
      targetGroups: ['adult', 'child'],
      forms: ['forced_criminality'],
      text: {
        nl: 'Tekenen van ingeslikte drugs: eet of drinkt niet aan boord, buikpijn',
        fr: 'Signes de drogue avalée : ne mange ni ne boit à bord, maux de ventre',
        de: 'Anzeichen geschluckter Drogen: isst und trinkt an Bord nicht, Bauchschmerzen',
        en: 'Signs of swallowed drugs: no eating or drinking on board, stomach pain',
      },
      hint: {
        nl: 'Levensgevaar bij een lek: verwittig meteen de gezagvoerder en de hulpdiensten.',
        fr: 'Danger de mort en cas de fuite : prévenez tout de suite le commandant et les secours.',
        de: 'Lebensgefahr bei einem Leck: sofort Flugkapitän und Rettungsdienst verständigen.',
        en: 'Life-threatening if a packet leaks: alert the captain and emergency services at once.',
      },
    },
  ],
};
