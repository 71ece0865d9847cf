"""Arabic read by its meaning (status_phrases_meaning_asia_mideast_7, round 52): a courier sought, on his way to the
collection or at the pickup point before he has the parcel, and on his way to the recipient, in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: the courier on his way to
the recipient or the consignee and a shipment ready to be collected from a pickup point, read by other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("جاري البحث عن مندوب لطلبك", "info_received"),
    ("تم تعيين مندوب للاستلام من المتجر", "info_received"),
    ("المندوب في الطريق إلى نقطة الاستلام", "info_received"),
    ("وصل المندوب إلى نقطة الاستلام", "info_received"),
    ("المندوب في طريقه لاستلام طلبك", "info_received"),
    ("المندوب بالطريق إليك", "out_for_delivery"),
    ("بانتظار تسليم الطلب للمندوب", "info_received"),
    ("بانتظار المندوب لاستلام الطلب", "info_received"),
    ("المندوب في طريقه إلى التاجر", "info_received"),
]

COUNTER_EXAMPLES = [
    ("المندوب في الطريق إليك", "out_for_delivery"),
    # On the way to "المرسل إليه", the consignee, not to the sender: the round.
    ("المندوب في الطريق إلى المرسل إليه", "out_for_delivery"),
    ("الشحنة جاهزة للاستلام من نقطة الاستلام", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_arabic_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
