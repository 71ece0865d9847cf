"""Chinese read by its meaning (status_phrases_meaning_east_asian_12, round 58): a parcel taken out of a locker, a
station or a pickup point, and an order only taken, in other words than the development corpus's rows, written by
the team to DESIGN §4's statuses. Counter-examples: a parcel put into a locker, and notices asking the recipient to
take it out."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("已从驿站取出", "delivered"),
    ("包裹已从快递柜中取出", "delivered"),
    ("快件已从自提点取出", "delivered"),
    ("已接单", "info_received"),
    ("接单成功", "info_received"),
]

COUNTER_EXAMPLES = [
    ("已放入快递柜", "available_for_pickup"),
    ("请及时从快递柜取出您的包裹", "available_for_pickup"),
    ("凭取件码从驿站取出", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_chinese_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
