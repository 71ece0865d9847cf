"""Indonesian, Thai and Vietnamese read by their meaning (status_phrases_meaning_asia_mideast_12, round 64): a cargo
agent's waybill messages and shipping platforms' parcel statuses, in other words than the development corpus's rows
where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that
this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Indonesian: the pickup process, the shipping process, goods the recipient will collect, received by a person
    # named next.
    ("Proses penjemputan paket", "info_received"),
    ("Sedang dalam proses pengiriman", "in_transit"),
    ("Paket akan diambil oleh penerima", "available_for_pickup"),
    ("Kiriman sudah diterima oleh:", "delivered"),
    # Thai: the carrier unable to come and collect, a carrier still to be chosen, entered the system, a return
    # completed.
    ("ไม่สามารถเข้ารับพัสดุได้", "info_received"),
    ("รอการเลือกขนส่ง", "info_received"),
    ("พัสดุเข้าระบบ", "in_transit"),
    ("คืนผู้ส่งสำเร็จ", "returned"),
    # Vietnamese: stored in a warehouse, an order cancelled.
    ("Đang lưu kho", "in_transit"),
    ("Đơn hàng hủy", "cancelled"),
]

COUNTER_EXAMPLES = [
    # Goods already collected by the recipient are delivered; goods received by the courier are a hand-over.
    ("Paket sudah diambil oleh penerima", "delivered"),
    ("Paket sudah diterima oleh kurir", "in_transit"),
    # Waiting to be sent is before the carrier, as the eleventh pass reads it.
    ("Menunggu pengiriman", "info_received"),
    # A parcel received by the carrier moves on.
    ("รับพัสดุแล้ว", "in_transit"),
    # "Shipped or delivered" and "completed" are not said: left alone.
    ("จัดส่งแล้ว", "unknown"),
    ("Hoàn thành", "unknown"),
    # Storage alone, with nothing of the parcel's move, is not read; the pickup failed stays before the carrier.
    ("Lưu kho", "unknown"),
    ("Lấy hàng thất bại", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_waybill_messages_and_platform_statuses_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
