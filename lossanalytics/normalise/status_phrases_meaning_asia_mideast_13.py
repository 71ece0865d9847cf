"""Arabic, Persian, Indonesian and Vietnamese tracking texts read by their meaning, thirteenth pass (round 67): shops'
and delivery dashboards' Arabic states ("بانتظار التعيين", "معيّن لمندوب", "تم تغليف طلبك", "تم توصيل طلبك"), a
same-day courier platform's Persian webhook labels ("پیک به مبدأ رسید", "مرسوله به مبدأ بازگشت"), Indonesian courier
apps' parcel and order texts ("KURIR OTW MENGAMBIL PAKET", "PAKET TERTUNDA. PENERIMA TIDAK DITEMPAT") and a Vietnamese
shipper app's states ("Đang tìm shipper", "Chờ giao lại", "Đang hoàn").

The reading follows who holds the parcel (DESIGN §4). An order waiting to be assigned, assigned to a company or an
agent, prepared or packed, a courier assigned or on the way to collect it, or arrived at the origin to collect it, a
shipper still being looked for: nothing has been handed over. A parcel taken by the courier, sent again to its
destination, awaiting its delivery: it moves on. A courier on the way to deliver it, or arrived at the destination: the
last leg. The recipient not there fails the delivery even when the parcel is said held back ("tertunda", which alone
reads a delay); a redelivery awaited is a failed attempt. A parcel received at its destination ("sudah diterima
(sampai di tujuan)") is delivered, though "sampai di" alone reads an arrival. A return added to a failed delivery, a
parcel gone back to its origin, and a return under way or made ("đang hoàn", "đã hoàn") are returns.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_13 come first of the Asian and Middle-Eastern first groups (before the twelfth pass's),
  before "kurir menuju" reads the last leg, "tertunda" a delay and "sampai di" an arrival.
- ASIA_MIDEAST_LATE_STEPS_13 come just before the twelfth pass's late steps and read only texts nothing else reads,
  most of them the whole text; "hoàn" only with "đang" or "đã" and nothing after but goods or "về" ("hoàn thành" is
  completed, "hoàn tiền" a refund). A bare "تم الاستلام" (received) stays unread: the same words say the courier's
  pickup and the recipient's receipt.

Folded like the text (lossanalytics.normalise._rules.fold: Latin lower case, accents off, "đ" as "d", punctuation as
spaces; Arabic "أ", "آ" as "ا", "ة" as "ه", the shadda dropped). Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_asia_mideast_13.py holds the examples); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# What an Arabic shop's or courier's message names: the order, the shipment, the parcel.
_AR_GOODS = r"(?:ال)?(?:طلب|شحن|طرد)\S*"

ASIA_MIDEAST_FIRST_STEPS_13: tuple[Step, ...] = (
    # A courier on the way to the pickup location or to collect the parcel: not yet taken, before "kurir menuju"
    # reads the last leg.
    ("info_received", {
        "id": (r"kurir (?:\w+ )?(?:menuju|otw)(?: ke)? (?:lokasi )?(?:penjemputan|pengambilan|pickup)",
               r"(?:otw|menuju|dalam perjalanan) (?:untuk )?(?:mengambil|menjemput) (?:paket|barang|pesanan)"),
    }),
    # The recipient not there: a failed delivery, before "tertunda" (held back) reads a delay.
    ("delivery_failed", {
        "id": (r"penerima tidak (?:ada )?di ?tempat",),
    }),
    # Received, arrived at the destination: delivered, before "sampai di" reads an arrival.
    ("delivered", {
        "id": (r"^(?:paket|pesanan|kiriman|barang) (?:sudah|telah) diterima sampai di tujuan$",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_13: tuple[Step, ...] = (
    # Waiting to be assigned or collected, assigned to a company, an agent or a driver, being prepared, packed; a
    # courier assigned to the order or arrived at the origin; waiting for confirmation or for the order to be ready,
    # booked by a courier, recorded, in process, ready to be sent; a shipper looked for, the goods still to be
    # picked up: nothing handed over yet.
    ("info_received", {
        "ar": rtl_phrases(r"^(?:ب|في )انتظار (?:ال)?(?:تعيين|استلام)$",
                          r"^معين (?:ل|الي )(?:ال)?(?:شركه|مندوب|سائق)\S*$",
                          r"^(?:قيد|جاري?) (?:ال)?تحضير(?: " + _AR_GOODS + r")?$",
                          r"(?<!\S)تم (?:تغليف|تعبئه) " + _AR_GOODS),
        "fa": rtl_phrases(r"پیک (?:به سفارش )?تخصیص (?:داده )?شد", r"^پیک به (?:مبدا|محل دریافت) رسید$"),
        "id": (r"^menunggu konfirmasi(?: \w+)?$",
               r"^kurir (?:sudah |telah )?ditugaskan$",
               r"menunggu (?:pesanan|barang|paket) (?:siap|disiapkan)",
               r"(?:di ?booking|dipesan) (?:oleh )?kurir",
               r"^pesanan (?:masuk )?tercatat$",
               r"^pesanan (?:sedang )?(?:dalam )?(?:di)?proses$",
               r"^(?:pesanan|paket|barang) siap dikirim$"),
        "vi": (r"^dang tim (?:shipper|tai xe|nguoi giao hang)$", r"^can lay hang$"),
    }),
    # Taken by the courier, picked up, sent again to the destination, awaiting delivery: moving on.
    ("in_transit", {
        "id": (r"(?:sudah|telah) dibawa (?:oleh )?kurir",
               r"(?:sudah|telah) di ?pickup",
               r"dikirim ulang ke (?:alamat )?tujuan"),
        "vi": (r"^cho giao(?: hang)?$",),
    }),
    # The courier arrived at the destination, on the way to deliver: the last leg.
    ("out_for_delivery", {
        "fa": rtl_phrases(r"^پیک به (?:مقصد|محل تحویل) رسید$"),
        "id": (r"kurir (?:\w+ )?otw (?:mengantar|mengirim|antar)",),
    }),
    # The order, shipment or parcel delivered, not "لم يتم" (not done); handed over ("تحویل داده شد"): delivered.
    ("delivered", {
        "ar": rtl_phrases(r"(?<!\S)تم توصيل " + _AR_GOODS + r"$"),
        "fa": rtl_phrases(r"^(?:مرسوله|بسته|سفارش) تحویل داده شد$"),
    }),
    # A return added, gone back to the origin or the sender, a return under way or made: a return.
    ("returned", {
        "fa": rtl_phrases(r"مرجوعی (?:اضافه|ثبت|ایجاد) شد", r"به (?:مبدا|فرستنده) بازگشت"),
        "vi": (r"^(?:dang|da) hoan(?: hang| ve)?$",),
    }),
    # A failed delivery, a redelivery awaited: a failed attempt.
    ("delivery_failed", {
        "fa": rtl_phrases(r"^تحویل ناموفق(?: بود)?$"),
        "vi": (r"^cho giao lai(?: hang)?$",),
    }),
    # The order or the request cancelled, by the system too (not the courier's assignment).
    ("cancelled", {
        "fa": rtl_phrases(r"^(?:سفارش|مرسوله|درخواست) (?:توسط \S+ )?لغو (?:شد|گردید)$"),
    }),
)
