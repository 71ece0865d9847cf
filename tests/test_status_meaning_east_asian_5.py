"""Chinese, Vietnamese and Thai tracking texts read by their meaning, fifth pass (round 43): collections that went
wrong, parcels kept back at a station, booking states standing alone, requests still being sent to the carrier,
goods collected, drivers arranged, deliveries to come soon, deliveries that could not be made and shipments in the
course of being sent, in other words than the development corpus's rows, written by the
team to DESIGN §4's statuses and labelled by what they say (whose hands the goods are in, what happened to them),
never by what the reader outputs. Counter-examples stand beside them: a problem during the delivery, a parcel kept
for the recipient to fetch, a confirmation of something else, a collection that failed, an order not yet
delivered, transport with no request named, a cancellation request, a failed attempt to be repeated, the round
itself."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A collection that went wrong: the goods are still with the sender.
    ("揽收失败", "info_received"),
    ("取件失敗", "info_received"),
    ("攬收異常", "info_received"),
    # Taken back to the station and kept there: held by the carrier.
    ("返回站存放", "exception"),
    ("退回站留存", "exception"),
    # A new order standing alone.
    ("新訂單", "info_received"),
    # An order confirmed and nothing more; a booking waiting to be checked or for its first update.
    ("Đơn hàng đã được xác nhận", "info_received"),
    ("ยืนยันแล้ว", "info_received"),
    ("รอการตรวจสอบ", "info_received"),
    ("รออัปเดตข้อมูล", "info_received"),
    # Goods collected successfully; a shipment in the course of being sent.
    ("Đã lấy hàng thành công", "in_transit"),
    ("สินค้าระหว่างจัดส่ง", "in_transit"),
    # A delivery that could not be made.
    ("Không giao được hàng", "delivery_failed"),
    ("Đơn chưa giao được", "delivery_failed"),
    # A request still being sent to the carrier: only data, although it names transport.
    ("Đã gửi yêu cầu đến đơn vị vận chuyển", "info_received"),
    ("Đang gửi yêu cầu tới hãng vận chuyển", "info_received"),
    # A driver arranged, the area's delivery station reached, a delivery to come soon or within a time: on the way.
    ("Đã phân công shipper giao hàng", "in_transit"),
    ("Đơn hàng đã tới trạm giao hàng gần bạn", "in_transit"),
    ("Đơn hàng sẽ sớm được giao đến bạn", "in_transit"),
    ("Kiện hàng sẽ được giao trong vòng 2 ngày", "in_transit"),
    # The delivery to the recipient being got ready: the round going out.
    ("Đang chuẩn bị giao đến người nhận", "out_for_delivery"),
]

COUNTER_EXAMPLES = [
    # A problem during the delivery stays a problem; a parcel kept for the recipient waits for them.
    ("派件異常", "exception"),
    ("保管中", "available_for_pickup"),
    # A new order that says more is not the bare state.
    ("新單已建立", "unknown"),
    # A confirmation of something else is not the booking state; a collection that failed is not a movement: the goods
    # are still with the sender, as with "揽收失败" above.
    ("Đã xác nhận giao hàng", "unknown"),
    ("Lấy hàng không thành công", "info_received"),
    # An order not yet delivered is not a failed delivery; a delivery made is a delivery.
    ("Chưa giao hàng", "unknown"),
    ("Giao hàng thành công", "delivered"),
    # Transport named without a request to the carrier moves; a cancellation request is a cancellation.
    ("Đơn hàng đang được vận chuyển", "in_transit"),
    ("Đã gửi yêu cầu hủy đến đơn vị vận chuyển", "cancelled"),
    # A failed attempt to be repeated stays a failed delivery; the bare "getting the delivery ready" says no recipient.
    ("Giao hàng không thành công, sẽ giao lại vào ngày mai", "delivery_failed"),
    ("Chuẩn bị giao hàng", "unknown"),
    # Being delivered on the round; a refusal after a confirmation fails the delivery.
    ("อยู่ระหว่างการนำจ่าย", "out_for_delivery"),
    ("ยืนยันแล้ว ผู้รับปฏิเสธ", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_fifth_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "expected"), COUNTER_EXAMPLES)
def test_fifth_pass_counter_examples(text, expected):
    assert read_status(text).status == expected
