"""German read by its meaning (status_phrases_meaning_west_germanic_11, round 87): a delivery that takes place on a
later day, or is only expected in the carriers' abbreviation of "voraussichtlich", is still in transit; in other
words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other
steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A delivery on a later day, or only expected (abbreviated): still on its way.
    ("Paket zurückgehalten, Zustellung erfolgt am nächsten Arbeitstag", "in_transit"),
    ("Die Auslieferung erfolgt vsl. am Donnerstag.", "in_transit"),
    ("Lieferung erfolgt vstl. innerhalb von 2 Tagen", "in_transit"),
    ("Zustellung erfolgt übermorgen", "in_transit"),
    ("Die Zustellung erfolgt vorauss. zwischen 10 und 12 Uhr", "in_transit"),
]

COUNTER_EXAMPLES = [
    # The delivery words, the past tense and "today" stay as other steps read them.
    ("Zustellung erfolgt", "delivered"),
    ("Die Zustellung erfolgte am Freitag.", "delivered"),
    ("Die Zustellung erfolgt voraussichtlich heute.", "out_for_delivery"),
    ("Die Sendung wurde erfolgreich zugestellt.", "delivered"),
    ("Die Zustellung erfolgt schnellstmöglich.", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_west_germanic_meaning_11(text: str, expected: str) -> None:
    assert read_status(text).status == expected
