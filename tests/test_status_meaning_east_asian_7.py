"""Indonesian read by its meaning (status_phrases_meaning_east_asian_7, round 49): an aggregator's package states from
creation to a breach of its delivery time, in other words than the development corpus's rows, written by the team to
DESIGN §4's statuses and labelled by whose hands the goods are in. Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Paket sudah diambil oleh kurir", "in_transit"),
    ("Penerimaan paket di gudang Jakarta", "in_transit"),
    ("Pembuatan pesanan baru", "info_received"),
    ("Permintaan pickup", "info_received"),
    ("Pengiriman over SLA", "exception"),
    ("Kurir melanggar SOP", "exception"),
    ("Batal penjemputan oleh penjual", "cancelled"),
]

COUNTER_EXAMPLES = [
    # Delivered and refused, read by the earlier steps.
    ("Paket telah diterima", "delivered"),
    ("Penerima menolak paket", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_indonesian_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
