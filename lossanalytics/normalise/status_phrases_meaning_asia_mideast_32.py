"""Thai, Arabic, Indonesian, Hebrew and Tagalog tracking texts read by their meaning, thirty-second Asian and
Middle-Eastern pass (round 136): a Thai shop's Thailand Post and eTrackings status maps (the recipient collecting the
parcel in person), a Thai sales app's J&T scan types (a bare arrival, the carrier coming to collect the goods), a Thai
shop's order and shipment labels (ready to ship, being packed, handed over, goods returned), a Thai parcel tracker's
Track123 labels (a parcel waiting to be collected from the sender), a Saudi shop's OTO notification titles (a tracking
number available, a shipment stuck), an Indonesian logistics simulator's event notes (taken by the courier), an Israeli
bookshop's WooCommerce labels (in production, backordered, pre-ordered, being returned), an order bot's Hebrew
translations (packed, in delivery), an Israeli Shopify app's notification names (an order's cancellation) and a
Philippine shop's Taglish order messages (awaiting the payment's confirmation, being prepared, delivered, cancelled),
as those systems word them.

The reading follows who holds the parcel (DESIGN §4). A parcel waiting to be collected ("รอรับพัสดุ", the whole text),
ready to ship ("พร้อมจัดส่ง", the whole text), being packed ("กำลังแพ็ค", the whole text), a tracking number available
or an order that can now be tracked ("رقم التتبع متاح", "أصبح طلبك قابلًا للتتبع"), goods in production, backordered,
pre-ordered or packed ("בייצור", "ארוז", the whole text), an order awaiting its payment's confirmation or being
prepared ("naghihintay ng kumpirmasyon sa bayad", "inihahanda"): before the carrier. A bare "ถึง" (arrived, the whole
text), the carrier having come to collect the goods ("ขนส่งมารับสินค้า"), goods taken by the courier ("diambil
kurir"): moving on. A parcel in delivery ("במסירה", the whole text): the last leg. The recipient having come to collect
it in person ("ผู้รับมารับเอง"), a handover done ("ส่งมอบสำเร็จ", the whole text, or to the recipient), an order
already delivered ("na-deliver na", not after "hindi"): delivered. Goods returned ("คืนสินค้าสำเร็จ", not a refund),
being returned ("בתהליך החזרה"): returned. An order's cancellation ("ביטול הזמנה", the whole text), an order
cancelled ("nakansela"): cancelled. A shipment or an order stuck ("شحنتك متوقفة"): held up, an exception, as
"الشحنة متوقفة مؤقتًا" is read.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_32 come first of the other Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the thirty-first's): a Thai parcel waiting to be collected, before "รับพัสดุ" (taking a parcel in) reads a
  pickup done.
- ASIA_MIDEAST_LATE_STEPS_32 come just before the thirty-first pass's late steps (status_phrases_language_late.py) and
  read only texts nothing else reads.

Left unread: Thai "กำลังดำเนินการ" (in progress: the shop's or the carrier's work, as English "Processing" is read as
movement), "กำลังจัดส่ง" (being shipped: one map's last leg, another's order on its way), "รับสินค้า" (goods received: a
J&T signature, or the carrier's pickup); Arabic "تم الدفع" (paid: an order's payment, or cash collected at the door),
"تم تغيير شركة الشحن" (the carrier changed: a new booking, or a parcel handed on), "تم الاستلام" (received: picked up or
delivered); Indonesian "Menunggu Pengantar" (waiting for the deliverer: at the shop, or at the last depot, as "Menunggu
kurir" stays unread) and a courier's trip back to the shop; Hebrew "ממתין לטיפול" and "בעיבוד" (awaiting handling, in
processing: the shop's or the carrier's), "חדש" (new), "אישור הזמנה" and "אישור משלוח" (an order's or a shipping
confirmation, as the English ones stay unread), and English "To Pay". Left as read: Thai "จัดส่งแล้ว" stays delivered
(two shops mean shipped by it; this file holds it as delivered); Hebrew "בטיפול" stays movement (in handling: a
bookshop means its own processing) and "תשלום בוצע" stays unread, as earlier passes read them.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Arabic and Hebrew letter variants in one form,
"ة" as "ه", the tanween off, punctuation such as a hyphen as a space; Thai written as it is, with no spaces between
words). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_32.py holds the examples);
no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases
from lossanalytics.normalise.status_words import AR_GOODS, ID_GOODS

# The goods in Thai texts (a parcel, goods, an order).
_TH_GOODS = r"(?:พัสดุ|สินค้า|คำสั่งซื้อ|ออเดอร์)"

ASIA_MIDEAST_FIRST_STEPS_32: tuple[Step, ...] = (
    # A parcel waiting to be collected, from the sender or the shop at most (Thai, the whole text): before the carrier,
    # before "รับพัสดุ" reads a pickup done. A wait at a branch or a counter is left alone: the recipient's collection.
    ("info_received", {
        "th": rtl_phrases(r"^รอ(?:การ)?รับพัสดุ(?:จาก(?:ผู้ส่ง|ผู้ขาย|ร้าน(?:ค้า)?))?$"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_32: tuple[Step, ...] = (
    # The recipient having come to collect the parcel in person, a handover done (the whole text) or to the recipient
    # (Thai): delivered. One who will come ("จะมารับ") is left alone.
    ("delivered", {
        "th": rtl_phrases(r"ผู้รับ(?:ได้)?มารับ(?:" + _TH_GOODS + r")?(?:เอง|ด้วยตนเอง)",
                          r"^" + _TH_GOODS + r"?ส่งมอบ" + _TH_GOODS + r"?สำเร็จ(?:แล้ว)?$",
                          r"ส่งมอบ" + _TH_GOODS + r"?ให้ผู้รับ(?:สำเร็จ|เรียบร้อย)"),
    }),
    # Goods or a parcel returned (Thai; a refund, "คืนเงิน", is left alone): returned.
    ("returned", {
        "th": rtl_phrases(r"คืน(?:สินค้า|พัสดุ)สำเร็จ"),
    }),
    # Ready to ship, being packed (Thai, the whole text); a tracking number available, an order or a shipment that can
    # now be tracked (Arabic): before the carrier.
    ("info_received", {
        "th": rtl_phrases(r"^" + _TH_GOODS + r"?พร้อม(?:จัด)?ส่ง(?:แล้ว)?$",
                          r"^กำลังแพ็ค(?:สินค้า|พัสดุ)?$"),
        "ar": rtl_phrases(r"رقم (?:ال)?تتبع (?:ال)?(?:شحنه |طلب )?(?:متاح|متوفر)",
                          r"(?:اصبح|صار)(?:ت)? (?:" + AR_GOODS + r"|شحنتك|طلبك) قابل(?:ا|ه)? للتتبع"),
    }),
    # A bare arrival (Thai, the whole text), the carrier having come to collect the goods (not a wait for it); goods
    # taken by the courier (Indonesian, at the start of the text: nothing such as "not yet" or "will be" before it):
    # moving on.
    ("in_transit", {
        "th": rtl_phrases(r"^ถึง$",
                          r"(?<!รอ)(?:บริษัท|พนักงาน)?ขนส่ง(?:ได้)?มารับ(?:สินค้า|พัสดุ)"),
        "id": (r"^(?:" + ID_GOODS + r" )?diambil kurir\b",),
    }),
    # Goods in production, backordered or pre-ordered, an order or a parcel packed (Hebrew, the whole text); an order
    # awaiting the confirmation of its payment, an order being prepared (Tagalog): before the carrier.
    ("info_received", {
        "he": rtl_phrases(r"^בייצור$", r"^ב?הזמנה מוקדמת$", r"^הוזמן מראש$",
                          r"^(?:ה?(?:חבילה|הזמנה|משלוח) )?ארוז(?:ה)?$"),
        "tl": (r"\bnaghihintay ng (?:kumpirmasyon (?:sa |ng )?)?(?:bayad|pagbabayad)\b",
               r"\binihahanda\b"),
    }),
    # A parcel in delivery (Hebrew, the whole text): on the last leg.
    ("out_for_delivery", {
        "he": rtl_phrases(r"^(?:ה?(?:חבילה|משלוח) )?במסירה$"),
    }),
    # Being returned (Hebrew): returned, as "Returning" is read.
    ("returned", {
        "he": rtl_phrases(r"בתהליך (?:של )?ה?החזרה"),
    }),
    # An order's or a shipment's cancellation (Hebrew, the whole text: a request for one is left alone), an order
    # cancelled (Tagalog): cancelled.
    ("cancelled", {
        "he": rtl_phrases(r"^ביטול ה?(?:הזמנה|משלוח)$"),
        "tl": (r"\b(?:nakansela|kinansela|kanselado)\b",),
    }),
    # An order already delivered (Tagalog, not after "hindi", not): delivered.
    ("delivered", {
        "tl": (r"(?<!hindi )\b(?:na ?deliver|naihatid) na\b",),
    }),
    # A shipment or an order stuck (Arabic): held up, an exception, as "الشحنة متوقفة مؤقتًا" is read.
    ("exception", {
        "ar": rtl_phrases(r"(?:" + AR_GOODS + r"|شحنتك|طلبك) متوقف(?:ه)?(?=\s|$)(?! موقتا)"),
    }),
)
