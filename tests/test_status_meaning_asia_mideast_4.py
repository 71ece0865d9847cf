"""Arabic read by its meaning (status_phrases_meaning_asia_mideast_4, round 49): a request for a shipment received and a
shipment at a distribution centre, in other words than the development corpus's rows, written by the team to DESIGN
§4's statuses. Counter-examples: a shipment received at the warehouse and one delivered, read by other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("تم استلام طلب شحنة جديد", "info_received"),
    ("الطرد في مركز التوزيع بالرياض", "in_transit"),
]

COUNTER_EXAMPLES = [
    ("تم استلام الشحنة في المستودع", "in_transit"),
    ("تم تسليم الشحنة", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_arabic_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
