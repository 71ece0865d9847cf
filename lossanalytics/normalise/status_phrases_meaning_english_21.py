"""English tracking texts read by their meaning, twenty-first pass (round 57): an integration platform's bare names
for a courier's states ("Aviso", "Waiting at point") and a marketplace's "Order Pending".

The reading follows what the bare name says of the parcel (DESIGN §4): "Aviso" (the Polish "awizo" kept in an English
list: the notice that the parcel waits to be collected, as the development corpus reads "Awizo") and waiting at a pickup
point leave it to be collected; an order pending has not reached the carrier. A bare "Return", a return label, a return
requested, a point of entry and a payment pending (duties as often as an order's payment) are not read here.

One group, MEANING_ENGLISH_21_LATE_STEPS, spliced into the first pass's late group after the nineteenth pass's, for
texts nothing earlier reads.

Written by the team to DESIGN §4 (round 57); the examples are tests/test_status_meaning_english_21.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

MEANING_ENGLISH_21_LATE_STEPS: tuple[Step, ...] = (
    # An order pending: not yet with the carrier.
    ("info_received", {
        "en": (r"^(?:your )?order (?:is )?pending$",),
    }),
    # The notice that the parcel waits to be collected; waiting at a pickup point.
    ("available_for_pickup", {
        "en": (r"^aviso$",
               r"^waiting at (?:the |a )?(?:pick ?up |collection |parcel |service )?point$"),
    }),
)
