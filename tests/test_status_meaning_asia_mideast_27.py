"""Vietnamese, Thai and Malay read by their meaning (status_phrases_meaning_asia_mideast_27, round 111): waiting to be
delivered again, a bill voided, an order placed, Vietnamese failure reasons, a sender not answering for a pickup, a
delivery finished; in other words than the
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
    # The recipient did not take the goods, the delivery address wrong, the place out of reach, attempts exceeded.
    ("Người nhận chưa nhận hàng", "delivery_failed"),
    ("Địa chỉ người nhận không đúng", "delivery_failed"),
    ("Không thể đến địa chỉ giao hàng", "delivery_failed"),
    ("Đã quá 2 lần giao", "delivery_failed"),
    # The sender not answering or unreachable: a pickup that did not happen, before the carrier.
    ("Người gửi không liên hệ được", "info_received"),
    # A delivery finished (Thai): delivered.
    ("การจัดส่งพัสดุเสร็จเรียบร้อย", "delivered"),
]

COUNTER_EXAMPLES = [
    # Being delivered, failed to deliver, delivered to the recipient (Malay): read by earlier passes.
    ("Sedang dihantar", "out_for_delivery"),
    ("Gagal dihantar", "delivery_failed"),
    ("Telah dihantar kepada penerima", "delivered"),
    # The recipient not answering stays a failed delivery; a recipient who did not receive the goods is a complaint,
    # left to other steps; a bare attempt number, an oversized parcel: left alone.
    ("Người nhận không nghe máy", "delivery_failed"),
    ("Người nhận không nhận được hàng", "unknown"),
    ("Lần gửi 2", "unknown"),
    ("Hàng hóa quá khổ", "unknown"),
    # Waiting for confirmation: left alone.
    ("Đang chờ xác nhận", "unknown"),
    # Voided in a sentence about something else: left to other steps.
    ("Mã giảm giá vô hiệu", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_27(text: str, expected: str) -> None:
    assert read_status(text).status == expected
