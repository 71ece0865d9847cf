"""Arabic and Indonesian tracking texts read by their meaning, twenty-third Asian and Middle-Eastern pass (round 97):
an Arabic shipping app's status descriptions ("تم تعيين مندوب التوصيل لاستلام الشحنة", "تم استلام الطلب وبانتظار
التأكيد من الإدارة"), a Saudi tracking site's status and event texts ("السائق استلم الشحنة وهي في طريقها إليك", "تم
إكمال التوصيل", "تم استلام الشحنة في النظام"), an Egyptian courier system's terminal states ("مرفوضة"), a Pos Indonesia
monitor's status texts ("SEDANG DIBAWA KURIR ANTARAN (BELUM DITERIMA)", "DALAM KANTONG POS / MANIFEST", "BONGKAR
KANTONG DI KANTOR TUJUAN", "DITERIMA ORANG SERUMAH") and an Indonesian shop's tracking stages ("Bukti pembayaran
diterima", "Resi tersedia", "Paket diantar ke penerima").

The reading follows who holds the parcel (DESIGN §4). A courier assigned to collect the shipment, a request received
and waiting for confirmation, a shipment received in (entered into) a system, a proof of payment received, a waybill
number available: none has the parcel yet, before the carrier. A parcel in a post bag, unbagged or unloaded at an
office: the carrier has it and it moves on. A driver who took the shipment and is on the way to you, a parcel carried
by the delivering courier, a parcel being taken to the recipient: out for delivery. A delivery completed, a parcel
received by someone of the household: delivered. Refused, as the whole status of a shipment: a failed attempt (the
return is only to come).

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_23 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-second's): in Arabic a driver who took the shipment and is on the way to you before "في طريقها"
  reads movement, a courier assigned to collect before "تعيين مندوب التوصيل" reads a courier with the parcel; in
  Indonesian the delivering courier before "belum diterima" (not yet received) reads movement, a proof of payment
  received before "diterima" reads a parcel received, a parcel in a post bag before "manifest" reads a label only.
- ASIA_MIDEAST_LATE_STEPS_23 come just before the twenty-second pass's late steps (status_phrases_language_late.py)
  and read only texts nothing else reads; a shipment received in the system comes before the twenty-first's "received
  at a named place".

Left as they were read: "في الانتظار" (waiting: for what, not said), "تم استلام طلبك" (an order received: by the shop
or by the courier), "قيد المراجعة" and "تم التأكيد" (under review, confirmed: a request's or a delivery's), "تم تعيين
السائق" (a driver assigned: to collect or to deliver), "جاري معالجة الشحنة" (processing: the shop's or the carrier's),
"الشحنة جاهزة للإرسال" (ready to send: a station's dispatching scan in its source, a shop's before the carrier in other
words), "تم تسجيل ملاحظة على الشحنة" (a note recorded: of what, not said) and "تم تأجيل التوصيل - سيعاد المحاولة" (read
as a failed attempt by "تأجيل التوصيل"; the round's source files a postponement apart). No phrase rests on the round's
texts that blind corpora also hold (left out of the development corpus).

Folded like the text (lossanalytics.normalise._rules.fold: Arabic letter variants in one form, "ئ" as "ي", punctuation
as spaces); rtl_phrases folds the patterns the same way. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_asia_mideast_23.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases
from lossanalytics.normalise.status_words import AR_GOODS, ID_GOODS

# Who collects or delivers in Arabic texts.
_AR_COURIER = r"(?:ال)?(?:سايق|مندوب|كابتن|مرسال)"

ASIA_MIDEAST_FIRST_STEPS_23: tuple[Step, ...] = (
    # A driver or courier who took the shipment and is on the way to you (Arabic): out for delivery, before "في طريقها"
    # reads movement.
    ("out_for_delivery", {
        "ar": rtl_phrases(r"\b" + _AR_COURIER + r" (?:استلم|اخذ|حمل) " + AR_GOODS + r" و(?:هي|هو) في طريق(?:ها|ه) "
                          r"(?:اليك|اليكم|لك|للعميل|للمستلم|الى (?:ال)?(?:عميل|مستلم))\b"),
    }),
    # A courier assigned to collect the shipment (Arabic): before the carrier, before "تعيين مندوب التوصيل" reads a
    # courier with the parcel.
    ("info_received", {
        "ar": rtl_phrases(r"\bتعيين " + _AR_COURIER + r"(?: (?:ال)?توصيل| (?:ال)?شحن)? (?:لاستلام|لاخذ|لجلب|لتحصيل) "
                          + AR_GOODS + r"\b"),
    }),
    # Carried by the delivering courier (Indonesian): out for delivery, before "belum diterima" reads movement.
    ("out_for_delivery", {
        "id": (r"\b(?:dibawa|diantar) (?:oleh )?kurir (?:antaran|pengantar(?:an)?)\b",),
    }),
    # A proof of payment received (Indonesian): before the carrier, before "diterima" reads a parcel received.
    ("info_received", {
        "id": (r"^bukti (?:pembayaran|transfer|bayar) (?:sudah |telah )?diterima\b",),
    }),
    # In a post bag (Indonesian): moving on, before "manifest" reads a label only.
    ("in_transit", {
        "id": (r"^(?:" + ID_GOODS + r" )?(?:sudah |telah )?(?:berada )?dalam kantong(?: pos)?\b",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_23: tuple[Step, ...] = (
    # Received in or entered into the system (Arabic): the data, not the parcel, before the carrier; before the
    # twenty-first's "received at a named place" reads movement.
    ("info_received", {
        "ar": rtl_phrases(r"\b(?:استلام|تسجيل|ادخال) (?:" + AR_GOODS + r"|(?:ال)?بيانات) (?:في|على|ب) (?:ال)?نظام\b",
                          r"\b(?:و)?(?:ب|في )?انتظار (?:ال)?تاكيد(?: من (?:ال)?(?:اداره|متجر|تاجر|مرسل))?$"),
    }),
    # A delivery completed (Arabic): delivered.
    ("delivered", {
        "ar": rtl_phrases(r"^(?:تم )?(?:اكمال|اتمام) (?:ال)?(?:توصيل|تسليم)$"),
    }),
    # Refused, as the whole status of a shipment (Arabic): a failed attempt.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^(?:" + AR_GOODS + r" )?مرفوض(?:ه)?$"),
    }),
    # Received by someone of the household (Indonesian): delivered.
    ("delivered", {
        "id": (r"^diterima (?:oleh )?(?:orang serumah|tetangga|rekan (?:kerja|serumah)|penghuni rumah)\b",),
    }),
    # Taken to the recipient (Indonesian; "telah" or "sudah", done, is not this): out for delivery.
    ("out_for_delivery", {
        "id": (r"^" + ID_GOODS + r" (?:sedang )?diantar (?:ke|kepada) (?:penerima|alamat)\b",),
    }),
    # Unbagged or unloaded at an office (Indonesian): moving on.
    ("in_transit", {
        "id": (r"\bbongkar (?:kantong|muatan)\b",),
    }),
    # A waybill number available (Indonesian): before the carrier.
    ("info_received", {
        "id": (r"^(?:nomor |no )?resi (?:sudah |telah )?(?:tersedia|terbit|dibuat)\b",),
    }),
)
