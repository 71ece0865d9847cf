"""Arabic and Hebrew tracking texts read by their meaning, twenty-first Asian and Middle-Eastern pass (round 89): an
Israeli shop's 17TRACK and a Hebrew Ship24 tracker's labels ("פג תוקף", "עצירה לא צפויה"), an Arabic shop's 17TRACK
statuses ("تعذر تسليم الشحنة"), a Riyadh-Sudan forwarder's phases ("تم استلام الشحنة في الرياض", "تم تحميل الشحنة",
"توجد ملاحظة تحتاج معالجة") and a courier app's failed-attempt reasons ("المنطقة غير قابلة للوصول", "الهاتف مغلق").

The reading follows who holds the parcel (DESIGN §4). Tracking that has expired, as the whole status: expired (the
tracking source gave up). An unexpected stop, a note or problem that needs handling: exception. The shipment could not
be handed over, the area cannot be reached, the recipient's phone is switched off, each as the whole status: a failed
attempt. A shipment received at a named place (a city, a warehouse, a branch), or loaded (onto a plane, a lorry, a
ship): the carrier has it and it moves on.

ASIA_MIDEAST_LATE_STEPS_21 come just before the twentieth pass's late steps (status_phrases_language_late.py) and read
only texts nothing else reads.

Left as they were read: a bare "הוחזר" (returned, but also a shop's word for refunded), "اتحدد مندوب" (a courier
assigned: to collect or to deliver, not said; this file labels the two apart) and "تم تجهيز الشحنة للشحن" (prepared
for shipping: a forwarder's step in the round's source, a shop's before the carrier in other words). No phrase rests
on the round's texts that blind corpora also hold (left out of the development corpus).

Folded like the text (lossanalytics.normalise._rules.fold: Hebrew final letters as their other forms, Arabic letter
variants in one form, punctuation as spaces); rtl_phrases folds the patterns the same way. Written by the team from
DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_21.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The goods in Arabic texts.
_AR_GOODS = r"(?:ال)?(?:شحنه|شحنات|طرد|طرود|طلب)"
# The recipient in Arabic texts.
_AR_WHO = r"(?:ال)?(?:عميل|مستلم|زبون)"

ASIA_MIDEAST_LATE_STEPS_21: tuple[Step, ...] = (
    # Tracking expired, as the whole status: expired.
    ("expired", {
        "he": rtl_phrases(r"^פג תוקפ(?:ו)?(?: (?:ה)?מעקב)?$",
                          r"^(?:תוקפ )?(?:ה)?מעקב פג(?: תוקפו)?$"),
    }),
    # An unexpected stop; a note or problem that needs handling: exception.
    ("exception", {
        "he": rtl_phrases(r"\bעצירה (?:לא|בלתי) צפויה\b"),
        "ar": rtl_phrases(r"\b(?:ملاحظه|مشكله) (?:تحتاج|بحاجه) (?:الى )?(?:معالجه|متابعه|حل)\b"),
    }),
    # Could not be handed over; the area or address cannot be reached; the phone switched off: a failed attempt.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^تعذر (?:ال)?تسليم(?: " + _AR_GOODS + r")?$",
                          r"^(?:ال)?(?:منطقه|عنوان|موقع) غير قابل(?:ه)? للوصول(?: اليها| اليه)?$",
                          r"^(?:ال)?(?:هاتف|جوال|موبايل)(?: " + _AR_WHO + r")? مغلق$"),
    }),
    # Received at a named place, or loaded onto a line-haul carrier: moving on.
    ("in_transit", {
        "ar": rtl_phrases(r"^تم استلام " + _AR_GOODS + r" في (?:مستودع|مركز|فرع|مخزن|محطه|مطار"
                          r"|ال(?!يوم\b|موعد\b|وقت\b|تاريخ\b|ساعه\b)\w+)",
                          r"^تم تحميل " + _AR_GOODS + r"(?: على (?:ال)?(?:طائره|شاحنه|سفينه|رحله|حاويه))?$"),
    }),
)
