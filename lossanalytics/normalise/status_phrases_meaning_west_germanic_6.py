"""German and Dutch order and shipment states read by their meaning, sixth West Germanic pass (round 57): what a
fulfilment platform or a shop says of an order before any carrier has it ("Bestellung angelegt und Zahlung ausstehend",
"Zahlung erfolgreich", "Produktionsvorbereitung", "in Produktion", "Bestellung bestätigt", "bestelling verwerkt") and
what holds it there ("Lieferengpass", "Handelsrechnung benötigt", "Zahlung fehlgeschlagen").

WEST_GERMANIC_LATE_STEPS_6 come just before WEST_GERMANIC_LATE_STEPS_5, for wordings nothing else reads: an order only
created, paid for or being produced has not reached the carrier (DESIGN §4: information received); a supply shortage, a
commercial invoice still needed and a payment that failed hold the order. A new order, one confirmed or in processing
(nothing named after it) is the shop's side too, as is a Dutch order processed, received, placed, confirmed or in hand
("bestelling verwerkt", before the broad word "verwerkt" reads a parcel processed at a hub); a Dutch order sent
("bestelling verzonden") moves on; "Bestellung versandt" stays the movement the earlier steps read. "Zustellung
fehlgeschlagen" stays the failed delivery the earlier steps read: only a payment that failed, and nothing else in the
text, is read here.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole words.
Written by the team to DESIGN §4 from German grammar (examples in tests/test_status_meaning_west_germanic_6.py), not
copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

WEST_GERMANIC_LATE_STEPS_6: tuple[Step, ...] = (
    # An order only created, new, confirmed, in processing, paid for or in production: not yet with the carrier.
    ("info_received", {
        "de": (r"^(?:ihre |deine )?bestellung (?:wurde )?angelegt\b",
               r"^zahlung (?:erfolgreich|eingegangen|erhalten|bestatigt)$",
               r"^(?:(?:ihre |deine )?bestellung (?:ist |wird )?)?(?:in (?:der )?produktion|produktionsvorbereitung)$",
               r"^(?:ihre |deine )?neue bestellung$",
               r"^(?:ihre |deine )?bestellung (?:wurde )?(?:bestatigt|in bearbeitung)$"),
        "nl": (r"^(?:uw |je |jouw )?bestelling (?:is )?(?:verwerkt|ontvangen|geplaatst|bevestigd|in behandeling)$",),
    }),
    # A Dutch order sent: on its way.
    ("in_transit", {
        "nl": (r"^(?:uw |je |jouw )?bestelling (?:is )?verzonden$",),
    }),
    # A supply shortage, a commercial invoice still needed, a failed payment: the order is held.
    ("exception", {
        "de": (r"\blieferengpass\b",
               r"\bhandelsrechnung (?:\w+ )?(?:benotigt|erforderlich|fehlt)\b",
               r"\bfehlende handelsrechnung\b",
               r"^zahlung fehlgeschlagen$"),
    }),
)
