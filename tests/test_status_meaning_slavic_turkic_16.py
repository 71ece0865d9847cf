"""Turkish read by its meaning (status_phrases_meaning_slavic_turkic_15, round 53; named two on, past the fourteenth
pass's test): a customer not found or not there fails the delivery, in other words than the development corpus's
rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Teslimatta müşteri bulunamadı", "delivery_failed"),
    ("Müşteri adreste mevcut değil", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # The round and a delivery, read by the earlier steps; a bare "failed" says nothing of the parcel.
    ("Kargo dağıtımda", "out_for_delivery"),
    ("Teslim edildi", "delivered"),
    ("Başarısız", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_turkish_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
