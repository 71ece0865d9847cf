"""Hebrew and Arabic tracking texts read by their meaning, nineteenth Asian and Middle-Eastern pass (round 83): an
Israeli parcel-tracking app's carrier phrases for Israel Post and the couriers ("לא נאסף והוחזר", "שליח בדרך אליך",
"בסבב חלוקה", "חריגת מסירה", "עמילות מכס", "תשלום מכס נדרש", "מועבר למוקד", "בנמל התעופה"), an Israeli warehouse's
UPS shipment labels ("נמסרה ל-UPS", "ממתין בנקודת מסירה", "שויך וממתין לעדכון"), a shop's tracking sentence
("תווית נוצרה, ממתין לאיסוף"), an Arabic appliance-delivery platform's delivery states and failure reasons ("أعيد
للمستودع", "لم يتم التواصل", "لا يرد", "طلب تأجيل", "جاري التسليم").

The reading follows who holds the parcel (DESIGN §4). A parcel handed to a named carrier or the post ("נמסרה ל-UPS",
"נמסר לדואר") has left the shop and moves on, though "נמסר" alone is delivered ("to the shipping company" is read by an
earlier step); a label made ("תווית נוצרה")
comes before the carrier's pickup, even when "waiting for pickup" follows it (the carrier's pickup, not the
recipient's). Something not collected and sent back, goods "returned to" the sender, merchant, store or sending
association ("أعيد للمتجر", "أعيد للجمعية/المستودع"): returned, though the warehouse alone reads movement; returned to
a warehouse with nothing else said ("أعيد للمستودع": whose, not said) stays as it was read. A courier on the way to you, a delivery round: out
for delivery. Waiting at a delivery or pickup point: available for pickup. A delivery or shipment exception, a
customs payment required: exception; customs brokerage, moving to a hub, at the airport: moving on; waiting for an update after a waybill was linked: before the carrier. In Arabic, no contact made, no
answer, a postponement asked for, each as the whole status (the reasons a delegate records): a failed attempt; a
delivery in progress ("جاري التسليم"): out for delivery.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_19 come just before the eighteenth pass's first steps, before "נמסר" reads a delivery,
  "ממתין לאיסוף" a parcel waiting for the recipient, "נאסף" a collection, "בדרך אליך" movement and "المستودع" a
  warehouse on the way.
- ASIA_MIDEAST_LATE_STEPS_19 come just before the seventeenth pass's late steps and read only texts nothing else reads.

A bare "غير موجود" (nobody there, or not found) and "כתובת שגויה" (a wrong address, read as a failed delivery by other
steps) stay as they were read. The round's rows "במעבר", "יצא למסירה" and "מוכן לאיסוף" were left out as blind corpora's
words, so no phrase is written from them.

Folded like the text (lossanalytics.normalise._rules.fold: Hebrew final letters as their other forms, Arabic letter
variants in one form, punctuation as spaces); rtl_phrases folds the patterns the same way. Written by the team from
DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_19.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# A carrier named as the one the parcel was handed to (Hebrew, folded; "the shipping company" is read elsewhere).
_HE_CARRIER = r"(?:ups|dhl|fedex|tnt|usps|ems|aramex|(?:ה)?מוביל|(?:ה)?דואר)"
# A courier (Hebrew), with or without the article.
_HE_COURIER = r"(?:ה)?שליח(?:ה)?"
# Whom goods are sent back to in Arabic: the sender, merchant, store or sending association (a warehouse alone does not
# say whose: asia_mideast_2 leaves "أعيدت الشحنة إلى المستودع" unread as a return).
_AR_BACK_TO = r"(?:جمعيه|مرسل|راسل|تاجر|متجر|شاحن|بائع)"

ASIA_MIDEAST_FIRST_STEPS_19: tuple[Step, ...] = (
    # Not collected and sent back; goods "returned to" the sender, merchant, store or association: returned, before
    # "נאסף" reads a collection and "المستودع" a warehouse on the way.
    ("returned", {
        "he": rtl_phrases(r"\bלא נאספ(?:ה)? (?:ו|ול)?הוחזר(?:ה)?"),
        "ar": rtl_phrases(r"\b(?:تم )?اعيد(?:ت)?(?: (?:ال)?(?:شحنه|طرد|طلب|بضاعه|جهاز))? (?:الى (?:ال)?|لل|ل)" + _AR_BACK_TO),
    }),
    # Handed to a named carrier or the shipping company: moving on, before "נמסר" reads a delivery.
    ("in_transit", {
        "he": rtl_phrases(r"\bנמסר(?:ה)? ל ?" + _HE_CARRIER + r"\b"),
    }),
    # A label made: before the carrier, even with "waiting for pickup" after it (the carrier's pickup).
    ("info_received", {
        "he": rtl_phrases(r"\bתווית (?:(?:ה)?משלוח )?(?:נוצרה|הודפסה|הופקה)\b"),
    }),
    # A courier on the way to you or the customer, as the text's subject: out for delivery, before "בדרך אליך" reads
    # movement ("עם השליח", with the courier, is read elsewhere).
    ("out_for_delivery", {
        "he": rtl_phrases(r"^" + _HE_COURIER + r" (?:נמצא )?(?:ב)?(?:דרכ|דרכו|דרכה) (?:אליכ|אלייכ|ללקוח|אל הלקוח|לנמענ)\b"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_19: tuple[Step, ...] = (
    # A customs payment required: held until paid.
    ("exception", {
        "he": rtl_phrases(r"\bתשלומ (?:מכס|מס|מסים|מיסים|מיסי יבוא) נדרש\b",
                          r"\bנדרש תשלומ (?:מכס|מס|מסים|מיסים|מיסי יבוא)\b",
                          r"\bחריגת (?:מסירה|משלוח|הפצה)\b"),
    }),
    # Waiting at a delivery, pickup or distribution point: available for pickup.
    ("available_for_pickup", {
        "he": rtl_phrases(r"\bממתינ(?:ה)? ב(?:נקודת|נקודה) (?:ה)?(?:מסירה|איסופ|חלוקה)\b"),
    }),
    # On the delivery round: out for delivery.
    ("out_for_delivery", {
        "he": rtl_phrases(r"\bבסבב (?:ה)?(?:חלוקה|מסירה|הפצה|המסירות)\b"),
        "ar": rtl_phrases(r"^(?:ال(?:شحنه|طلب|طرد) )?(?:جاري|قيد) (?:ال)?تسليم$"),
    }),
    # Customs brokerage, moved to a hub or centre, at the airport: moving on.
    ("in_transit", {
        "he": rtl_phrases(r"\bעמילות (?:ה)?מכס\b",
                          r"\bמועבר(?:ת)? ל(?:מוקד|מרכז|סניפ|מחסנ)\b",
                          r"\bב ?נמל (?:ה)?תעופה\b"),
    }),
    # Waiting for an update after a waybill was linked: before the carrier.
    ("info_received", {
        "he": rtl_phrases(r"^(?:שויכ )?(?:ו)?ממתינ(?:ה)? לעדכונ(?: סטטוס)?(?: מ\w+(?: \w+)?)?$"),
    }),
    # No contact made, no answer, a postponement asked for, each as the whole status: a failed attempt.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^(?:لم يتم|تعذر) (?:ال)?تواصل(?: مع (?:ال)?(?:عميل|مستلم|زبون))?$",
                          r"^(?:(?:ال)?(?:عميل|مستلم|زبون) )?لا (?:يرد|يجيب)(?: على (?:ال)?(?:هاتف|اتصال|جوال))?$",
                          r"^(?:(?:ال)?(?:عميل|مستلم|زبون) )?طلب (?:ال)?تاجيل(?: (?:ال)?(?:تسليم|توصيل))?$"),
    }),
)
