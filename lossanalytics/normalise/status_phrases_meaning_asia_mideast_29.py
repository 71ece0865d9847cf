"""Arabic and Hebrew tracking texts read by their meaning, twenty-ninth Asian and Middle-Eastern pass (round 120): an
Egyptian marketplace's order timeline (awaiting payment, the receipt under review, payment confirmed, the order
completed, back with the seller, back with the seller after the failed delivery), a Saudi shop's delivery app's reasons
for a delivery not made (the customer asked to receive it later, the customer without the cash, the customer refused
the order and cancelled it), a shop app's Arabic notes for Bosta's attempt reasons (the customer's phone number wrong,
the address outside coverage, the delivery address unclear, not carried out because of the weather, damage recorded on
the shipment), an Israeli delivery-task app's driver issue reports (the customer not answering, the address not found,
the address given wrong or inexact), an Israeli pet marketplace's milestone label (on the way to you, the courier
arriving soon), an Israeli purchase tracker's label (going out for delivery) and an Arabic parcel app's statuses and
descriptions (receipt refused with the amount paid in full, in part or not at all, the delivery put off at the
customer's request, at the courier's shipping office, part of the shipment delivered, received in full), as those
shops and apps word them.

The reading follows who holds the parcel (DESIGN §4). Awaiting payment, a payment receipt under review and a payment
confirmed, as a whole text: an order before the carrier. An order completed, as a whole text: delivered (as this file
reads "Completed"). Back with the seller or the sender: returned, even when the text names the failed delivery before
it. A driver's reason for not delivering (the customer asked to receive it later, the customer without the cash,
refused and cancelled at the door, not answering, the address not found, given wrong, outside coverage or unclear, the
customer's phone number wrong, the weather) and a courier's refusal statuses that say what was paid (the amount paid
"to the sender" is money, not the parcel gone back): the attempt failed. At the courier's shipping office, even while
being prepared there for dispatch: moving on. Part of the shipment delivered and received in full: delivered (as this
file reads a partial delivery). Damage recorded on the shipment: damaged. On the way to you with the courier arriving
soon, and going out for delivery: out for delivery.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_29 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-eighth's): in Arabic a shipment back with the seller before "فشل" reads the failed delivery, a
  refusal at the door before "الغاء" reads a cancellation, a refusal with the amount paid to the sender before "للمرسل"
  reads a return, a shipment at the courier's shipping office before "تجهيز" reads an order prepared before the
  carrier, and part of the shipment delivered before "سيتم تسليم" reads a delivery to come; in Hebrew the courier
  arriving soon on the way to you before "יגיע" reads movement.
- ASIA_MIDEAST_LATE_STEPS_29 come just before the twenty-eighth pass's late steps (status_phrases_language_late.py)
  and read only texts nothing else reads.

Left unread: Arabic "فشل الدفع" (a payment failed: a payment's state, not a parcel's), "تم استرجاع الطلب" (the order
refunded or taken back: the money's or the parcel's, not said) and a bare "تم التأجيل" (postponed: a delivery put off
at the customer's request in its source, but what was put off and at whose request, not said; this file reads the
postponed delivery as a failed attempt or an exception by its words).

Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ة" as "ه", "ى" and "ئ"
as "ي", marks off, Hebrew final letters as ordinary ones, punctuation such as a slash or a dash as a space). Written by
the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_29.py holds the examples); no source's table
was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The one who should receive the parcel, in Arabic texts.
_AR_RECIPIENT = r"(?:ال)?(?:عميل|مستلم|زبون|مرسل اليه)"

ASIA_MIDEAST_FIRST_STEPS_29: tuple[Step, ...] = (
    # Back with the seller or the sender, even after the failed delivery is named (Arabic): returned, before "فشل"
    # reads the failed delivery.
    ("returned", {
        "ar": rtl_phrases(r"^(?:(?:الشحنه|الطرد|الطلب) )?رجع(?:ت)? (?:فعليا |بالفعل )?(?:الي ال|لل)"
                          r"(?:بايع|مرسل|تاجر|راسل)\b"),
    }),
    # The customer refused the order at the door, a cancellation named after it (Arabic): the attempt failed, before
    # "الغاء" reads a cancellation.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^رفض " + _AR_RECIPIENT + r" (?:ال)?استلام (?:ال)?(?:طلب|شحنه|طرد) (?:او )?(?:ال)?الغاء$"),
    }),
    # Receipt refused, the amount (in full, in part or none of it) paid to the sender (Arabic): a refusal at the door,
    # the attempt failed, before "للمرسل" reads the parcel gone back to the sender.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^(?:تم )?رفض (?:ال)?استلام (?:مع|و ?لم يتم) (?:دفع|سداد)(?: \S+){0,4} (?:لل|الي ال)مرسل$"),
    }),
    # At the courier's shipping office, being prepared there for dispatch (Arabic): moving on, before "تجهيز" reads an
    # order prepared before the carrier.
    ("in_transit", {
        "ar": rtl_phrases(r"^(?:(?:الشحنه|الطرد) )?(?:موجود(?:ه)? )?في مكتب (?:ال)?شحن\b"),
    }),
    # Part of the shipment delivered, the rest to follow (Arabic): delivered, as a partial delivery reads, before
    # "سيتم تسليم" reads a delivery still to come.
    ("delivered", {
        "ar": rtl_phrases(r"^تم تسليم جزء من (?:ال)?(?:شحنه|طلب|طرد)\b"),
    }),
    # On the way to you, the courier arriving soon (Hebrew): out for delivery, before "יגיע" reads movement.
    ("out_for_delivery", {
        "he": rtl_phrases(r"\bבדרכ אלי(?:י)?כ השליח (?:יגיע|מגיע)\b",
                          r"^השליח (?:יגיע|מגיע) (?:אלי(?:י)?כ )?בקרוב$"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_29: tuple[Step, ...] = (
    # Awaiting payment, the payment receipt under review, payment confirmed, as a whole text (Arabic): an order before
    # the carrier.
    ("info_received", {
        "ar": rtl_phrases(r"^(?:الطلب )?(?:في |ب)انتظار (?:ال)?دفع$",
                          r"^(?:جاري |قيد )?مراجعه (?:ال)?ايصال(?: (?:ال)?دفع)?$",
                          r"^تم تاكيد (?:ال)?دفع$"),
    }),
    # An order completed, as a whole text (Arabic): delivered.
    ("delivered", {
        "ar": rtl_phrases(r"^(?:الطلب )?مكتمل(?:ه)?$"),
    }),
    # A driver's reason for not delivering (Arabic): the customer asked to receive it later, the customer without the
    # cash, the customer's phone number wrong, the address outside coverage or the delivery address unclear, not carried
    # out because of the weather: the attempt failed.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^طلب " + _AR_RECIPIENT + r" تاجيل (?:ال)?(?:استلام|تسليم|توصيل)"
                          r"(?: (?:ل|الي )?(?:وقت|موعد) (?:لاحق|اخر))?$",
                          r"^عدم توفر (?:ال)?(?:مبلغ|نقود|كاش)(?: (?:مع|لدي) " + _AR_RECIPIENT + r")?"
                          r"(?: كاش| حاليا| نقدا)?$",
                          r"^رقم (?:هاتف|جوال|موبايل) " + _AR_RECIPIENT + r" (?:غير صحيح|خطا|خاطي|مغلق)\b",
                          r"^(?:ال)?عنوان (?:" + _AR_RECIPIENT + r" )?خارج (?:نطاق )?(?:ال)?(?:تغطيه|خدمه)$",
                          r"^عنوان (?:ال)?(?:تسليم|توصيل) غير (?:واضح|صحيح|دقيق|مكتمل)$",
                          r"^تعذر (?:ال)?(?:تنفيذ|تسليم|توصيل) بسبب (?:ظروف |سوء )?(?:ال)?طقس\b"),
    }),
    # A courier's refusal statuses, with the payment said (refused with payment, with part paid, refused and not paid),
    # and the delivery put off at the customer's request (Arabic): the attempt failed.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^تم (?:ال)?رفض (?:مع (?:ال)?(?:دفع|سداد)(?: جزء)?|و ?لم يتم (?:ال)?دفع|لم يتم (?:ال)?دفع)$",
                          r"^تم تاجيل (?:عمليه )?(?:ال)?(?:تسليم|توصيل)(?: \S+){0,3} (?:بناء علي|حسب) طلب "
                          + _AR_RECIPIENT + r"$"),
    }),
    # Received in full (Arabic): delivered.
    ("delivered", {
        "ar": rtl_phrases(r"^مستلم(?:ه)? بالكامل$"),
    }),
    # Damage recorded on the shipment (Arabic): damaged.
    ("damaged", {
        "ar": rtl_phrases(r"^(?:تم )?تسجيل تلف (?:في |ب)(?:ال)?(?:شحنه|طرد|طلب)\b"),
    }),
    # The customer not answering or unavailable, the address not found, the address given wrong or inexact (Hebrew):
    # the attempt failed (as this file's steps read a bare wrong address).
    ("delivery_failed", {
        "he": rtl_phrases(r"^(?:ה)?(?:לקוח|נמענ) לא (?:עונה|ענה|זמינ)\b",
                          r"^(?:ה)?(?:שליח )?לא (?:מוצא|מצא|הצליח למצוא) את הכתובת$",
                          r"^(?:ה)?כתובת (?:ש(?:סופקה|נמסרה|הוזנה) )?(?:שגויה|לא מדויקת|לא נכונה)"
                          r"(?: או (?:שגויה|לא מדויקת|לא נכונה|חסרה))?$"),
    }),
    # Going out for delivery (Hebrew): out for delivery.
    ("out_for_delivery", {
        "he": rtl_phrases(r"^ביציאה ל(?:משלוח|מסירה|חלוקה)$"),
    }),
)
