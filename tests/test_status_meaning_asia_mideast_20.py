"""Thai, Vietnamese and Indonesian read by their meaning (status_phrases_meaning_asia_mideast_20, round 86): a problem
in the delivery, a parcel closed by exception, a parcel sent back (Thai); a loss suspected or confirmed, goods
liquidated, goods at a hub waiting to be dispatched, bagged, a courier at the delivery place, a redelivery arranged, a
return triggered, goods returned to the seller, goods being collected (Vietnamese); a courier allocated, asked to
collect or on the way to the seller, a pickup request accepted, no courier found, a parcel sent back, a parcel received
(Indonesian); in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Thai: a problem in the shipping, closed by exception; sent back to the sender.
    ("มีปัญหาในการนำจ่าย", "exception"),
    ("ปิดงานโดยมีปัญหา", "exception"),
    ("ส่งคืนสินค้าให้ต้นทางแล้ว", "returned"),
    # Vietnamese: a loss suspected (not declared), confirmed; goods liquidated.
    ("Nghi ngờ thất lạc trong quá trình vận chuyển", "exception"),
    ("Xác nhận mất hàng", "lost"),
    ("Hàng đã bị thanh lý", "lost"),
    # At a hub waiting to be dispatched or handed over; bagged; a courier at the delivery address.
    ("Đang ở tại bưu cục phát, chờ điều phối", "in_transit"),
    ("Tại hub trung chuyển, chờ xuất kho", "in_transit"),
    ("Đã đóng bao", "in_transit"),
    ("Bưu tá đã đến địa chỉ nhận hàng", "out_for_delivery"),
    # A redelivery arranged; a return triggered; returned to the shop; goods being collected.
    ("Khách hẹn giao lại vào ngày mai", "delivery_failed"),
    ("Hệ thống đã kích hoạt hoàn", "returned"),
    ("Đã hoàn lại cho người bán", "returned"),
    ("Đang được lấy", "info_received"),
    # Indonesian: a courier allocated, asked to collect, on the way to the seller; a shipment request accepted.
    ("Driver telah ditentukan", "info_received"),
    ("Kurir telah diminta untuk mengambil paket", "info_received"),
    ("Kurir dalam perjalanan ke alamat penjual", "info_received"),
    ("Permintaan pickup sudah diterima", "info_received"),
    # No courier available; sent back even while in transit; a parcel received.
    ("Tidak ada kurir yang tersedia saat ini", "exception"),
    ("Barang telah dikembalikan, dalam transit ke gudang penjual", "returned"),
    ("Paket sudah diterima", "delivered"),
]

COUNTER_EXAMPLES = [
    # Received by the courier, a courier heading to the recipient's address, a parcel being sent: as other steps read
    # them.
    ("Paket telah diterima oleh kurir", "in_transit"),
    ("Kurir sedang menuju alamat penerima", "out_for_delivery"),
    ("Paket sedang dalam perjalanan", "in_transit"),
    # Vietnamese: moving, waiting for the carrier's handover, a shipper out delivering, an order sent back: as read.
    ("Đang vận chuyển", "in_transit"),
    ("Chờ bàn giao cho đơn vị vận chuyển", "info_received"),
    ("Shipper đang đi giao", "out_for_delivery"),
    ("Giao hàng không thành công", "delivery_failed"),
    # Thai: delivered, out for delivery and a problem parcel stay with their steps.
    ("จัดส่งสำเร็จ", "delivered"),
    ("กำลังนำจ่าย", "out_for_delivery"),
    ("พัสดุมีปัญหา", "exception"),
    # A bare "taken" (by the courier or by the customer), "ready for collection" (whose, not said) are left alone.
    ("Diambil", "unknown"),
    ("Sẵn sàng lấy hàng", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_20(text: str, expected: str) -> None:
    assert read_status(text).status == expected
