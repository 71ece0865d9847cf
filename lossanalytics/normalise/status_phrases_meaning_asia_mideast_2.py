"""Arabic, Persian and French status texts read by their meaning, second pass (round 42): how couriers,
marketplaces and shop modules of the Gulf, Egypt, Yemen, Sudan and Iran word the states before the carrier has
the goods, the carrier's own hands and places, a delivery put off and a hand-over the carrier refused
("لم يتم استلام الطرد من الشريك بعد", "طلب استلام من التاجر", "بانتظار موافقة الأدمن", "تم استلام الطرد في مستودع إقليمي",
"تم تسليمه للتوصيل", "اعادة جدولة وقت التسليم", "رفضت شركة التوصيل الاستلام", "آماده به ارسال", "Supprimée").

ASIA_MIDEAST_FIRST_STEPS_2 come just before status_phrases_meaning_asia_mideast's first steps, whose words decide
against them: "تسجيل الشحنة" (a shipment registered) reads only data, "تم تسليم" (handed over) a delivery,
"استلام" (taking in) movement, "إرجاع" (return) a return, "تأجيل", "جدولة" and "رفض" (put off, rescheduled,
refused) a failed delivery. Each corrects what the word is said of:
- a parcel taken in at the carrier's branch, warehouse, centre or office moves, even where the same text says it
  was registered there; one handed over "to delivery" or "to shipping" (the service, not a person) is with the
  carrier, not delivered;
- a collection asked of the merchant or the sender leaves the goods with the sender;
- a follow-up before the parcel is returned holds it (no return yet);
- a delivery time or date set again, with no attempt named, holds the parcel; a recipient who asked for the
  delivery to be put off fails it;
- the delivery company or its agent refusing to take the goods is a problem: they stay with the sender, and no
  recipient refused anything.

ASIA_MIDEAST_LATE_STEPS_2 come just before status_phrases_meaning_asia_mideast's late steps (after every outcome
step) and read only texts nothing else reads:
- a parcel not yet taken from the partner, merchant or sender, a draft, a shipment confirmed or approved, awaiting
  approval, a new order, ready for shipping (before "ready for collection by the customer", which waits), the
  carrier notified, waiting for the carrier's collection: only data (Persian: packed, ready to send);
- taken from the partner, merchant or sender, taken by the delivery company, assigned to a delivery agent, on its
  way to a warehouse, moving between hubs, a status that is only "in" the office, warehouse or branch, the
  international leg, on board: still moving (Persian: being sent, handed to the courier);
- needing follow-up, postponements: a problem (Persian: needs review);
- Persian "برگشتی" (returned) alone: a return;
- a shipment deleted: cancelled (French "Supprimée", "colis supprimé", Persian "حذف شده").
A parcel "returned to the warehouse" is left unread: whose warehouse, the sender's or the carrier's depot after a
failed round, the words do not say.

Arabic phrases are written as carriers spell them (_rules folds hamza, taa marbuta and harakat as it folds the
text) and match inside words, as the article and prepositions attach to them; Persian phrases likewise. French
phrases are regular expressions of whole words on folded text. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_asia_mideast_2.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The carrier's own places a parcel is taken in at.
_AR_PLACE = r"(?:ال)?(?:فرع|مستودع|مركز|مكتب|محطة|مخزن)"
# The one the carrier collects from: the partner shop, the merchant, the store, the sender, the seller.
_AR_SENDER = r"(?:ال)?(?:شريك|تاجر|متجر|مرسل|بائع)"
# The delivery company or its agent, as the one who takes or refuses the goods.
_AR_CARRIER = r"(?:شركة|مندوب|ناقل) (?:ال)?(?:توصيل|شحن)"

ASIA_MIDEAST_FIRST_STEPS_2: tuple[Step, ...] = (
    # A follow-up before the parcel is returned, a delivery time set again, the delivery company refusing to take the
    # goods (they stay with the sender): held, before "إرجاع" reads a return and "جدولة" or "رفض" a failed delivery.
    ("exception", {
        "ar": rtl_phrases(r"متابع\S* قبل (?:ال)?(?:إرجاع|ارجاع|إعادة|رجوع)",
                          r"إعادة جدولة (?:\S+ )?(?:وقت|موعد|تاريخ) (?:ال)?(?:تسليم|توصيل)",
                          r"رفض\S* " + _AR_CARRIER + r" (?:ال)?استلام"),
    }),
    # A recipient who asked for the delivery to be put off: a failed delivery, before "تأجيل" reads otherwise.
    ("delivery_failed", {
        "ar": rtl_phrases(r"(?:العميل|المستلم|الزبون|المرسل إليه) (?:\S+ )?طلب تأجيل"),
    }),
    # A collection asked of the merchant or the sender: the goods are still with the sender.
    ("info_received", {
        "ar": rtl_phrases(r"طلب (?:ال)?(?:استلام|التقاط|جمع) (?:\S+ )?من " + _AR_SENDER),
    }),
    # Taken in at the carrier's own place, handed over to the delivery or shipping service: moving, before
    # "تسجيل الشحنة" reads only data and "تم تسليم" a delivery.
    ("in_transit", {
        "ar": rtl_phrases(r"(?:تم (?:ال)?|و)استلام\S* (?:\S+ ){0,2}في " + _AR_PLACE,
                          r"تسليم\S* (?:لل|إلى ال)(?:توصيل|شحن)\b"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_2: tuple[Step, ...] = (
    # Ready for shipping: only data, before "ready for the customer's collection" waits.
    ("info_received", {
        "ar": rtl_phrases(r"جاهز\S* (?:\S+ )?للشحن"),
    }),
    ("available_for_pickup", {
        "ar": rtl_phrases(r"جاهز\S* (?:ل|لل)(?:ال)?استلام\S* (?:\S+ ){0,2}(?:العميل|المستلم|الزبون)"),
    }),
    # Not yet taken from the sender, a draft, confirmed, approved or awaiting approval, a new order, the carrier
    # notified or awaited: nothing handed over yet.
    ("info_received", {
        "ar": rtl_phrases(r"لم يتم (?:ال)?استلام\S* (?:\S+ ){0,2}من " + _AR_SENDER,
                          r"مسودة",
                          r"^(?:تم )?مؤكد\S*(?: \S*معتمد\S*)?$",
                          r"(?:تأكيد|اعتماد) (?:و(?:تأكيد|اعتماد) )?(?:ال)?(?:شحنة|طلب)",
                          r"(?:بانتظار|في انتظار) (?:\S+ )?موافق",
                          r"طلب (?:\S+ )?جديد",
                          r"إخطار " + _AR_CARRIER,
                          r"(?:بانتظار|في انتظار) (?:ال)?استلام " + _AR_CARRIER),
        "fa": rtl_phrases(r"بسته(?:\u200c| )?بندی شده", r"آماده (?:به|ی) ارسال"),
    }),
    # Needing follow-up, postponements: a problem.
    ("exception", {
        "ar": rtl_phrases(r"(?:بحاجة|يحتاج|تحتاج) (?:إلى |الى )?متابع",
                          r"تأجيلات"),
        "fa": rtl_phrases(r"نیازمند بررسی"),
    }),
    # Returned: a return.
    ("returned", {
        "fa": rtl_phrases(r"^برگشتی$"),
    }),
    # A shipment deleted: cancelled.
    ("cancelled", {
        "fr": (r"^supprimee?s?$", r"(?:colis|envoi|expedition|commande) supprimee?s?"),
        "fa": rtl_phrases(r"(?:^|سفارش |مرسوله |بسته )حذف شده"),
    }),
    # Taken from the sender or by the delivery company, at the carrier's place, assigned to a delivery agent, on its
    # way to a warehouse, between hubs, the international leg, on board: still moving.
    ("in_transit", {
        "ar": rtl_phrases(r"(?:تم (?:ال)?|و)استلام\S* (?:\S+ ){0,2}من " + _AR_SENDER,
                          r"استلم\S* (?:\S+ )?" + _AR_CARRIER,
                          r"تعيين (?:ال)?(?:طرد|شحنة|طلب) (?:ل|إلى )(?:ال)?مندوب",
                          r"في طريق\S* (?:إلى|الى|ل) (?:\S+ )?" + _AR_PLACE,
                          r"تنتقل بين",
                          r"^في " + _AR_PLACE + r"(?: |$)",
                          r"(?:ال)?شحن الدولي",
                          r"على متن"),
        "fa": rtl_phrases(r"در حال ارسال", r"تحویل پیک"),
    }),
)
