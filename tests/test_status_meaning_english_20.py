"""English read by its meaning (status_phrases_meaning_english_20, round 56): a consignee unknown written short and a
criss cross, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Cnee is unknown at address", "delivery_failed"),
    ("Shipment criss crossed at hub", "exception"),
]

COUNTER_EXAMPLES = [
    # The consignee named, or the word written out, is read by the earlier steps.
    ("Consignee unknown at this address", "delivery_failed"),
    ("Delivered to cnee", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_english_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
