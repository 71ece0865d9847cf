"""Swedish and Danish tracking texts read by their meaning, fourth Nordic pass (round 55): a last-mile carrier's and a
freight booking system's steps around the middle of the journey ("Paketet förbereds för leverans", "Dokumentation
indsendt", "Forsendelse planlagt", "Planlagt").

NORDIC_4_LATE_STEPS come just before status_phrases_meaning_nordic_3's late steps and read only texts nothing else
reads: a parcel or consignment being prepared for delivery ("förbereds för leverans") is with the carrier and not yet
out; a consignment whose documentation was only sent in, or that is only planned ("planlagt"), has not been collected.
What was assumed (DESIGN §4): "planlagt" with a delivery or a collection named ("levering planlagt") is a date, not
the booking, and stays unread; an order being prepared (by the shop) is not read here.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, "ä" and "ö" as "a" and "o", punctuation as
spaces); whole words. Written by the team to DESIGN §4 (round 55); the examples are
tests/test_status_meaning_nordic_4.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

NORDIC_4_LATE_STEPS: tuple[Step, ...] = (
    # Being prepared for delivery at the carrier: on its way, not yet out.
    ("in_transit", {
        "sv": (r"^(?:paketet|forsandelsen|ditt paket|din forsandelse) forbereds for (?:leverans|utdelning)$",),
    }),
    # Documentation sent in, or only planned: not yet collected.
    ("info_received", {
        "da": (r"^dokumentation(?:en)? (?:er )?indsendt$",
               r"^(?:forsendels\w* )?(?:er )?planlagt$"),
    }),
)
