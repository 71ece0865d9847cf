"""Indonesian and Vietnamese tracking texts read by their meaning, a pass for couriers' status descriptions (round 56):
"Paket gagal di pickup oleh kurir", "Paket ditolak di bandara", "Paket anda telah diterima di alamat tujuan",
"Penugasan kurir antar", "Paket anda sedang dalam pengantaran ka area tujuan via darat", "Lấy hàng không thành công".

- ASIA_MIDEAST_FIRST_STEPS_9, first of the Thai, Indonesian, Malay, Arabic and Hebrew first steps, before
  status_phrases_greek_indonesian reads a bare "ditolak" as a refusal and "telah diterima di" as a hand-over, and
  before status_phrases_meaning_asia_mideast reads a parcel taken "oleh kurir" as on its way: a pickup that failed
  ("gagal di pickup", "lấy hàng không thành công") leaves the parcel with the sender; a parcel refused at an airport,
  by customs or an airline is held on the way, not refused by its recipient; a missort ("kesalahan sortir") is a
  problem; a parcel received at the destination address ("diterima di alamat tujuan") is delivered, one received
  from the sender ("diterima dari pengirim") is on its way; one that could not be delivered ("gagal terantar",
  "gagal terkirim") fails the delivery before the bare "terkirim" reads a delivery.
- ASIA_MIDEAST_LATE_STEPS_9, just before status_phrases_meaning_asia_mideast_8's late steps, read only texts nothing
  else reads: the delivery courier assigned, or a parcel "dalam pengantaran" (being conveyed) to the address, is on
  the last leg, while one conveyed to a warehouse, a hub or the destination area, by land, sea or air, is on its way,
  as are a flight, an arrival at a warehouse or a hub, goods in or out of a branch, a drop-off at an outlet and a
  third party carrying it on; a parcel received by its sender ("diterima pengirim") is back; a delivery rescheduled at
  the recipient's request or agreement and a customer who says they did not order it fail the delivery; a problem met on the way ("mengalami kendala"), a parcel outside
  the delivery coverage written joined ("diluar jangkauan") and a permit check hold it; a parcel destroyed is lost.
What was assumed (DESIGN §4): a failed pickup is information received, as "pickup failed" is in English; a recipient
asking for another time fails the delivery; a destroyed parcel is lost, as AfterShip's disposed one is.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, "đ" as "d", punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_9.py holds
the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Where a parcel is conveyed inside the network, or how: not yet the last leg.
_ID_NETWORK_PLACE = r"(?:gudang|hub|area|kota|dc|cabang|agen|drop ?point|gerai|bandara|pelabuhan|sortation|transit)"

ASIA_MIDEAST_FIRST_STEPS_9: tuple[Step, ...] = (
    # A pickup that failed: the parcel is still with the sender.
    ("info_received", {
        "id": (r"gagal (?:di ?)?(?:pickup|pick up|jemput|dijemput|diambil)",),
        "vi": (r"lay hang (?:khong thanh cong|that bai)",),
    }),
    # Refused at an airport, by customs or an airline; a missort: held on the way.
    ("exception", {
        "id": (r"ditolak (?:di|oleh) (?:pihak )?(?:bandara|airport|bea cukai|maskapai|airline)", r"kesalahan sortir"),
    }),
    # Received at the destination address: delivered.
    ("delivered", {
        "id": (r"diterima di alamat (?:tujuan|penerima|rumah)",),
    }),
    # Received from the sender: the carrier took it in, on its way.
    ("in_transit", {
        "id": (r"di ?terima dari (?:pengirim|penjual|seller|shipper|toko)",),
    }),
    # Could not be delivered ("gagal terkirim"), before the bare "terkirim" reads a delivery.
    ("delivery_failed", {
        "id": (r"gagal (?:terantar|terkirim)",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_9: tuple[Step, ...] = (
    # The delivery courier assigned; conveyed to the address: the last leg.
    ("out_for_delivery", {
        "id": (r"penugasan kurir (?:antar|pengantaran)", r"^(?:sedang )?dalam pengantaran$",
               r"dalam pengantaran (?:ke|ka) (?:alamat|rumah|penerima)"),
    }),
    # Conveyed inside the network or by land, sea or air; a flight; arrived at a warehouse or a hub; goods in or out;
    # dropped at an outlet; a third party carrying it on: on its way.
    ("in_transit", {
        "id": (r"dalam pengantaran (?:ke|ka) " + _ID_NETWORK_PLACE, r"via (?:darat|udara|laut)", r"dalam penerbangan",
               r"sampai (?:di )?(?:gudang|hub|dc|cabang|agen|subconsolidator)", r"^(?:barang|paket) (?:masuk|keluar)$",
               r"di ?drop (?:\w+ ){0,4}di (?:gerai|agen|counter|cabang|drop ?point|outlet)", r"pihak ketiga"),
    }),
    # Received by its sender: back where it started.
    ("returned", {
        "id": (r"di ?terima (?:oleh )?(?:pengirim|penjual|seller|shipper)\b",),
    }),
    # Rescheduled at the recipient's request or agreement; not ordered, says the customer; could not be delivered.
    ("delivery_failed", {
        "id": (r"(?:dijadwalkan|terjadwal) (?:ulang )?atas (?:permintaan|kesepakatan|persetujuan) (?:\w+ )?"
               r"(?:penerima|pembeli|customer|konsumen|pelanggan)",
               r"tidak merasa (?:memesan|pesan|order)"),
    }),
    # A problem met on the way; outside the delivery coverage ("diluar", joined); a permit check: held.
    ("exception", {
        "id": (r"mengalami kendala", r"diluar (?:jangkauan|area|wilayah|cakupan) (?:pengiriman|layanan|antar)",
               r"pemeriksaan (?:\w+ ){0,2}(?:perizinan|izin)(?:nya)?"),
    }),
    # Destroyed: lost.
    ("lost", {
        "id": (r"dihancurkan", r"dimusnahkan"),
    }),
)
