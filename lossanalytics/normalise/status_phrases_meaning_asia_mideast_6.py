"""Arabic status texts read by their meaning, a pass for a courier's status table (round 51): a shipment handed to
"المرسل إليه", the one it is sent to ("تم تسليم الشحنة للمرسل إليه").

ASIA_MIDEAST_FIRST_STEPS_6 come just before status_phrases_meaning_asia_mideast_2's first steps, before the Arabic
steps that read "للمرسل" (to the sender) as a return: "المرسل إليه" is the consignee, so a hand-over done ("تم تسليم")
to him is a delivery, and one that could not be done ("تعذر تسليم", "لم يتم تسليم") fails the delivery. A hand-over
to the sender alone stays a return.

Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ة" as "ه", "إليه" as
"اليه"). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_6.py holds the
examples); no courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ASIA_MIDEAST_FIRST_STEPS_6: tuple[Step, ...] = (
    # Could not be handed over to the consignee: a failed delivery, not a return.
    ("delivery_failed", {
        "ar": (r"\b(?:تعذر|لم يتم|فشل|عدم) (?:ال)?تسليم (?:\S+ )?(?:لل|الي ال)مرسل (?:اليه|له)\b",),
    }),
    # Handed over to the consignee ("the one it is sent to"): delivered, not returned.
    ("delivered", {
        "ar": (r"^تم تسليم (?:\S+ )?(?:لل|الي ال)مرسل (?:اليه|له)\b",),
    }),
)
