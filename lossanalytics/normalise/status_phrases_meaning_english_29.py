"""English tracking texts read by their meaning, twenty-ninth pass (round 77): the time before the carrier has the
parcel and the middle of the journey, as a shipping platform's module and apps write them ("Your shipment is
expected, but not yet in the sorting process", "Shipment held for being delivered as scheduled", "Shipment on
delivery", "Delivery issue - check tracking details").

The reading follows what the words say happened to the parcel (DESIGN §4). A shipment said to be expected (announced,
pre-advised) but not yet in the sorting process, or not yet received or scanned by the carrier, has not reached the
carrier: data only, where "sorting" alone reads a parcel moving. A shipment held (kept) to be delivered as scheduled
(on the scheduled or agreed day) waits on its way for its day: in transit, where "delivered" alone reads a delivery.
A shipment, parcel or order "on delivery", said on its own, is on the round. A delivery issue or problem, said on
its own or with an invitation to check the tracking details, is an exception.

Two groups. MEANING_ENGLISH_29_FIRST_STEPS comes first in the first pass's first group (before the twenty-eighth
pass's): the outcome steps after it read "delivered" as a delivery and "sorting" as a parcel moving.
MEANING_ENGLISH_29_LATE_STEPS comes after the twenty-eighth pass's late group: the texts it reads are read by nothing
earlier.

Written by the team to DESIGN §4 (round 77); the examples are tests/test_status_meaning_english_29.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What the sender ships.
_GOODS = r"(?:shipment|parcel|package|order|item|consignment)"

MEANING_ENGLISH_29_FIRST_STEPS: tuple[Step, ...] = (
    # Expected but not yet in the carrier's hands: before the carrier (before "sorting" reads a parcel moving).
    ("info_received", {
        "en": (r"\b(?:expected|announced|pre ?advised)\b.*\bnot yet (?:in|at|entered|reached) (?:the |our )?"
               r"(?:sorting(?: process| centre| center| facility)?|network|depot|hub)\b",
               r"\b(?:expected|announced|pre ?advised)\b.*\bnot yet (?:been )?(?:received|scanned|collected|picked up) "
               r"by (?:the |our )?(?:carrier|courier)\b"),
    }),
    # Held to be delivered as scheduled: waiting on its way for its day (before "delivered" reads a delivery).
    ("in_transit", {
        "en": (r"\b(?:held|kept|holding) (?:for being|to be|for) delivered (?:as scheduled|on (?:the )?(?:scheduled|agreed|"
               r"planned|requested) (?:day|date))\b",),
    }),
)

MEANING_ENGLISH_29_LATE_STEPS: tuple[Step, ...] = (
    # On delivery, said of the shipment on its own: the round.
    ("out_for_delivery", {
        "en": (r"^(?:your |the )?" + _GOODS + r" (?:is )?on delivery$",),
    }),
    # A delivery issue or problem, alone or with a pointer to the tracking details: an exception.
    ("exception", {
        "en": (r"^(?:a )?delivery (?:issue|problem)s?(?: check (?:the )?tracking(?: details| page| for details)?)?$",),
    }),
)
