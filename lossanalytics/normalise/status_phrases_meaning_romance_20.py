"""Italian shipment states read by their meaning, twentieth Romance pass (round 66): a shop back office's shipping
states ("Tracking Assegnato").

ROMANCE_20_LATE_STEPS come just before the eighteenth pass's late steps and read only texts nothing else reads, each
the whole text: a tracking number or code assigned to a shipment that the carrier has not yet taken has not reached
the carrier (DESIGN §4: information received). Left alone: a tracking number updated or received without saying it
was assigned ("Tracking aggiornato").

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off); whole words. Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_romance_20.py holds the examples); no platform's table was
copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_20_LATE_STEPS: tuple[Step, ...] = (
    # A tracking number assigned: not yet with the carrier.
    ("info_received", {
        "it": (r"^(?:numero (?:di )?|codice (?:di )?)?(?:tracking|tracciamento) assegnato$",),
    }),
)
