import type { CatalogueDefinition } from '../vocabulary.ts';

/**
 * For reception, housekeeping, room service and night staff. The National Action Plan 2021–2025
 * (§6.3.3 E) calls the hotel sector very exposed to forced prostitution, forced criminality and
 * forced domestic work, helped by online booking; exploitation has even been found on a
 * privatised floor of a luxury hotel. Staff of the hotel itself (often via subcontractors) can be
 * victims too.
 */
export const HOTELS_CATALOGUE: CatalogueDefinition = {
  key: 'hotels',
  version: 1,
  title: {
    nl: 'Hotelsector: receptie en housekeeping',
    fr: 'Hôtellerie : réception et service d’étage',
    de: 'Hotelgewerbe: Rezeption und Housekeeping',
    en: 'Hotels: reception and housekeeping',
  },
  description: {
    nl: 'Signalen bij boeking, aan de receptie, op de kamer en bij het eigen personeel. Grijp niet zelf in; meld aan de verantwoordelijke of de politie.',
    fr: 'Signaux à la réservation, à la réception, en chambre et parmi le personnel. N’intervenez pas vous-même ; signalez au responsable ou à la police.',
    de: 'Anzeichen bei der Buchung, an der Rezeption, im Zimmer und beim eigenen Personal. Nicht selbst eingreifen; der verantwortlichen Person oder der Polizei melden.',
    en: 'Signs at booking, at reception, in the room and among the hotel’s own staff. Do not step in yourself; report to the manager on duty or the police.',
  },
  source: {
    name: 'Keten compilation; basis: National Action Plan against trafficking 2021–2025, §6.3.3 E, and hotel-sector awareness work (ECPAT ALERT project)',
    year: 2021,
    note: 'Wording and examples are Keten’s own. To be validated by the coordination bureau.',
  },
  sectors: ['hotel'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'hotels.paid_in_cash_or_by_third_party',
      group: 'booking',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'forced_criminality'],
      text: {
        nl: 'Kamer contant of door een derde betaald, vaak dag per dag verlengd',
        fr: 'Chambre payée en espèces ou par un tiers, souvent prolongée jour après jour',
        de: 'Zimmer bar oder von Dritten bezahlt, oft Tag für Tag verlängert',
        en: 'Room paid in cash or by someone else, often extended day by day',
      },
    },
    {
      id: 'hotels.one_person_books_several_rooms',
      group: 'booking',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour'],
      text: {
        nl: 'Eén persoon boekt meerdere kamers voor anderen',
        fr: 'Une seule personne réserve plusieurs chambres pour d’autres',
        de: 'Eine Person bucht mehrere Zimmer für andere',
        en: 'One person books several rooms for other people',
      },
    },
    {
      id: 'hotels.online_booking_changing_details',
      group: 'booking',
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Online geboekt met wisselende namen, e-mails of betaalkaarten',
        fr: 'Réservé en ligne avec des noms, e-mails ou cartes de paiement qui changent',
        de: 'Online gebucht mit wechselnden Namen, E-Mails oder Zahlungskarten',
        en: 'Booked online with changing names, emails or payment cards',
      },
    },
    {
      id: 'hotels.many_visitors_to_one_room',
      group: 'room_and_guests',
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Veel verschillende bezoekers voor één kamer, vooral mannen',
        fr: 'Beaucoup de visiteurs différents pour une même chambre, surtout des hommes',
        de: 'Viele verschiedene Besucher für ein Zimmer, vor allem Männer',
        en: 'Many different visitors to one room, mostly men',
      },
    },
    {
      id: 'hotels.refuses_cleaning_for_days',
      group: 'room_and_guests',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'forced_criminality'],
      text: {
        nl: 'Weigert schoonmaak; ‘niet storen’ blijft dagenlang hangen',
        fr: 'Refuse le ménage ; « ne pas déranger » reste affiché pendant des jours',
        de: 'Lehnt die Reinigung ab; „Bitte nicht stören“ hängt tagelang',
        en: 'Refuses cleaning; ‘do not disturb’ stays up for days',
      },
    },
    {
      id: 'hotels.many_condoms_towels_or_sheets',
      group: 'room_and_guests',
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Veel condooms, glijmiddel, handdoeken of lakens in of gevraagd voor de kamer',
        fr: 'Beaucoup de préservatifs, de lubrifiant, de serviettes ou de draps dans la chambre ou demandés',
        de: 'Viele Kondome, Gleitmittel, Handtücher oder Bettwäsche im Zimmer oder verlangt',
        en: 'Lots of condoms, lubricant, towels or sheets in the room or asked for',
      },
    },
    {
      id: 'hotels.minor_with_adult_not_parent',
      group: 'room_and_guests',
      targetGroups: ['child'],
      forms: ['sexual'],
      text: {
        nl: 'Een minderjarige met een volwassene die geen ouder lijkt',
        fr: 'Un mineur avec un adulte qui ne semble pas être un parent',
        de: 'Ein Kind mit einem Erwachsenen, der kein Elternteil zu sein scheint',
        en: 'A child with an adult who does not seem to be a parent',
      },
      hint: {
        nl: 'Ook jongeren die ’s nachts binnenkomen voor een ‘feestje’ op een kamer.',
        fr: 'Aussi des jeunes qui arrivent la nuit pour une « fête » dans une chambre.',
        de: 'Auch Jugendliche, die nachts zu einer „Party“ in einem Zimmer kommen.',
        en: 'Also young people arriving at night for a ‘party’ in a room.',
      },
    },
    {
      id: 'hotels.guest_not_allowed_to_speak',
      group: 'room_and_guests',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'labour', 'forced_criminality'],
      text: {
        nl: 'Een gast mag niet zelf spreken of inchecken; een ander regelt alles',
        fr: 'Un client ne peut ni parler ni s’enregistrer lui-même ; un autre gère tout',
        de: 'Ein Gast darf weder selbst sprechen noch einchecken; jemand anderes regelt alles',
        en: 'A guest may not speak or check in for themselves; someone else handles everything',
      },
    },
    {
      id: 'hotels.no_luggage_short_stays',
      group: 'room_and_guests',
      targetGroups: ['adult', 'child'],
      forms: ['sexual'],
      text: {
        nl: 'Gasten zonder bagage of van dichtbij, die maar een paar uur blijven',
        fr: 'Clients sans bagages ou du coin, qui ne restent que quelques heures',
        de: 'Gäste ohne Gepäck oder aus der Nähe, die nur wenige Stunden bleiben',
        en: 'Guests with no luggage, or from nearby, who stay only a few hours',
      },
    },
    {
      id: 'hotels.someone_watches_comings_and_goings',
      group: 'room_and_guests',
      targetGroups: ['adult', 'child'],
      forms: ['sexual', 'forced_criminality'],
      text: {
        nl: 'Iemand houdt vanuit de lobby of een auto in het oog wie komt en gaat',
        fr: 'Quelqu’un surveille depuis le hall ou une voiture qui entre et sort',
        de: 'Jemand beobachtet von der Lobby oder einem Auto aus, wer kommt und geht',
        en: 'Someone watches from the lobby or a car who comes and goes',
      },
    },
    {
      id: 'hotels.subcontracted_staff_barely_paid',
      group: 'staff',
      targetGroups: ['adult'],
      forms: ['labour'],
      text: {
        nl: 'Personeel van een onderaannemer lijkt nauwelijks of niet betaald',
        fr: 'Le personnel d’un sous-traitant semble à peine ou pas payé',
        de: 'Personal eines Subunternehmers scheint kaum oder gar nicht bezahlt',
        en: 'A subcontractor’s staff seem barely paid, if at all',
      },
      hint: {
        nl: 'Betaald per kamer in plaats van per uur, met een quotum dat niet haalbaar is.',
        fr: 'Payé à la chambre plutôt qu’à l’heure, avec un quota impossible à tenir.',
        de: 'Bezahlt pro Zimmer statt pro Stunde, mit einer unerreichbaren Vorgabe.',
        en: 'Paid per room instead of per hour, with a quota no one can meet.',
      },
    },
    {
      id: 'hotels.staff_driven_in_and_housed_by_boss',
      group: 'staff',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Personeel wordt in groep gebracht en gehaald en woont samen bij de ‘baas’',
        fr: 'Le personnel est amené et repris en groupe et loge ensemble chez le « patron »',
        de: 'Personal wird in der Gruppe gebracht und abgeholt und wohnt zusammen beim „Chef“',
        en: 'Staff are driven in and out as a group and live together at the ‘boss’s’ place',
      },
    },
    {
      id: 'hotels.staff_no_breaks_may_not_talk',
      group: 'staff',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Personeel werkt zonder pauze en mag niet met collega’s of gasten praten',
        fr: 'Le personnel travaille sans pause et ne peut parler ni aux collègues ni aux clients',
        de: 'Personal arbeitet ohne Pause und darf nicht mit Kollegen oder Gästen sprechen',
        en: 'Staff work without breaks and may not talk to colleagues or guests',
      },
    },
  ],
};
