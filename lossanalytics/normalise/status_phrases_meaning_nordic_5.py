"""Swedish order states read by their meaning, fifth Nordic pass (round 57): an order management system's statuses
before the carrier has the parcel ("Obehandlad order", "Importerad order", "Order klar för import", "Redo för plock",
"Plockad", "Packad").

NORDIC_5_LATE_STEPS come just before status_phrases_meaning_nordic_4's late steps, before the broad word "import"
reads a customs movement: an order untouched, imported into or ready for another business system, ready to be picked,
picked or packed has not reached the carrier (DESIGN §4: information received). Only the order's own states are read:
a shipment imported through customs ("Importerad") and a bare "Skickad order" (sent on: to a warehouse or a carrier,
not said) are left to the steps that read them.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off); whole words. Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_nordic_5.py holds the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

NORDIC_5_LATE_STEPS: tuple[Step, ...] = (
    # The order untouched, imported into or ready for another system, ready to be picked, picked or packed.
    ("info_received", {
        "sv": (r"^(?:obehandlad|importerad|ny) order$", r"^order(?:n ar)? klar for import$",
               r"^(?:ordern ar )?(?:redo for plock(?:ning)?|plockad|packad)$"),
    }),
)
