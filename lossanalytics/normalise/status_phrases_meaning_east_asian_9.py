"""Indonesian tracking texts read by meaning, ninth East Asian pass (round 51): the reasons a delivery platform gives for
trying again ("Kendala Cuaca/Lingkungan", "Kendala Operasional", "Luar Batas Antar", "Penerima Ingin Ubah Jadwal
Kirim").

EAST_ASIAN_9_LATE_STEPS come right after status_phrases_meaning_east_asian_7's late group and read only texts nothing
else reads: a hindrance of weather, surroundings, operations or technique ("kendala cuaca") and an address beyond the
carrier's delivery limit or area ("luar batas antar") hold the parcel; a recipient who wants the delivery time changed
("penerima ingin ubah jadwal") makes the delivery fail that day.
What was assumed (DESIGN §4): beyond the delivery area with no attempt named is a hold, as this vocabulary reads
"outside our delivery area"; a new time asked for by the recipient is a failed delivery, as a redelivery scheduled is.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, punctuation as spaces); whole words. Written by
the team to DESIGN §4 (round 51); the examples are tests/test_status_meaning_east_asian_9.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_9_LATE_STEPS: tuple[Step, ...] = (
    # A hindrance of weather, surroundings, operations or technique; beyond the delivery limit or area: held.
    ("exception", {
        "id": (r"\bkendala (?:cuaca|lingkungan|operasional|teknis|alam|armada)\b",
               r"\bluar (?:batas|area|jangkauan|wilayah|cakupan) (?:antar|pengantaran|pengiriman|layanan)\b"),
    }),
    # The recipient wants the delivery time or schedule changed: a failed delivery that day.
    ("delivery_failed", {
        "id": (r"\bpenerima (?:ingin|minta|meminta|mau) (?:ubah|mengubah|ganti|mengganti) (?:jadwal|waktu)\b",),
    }),
)
