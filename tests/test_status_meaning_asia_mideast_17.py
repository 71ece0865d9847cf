"""Indonesian, Vietnamese and Arabic read by their meaning (status_phrases_meaning_asia_mideast_17, round 79): a
sea-cargo forwarder's voyage stages, shops' and a marketplace's own delivery states, Vietnamese customs steps and an
Arabic forwarder's stages, in other words than the development corpus's rows where the words allow, written by the
team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Vietnamese: sent back to the warehouse or the sender, even after a failed delivery named beside it: returned.
    ("Hàng được trả về kho sau khi giao không thành công", "returned"),
    ("Bị trả lại người gửi", "returned"),
    # Vietnamese: a shipper on the way to collect: before the carrier.
    ("Bưu tá đang tới lấy hàng", "info_received"),
    ("Tài xế đang đi lấy hàng tại kho người bán", "info_received"),
    # Indonesian: a courier heading to the delivery address: out for delivery.
    ("Paket keluar dari hub, kurir sedang menuju alamat penerima", "out_for_delivery"),
    ("Driver ke alamat tujuan", "out_for_delivery"),
    # Vietnamese: the shop has not confirmed or packed, waiting for the courier, ready to hand over, preparing.
    ("Người bán chưa bàn giao hàng", "info_received"),
    ("Đơn đã đóng gói, chờ bưu tá đến lấy hàng", "info_received"),
    ("Sẵn sàng để giao", "info_received"),
    ("Chuẩn bị đơn hàng", "info_received"),
    # Vietnamese: at a depot, on a truck, moving between warehouses, customs and port: moving on.
    ("Đang nằm tại trung tâm khai thác Đà Nẵng", "in_transit"),
    ("Đang trên xe tải", "in_transit"),
    ("Đang chuyển kho", "in_transit"),
    ("Đã khai báo hải quan", "in_transit"),
    ("Đã nhập cảng", "in_transit"),
    # Indonesian: loaded, unloaded, on a ship, waiting for it, at the port: moving on.
    ("Proses pemuatan kontainer ke kapal", "in_transit"),
    ("Bongkar muat", "in_transit"),
    ("Dalam perjalanan dengan kapal", "in_transit"),
    ("Menunggu kapal berangkat", "in_transit"),
    ("Kiriman telah berada di pelabuhan Tanjung Perak", "in_transit"),
    # Arabic: received in a forwarder's warehouse, a shipment being loaded: moving on.
    ("تم استلام الشحنة في المستودع", "in_transit"),
    ("جاري تحميل البضاعة", "in_transit"),
    # Indonesian and Vietnamese: door delivery, a shipper out delivering: out for delivery.
    ("Sedang dooring", "out_for_delivery"),
    ("Bưu tá đang đi giao hàng", "out_for_delivery"),
    # Vietnamese: the recipient away, taken back to the post office: a failed attempt.
    ("Khách vắng nhà", "delivery_failed"),
    ("Người nhận vắng mặt", "delivery_failed"),
    # Vietnamese: a shipment paused: exception.
    ("Tạm dừng vận chuyển", "exception"),
    # Indonesian: goods received, arrived and received: delivered.
    ("Kiriman sudah diterima", "delivered"),
    ("Telah tiba dan diterima", "delivered"),
    # Vietnamese: an order sent back: returned.
    ("Đơn bị hoàn", "returned"),
]

COUNTER_EXAMPLES = [
    # A failed delivery with nothing sent back stays a failed delivery.
    ("Giao hàng không thành công", "delivery_failed"),
    # A shipper on the way to the recipient stays out for delivery.
    ("Shipper đang đến", "out_for_delivery"),
    # A driver heading to the pickup address is no delivery, left alone by this pass.
    ("Driver menuju alamat penjemputan", "unknown"),
    # Goods received at a warehouse stay moving on, not delivered.
    ("Barang diterima di gudang Jakarta", "in_transit"),
    # Data loading on a screen is no shipment being loaded.
    ("جاري تحميل البيانات", "unknown"),
    # Money sent back is a refund, not an order sent back.
    ("Đơn hàng hoàn tiền", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_indonesian_vietnamese_and_arabic_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
