"""Arabic and Indonesian order and shipment states read by their meaning (status_phrases_meaning_asia_mideast_11,
round 60): the bare states shopping carts and commerce platforms print beside the carrier, in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("جديدة", "info_received"),
    ("غير مؤكدة", "info_received"),
    ("مستعدة", "info_received"),
    ("انتظار شحنة", "info_received"),
    ("في انتظار شحن", "info_received"),
    ("يتم معالجة الطلب", "info_received"),
    ("جاري معالجة الطلب", "info_received"),
    ("مشحون", "in_transit"),
    ("عادت", "returned"),
    ("BARU", "info_received"),
    ("SIAP", "info_received"),
    ("MENUNGGU PENGIRIMAN", "info_received"),
    ("DIKIRIM", "in_transit"),
    ("DIKEMBALIKAN", "returned"),
]

COUNTER_EXAMPLES = [
    # Waiting on its own, a payment pending and a redelivery awaited are left alone.
    ("انتظار", "unknown"),
    ("الدفع قيد الانتظار", "unknown"),
    ("في انتظار إعادة التوصيل", "unknown"),
    ("Menunggu pengiriman ulang", "unknown"),
    # "Baru" inside a sentence (just arrived) is no new order.
    ("Baru saja tiba", "unknown"),
    # Back to the sender and ready to be collected are read by the earlier steps.
    ("عاد إلى المرسل", "returned"),
    ("Paket dikembalikan ke pengirim", "returned"),
    ("Siap diambil", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_arabic_and_indonesian_order_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
