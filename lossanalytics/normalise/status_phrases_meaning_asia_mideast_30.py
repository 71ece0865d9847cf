"""Persian, Arabic, Hebrew and Urdu tracking texts read by their meaning, thirtieth Asian and Middle-Eastern pass (round
128): a Persian courier operations system's parcel statuses and events (assigned, confirmed or sent for pickup, a pickup
request registered, the courier at the sender's place, collected, handed to a hub, the line-haul carrier, a processing
centre or a branch, sorted, being carried, sort scans, on the distribution route, assigned for distribution, the courier
sent to or arrived at the delivery place, handed to the recipient, given back, voided, undecided, a decision requested,
the journey stopped, loaded or unloaded at the wrong branch, outside the network's range, not confirmed by the branch,
damage registered), an Egyptian delivery app's order statuses and failure reasons (the driver accepted the order, the
driver at the delivery address, a partial delivery, a retry awaited, the phone off or not answering, the amount not
enough or not available), an Egyptian courier's failure reasons (a postponement at the customer's request), a driver
app's delivery results and refusal reasons (delivered in full, the customer changed his mind, the amount differs from
the one agreed), an Israeli volunteer delivery platform's statuses (details being clarified, waiting for an admin,
ready for shipping, the family coming to collect it, frozen, not yet ready for collection) and a Pakistani shop's Urdu
parcel updates (awaiting booking, dispatched, came back, cancelled), as those systems word them.

The reading follows who holds the parcel (DESIGN §4). Assigned, confirmed or sent "for pickup" (جهت جمع آوری), a
pickup request registered, the courier arrived at the sender's place, a change of the origin courier requested, a
pre-request, the driver accepted the order, ready for shipping, not yet ready for collection, awaiting booking: before
the carrier. Collected, handed to a hub, a line-haul carrier, a processing centre or a branch, sorted, being carried, a
sort scan, dispatched: moving on. On the distribution route, assigned to a courier for distribution, the courier sent
to or arrived at the delivery place, the driver at the delivery address: out for delivery. Handed to the recipient,
delivered in full, a partial delivery (as this file reads "Partial Delivery"): delivered. Given back, returned, came
back: returned. Voided, cancelled: cancelled. A driver's reason for not delivering (the phone off or not answering, the
amount not enough or not available, put off at the customer's request, the customer changed his mind, the amount not
the one agreed) and a retry awaited: the attempt failed. The family coming to collect it: waiting for them. Undecided,
a decision on the parcel requested, the journey stopped, sorted as undecided or without data, loaded or unloaded at the
wrong branch, outside the network's range, not confirmed by the branch for pickup, details being clarified, waiting
for an admin, frozen: held up, an exception. Damage registered on the parcel: damaged.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_30 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-ninth's): in Arabic the driver arrived at the delivery address before "وصل إلى" (arrived at) reads
  movement, so "لعنوان" and "إلى عنوان" read alike.
- ASIA_MIDEAST_LATE_STEPS_30 come just before the twenty-ninth pass's late steps (status_phrases_language_late.py)
  and read only texts nothing else reads.

Left unread: Persian "جاری" (current: of what, not said), "قبول شده" (accepted: by whom, not said, as Arabic "مقبول"
stays unread), a withdrawn assignment at the destination worded "for pickup" (the enum says distribution: which, not
said), an awaiting-assignment status with "جمع" misspelt, "مرسوله در تحویل، تحویل دهنده نیست" (a system error's
wording); Arabic "وصل للوجهة" (arrived at the destination: a facility as often as the address), "مشكلة أمنية" (a
security problem) and "ظروف جوية" (the weather: a delay as often as a failed attempt), a bare "خارج نطاق التغطية"
(outside coverage: of an address on an attempt or of a shipment refused before it, not said), "أوردر مكرر" (a
duplicate order), "المنتج مختلف عن الطلب" (the product not the one ordered: a refusal at the door or a return after
it), "مشكلة في حالة المنتج أو العبوة" (the goods' condition: a refusal or damage), "الفحص المتفق عليه غير متاح" (the
inspection not possible); Hebrew "אספו את החבילה" (they collected the package: the courier or the family, not said),
"רחוק לי" (too far for me). Left as read: Hebrew "חבילה נאספה" (collected: moving, the volunteer's last leg not said)
and Arabic "قطع ناقصة" (pieces missing: an exception, the refusal not said).

Persian and Urdu are written here with both the Persian and the Arabic forms of yeh and kaf ([یي], [کك]), which fold
does not make one. Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ة"
as "ه", "آ" as "ا", marks off, Hebrew final letters as ordinary ones, punctuation such as a slash, an underscore or
brackets as a space). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_30.py holds
the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# Persian yeh and kaf in both their Persian and Arabic forms.
_Y = "[یي]"
_K = "[کك]"
# The goods in Persian texts, written before a state.
_FA_GOODS = r"(?:(?:مرسوله|بسته|محموله|سفارش|پارسل) )?"
# Collection from the sender, "جمع آوری", with or without its space.
_FA_PICKUP = r"جمع ?آور" + _Y
# Distribution or delivery to the recipient.
_FA_DELIVERY = r"(?:توز" + _Y + r"ع|تحو" + _Y + r"ل)"
# Where a Persian parcel is handed on its way: a hub, the line-haul carrier, a processing centre, a branch.
_FA_NODE = r"(?:هاب|حامل|مر" + _K + r"ز پردازش|نما" + _Y + r"ندگ" + _Y + r"|شعبه)"
# Done, in Persian.
_FA_DONE = r"(?:شد|شده|گرد" + _Y + r"د)"
# The one who should receive the parcel, in Arabic texts.
_AR_RECIPIENT = r"(?:ال)?(?:عميل|مستلم|زبون|مرسل اليه)"
# Done, in Urdu ("has become", "has gone").
_UR_DONE = r"(?:گیا|گئی|چکا|چکی)"

ASIA_MIDEAST_FIRST_STEPS_30: tuple[Step, ...] = (
    # The driver or courier arrived at the delivery address or the customer's address (Arabic): out for delivery, before
    # "وصل إلى" reads movement.
    ("out_for_delivery", {
        "ar": rtl_phrases(r"^(?:ال)?(?:سائق|مندوب|كابتن) (?:وصل|وصول) (?:ل|الي )عنوان (?:ال)?(?:تسليم|توصيل|عميل|مستلم)$"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_30: tuple[Step, ...] = (
    # Outside the network's range for pickup or delivery, not confirmed by the branch for pickup (Persian): held up, an
    # exception, before "for pickup" reads an order before the carrier.
    ("exception", {
        "fa": rtl_phrases(r"\bدر محدوده (?:شب" + _K + r"ه|سرو" + _Y + r"س|پوشش)\b.*\b(?:ن" + _Y + r"ست|قرار ندارد)$",
                          r"\bخارج از محدوده (?:شب" + _K + r"ه|سرو" + _Y + r"س|پوشش)\b",
                          r"^عدم تا" + _Y + _Y + r"د\b.*\bجهت (?:" + _FA_PICKUP + r"|" + _FA_DELIVERY + r")\b"),
    }),
    # Assigned, confirmed or sent for pickup, also an assignment for pickup withdrawn at the origin, a pickup request
    # registered, the courier arrived at the sender's place, a change of the origin courier requested, a pre-request
    # (Persian): before the carrier.
    ("info_received", {
        "fa": rtl_phrases(r"^(?!.*مقصد).*\b(?:جهت|برا" + _Y + r") " + _FA_PICKUP + r"\b",
                          r"\bدرخواست " + _FA_PICKUP + r" ثبت " + _FA_DONE + r"$",
                          r"\bبه محل فرستنده رس" + _Y + r"د",
                          r"\bتغ" + _Y + _Y + r"ر (?:\S+ ){1,2}مبدا\b",
                          r"^پ" + _Y + r"ش ?درخواست$"),
    }),
    # Collected, sorted, being carried, handed to a hub, a line-haul carrier, a processing centre or a branch (Persian):
    # moving on.
    ("in_transit", {
        "fa": rtl_phrases(r"^" + _FA_GOODS + _FA_PICKUP + r" " + _FA_DONE + r"$",
                          r"^" + _FA_GOODS + r"تف" + _K + _Y + _K + r" " + _FA_DONE + r"$",
                          r"^" + _FA_GOODS + r"در ?حال حمل(?: و نقل)?$",
                          r"^" + _FA_GOODS + r"تحو" + _Y + r"ل (?:شده )?به " + _FA_NODE + r"\b",
                          r"^" + _FA_GOODS + r"به " + _FA_NODE + r"(?: \S+)? تحو" + _Y + r"ل (?:داده )?" + _FA_DONE + r"$"),
    }),
    # Sorted as undecided or without data, undecided, a decision on the parcel requested, the journey stopped, loaded or
    # unloaded at the wrong branch (Persian): held up, an exception, before a sort scan reads movement.
    ("exception", {
        "fa": rtl_phrases(r"^سورت (?:بلات" + _K + r"ل" + _Y + r"ف|بدون (?:د" + _Y + r"تا|اطلاعات))$",
                          r"^" + _FA_GOODS + r"بلات" + _K + r"ل" + _Y + r"ف$",
                          r"\bتع" + _Y + _Y + r"ن ت" + _K + r"ل" + _Y + r"ف\b",
                          r"\b(?:س" + _Y + r"ر|حر" + _K + r"ت|ارسال)(?: \S+)? متوقف " + _FA_DONE + r"\b",
                          r"\b(?:تخل" + _Y + r"ه|بارگ" + _Y + r"ر" + _Y + r"|ورود)(?: \S+)? (?:در|به) " + _FA_NODE
                          + r" اشتباه\b"),
    }),
    # A sort scan (Persian): moving on.
    ("in_transit", {
        "fa": rtl_phrases(r"^سورت\b"),
    }),
    # On the distribution route, assigned to a courier for distribution (not an assignment withdrawn or awaited), the
    # courier sent to or arrived at the delivery place (Persian): out for delivery.
    ("out_for_delivery", {
        "fa": rtl_phrases(r"^" + _FA_GOODS + r"در مس" + _Y + r"ر توز" + _Y + r"ع\b",
                          r"^(?!لغو|در انتظار).*\bتخص" + _Y + r"ص\b.*\b(?:جهت|برا" + _Y + r") " + _FA_DELIVERY + r"\b",
                          r"^(?!لغو|در انتظار).*\b(?:جهت|برا" + _Y + r") " + _FA_DELIVERY + r" تخص" + _Y + r"ص (?:داده )?"
                          + _FA_DONE + r"$",
                          r"\bبه محل " + _FA_DELIVERY + r" (?:اعزام " + _FA_DONE + r"|رس" + _Y + r"د)"),
    }),
    # Handed to the recipient, also as a file closed with it (Persian): delivered.
    ("delivered", {
        "fa": rtl_phrases(r"^" + _FA_GOODS + r"به گ" + _Y + r"رنده(?: نها" + _Y + _Y + r")? تحو" + _Y + r"ل " + _FA_DONE + r"$",
                          r"^(?:مختومه )?تحو" + _Y + r"ل به گ" + _Y + r"رنده(?: " + _FA_DONE + r")?$"),
    }),
    # Given back, returned (Persian): returned.
    ("returned", {
        "fa": rtl_phrases(r"^" + _FA_GOODS + r"عودت(?:" + _Y + r"| " + _FA_DONE + r"| داده " + _FA_DONE + r")$",
                          r"^" + _FA_GOODS + r"برگشت خورد(?:ه)?$"),
    }),
    # Voided (Persian): cancelled.
    ("cancelled", {
        "fa": rtl_phrases(r"^" + _FA_GOODS + r"ابطال " + _FA_DONE + r"$"),
    }),
    # Damage registered on the parcel (Persian): damaged.
    ("damaged", {
        "fa": rtl_phrases(r"\bثبت (?:خراب" + _Y + r"|آس" + _Y + r"ب|خسارت) (?:مرسوله|بسته|محموله|پارسل)\b"),
    }),
    # The driver accepted the order (Arabic): before the carrier.
    ("info_received", {
        "ar": rtl_phrases(r"^(?:ال)?(?:سائق|مندوب|كابتن) (?:قبل|وافق علي) (?:ال)?طلب$"),
    }),
    # Delivered in full, a partial delivery, as a whole text (Arabic): delivered.
    ("delivered", {
        "ar": rtl_phrases(r"^(?:تم )?(?:ال)?تسليم (?:ال)?(?:كامل|جزيي)$"),
    }),
    # A retry awaited, the phone off or not answering, the amount not enough or not available, put off at the
    # customer's request, the customer changed his mind, the amount not the one agreed (Arabic): the attempt failed.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^(?:في انتظار |بانتظار )?اعاده (?:ال)?محاوله(?: (?:ال)?(?:تسليم|توصيل))?$",
                          r"^(?:ال)?(?:هاتف|جوال|موبايل|تليفون)(?: " + _AR_RECIPIENT + r")? (?:مغلق|لا يرد|غير متاح)\b",
                          r"^(?:ال)?مبلغ (?:غير (?:كافي|متوفر|متاح|جاهز)|ناقص)(?: (?:مع|لدي) " + _AR_RECIPIENT + r")?$",
                          r"^(?:ال)?تاجيل (?:(?:ال)?(?:تسليم|توصيل|استلام) )?(?:ب|بناء علي |حسب )طلب " + _AR_RECIPIENT + r"$",
                          r"^(?:" + _AR_RECIPIENT + r" )?غير رايه\b",
                          r"^(?:ال)?مبلغ (?:مختلف عن|لا يطابق|غير مطابق ل) ?(?:ال)?(?:اتفاق|متفق عليه)$"),
    }),
    # Details being clarified, waiting for an admin, frozen (Hebrew): held up, an exception.
    ("exception", {
        "he": rtl_phrases(r"^(?:ב)?בירור פרטים$",
                          r"^ממתינ\S* (?:ל|לאישור )(?:מנהל|מנהלת|אחראי)$",
                          r"^(?:ה)?(?:משלוח |חבילה )?מוקפא(?:ת)?$"),
    }),
    # Ready for shipping, not yet ready for collection (Hebrew): before the carrier.
    ("info_received", {
        "he": rtl_phrases(r"^(?:ה)?(?:חבילה |הזמנה |משלוח )?מוכנ(?:ה)? ל(?:משלוח|שליחה)$",
                          r"(?:טרם|עוד לא|עדיין לא) מוכנ(?:ה|ות|ים)? לאיסוף$"),
    }),
    # The family or the customer coming to collect it themselves (Hebrew): waiting for them.
    ("available_for_pickup", {
        "he": rtl_phrases(r"^(?:ה(?:לקוח|משפחה|נמענ) )?(?:באים|בא|באה) לקחת(?: את ה(?:חבילה|משלוח))?$"),
    }),
    # Awaiting booking (Urdu): before the carrier.
    ("info_received", {
        "ur": rtl_phrases(r"\bبکنگ کا انتظار\b"),
    }),
    # Dispatched (Urdu): moving on.
    ("in_transit", {
        "ur": rtl_phrases(r"\bڈسپیچ (?:ہو|کر دیا) " + _UR_DONE + r"\b"),
    }),
    # Came back (Urdu): returned.
    ("returned", {
        "ur": rtl_phrases(r"^(?:پارسل |آرڈر |شپمنٹ )?واپس آ " + _UR_DONE + r"\b"),
    }),
    # Cancelled (Urdu): cancelled.
    ("cancelled", {
        "ur": rtl_phrases(r"^(?:آرڈر |پارسل )?منسوخ ہو " + _UR_DONE + r"\b"),
    }),
)
