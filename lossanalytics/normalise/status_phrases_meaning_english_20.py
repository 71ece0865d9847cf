"""English tracking texts read by their meaning, twentieth pass (round 56): Indonesian couriers' English status names,
written as their tracking writes them ("CNEE UNKNOWN", "CKNEE Unknown", "CRISS CROSS").

MEANING_ENGLISH_20_LATE_STEPS, spliced into the first pass's late group after the nineteenth pass's, read only texts
nothing earlier reads: a consignee unknown at the address, written short ("cnee", "cknee"), fails the delivery as
"consignee unknown" does; a "criss cross" (parcels swapped between routes at a hub, a missort) holds the parcel.
What was assumed (DESIGN §4): a missort is the carrier's problem, an exception, as "missorted" is.

Written by the team to DESIGN §4 (round 56); the examples are tests/test_status_meaning_english_20.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

MEANING_ENGLISH_20_LATE_STEPS: tuple[Step, ...] = (
    # The consignee unknown, written short: a failed delivery.
    ("delivery_failed", {
        "en": (r"\bck?nee (?:is )?unknown\b",),
    }),
    # A criss cross, parcels swapped between routes: a missort, held.
    ("exception", {
        "en": (r"\bcriss ?cross(?:ed)?\b",),
    }),
)
