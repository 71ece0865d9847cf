"""Indonesian tracking texts read by meaning, seventh East Asian pass (round 49): a shipping aggregator's status
descriptions from a new package to the end of its journey ("Pembuatan paket baru oleh pelanggan", "Telah diambil
driver", "Validasi penerimaan paket di DC", "Melanggar SOP/Over SLA", "Batal Pickup by Seller").

The reading follows whose hands the goods are in: a package just created or a pickup asked for is still with the
sender, so only data; taken by the driver or checked in at a distribution centre it is with the carrier and moves on;
a breach of the carrier's procedure or of its delivery time holds it; a pickup called off by the seller cancels it.

Two groups, spliced into status_phrases.STEPS:

- EAST_ASIAN_7_FIRST_STEPS, right after status_phrases_meaning_east_asian_5's first group (before the outcome steps
  read "DC" and a pickup of their own).
- EAST_ASIAN_7_LATE_STEPS, right after status_phrases_meaning_east_asian_5's late group: texts nothing else reads.

Written by the team to DESIGN §4 (round 49); the examples are tests/test_status_meaning_east_asian_7.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_7_FIRST_STEPS: tuple[Step, ...] = (
    # Taken by the driver or courier, checked in at a distribution centre or warehouse: with the carrier.
    ("in_transit", {
        "id": (r"\b(?:telah|sudah) diambil (?:oleh )?(?:driver|kurir)\b",
               r"\bpenerimaan paket di (?:dc|gudang|hub)\b"),
    }),
)

EAST_ASIAN_7_LATE_STEPS: tuple[Step, ...] = (
    # A new package created or a pickup asked for: still with the sender.
    ("info_received", {
        "id": (r"\bpembuatan (?:paket|pesanan|order|resi) baru\b",
               r"^permintaan (?:penjemputan|pickup|pick up)$"),
    }),
    # The carrier's procedure or delivery time breached: held.
    ("exception", {
        "id": (r"\bover sla\b",
               r"\bmelanggar sop\b"),
    }),
    # A pickup called off: cancelled.
    ("cancelled", {
        "id": (r"^batal (?:pickup|pick up|penjemputan)\b",),
    }),
)
