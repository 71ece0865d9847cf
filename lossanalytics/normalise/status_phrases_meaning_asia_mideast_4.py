"""Arabic status texts read by their meaning, a pass for a shipment tracker's details (round 49): a request for a
shipment received while it is being prepared, and a shipment at the distribution centres ("تم استلام طلب الشحنة
وجاري التحضير", "الشحنة في مراكز التوزيع").

ASIA_MIDEAST_LATE_STEPS_4 come just before status_phrases_meaning_asia_mideast_2's late steps and read only what nothing
else reads: a request (طلب) received is the order, not the goods, so it is only data; a shipment at distribution
centres (مراكز التوزيع, مركز توزيع) is with the carrier and moves on.

Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ة" as "ه"). Written by
the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_4.py holds the examples); no tracker's
table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ASIA_MIDEAST_LATE_STEPS_4: tuple[Step, ...] = (
    # A request for the shipment received, being prepared: the carrier only has the order.
    ("info_received", {
        "ar": (r"\bتم استلام طلب (?:ال)?شحنه\b",),
    }),
    # At the distribution centres: with the carrier, moving on.
    ("in_transit", {
        "ar": (r"\b(?:في )?(?:ال)?(?:مراكز|مركز) (?:ال)?توزيع\b",),
    }),
)
