"""Arabic, Malay and Thai tracking texts read by their meaning, fourteenth pass (round 70): an Arabic cash-on-delivery
courier's transport stages ("جاهزة للبيك اب", "بالطريق للمخزن", "راجع مؤكد", "واصل"), a forwarder's and a rider delivery
app's Malay states ("Sudah Masuk Gudang", "Pengecualian Penghantaran", "Mencari rider") and a China-Thailand import
service's Thai states ("ถึงโกดังจีน", "รอชำระเงิน").

The reading follows who holds the parcel (DESIGN §4). Ready to print or for the courier's pickup, created and not yet
collected, still with the merchant, waiting for the pickup agent or for an agent to be assigned, an order paid or
placed, a rider looked for or a booking confirmed: nothing has been handed over. On the way to or in the warehouse, on
the shelf waiting for a delivery agent, between branches, in the forwarder's warehouse, in international transport,
waiting for customs: it moves on. Handed over for the last leg, a rider who took the order: the last leg. Not handed
over, or put off to another time at the customer's request: a failed attempt. "راجع" (coming back) and "رواجع"
(returns) said of the shipment, its return confirmed, going back to its owners: a return. "واصل" (arrived) on its
own, or with another amount collected: delivered; a rider or a courier who has handed the order over: delivered.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_14 come first of the Asian and Middle-Eastern first groups (before the thirteenth's):
  a rider or courier who has handed the order over is delivered before "menghantar" reads the round; a delivery
  handed over for its last leg is the last leg before "diserahkan" reads a hand-over in transit.
- ASIA_MIDEAST_LATE_STEPS_14 come just before the thirteenth pass's late steps and read only texts nothing else
  reads, most of them the whole text. "راجع" only on its own or with a place or "مؤكد" after it (the same letters
  say "review!"); "لم تسلم" not before "بعد" (not yet delivered moves on); a bare "Pesanan Diterima" or "Kargo
  Diterima" stays unread (the order or the cargo received: by the forwarder or by the customer, not said).

Folded like the text (lossanalytics.normalise._rules.fold: Latin lower case, accents off, punctuation as spaces;
Arabic "أ" as "ا", "ة" as "ه", "ى" as "ي", "ئ" as "ي" and "ؤ" as "و", short vowels and the shadda dropped; Thai "ำ"
as NFKC writes it). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_14.py holds
the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The warehouse or the store a courier keeps parcels in.
_AR_STORE = r"(?:مخزن|مستودع)"
# Who carries a Malay order: a rider, a courier, a driver.
_MS_CARRIER = r"(?:rider|kurir|pemandu|penghantar|despatch)"

ASIA_MIDEAST_FIRST_STEPS_14: tuple[Step, ...] = (
    # A rider or a courier who has handed the order over: delivered, before "menghantar" reads the round.
    ("delivered", {
        "ms": (_MS_CARRIER + r" (?:telah|sudah) menghantar (?:pesanan|barang|bungkusan|parcel)",),
    }),
    # Handed over for the last leg: before "diserahkan" reads a hand-over between carriers.
    ("out_for_delivery", {
        "ms": (r"diserahkan kepada (?:\w+ ){1,3}untuk penghantaran (?:akhir|terakhir)",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_14: tuple[Step, ...] = (
    # Ready to print or for the courier's pickup, created and not yet collected or at the warehouse, with the
    # merchant, waiting for the pickup agent or for an agent to be assigned; an order paid, placed, being processed; a
    # rider looked for, accepted, a booking made or confirmed: nothing handed over yet.
    ("info_received", {
        "ar": rtl_phrases(r"^جاهزه لل(?:طبع|طباعه|بيك ?اب)$",
                          r"^انشيت ولم (?:يطلب|تصل|تستلم)",
                          r"^عند (?:ال)?تاجر$",
                          r"تنتظر مندوب (?:ال)?(?:استلام|بيك ?اب)",
                          r"انتظار (?:ال)?(?:تخصيص|تعيين|اسناد) (?:لل|الي ال|ال)?مندوب"),
        "ms": (r"^sedang diproses$",
               r"^mencari " + _MS_CARRIER + r"$",
               r"^disahkan$",
               r"^tempahan (?:dibuat|disahkan)$",
               r"^" + _MS_CARRIER + r" (?:telah )?terima(?: pesanan| tempahan)?$",
               r"menerima permintaan penghantaran"),
        "th": rtl_phrases(r"^รอดำเนินการ$", r"^รอชำระเงิน$", r"^ชำระเงินแล้ว$", r"^สั่งซื้อ(?:สินค้า)?สำเร็จ(?:แล้ว)?$"),
    }),
    # On the way to or in the warehouse, on the shelf waiting for a delivery agent, between branches; in the
    # forwarder's warehouse, in international transport, handled at the destination, waiting for customs: moving on.
    ("in_transit", {
        "ar": rtl_phrases(r"^بالطريق (?:لل|الي ال)" + _AR_STORE + r"$",
                          r"^(?:بال|في ال)" + _AR_STORE + r"$",
                          r"^بالطريق بين (?:ال)?فروع$",
                          r"استلمها مندوب (?:ال)?استلام",
                          r"تنتظر مندوب (?:ال)?توصيل"),
        "ms": (r"(?:sudah|telah) masuk (?:ke )?gudang",
               r"pengangkutan antarabangsa",
               r"^pengendalian destinasi$",
               r"menunggu (?:\w+ ){0,3}pelepasan"),
        "th": rtl_phrases(r"ถึงโกดัง",),
    }),
    # Not handed over (not "yet"), put off to another time at the customer's request: a failed attempt.
    ("delivery_failed", {
        "ar": rtl_phrases(r"^لم تسلم(?! بعد)(?: |$)", r"بطلب (?:ال)?(?:زبون|عميل) الي موعد اخر"),
    }),
    # Coming back, said of the shipment alone or with where it is; returns on their way or on the shelf; a return
    # confirmed; going back to their owners: a return.
    ("returned", {
        "ar": rtl_phrases(r"^(?:ال)?راجع(?: موكد| عند (?:ال)?مندوب| بال(?:" + _AR_STORE + r"|طريق))?$",
                          r"^رواجع (?:\S+ )?بال(?:" + _AR_STORE + r"|طريق)",
                          r"تاكد رجوعها",
                          r"عايده الي (?:اصحابها|المرسل|التاجر)"),
    }),
    # Arrived, on its own or with another amount collected; received, said of the delivery or on its own: delivered.
    ("delivered", {
        "ar": rtl_phrases(r"^واصل(?: بتغيير (?:ال)?مبلغ)?$"),
        "ms": (r"^(?:telah|sudah) diterima$", r"^penghantaran (?:telah|sudah) diterima"),
    }),
    # An exception, said of the delivery or on its own; issues with documents, customs or the delivery: held.
    ("exception", {
        "ms": (r"^pengecualian(?: penghantaran)?$", r"mempunyai isu (?:dokumen|kastam|penghantaran)"),
    }),
)
