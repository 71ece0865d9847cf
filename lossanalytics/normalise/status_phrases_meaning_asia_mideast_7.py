"""Arabic status texts read by their meaning, a pass for same-day courier apps (round 52): the courier sought, on his
way to the collection or at the pickup point before he has the parcel ("جاري البحث عن مندوب", "المندوب في الطريق
للاستلام", "المندوب وصل إلى نقطة الاستلام"), and on his way to the drop-off ("المندوب بالطريق إلى نقطة التسليم").

ASIA_MIDEAST_FIRST_STEPS_7 come just before status_phrases_meaning_asia_mideast_6's first steps, before the Arabic
steps that read "المندوب في الطريق" (the courier on the way) as the round, "وصل إلى" (arrived at) as a movement and
"تسليم الشحنة لشركة" (the shipment handed to the company) as done: a courier being sought or awaited ("بانتظار
المندوب"), assigned to collect ("مندوب للاستلام"), on his way to the collection ("في طريقه لاستلام"), to the pickup
point, the store, the merchant or the sender (not "المرسل إليه", the consignee), or arrived at the pickup point, and a
shipment waiting to be handed to the shipping company or the courier ("بانتظار تسليم الشحنة لشركة الشحن"), have not
reached the courier yet (information received); the courier on his way ("بالطريق", as "في الطريق") with no collection
named is the round. Only the courier's way is read: a shipment on its way to a pickup point ("الشحنة في الطريق إلى
نقطة الاستلام") is the recipient's pickup point, left to other steps.

Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ة" as "ه", "إلى" as
"الي"). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_7.py holds the
examples); no courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ASIA_MIDEAST_FIRST_STEPS_7: tuple[Step, ...] = (
    # A courier sought or awaited, assigned to collect, on his way to the collection, the store or the sender, at the
    # pickup point; a shipment waiting to be handed to the company or the courier: not collected yet.
    ("info_received", {
        "ar": (r"\bالبحث عن (?:ال)?مندوب\b",
               r"\bمندوب (?:لل|الي ال)استلام\b",
               r"\bالمندوب (?:في الطريق|بالطريق) (?:لل|الي (?:نقطه )?ال)استلام\b",
               r"\bالمندوب (?:وصل )?(?:الي |في |ل)نقطه الاستلام\b",
               r"\bوصل المندوب (?:الي |ل)نقطه الاستلام\b",
               r"\bفي طريقه (?:ل|الي )استلام\b",
               r"\bالمندوب (?:في طريقه|في الطريق|بالطريق) (?:الي |ل)(?:ال|ل)?(?:متجر|تاجر|مرسل)\b(?! (?:اليه|له)\b)",
               r"^بانتظار (?:ال)?مندوب\b",
               r"\bبانتظار تسليم(?: \S+)? (?:لل|ل|الي ال|الي )(?:شركه|مندوب|ناقل)"),
    }),
    # The courier on his way, no collection named: the round.
    ("out_for_delivery", {
        "ar": (r"\bالمندوب بالطريق\b",),
    }),
)
