"""German and Dutch order and shipment states read by their meaning, seventh West Germanic pass (round 62): what an
order platform says of an order before a carrier has it ("Ausstehend", "Angelegt", "Übermittelt", "Übermittlung
fehlgeschlagen", "Gelöscht", "Gestoppte Serienbestellung") and a Dutch shop's words for a parcel announced to its
carrier ("nog niet in het sorteerproces", "aangemeld en ontvangen door vervoerder").

Two groups:
- WEST_GERMANIC_EARLY_STEPS_7, just before WEST_GERMANIC_EARLY_STEPS_5, before "verwacht" reads a parcel on its way
  and "aangemeld" a parcel only announced: a parcel not yet in the carrier's sorting is information received; one
  received by the carrier (no "niet" before it) moves on.
- WEST_GERMANIC_LATE_STEPS_7, just before WEST_GERMANIC_LATE_STEPS_6, for wordings nothing else reads: an order
  pending, created or transmitted, and nothing else in the text, has not reached the carrier (DESIGN §4: information
  received); its transmission failed holds it; an order deleted or a recurring order stopped is cancelled. A bare
  "Verarbeitet" is left alone: an order processed and a parcel processed at a hub use the same word.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole words.
Written by the team to DESIGN §4 from German and Dutch grammar (examples in tests/test_status_meaning_west_germanic_7.py),
not copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_ORDER = r"(?:(?:ihre |deine )?(?:bestellung|auftrag|sendung) )?"

WEST_GERMANIC_EARLY_STEPS_7: tuple[Step, ...] = (
    # Announced but not yet in the carrier's sorting: only data.
    ("info_received", {
        "nl": (r"nog niet in (?:het )?sorteerproces",),
    }),
    # Received by the carrier, no negation before it: the carrier has the parcel.
    ("in_transit", {
        "nl": (r"(?<!niet )ontvangen door (?:de )?(?:vervoerder|pakketdienst|pakketbezorger)",),
    }),
)

WEST_GERMANIC_LATE_STEPS_7: tuple[Step, ...] = (
    # An order pending, created or transmitted, on its own: not yet with the carrier.
    ("info_received", {
        "de": (r"^ausstehend$",
               r"^" + _ORDER + r"(?:wurde )?(?:angelegt|ubermittelt)$"),
    }),
    # The order's transmission failed: held before it ships.
    ("exception", {
        "de": (r"^ubermittlung fehlgeschlagen$",),
    }),
    # An order deleted, a recurring order stopped: it will not ship.
    ("cancelled", {
        "de": (r"^" + _ORDER + r"(?:wurde )?geloscht$",
               r"\b(?:gestoppte|beendete) (?:serien|dauer|abo)bestellung\b",
               r"\b(?:serien|dauer|abo)bestellung (?:wurde )?(?:gestoppt|beendet)\b"),
    }),
)
