"""Persian, Urdu, Arabic and Hebrew tracking texts read by their meaning, twenty-sixth Asian and Middle-Eastern pass
(round 109): an international courier's waybill ladder in Persian (contact with the sender, the parcel taken from the
sender, entering and leaving hubs, airports and customs, customs assessment, the courier delivering, delivered), a
courier's Urdu notifications (booked, on the way, out for delivery today, delivered, being sent back, returned to the
sender, lost) and a marketplace's Urdu shipment statuses (on the way, handed over, delivery failed), an Iraqi shop's
courier statuses in Arabic (ready to print, on hold, with the delivery company, received, an order the warehouse
refused) and a delivery app's results (coming back with a reason), and an Israeli shop's Hebrew delivery copy (assigned to a courier at the distribution company, with the
courier company, loaded on the courier and on its way, packed and ready for the courier company, ready for
self-collection, collected by the customer, still being handled) and a dispatch bot's courier found.

The reading follows who holds the parcel (DESIGN §4). Contact with the sender before collection, a parcel booked, an
order whose label is still to be printed, an order packed for the courier company to collect, an order still being
handled and not yet ready for self-collection, and a courier found but not yet at the sender: before the carrier. The
parcel taken from the sender, hubs, airports, customs passed or assessed as a rung of the ladder (no hold said), a
parcel "on the way" (راستے میں), with the delivery company, with the courier company and scheduled, and assigned to a
courier at the distribution company waiting for him to set out: moving on. The courier delivering, out for delivery
today, a parcel loaded on the courier and on its way to the recipient: out for delivery. Ready for self-collection:
waiting for the buyer. Delivered, handed over, received, collected by the customer himself: delivered. Being sent back
or returned to the sender, coming back for a reason: returned (DESIGN §4: returning or returned); a failed delivery with the return under way
reads the return. A parcel lost: lost. On hold: an exception, as the feminine "معلقة" already reads; an order the
shop's warehouse refused: held up before the carrier, an exception.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_26 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-fifth's): in Hebrew a parcel loaded on the courier and on its way to the recipient before "בדרך"
  reads movement, an order not yet ready for self-collection before "בטיפול" reads movement, an order collected by the
  customer himself before "נאספ" reads the carrier's collection; in Arabic an order refused by the warehouse before
  "من المخزن" reads movement.
- ASIA_MIDEAST_LATE_STEPS_26 come just before the twenty-fifth pass's late steps (status_phrases_language_late.py)
  and read only texts nothing else reads.

Left unread: Arabic "مقبول" (accepted: by a supplier, or by a carrier, as "Accepted" reads), "مسند" (assigned: to
collect or to deliver, not said), "وصل للعميل" (arrived at the customer: earlier passes read an arrival as movement,
"وصل الى العميل" among them; reading it as the last leg here would split one meaning), "محوّل/مؤرشف" (converted or
archived), "لم يتم الرد على الهاتف" (the phone not answered: a shop's confirmation call before shipping
as often as a courier's call at delivery); Urdu "زیر التواء" (pending: of what, not said). Left as read: Hebrew "המשלוח בדרך ליעד" (on the way to the
destination: moving, an on-demand courier's last leg not said).

Persian and Urdu are written here with both the Persian and the Arabic forms of yeh and kaf ([یي], [کك]), which fold
does not make one; Urdu sentences keep their full stop "۔", so Urdu patterns are not anchored at the end. Folded like
the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ة" as "ه", "آ" as "ا", marks off,
Hebrew final letters as ordinary ones). Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_asia_mideast_26.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# Persian yeh and kaf in both their Persian and Arabic forms.
_Y = "[یي]"
_K = "[کك]"
# The goods in Persian texts.
_FA_GOODS = r"(?:مرسوله|بسته|محموله|سفارش)"
# Where a Persian parcel passes on its way.
_FA_PLACE = r"(?:هاب|فرودگاه|گمر" + _K + r"|مر" + _K + r"ز پردازش|مر" + _K + r"ز توز" + _Y + r"ع)"
# The goods in Urdu texts.
_UR_GOODS = r"(?:پارسل|شپمنٹ|آرڈر|ارڈر|پیکج)"
# Done, in Urdu ("has become", "has gone").
_UR_DONE = r"(?:گیا|گئی|چکا|چکی)"
# The courier company in Hebrew.
_HE_COURIER_COMPANY = r"(?:חברת ה(?:שליחויות|הפצה|משלוחים)|השליח)"

ASIA_MIDEAST_FIRST_STEPS_26: tuple[Step, ...] = (
    # Not yet ready for self-collection, still being handled (Hebrew): before the carrier, before "בטיפול" reads
    # movement.
    ("info_received", {
        "he": rtl_phrases(r"(?:טרם|עדיין לא|לא) מוכנ(?:ה|ות|ים)? לאיסוף עצמי"),
    }),
    # Loaded on the courier and on its way to the recipient (Hebrew): out for delivery, before "בדרך" reads movement.
    ("out_for_delivery", {
        "he": rtl_phrases(r"הועמס(?:ה)? (?:ל|על ה|אל ה)שליח (?:ו)?(?:ב?דרכו|ב?דרכה|בדרך) אלי(?:ך|כם)"),
    }),
    # Collected by the customer himself (Hebrew): delivered, before "נאספ" reads the carrier's collection.
    ("delivered", {
        "he": rtl_phrases(r"נאספ(?:ה|ו)? (?:באופן עצמאי|באיסוף עצמי|על ידי הלקוח)"),
    }),
    # An order the shop's warehouse refused (Arabic): held up before the carrier, before "من المخزن" reads movement.
    ("exception", {
        "ar": rtl_phrases(r"^(?:الطلب )?مرفوض(?:ه)? من (?:ال)?مخزن$"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_26: tuple[Step, ...] = (
    # Contact with the sender before collection (Persian); a parcel booked (Urdu); a label still to print (Arabic); packed
    # for the courier company to collect, a courier found (Hebrew): before the carrier.
    ("info_received", {
        "fa": rtl_phrases(r"^(?:در حال )?(?:ارتباط|تماس)(?: و هماهنگ" + _Y + r"(?: اول" + _Y + r"ه)?)? با فرستنده"),
        "ur": rtl_phrases(r"\b" + _UR_GOODS + r"\b.*\bبک ہو " + _UR_DONE + r"\b"),
        "ar": rtl_phrases(r"^(?:الطلب )?جاهز(?:ه)? للطباعه$"),
        "he": rtl_phrases(r"מוכנ(?:ה|ות|ים)? לאיסוף על ידי " + _HE_COURIER_COMPANY,
                          r"^נמצא שליח(?: למשלוח)?$"),
    }),
    # Taken from the sender, entering or leaving a hub, airport, customs or processing centre, in flight, cleared or
    # assessed by customs (Persian); on the way (Urdu); with the delivery company (Arabic); assigned to a courier at
    # the distribution company, with the courier company (Hebrew): moving on.
    ("in_transit", {
        "fa": rtl_phrases(r"^در" + _Y + r"افت " + _FA_GOODS + r"$",
                          r"\bاز فرستنده تحو" + _Y + r"ل گرفته شد",
                          r"^(?:ورود|خروج)(?: " + _FA_GOODS + r")? (?:به|از) " + _FA_PLACE,
                          r"\bوارد " + _FA_PLACE + r"\b",
                          r"\bاز " + _FA_PLACE + r"(?: مبدا| مقصد)? خارج\b",
                          r"\b" + _K + r"شور مبدا را ترک " + _K + r"رد",
                          r"\bاز گمر" + _K + r"(?: مبدا| مقصد)? ترخ" + _Y + r"ص شد",
                          r"^در حال ارز" + _Y + r"اب" + _Y + r" گمر" + _K + r"$",
                          r"\bدر حال بررس" + _Y + r" و ارز" + _Y + r"اب" + _Y + r" توسط .*گمر" + _K),
        "ur": rtl_phrases(r"^راستے میں$", r"\bراستے میں ہے\b"),
        "ar": rtl_phrases(r"^(?:الطلب |الشحنه )?لدى شركه (?:التوصيل|الشحن)$"),
        "he": rtl_phrases(r"שוי?יכ(?:ה)? לשליח ב" + _HE_COURIER_COMPANY,
                          r"נמצא(?:ת)? אצל " + _HE_COURIER_COMPANY),
    }),
    # The courier delivering (Persian); out for delivery today (Urdu): out for delivery.
    ("out_for_delivery", {
        "fa": rtl_phrases(r"^در حال تحو" + _Y + r"ل دادن$",
                          r"\bتوسط (?:سف" + _Y + r"ر|پ" + _Y + _K + r"|مامور|نامه ?رسان) در حال تحو" + _Y + r"ل\b"),
        "ur": rtl_phrases(r"\bڈیلیوری کے لیے نکل " + _UR_DONE + r"\b"),
    }),
    # Ready for self-collection (Hebrew): waiting for the buyer.
    ("available_for_pickup", {
        "he": rtl_phrases(r"מוכנ(?:ה|ות|ים)? לאיסוף עצמי"),
    }),
    # Being sent back or returned to the sender (Urdu): returned, before "ڈیلیوری ناکام" reads a failed delivery. Coming
    # back with its reason (Arabic, "راجعة لأسباب ..."): returned ("راجع" before anything else may say "check").
    ("returned", {
        "ar": rtl_phrases(r"^راجع(?:ه)? (?:بسبب|لاسباب|لسبب)\b"),
        "ur": rtl_phrases(r"\bواپس (?:بھیجا|بھیجی|کیا|کی) جا رہ(?:ا|ی|ي)\b",
                          r"\b(?:بھیجنے والے|مرسل|سینڈر) کو واپس (?:کر|بھیج) د(?:یا|ی) " + _UR_DONE + r"\b"),
    }),
    # Delivery failed (Urdu).
    ("delivery_failed", {
        "ur": rtl_phrases(r"\bڈیلیوری ناکام\b"),
    }),
    # A parcel lost (Urdu).
    ("lost", {
        "ur": rtl_phrases(r"\b" + _UR_GOODS + r"\b.*\bگم ہو " + _UR_DONE + r"\b"),
    }),
    # Delivered (Persian, Urdu); received (Arabic, the whole text): delivered.
    ("delivered", {
        "fa": rtl_phrases(r"^تحو" + _Y + r"ل داده شد$",
                          r"\bبه گ" + _Y + r"رنده(?: نها" + _Y + _Y + r")? تحو" + _Y + r"ل داده شد"),
        "ur": rtl_phrases(r"\bڈیلیور ہو " + _UR_DONE + r"\b", r"^پہنچا دیا گیا$"),
        "ar": rtl_phrases(r"^مستلم(?: ✓)?$"),
    }),
    # On hold (Arabic, the whole text), as the feminine already reads: an exception.
    ("exception", {
        "ar": rtl_phrases(r"^(?:الطلب |الشحنه )?معلق$"),
    }),
)
