"""Arabic read by its meaning (status_phrases_meaning_asia_mideast_6, round 51): a hand-over to the consignee ("المرسل
إليه"), done or not, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: a hand-over to the sender alone, done or not, read by other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("تم تسليم الطرد إلى المرسل إليه", "delivered"),
    ("تم تسليم الطلب للمرسل إليه في الرياض", "delivered"),
    ("لم يتم تسليم الطرد إلى المرسل إليه", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    ("تم تسليم الطرد للمرسل", "returned"),
    ("تعذر تسليم الشحنة للمرسل", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_arabic_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
