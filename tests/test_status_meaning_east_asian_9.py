"""Indonesian read by its meaning (status_phrases_meaning_east_asian_9, round 51): a delivery platform's reasons for
trying again, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Kendala cuaca di wilayah tujuan", "exception"),
    ("Ada kendala operasional armada", "exception"),
    ("Alamat di luar jangkauan pengiriman", "exception"),
    ("Penerima minta ganti waktu pengantaran", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # Refused and delivered, read by the earlier steps.
    ("Penerima menolak paket", "delivery_failed"),
    ("Paket telah diterima", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_indonesian_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
