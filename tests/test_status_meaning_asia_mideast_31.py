"""Vietnamese, Thai, Indonesian and Malay read by their meaning (status_phrases_meaning_asia_mideast_31, round 133):
shipping booked, waiting for the carrier to come and collect, the courier on the way to collect, checked and packed,
the goods at a named warehouse, collecting the money from the recipient, a redelivery or return not yet decided, the
customer not present or not met, the address not found, the customer short of money, the goods back at the shop; a
problem during the delivery, a parcel sent back (Thai); an order awaiting its payment (Indonesian, Malay), paid, its
payment confirmed, processed, arrived (Malay); in other words than the development corpus's rows, written by the team
to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Shipping booked, waiting for the carrier to come and collect: before the carrier, not movement.
    ("Người bán đã đặt vận chuyển", "info_received"),
    ("Đơn đã đặt giao hàng với GHTK", "info_received"),
    ("Hàng đã đóng gói xong, chờ bưu tá hoặc shipper tới lấy", "info_received"),
    ("Đang chờ nhà vận chuyển đến lấy hàng", "info_received"),
    # The courier, a carrier named, on the way to collect; checked for quality and packed: before the carrier.
    ("Bưu tá Viettel Post đang đi lấy hàng", "info_received"),
    ("Kiểm tra chất lượng và đóng gói", "info_received"),
    # The goods at a named warehouse of the carrier: moving on.
    ("Kiện hàng đang nằm tại kho trung chuyển Hà Nội", "in_transit"),
    ("Bưu phẩm ở kho J&T", "in_transit"),
    # Collecting the money from the recipient: out for delivery.
    ("Shipper đang thu tiền của khách hàng", "out_for_delivery"),
    # A redelivery or return not yet decided, the customer absent or not met, the address not found, short of money:
    # the attempt failed.
    ("Đang chờ quyết định giao lại", "delivery_failed"),
    ("Người nhận vắng mặt", "delivery_failed"),
    ("Shipper không gặp được người nhận", "delivery_failed"),
    ("Không tìm được địa chỉ người nhận", "delivery_failed"),
    ("Người nhận không có tiền trả COD", "delivery_failed"),
    # The goods back at the seller or the sender: returned.
    ("Đơn hàng đã trở về người gửi", "returned"),
    ("Bưu kiện đã quay lại người bán", "returned"),
    # A problem during the delivery or the carrying (Thai): an exception, not the last leg or movement.
    ("พัสดุเกิดปัญหาในการนำจ่าย", "exception"),
    ("เกิดปัญหาขึ้นระหว่างขนส่ง", "exception"),
    # The goods sent back (Thai): returned.
    ("สินค้าถูกส่งคืนผู้ขายแล้ว", "returned"),
    # An order awaiting its payment (Indonesian, Malay): before the carrier.
    ("Pesanan menunggu pembayaran dari pembeli", "info_received"),
    ("Tempahan menunggu bayaran", "info_received"),
    # Paid, the payment confirmed, processed, as the whole text (Malay): before the carrier.
    ("Pesanan telah dibayar", "info_received"),
    ("Bayaran sudah disahkan", "info_received"),
    ("Tempahan telah diproses", "info_received"),
    # Has arrived, as the whole text (Malay): delivered.
    ("Bungkusan telah sampai", "delivered"),
]

COUNTER_EXAMPLES = [
    # An internal record being prepared, given to the shipper, the weather or the traffic, a bare warehouse, the
    # seller's warehouse: left alone.
    ("Bản ghi đang chuẩn bị", "unknown"),
    ("Đã giao cho shipper", "unknown"),
    ("Thời tiết xấu", "unknown"),
    ("Đơn hàng đang ở kho", "unknown"),
    ("Hàng đang ở kho người bán", "unknown"),
    ("Hàng ở kho của shop", "unknown"),
    # Packing alone (by the shop or by the carrier) stays unread, as the twenty-second pass leaves it.
    ("Đang đóng gói", "unknown"),
    # A courier going back to the shop to collect is no return; money already collected names no state.
    ("Shipper quay lại shop lấy hàng", "unknown"),
    ("Đã thu tiền người nhận", "unknown"),
    # Malay waiting, taken and a return request, Indonesian done: left alone.
    ("Menunggu", "unknown"),
    ("Telah Diambil", "unknown"),
    ("Selesai", "unknown"),
    ("Minta Pemulangan", "unknown"),
    # Indonesian refused or in trouble stays a failed delivery, as "ditolak" reads; a bare Thai problem stays unread.
    ("Paket Ditolak/Bermasalah", "delivery_failed"),
    ("เกิดปัญหา", "unknown"),
    # Processed at a hub, arrived at a hub: movement, as earlier passes read them; processed by the courier: left alone.
    ("Paket diproses di hub Jakarta", "in_transit"),
    ("Telah sampai di hub", "in_transit"),
    ("Diproses oleh kurir", "unknown"),
    ("Sampai Asrama", "unknown"),
    # Earlier passes keep their reading: money collected from the sender at the pickup, an order placed, handed to the
    # carrier, waiting for the carrier to collect.
    ("Đang thu tiền người gửi", "info_received"),
    ("Đã đặt hàng", "info_received"),
    ("Đã giao cho đơn vị vận chuyển", "in_transit"),
    ("Chờ đơn vị vận chuyển lấy hàng", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_31(text: str, expected: str) -> None:
    assert read_status(text).status == expected
