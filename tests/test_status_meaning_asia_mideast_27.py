"""Vietnamese, Thai and Malay read by their meaning (status_phrases_meaning_asia_mideast_27, round 111): waiting to be
delivered again, a bill voided, an order placed, a delivery finished, a bare "dihantar"; in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Waiting to be delivered again: an attempt did not succeed.
    ("Bưu phẩm chờ giao lại", "delivery_failed"),
    ("Đang chờ phát lại", "delivery_failed"),
    # A bill or an order voided, as a whole text: cancelled.
    ("Vận đơn đã bị vô hiệu hóa", "cancelled"),
    # An order placed: before the carrier.
    ("Đã đặt hàng thành công", "info_received"),
    # A delivery finished (Thai); a bare "dihantar" (Malay): delivered.
    ("การจัดส่งพัสดุเสร็จเรียบร้อย", "delivered"),
    ("DIHANTAR", "delivered"),
]

COUNTER_EXAMPLES = [
    # Being delivered, failed to deliver, delivered to the recipient (Malay): read by earlier passes.
    ("Sedang dihantar", "out_for_delivery"),
    ("Gagal dihantar", "delivery_failed"),
    ("Telah dihantar kepada penerima", "delivered"),
    # Waiting for confirmation: left alone.
    ("Đang chờ xác nhận", "unknown"),
    # Voided in a sentence about something else: left to other steps.
    ("Mã giảm giá vô hiệu", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_27(text: str, expected: str) -> None:
    assert read_status(text).status == expected
