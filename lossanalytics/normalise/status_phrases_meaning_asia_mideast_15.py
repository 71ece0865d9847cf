"""Arabic, Hebrew and Indonesian tracking texts read by their meaning, fifteenth pass (round 74): a courier's Arabic
tracking statuses ("وصل فرع الإرسال", "تم تعيين مندوب التسليم", "العميل غير متوفر"), a shop's and a tracking app's
Hebrew stages ("ממתין לתשלום", "בדיקת מכס") and Indonesian couriers' templates and descriptions ("Paket dalam
penjemputan kurir", "Paket telah diterima dan disortir di gudang asal").

The reading follows who holds the parcel (DESIGN §4). A pickup agent assigned, an order placed or received, waiting
for payment, a courier on the way to collect, a package waiting to be processed: nothing has been handed over. Arrived
at a branch, transferred to the carrying company, a delivery agent assigned (not yet out), in flight or between hubs,
under customs inspection (not held: "מעוכב לבדיקת מכס" stays an exception), received and sorted at a warehouse, taken
from the sender, loaded onto a vehicle: it moves on. Ready to be taken to the recipient, in the process of delivery to
the recipient: the last leg. No answer, the address missing or wrong, the customer not available: a failed attempt.
Being sent back to the sender: a return. Damage suffered: damaged. An order whose cancellation is reported: cancelled.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_15 come first of the Asian and Middle-Eastern first groups (before the fourteenth's):
  received and sorted at a warehouse is the warehouse's receipt, before "telah diterima" reads a delivery.
- ASIA_MIDEAST_LATE_STEPS_15 come just before the fourteenth pass's late steps and read only texts nothing else
  reads; the delivery to the recipient before "diserahkan" reads a hand-over in transit.

Folded like the text (lossanalytics.normalise._rules.fold: Latin lower case, punctuation as spaces; Arabic "إ" as
"ا", "ة" as "ه", "ؤ" as "و", short vowels and the shadda dropped; Hebrew final letters as the ordinary ones). Written by
the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_15.py holds the examples); no source's
table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# Assigned, allotted, given to: said of an agent.
_AR_ASSIGNED = r"(?:تعيين|تخصيص|اسناد)"

ASIA_MIDEAST_FIRST_STEPS_15: tuple[Step, ...] = (
    # Received and sorted or processed (at a warehouse): the warehouse's receipt, before "telah diterima" reads a
    # delivery.
    ("in_transit", {
        "id": (r"(?:diterima|tiba) dan (?:disortir|diproses)",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_15: tuple[Step, ...] = (
    # Ready to be taken to the recipient, in the process of delivery to the recipient: the last leg (before
    # "diserahkan" reads a hand-over between carriers).
    ("out_for_delivery", {
        "id": (r"siap (?:di)?antar(?:kan)? ke penerima",
               r"proses pengiriman ke (?:alamat )?penerima"),
    }),
    # A pickup agent assigned; waiting for payment; an order placed or received; a courier coming to collect; a
    # package waiting to be processed: nothing handed over.
    ("info_received", {
        "ar": rtl_phrases(_AR_ASSIGNED + r" مندوب (?:لل|ال)?(?:استلام|بيك ?اب)"),
        "he": rtl_phrases(r"ממתינ(?:ה)? ל ?תשלומ", r"^ה?הזמנה (?:התקבלה|נקלטה|בוצעה)"),
        "id": (r"dalam penjemputan", r"^paket menunggu (?:di)?proses$"),
    }),
    # Arrived at a branch, transferred to the carrying company, a delivery agent assigned; in flight, between hubs,
    # under customs inspection; taken from the sender, loaded onto a vehicle: moving on.
    ("in_transit", {
        "ar": rtl_phrases(_AR_ASSIGNED + r" مندوب (?:لل|ال)?(?:تسليم|توصيل)",
                          r"^وصل(?:ت)? (?:الي )?(?:ال)?فرع",
                          r"محول (?:ل|الي )(?:ال)?شركه"),
        "he": rtl_phrases(r"בטיסה", r"במעבר בינ", r"^ב?בדיקת מכס$"),
        "id": (r"diambil dari (?:pengirim|penjual|toko)",
               r"diambil oleh kurir",
               r"(?:dimuat|pemuatan) ke (?:dalam )?(?:kendaraan|truk|mobil|pesawat|kapal)"),
    }),
    # No answer; the address missing, wrong or unclear; the customer not available: a failed attempt.
    ("delivery_failed", {
        "ar": rtl_phrases(r"لم (?:يستجب|يرد)",
                          r"(?:ال)?عنوان غير (?:موجود|صحيح|واضح|مكتمل)",
                          r"(?:ال)?(?:عميل|زبون|مستلم) غير (?:متوفر|متواجد|موجود)"),
    }),
    # Being sent back to the sender: a return.
    ("returned", {
        "id": (r"pengembalian (?:paket )?ke (?:pengirim|penjual)",),
    }),
    # Damage suffered: damaged.
    ("damaged", {
        "id": (r"mengalami kerusakan",),
    }),
    # Its cancellation reported: cancelled.
    ("cancelled", {
        "ar": rtl_phrases(r"تم (?:ال)?غاو(?:ه|ها)"),
    }),
)
