"""Japanese and Vietnamese read by their meaning (status_phrases_meaning_east_asian_17, round 76): delivery, shipment
and warehouse apps' states and shops', couriers' and freight apps' states, in other words than the development
corpus's rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Japanese: a shipment request received, goods being packed or packed: before the carrier.
    ("発送受付済み", "info_received"),
    ("梱包中", "info_received"),
    ("梱包済", "info_received"),
    # Japanese: a shipping run begun moves on.
    ("配送開始", "in_transit"),
    # Japanese: a redelivery asked for follows a failed attempt.
    ("再配達の申込み", "delivery_failed"),
    ("再配達希望", "delivery_failed"),
    # Japanese: arrived at the consignee, a stop completed on its own: delivered.
    ("着荷済み", "delivered"),
    ("完了", "delivered"),
    # Vietnamese: an order awaiting or given the seller's confirmation, goods prepared: before the carrier.
    ("Chờ xác nhận đơn hàng", "info_received"),
    ("Shop đã xác nhận đơn", "info_received"),
    ("Đã chuẩn bị đơn hàng", "info_received"),
    # Vietnamese: not collected by the courier, waiting to be collected to a depot: before the carrier.
    ("Bưu tá chưa lấy được hàng", "info_received"),
    ("Chờ lấy hàng về kho", "info_received"),
    # Vietnamese: a transport planned, a driver assigned or accepting: before the carrier.
    ("Đang lên kế hoạch", "info_received"),
    ("Đã phân công shipper", "info_received"),
    ("Shipper đã nhận đơn", "info_received"),
    # Vietnamese: taken by the courier: moving on.
    ("Bưu tá đã lấy hàng thành công", "in_transit"),
    ("Kiện hàng đã được lấy", "in_transit"),
    # Vietnamese: goods being or already sent back: returned.
    ("Đã hoàn trả hàng", "returned"),
    ("Đang hoàn trả lại", "returned"),
]

COUNTER_EXAMPLES = [
    # A dispatch made stays a dispatch; the recipient's pickup stays a pickup point.
    ("発送済み", "in_transit"),
    # A redelivery arranged for the date asked is a parcel on its way (the development corpus's reading).
    ("荷受人指定日にて再配達手配済み", "in_transit"),
    # Packaging damaged is no packing step.
    ("梱包破損", "damaged"),
    # A failed pickup said in the common words stays before the carrier; a failed delivery stays failed.
    ("Lấy hàng thất bại", "info_received"),
    ("Giao hàng thất bại", "delivery_failed"),
    # Money sent back is a refund, left alone by this pass.
    ("Đã hoàn trả tiền", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_japanese_and_vietnamese_app_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
