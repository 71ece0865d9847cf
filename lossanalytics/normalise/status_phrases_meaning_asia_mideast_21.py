"""Arabic and Hebrew tracking texts read by their meaning, twenty-first Asian and Middle-Eastern pass (round 89): an
Israeli shop's 17TRACK and a Hebrew Ship24 tracker's labels ("פג תוקף", "עצירה לא צפויה"), an Israeli courier
marketplace's notifications ("משלוח חדש", "מחפשים שליח", "משלוחך נשלח לשליחים זמינים", "המשלוח הגיע ליעדו. נא לאשר
קבלה"), an Arabic shop's 17TRACK statuses ("تعذر تسليم الشحنة"), a Riyadh-Sudan forwarder's phases ("تم استلام
الشحنة في الرياض", "تم تحميل الشحنة", "توجد ملاحظة تحتاج معالجة"), a courier app's failed-attempt reasons ("المنطقة
غير قابلة للوصول", "الهاتف مغلق") and a shop's delegate states ("عاد للمحل").

The reading follows who holds the parcel (DESIGN §4). A new shipment, a courier being looked for, a shipment offered
or sent to the available couriers: none has it yet, before the carrier. Arrived at its destination with the recipient
asked to confirm receipt: delivered. Tracking that has expired, as the whole status: expired (the tracking source gave
up). An unexpected stop, a note or problem that needs handling: exception. The shipment could not be handed over, the
area cannot be reached, the recipient's phone is switched off, each as the whole status: a failed attempt. Gone back
to the shop, the store, the sender or the merchant: returned. A shipment received at a named place (a city, a
warehouse, a branch), or loaded (onto a plane, a lorry, a ship): the carrier has it and it moves on.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_21 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twentieth's): a shipment sent to the couriers before "נשלח" reads a parcel sent on its way, an arrival
  with receipt to confirm before "הגיע" reads an arrival on the way.
- ASIA_MIDEAST_LATE_STEPS_21 come just before the twentieth pass's late steps (status_phrases_language_late.py) and
  read only texts nothing else reads.

Left as they were read: a bare "הוחזר" (returned, but also a shop's word for refunded), "שליח בדרך" (a courier on the
way: to the sender in the round's source, to the recipient in other words), "הגיע!" (arrived: where, not said),
"משלוח אושר" (a shipment approved: an order's approval or a delivery confirmed), "اتحدد مندوب", "تم تعيين المندوب" and
"تم الإسناد" (a courier assigned: to collect or to deliver, not said; this file labels the two apart), "تم استلام
الطلب" (an order received: by the shop or by the courier) and "تم تجهيز الشحنة للشحن" (prepared for shipping: a
forwarder's step in the round's source, a shop's before the carrier in other words). No phrase rests on the round's
texts that blind corpora also hold (left out of the development corpus).

Folded like the text (lossanalytics.normalise._rules.fold: Hebrew final letters as their other forms, Arabic letter
variants in one form, punctuation as spaces); rtl_phrases folds the patterns the same way. Written by the team from
DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_21.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The goods in Arabic texts.
_AR_GOODS = r"(?:ال)?(?:شحنه|شحنات|طرد|طرود|طلب)"
# A shipment or parcel in Arabic texts (not an order: "تم استلام الطلب في المتجر" is the shop's, and "تحميل" is also a
# download).
_AR_PARCEL = r"(?:ال)?(?:شحنه|شحنات|طرد|طرود)"
# The recipient in Arabic texts.
_AR_WHO = r"(?:ال)?(?:عميل|مستلم|زبون)"

ASIA_MIDEAST_FIRST_STEPS_21: tuple[Step, ...] = (
    # Offered or sent to the available couriers: none has it yet, before the carrier, before "נשלח" reads a parcel
    # sent on its way.
    ("info_received", {
        "he": rtl_phrases(r"\bנשלח(?:ה)? ל(?:כל )?(?:ה)?שליחימ(?: (?:ה)?זמינימ)?\b",
                          r"\bהוצע(?:ה)? ל(?:כל )?(?:ה)?שליחימ\b"),
    }),
    # Arrived at its destination and the recipient asked to confirm receipt: delivered, before "הגיע" reads an
    # arrival on the way.
    ("delivered", {
        "he": rtl_phrases(r"\bהגיע(?:ה)? ליעד(?:ו|ה)?\b.*\b(?:נא |יש )?ל?אשר(?:ו)? (?:את )?(?:ה)?קבלה\b"),
    }),
)

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
    # A new shipment, as the whole status; a courier being looked for: before the carrier.
    ("info_received", {
        "he": rtl_phrases(r"^משלוח חדש$",
                          r"^(?:מחפשימ|מחפש|מחפשת|חיפוש) (?:ה)?שליח(?: (?:ל|עבור )?(?:ה)?משלוח)?$"),
    }),
    # Gone back to the shop, the store, the sender or the merchant: returned.
    ("returned", {
        "ar": rtl_phrases(r"^(?:عاد|عادت|رجع|رجعت)(?: " + _AR_GOODS + r")? (?:الى (?:ال)?|لل|ل)(?:محل|متجر|مرسل|تاجر)\b"),
    }),
    # Received at a named place, or loaded onto a line-haul carrier: moving on.
    ("in_transit", {
        "ar": rtl_phrases(r"^تم استلام " + _AR_PARCEL + r" في (?:مستودع|مركز|فرع|مخزن|محطه|مطار"
                          r"|ال(?!يوم\b|موعد\b|وقت\b|تاريخ\b|ساعه\b)\w+)",
                          r"^تم تحميل " + _AR_PARCEL + r"(?: على (?:ال)?(?:طائره|شاحنه|سفينه|رحله|حاويه))?$"),
    }),
)
