"""Vietnamese, Thai, Indonesian and English read by their meaning (status_phrases_meaning_asia_mideast_33, round 139): a
Vietnamese order cancelled for a reason, delivery dispatched, a return pending, the customer putting the delivery off, a
broken-down vehicle; Thai the destination or the origin post office sending the parcel back, a bare refusal; Indonesian
an order created, a shipment recorded with its waybill to follow, an order processed by the shop, a problem with the
order; English (GHN's) the courier coming to collect, at the seller's or at the buyer's, delivering to the customer,
return goods on the move, goods being classified, a redelivery pending; in other words than the development corpus's
rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # An order cancelled for a reason (Vietnamese, at the start of the text): cancelled, whatever the reason.
    ("Hủy do người nhận không nghe máy ba lần", "cancelled"),
    ("Đã hủy đơn do sai địa chỉ người nhận", "cancelled"),
    ("Huỷ vì khách đổi ý trước khi lấy hàng", "cancelled"),
    # Delivery dispatched (Vietnamese): the last leg.
    ("Đã điều phối giao hàng cho bưu tá khu vực", "out_for_delivery"),
    # A return pending (Vietnamese, the whole text): returned.
    ("Đang chờ hoàn", "returned"),
    ("Đang chờ chuyển hoàn hàng", "returned"),
    # The customer putting the delivery off (Vietnamese): the attempt failed.
    ("Người nhận hẹn lùi ngày giao sang tuần sau", "delivery_failed"),
    # A broken-down vehicle (Vietnamese): held up.
    ("Xe hỏng hóc giữa đường", "exception"),
    # The destination or the origin post office sending the parcel back (Thai): returned.
    ("ปณ.ต้นทางส่งคืนผู้ฝากแล้ว", "returned"),
    ("ไปรษณีย์ปลายทางส่งคืนผู้ฝาก", "returned"),
    # A bare refusal (Thai, the whole text): the attempt failed.
    ("ปฏิเสธการรับ", "delivery_failed"),
    # An order created, a waybill to follow, an order processed by the seller (Indonesian): before the carrier.
    ("Order Anda berhasil dibuat hari ini", "info_received"),
    ("Resi menyusul setelah paket diserahkan ke kurir", "info_received"),
    ("Pesanan Anda diproses oleh penjual", "info_received"),
    # A problem with the shipment (Indonesian): held up.
    ("Ada kendala dengan pengiriman paket ke kota tujuan", "exception"),
    # GHN's courier coming to collect or at the seller's, at the buyer's, delivering (English).
    ("Shipper is coming to pick it up today", "info_received"),
    ("Driver interacting with the shop owner", "info_received"),
    ("Courier interacting with the recipient at the door", "out_for_delivery"),
    ("Driver is delivering the parcel to the recipient now", "out_for_delivery"),
    # Return goods on the move, goods being classified, a redelivery pending (English).
    ("Return parcels being sorted at the hub", "returned"),
    ("Parcels being classified at hub 3", "in_transit"),
    ("Pending re-delivery tomorrow morning", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # Unreachable without a cancellation stays a failed delivery.
    ("Bưu tá không liên lạc được người nhận hôm nay", "delivery_failed"),
    # A wait for a refund or for completion: not a return.
    ("Đang chờ hoàn tiền cho khách", "unknown"),
    ("Chờ hoàn tất thủ tục", "unknown"),
    # Bad weather alone stays unread, as an earlier pass leaves it; a return that failed is left alone.
    ("Trời mưa, thời tiết xấu", "unknown"),
    ("Hoàn không thành công", "unknown"),
    # A failed delivery with a reason stays a failed delivery.
    ("นำจ่ายไม่สำเร็จ ผู้รับไม่อยู่บ้าน", "delivery_failed"),
    # Done (Indonesian): left alone.
    ("Pesanan Anda telah selesai, terima kasih", "unknown"),
    # Left alone: waiting to send again, compensation (Vietnamese).
    ("Chờ gửi lại hàng", "unknown"),
    ("Đền bù cho khách", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_33(text: str, expected: str) -> None:
    assert read_status(text).status == expected
