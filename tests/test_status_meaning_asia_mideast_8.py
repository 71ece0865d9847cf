"""Arabic read by its meaning (status_phrases_meaning_asia_mideast_8, round 53): a platform's statuses before the
carrier has the parcel, a held parcel and a delivery postponed with nobody named, in other words than the development
corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("تأجيل التسليم", "exception"),
    ("تم تقديم الطلب", "info_received"),
    ("جاهزة للإرسال", "info_received"),
    ("تم تعيين الشحنة إلى السائق", "info_received"),
    ("تم الإبلاغ للإدارة", "exception"),
    ("تم التحويل للخارج", "in_transit"),
]

COUNTER_EXAMPLES = [
    # The customer asking for the delay fails the delivery; a hand-over to the consignee delivers it.
    ("العميل طلب تأجيل التوصيل", "delivery_failed"),
    ("تم تسليم الشحنة للمرسل إليه", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_arabic_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
