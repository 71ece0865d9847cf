"""German and Dutch shipment states read by their meaning, fourteenth West Germanic pass (round 106): the bookings,
hand-overs, data problems and shortfalls of a bilingual freight event-code list ("Buchungsbestätigung",
"Transportauftrag angelegt", "Übergabe an den Transportdienstleister", "Fehlende Auftragsdaten", "Fehlmenge",
"Teilzustellung"), and a parcel card's Dutch "Te afhalen".

- WEST_GERMANIC_EARLY_STEPS_14, just before WEST_GERMANIC_EARLY_STEPS_13 (before the outcome words, before
  "Transportdienstleister" and "Transportauftrag" read a parcel with the carrier and before "Paketshop" and
  "Abholort" read a parcel waiting for collection): a booking made, requested or confirmed ("Buchung angefragt",
  "die Buchung wurde bestätigt", "Transportauftrag angelegt") is the carrier told of a parcel it does not have yet,
  information received; goods booked out at the shipper's ("Warenausgang beim Versender") likewise; a physical
  hand-over to the carrier ("Übergabe an den Transportdienstleister", "an DL") and a parcel collected at the
  sender's ("beim Versender abgeholt") are on the way.
- WEST_GERMANIC_LATE_STEPS_14, just before WEST_GERMANIC_LATE_STEPS_13 (for texts nothing earlier reads): a booking
  or its confirmation as the whole status is information received; a departure ("Abfahrt", the whole status) and
  an expected delivery date or arrival time updated are on the way; missing or incomplete order or shipment data,
  a shortfall ("Fehlmenge", part of the shipment missing) and an error needing manual intervention are exceptions;
  a partial delivery ("Teilzustellung", the whole status) is delivered, as "part of the shipment was delivered" is;
  in Dutch a parcel "te afhalen" (to be collected, the whole status) waits for collection, as "af te halen" is read.

Left unread on purpose: a bare "Warenausgang" (goods out: the shipper's stock or a depot's outbound scan), a bare
"Avisierung" (a delivery notice or a pickup notice), "Verpackt" and "verpackt oder umgepackt" (a shop's packing or a
carrier's repacking), a bare "Warnung" (a warning of what) and a bare "Fehler" or "Information".

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team to DESIGN §4 from German and Dutch grammar (examples in tests/test_status_meaning_west_germanic_14.py),
not copied from any publisher."""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

WEST_GERMANIC_EARLY_STEPS_14: tuple[Step, ...] = (
    # Booked, requested or confirmed with the carrier: the carrier knows of the parcel, does not have it.
    ("info_received", {
        "de": (r"\bbuchung (?:wurde |ist )?(?:\w+ ){0,3}(?:bestatigt|angefragt|angelegt)\b",
               r"\btransportauftrag (?:wurde |ist )?(?:angelegt|erstellt|erteilt)\b",
               r"\bwarenausgang (?:wurde )?(?:beim|im lager des) (?:versender|absender|hersteller|lieferanten)s?\b"),
    }),
    # Handed over to the carrier, or collected at the sender's: on the way.
    ("in_transit", {
        "de": (r"\bubergabe an (?:den |einen )?(?:transport)?dienstleister\b", r"^ubergabe an (?:den )?dl$",
               r"\bbeim (?:versender|absender) (?:\w+ ){0,3}abgeholt\b"),
    }),
)

WEST_GERMANIC_LATE_STEPS_14: tuple[Step, ...] = (
    # A booking, or its confirmation, as the whole status.
    ("info_received", {
        "de": (r"^(?:transport)?buchung(?:sbestatigung)?$",),
    }),
    # Departure as the whole status; a delivery date or arrival time expected and updated.
    ("in_transit", {
        "de": (r"^abfahrt$",
               r"^voraussichtliche[srn]? (?:zustelldatum|liefertermin|lieferdatum|ankunftszeit)\b.*\b(?:aktualisiert|geandert)\b"),
    }),
    # Data missing, a shortfall, an error needing a person: exception.
    ("exception", {
        "de": (r"^fehlende (?:daten|sendungsdaten|auftragsdaten)$",
               r"\b(?:fehlende|unvollstandige) (?:oder (?:fehlende|unvollstandige) )?(?:auftragsdaten|sendungsdaten)\b",
               r"\bfehlmenge\b", r"\bteil der sendung (?:\w+ ){0,3}fehlt\b",
               r"\bmanuelles eingreifen\b", r"^kritischer fehler$"),
    }),
    # A partial delivery, as the whole status: delivered.
    ("delivered", {
        "de": (r"^teilzustellung$",),
    }),
    # Dutch: to be collected, the whole status or the parcel's: waiting for collection.
    ("available_for_pickup", {
        "nl": (r"^(?:(?:je |uw |het )?(?:pakket|zending) (?:is |ligt )?)?te afhalen$",),
    }),
)
