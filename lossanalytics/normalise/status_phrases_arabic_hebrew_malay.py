"""Carrier phrases in Arabic, Hebrew and Malay, per canonical status, in the order they are
tried (after the Greek and Indonesian steps, before the English status labels).

Arabic and Hebrew phrases are plain substrings of their own scripts, matched on text that
lossanalytics.normalise._rules.fold has already brought to one spelling: alef with hamza
or madda as bare alef, taa marbuta as haa, alef maqsura as yaa, no tatweel or harakat;
Hebrew final letters as ordinary ones, no niqqud. Phrases are written as carriers spell
them and folded the same way. Both languages attach prepositions and the article to the
word ("للمرسل", to the sender; "לשולח", to the sender), so a phrase is the part of the
word that carries the meaning, and the narrow construction comes first:

- a return before a delivery: "سلمت إلى المرسل" (handed to the sender, Bosta's
  DELIVERED_TO_SENDER) and "הוחזר לשולח" are returns;
- a negation or a failure before a delivery: "لم يتم تسليم الشحنة" (not delivered),
  "تعذر التسليم", "محاولة توصيل فاشلة", "לא נמסר", "ניסיון מסירה נכשל" fail;
- a hand-over that is no delivery: "تم توصيل الطلبية إلى ولايتك" (brought to your
  province, Yalidine: transit), "تم التسليم للمستودع" (handed to the warehouse, OTO: not
  yet shipped) and "המשלוח נמסר לשליח" (handed to the courier: transit) are no deliveries;
- a parcel in a locker, at a post-office unit or waiting for collection waits for pickup
  ("تم وضعه في صندوق الطرود", "ממתין לאיסוף", "ביחידת הדואר"), while one collected from
  the locker ("נאסף מהלוקר") or a thank-you for collecting it ("תודה שאספת") is delivered,
  and the courier collecting it ("נאסף על-ידי השליח") is transit;
- a customs hold ("محتجز لدى الجمارك", "עיכוב במכס") is a problem, customs clearance
  ("تم التخليص الجمركي", "שוחרר ממכס") transit; "تم الاستلام" (received: by the courier
  in one table, by the recipient in another) is left unread.

Malay phrases are whole words like other Latin ones and come after the Indonesian steps,
which already read the words both languages share ("ditolak", refused). Malay "dihantar"
alone means sent as well as delivered ("Dihantar keluar", dispatched), so only
"berjaya dihantar" (delivered successfully) and "telah dihantar" to the recipient deliver;
"sedang dihantar" (being delivered) is the round, "tidak berjaya" and "gagal" fail.

Vocabulary from Bosta's shipment states (Egypt), OTO's statuses (Saudi Arabia), Yalidine's
status messages (Algeria), Arabic status tables of tracking and shipping platforms, a
tracking app's Arabic status names, Israel Post SMS texts and Israeli carriers' event
texts (Israel Post, Exelot, GAASH) as trackers read them, Hebrew shipment-status tables,
and Malay tracking labels and delivery notifications (lossanalytics/normalise/known_texts/SOURCES.md names each).
No Malaysian carrier's own Malay event text, nor an Arabic event text of Aramex, SMSA or the
Gulf posts, was found in a usable source.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ARABIC_HEBREW_MALAY_STEPS: tuple[Step, ...] = (
    # Handed back to the sender, or on the way back.
    ("returned", {
        "ar": ("مرتجع", "إرجاع", "إلى المرسل", "للمرسل", "إعادته إلى", "في طريقه إلى المرسل"),
        "he": ("לשולח",),
        "ms": (r"dipulangkan", r"(?:dikembalikan|pulang) (?:ke|kepada) (?:pengirim|penghantar)"),
    }),
    ("lost", {
        "ar": ("مفقود",),
        "he": ("אבד",),
    }),
    ("damaged", {
        "ar": ("تالف", "متضرر"),
    }),
    # Held by customs or at a facility, delayed, or flagged for attention.
    ("exception", {
        "ar": ("محتجز", "معلقة", "مؤجل", "تأخير", "استثناء", "يوجد تنبيه", "ملاحظة جمركية"),
        "he": ("עיכוב", "מעוכב", "חריגה", "נעצר"),
        "ms": (r"ada masalah", r"ditahan"),
    }),
    ("cancelled", {
        "ar": ("إلغاء", "ملغي", "ملغاة", "ألغيت"),
        "he": ("בוטל",),
        "ms": (r"dibatalkan",),
    }),
    # A negation or a failed attempt, before any word that says delivered.
    ("delivery_failed", {
        "ar": ("لم يتم تسليم", "لم يتم التسليم", "لم يتم توصيل", "تعذر التسليم", "تعذر التوصيل", "فشل", "فاشلة",
               "خطأ في التوصيل", "رفض الاستلام", "العميل غير متاح", "إعادة جدولة"),
        "he": ("לא נמסר", "נכשל", "כתובת שגויה"),
        "ms": (r"(?:cubaan|percubaan) (?:hantar|penghantaran) (?:gagal|perlu)", r"gagal (?:dihantar|hantar|penghantaran)",
               r"(?:penghantaran )?tidak berjaya(?: dihantar)?"),
    }),
    # Handed to the seller's warehouse (OTO's "assigned to warehouse"): not yet shipped.
    ("info_received", {
        "ar": ("التسليم للمستودع",),
    }),
    # Brought to the recipient's province or handed to the courier: words of delivery
    # that say the parcel is still on its way.
    ("in_transit", {
        "ar": ("إلى ولايت", "لولايت", "للولاية", "من التاجر", "من المتجر", "من المخزن",
               "بواسطة شركة الشحن"),
        "he": ("נמסר לשליח", "נאסף על-ידי", "נאסף על ידי"),
    }),
    # Collected by the recipient from a locker or a post office: delivered.
    ("delivered", {
        "he": ("מהלוקר", "שאספת", "הלקוח אסף"),
    }),
    ("available_for_pickup", {
        "ar": ("جاهزة للاستلام", "جاهز للاستلام", "صندوق الطرود", "موعد الاستلام"),
        "he": ("ממתין לאיסוף", "מוכן לאיסוף", "ממתין לך", "ביחידת הדואר", "בסוכנות הדואר", "ללוקר", "בלוקר",
               "קוד איסוף"),
    }),
    ("delivered", {
        "ar": ("تم التسليم", "تم تسليم", "تم التوصيل", "نجح التسليم", "توصيل ناجح", "اكتمل التوصيل"),
        "he": ("נמסר", "מסירה בוצעה"),
        "ms": (r"berjaya dihantar", r"telah dihantar(?: kepada penerima)?$", r"penghantaran selesai", r"^sudah sampai$"),
    }),
    ("out_for_delivery", {
        "ar": ("للتسليم", "للتوصيل", "قيد التوصيل", "في طريقه لتسليم", "المندوب في الطريق"),
        "he": ("לחלוקה", "בשליחות", "בדרכו ללקוח", "עם השליח"),
        "ms": (r"keluar untuk penghantaran", r"sedang dihantar"),
    }),
    ("info_received", {
        "ar": ("تم إنشاء", "تم انشاء", "تم حجز", "بيانات الشحنة", "لم يتم شحن", "لم يتم إرساله", "بانتظار الاستلام"),
        "ms": (r"maklumat diterima",),
    }),
    ("unknown", {
        "ar": ("لا توجد بيانات", "لم يتم العثور", "غير معروف", "جاري تحديث الحالة"),
    }),
    ("expired", {
        "ar": ("انتهت مدة التتبع",),
        "ms": (r"tiada kemas kini",),
    }),
    ("in_transit", {
        "ar": ("قيد النقل", "قيد الشحن", "في الطريق", "مرحلة انتقالية", "في مركز", "المستودع", "التخليص",
               "جمارك", "غادرت", "وصلت", "وصل إلى", "ترانزيت", "تم الشحن", "تم شحن", "توجيهه", "نقل"),
        "he": ("בדרך", "נאסף", "במכס", "ממכס", "מהמכס", "מרלו\"ג", "הגיע", "נחתה", "התקבל למשלוח", "מיון", "בשינוע",
               "מחסן"),
        "ms": (r"dalam (?:perjalanan|transit)", r"dikutip daripada (?:penghantar|pengirim)", r"dihantar keluar"),
    }),
)
