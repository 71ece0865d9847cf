"""Arabic and Hebrew tracking texts read by their meaning, twenty-eighth Asian and Middle-Eastern pass (round 113): a
Turkey-to-Saudi import platform's stages (at the airport or port of origin, the origin country left), an inter-city
shipping service's statuses (left on a trip, the delivery completed), an Egyptian shop's Arabic phrases for ShipBlu's
statuses (stopped for now, the courier gone out to collect, waiting for collection from the merchant, on the way back),
an Israeli US-to-Israel forwarder's order statuses (a new order received, ordered from the US supplier, sent on to the
customer), an Israeli customs-release tracker's timeline (information received about a parcel, a declaration filed,
charges owed and unpaid) and an Israeli parcel app's carrier checkpoints (electronic information received, a label
produced by the sender, sorted, customs check passed, awaiting release from the customs terminal, at the branch and
waiting for pickup, handed to the courier for distribution), as those platforms and apps word them.

The reading follows who holds the parcel (DESIGN §4). A new order received, an order placed with a supplier abroad,
information about the shipment received, a label produced by the sender, a courier gone out to collect the shipment
and a shipment waiting for collection from the merchant: before the carrier. At the origin airport or port, the origin
country left, a shipment left on a trip, sorted at a centre, a customs declaration filed, a customs check or release
passed or awaited at the terminal (no hold said), a shipment gone out to the customer with no courier round said:
moving on. Stopped for now, charges owed and not yet paid: held up, an exception. On the way back: returning (DESIGN
§4). Arrived at a branch, locker or point and waiting there for pickup: waiting for the buyer. Handed to the courier
for distribution: out for delivery. The delivery completed: delivered.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_28 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-seventh's): in Arabic a shipment waiting for collection from the merchant before "من التاجر" reads
  the parcel taken from the merchant; in Hebrew a parcel arrived at a branch and waiting there for pickup before "הגיע"
  reads movement, and a parcel handed to the courier for distribution before "נמסר לשליח" reads the courier company's
  hand-over.
- ASIA_MIDEAST_LATE_STEPS_28 come just before the twenty-seventh pass's late steps (status_phrases_language_late.py)
  and read only texts nothing else reads.

Left unread: Arabic "تم قبول الصفقة" and "تمت الموافقة على الطلب" (a deal or a request approved: an order's or a
return's, not said), "الشحنة قيد المراجعة" (a shipment under review: a request's review before the carrier, as this
file reads the bare "قيد المراجعة", or an investigation; not said); Hebrew "מסגרת אשראי תפוסה / נעולה" (the card's
credit held: a payment's state, not a parcel's) and "חוב שולם" (a debt paid: of what, not said). Left as read: Arabic
"تم تأجيل التسليم" (the delivery postponed: a failed attempt in its source, an exception as this file reads "تم تأجيل
التوصيل").

Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ة" as "ه", marks off,
Hebrew final letters as ordinary ones, punctuation such as the quote of "ארה\"ב" or a slash as a space). Written by the
team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_28.py holds the examples); no source's table
was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The goods in Hebrew texts.
_HE_GOODS = r"(?:ה)?(?:חבילה|משלוח|הזמנה|דבר הדואר|פריט)"

ASIA_MIDEAST_FIRST_STEPS_28: tuple[Step, ...] = (
    # Waiting for the courier's collection from the merchant or the sender (Arabic): before the carrier, before "من
    # التاجر" reads the parcel taken from the merchant.
    ("info_received", {
        "ar": rtl_phrases(r"^(?:الشحنه |الطرد )?(?:ب|في )انتظار (?:ال)?استلام(?:ها|ه)? من (?:التاجر|المرسل|البائع|المتجر)\b"),
    }),
    # Arrived at a branch, a locker or a point and waiting there for pickup (Hebrew): waiting for the buyer, before
    # "הגיע" reads movement.
    ("available_for_pickup", {
        "he": rtl_phrases(r"הגיע(?:ה)? ל(?:סניף|נקודת|לוקר|תחנת|יחידת)(?: \S+){0,5} ו(?:היא |הוא )?ממתינ(?:ה|ים)? "
                          r"(?:לך |לכם )?לאיסוף"),
    }),
    # Handed to the courier for distribution (Hebrew): out for delivery, before "נמסר לשליח" reads the hand-over to
    # the courier company.
    ("out_for_delivery", {
        "he": rtl_phrases(r"^(?:" + _HE_GOODS + r" )?נמסר(?:ה)? לשליח(?: \S+){0,3} לחלוקה\b"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_28: tuple[Step, ...] = (
    # At the airport or port of origin, the origin country left, left on a trip (Arabic): moving on.
    ("in_transit", {
        "ar": rtl_phrases(r"^(?:الشحنه )?(?:في|وصلت (?:الى|إلى)) (?:مطار|ميناء|منفذ)(?: (?:مطار|ميناء))? "
                          r"(?:المنشا|بلد المنشا)\b",
                          r"^(?:الشحنه |الطرد )?غادر(?:ت)? (?:بلد|دوله) (?:المنشا|المصدر)\b",
                          r"^(?:الشحنه |الطرد )?(?:خرجت|خرج|انطلقت|انطلق) في رحله\b"),
    }),
    # A shipment stopped for now (Arabic): held up, an exception.
    ("exception", {
        "ar": rtl_phrases(r"^(?:الشحنه|الطرد|الطلب) متوقف(?:ه)?(?: مؤقتا| حاليا)?$"),
    }),
    # The courier gone out to collect the shipment (Arabic): before the carrier.
    ("info_received", {
        "ar": rtl_phrases(r"^خرج(?:ت)? (?:ال)?مندوب(?:ه)? (?:ل|الى |إلى )?(?:استلام|جلب|احضار) (?:الشحنه|الطرد|الطلب)\b"),
    }),
    # On the way back (Arabic): returning.
    ("returned", {
        "ar": rtl_phrases(r"^(?:الشحنه |الطرد )?في طريق (?:العوده|الرجوع)\b"),
    }),
    # The delivery completed (Arabic): delivered.
    ("delivered", {
        "ar": rtl_phrases(r"^(?:لقد |تم )?اكتمل(?:ت)? (?:عمليه )?(?:ال)?تسليم (?:شحنتك|الشحنه|طلبك|الطلب|الطرد)\b"),
    }),
    # A new order received, ordered from a supplier abroad, electronic information about the shipment received, a label
    # produced by the sender (Hebrew): before the carrier.
    ("info_received", {
        "he": rtl_phrases(r"^הזמנה חדשה (?:ש)?(?:התקבלה|נקלטה)(?: במערכת)?$",
                          r"^(?:" + _HE_GOODS + r" )?הוזמנ(?:ה)? (?:מ|אצל ה?)(?:ארה ב|חו ל|הספק|ספק)",
                          r"^התקבל(?:ו)? (?:מידע|פרטי|נתוני)(?: אלקטרוני(?:ים)?)?(?: על)? (?:ה)?(?:משלוח|חבילה)",
                          r"\b(?:השולח|השולחת|המוכר) הפיק(?:ה)? (?:תעודת|תווית) משלוח\b"),
    }),
    # Sorted at a centre, a customs check or release passed or awaited at the customs terminal with no hold said, gone
    # out to the customer with no courier round said (Hebrew): moving on.
    ("in_transit", {
        "he": rtl_phrases(r"^(?:" + _HE_GOODS + r" )?מוינ(?:ה)?\b",
                          r"^(?:" + _HE_GOODS + r" )?עבר(?:ה)? (?:בדיקת )?(?:ו)?(?:בדיקת )?(?:ו)?שחרור (?:מ)?מכס\b",
                          r"^(?:" + _HE_GOODS + r" )?ממתינ(?:ה)? לשחרור (?:מ)?(?:מסוף )?(?:ה)?מכס\b",
                          r"^" + _HE_GOODS + r" יצא(?:ה)? (?:אל ה|ל)לקוח$",
                          r"^הוגש(?:ה)? הצהר(?:ה|ת)(?: מכס| יבוא)?\b"),
    }),
    # Charges owed and not yet paid (Hebrew): the parcel held for them, an exception (as "תשלום מכס נדרש" reads).
    ("exception", {
        "he": rtl_phrases(r"^(?:קיים|קיימת|יש) חוב(?: מכס| מס)? (?:ש)?(?:טרם|לא) שולם"),
    }),
)
