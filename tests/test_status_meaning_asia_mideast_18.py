"""Vietnamese and Indonesian read by their meaning (status_phrases_meaning_asia_mideast_18, round 81): goods of the
return, the return carrier or warehouse and a return asked for again as returned; a failed order creation, a failed
handover and no driver found as problems; a new delivery or pickup asked for; the delivering carrier taking the
handover; an Indonesian parcel at the recipient's home or at "the destination", between branches, a courier heading to
the pickup or a branch, waiting to be processed; in other words than the development corpus's rows, written by the team
to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Goods of the return, the return carrier or warehouse: on the way back to the sender.
    ("Đã lấy xong hàng hoàn từ người nhận", "returned"),
    ("Hàng hoàn đang trên đường về shop", "returned"),
    ("Chờ shipper lấy hàng hoàn", "returned"),
    ("Đã bàn giao cho nhà vận chuyển hoàn", "returned"),
    ("Hàng đã về kho hoàn", "returned"),
    ("Đã đến kho trả", "returned"),
    # A return asked for again or under way (not a refund).
    ("Đang yêu cầu trả lại hàng", "returned"),
    ("Người nhận đã trả lại hàng", "returned"),
    # A failed order creation, a failed handover, no driver found: problems.
    ("Lỗi tạo đơn vận chuyển", "exception"),
    ("Tạo đơn hàng thất bại", "exception"),
    ("Bàn giao hàng không thành công", "exception"),
    ("Không tìm thấy tài xế", "exception"),
    # A new delivery asked for after an attempt; a new pickup asked for.
    ("Khách yêu cầu giao lại vào ngày mai", "delivery_failed"),
    ("Shop yêu cầu lấy hàng lại", "info_received"),
    # Indonesian: at the recipient's address, at the destination; between branches; heading to the pickup or a hub.
    ("Paket telah sampai di alamat penerima", "delivered"),
    ("Tiba di tujuan", "delivered"),
    ("Pengiriman antar cabang", "in_transit"),
    ("Kurir menuju lokasi pickup", "info_received"),
    ("Paket menuju kota Bandung", "in_transit"),
    ("Pesanan menunggu diproses", "info_received"),
]

COUNTER_EXAMPLES = [
    # A delivery completed, a refund, put off: no return ("hoàn thành" is "completed", not "hoàn hàng").
    ("Hoàn thành giao hàng", "delivered"),
    ("Đã hoàn tiền cho khách", "unknown"),
    ("Yêu cầu trả lại tiền", "unknown"),
    ("Hoãn lấy hàng", "info_received"),
    # The outbound steps stay as they were.
    ("Chờ lấy hàng", "info_received"),
    ("Giao hàng thất bại", "delivery_failed"),
    ("Tạo đơn", "info_received"),
    # A destination city or branch is still on the way; the round stays the round.
    ("Sampai di kota tujuan", "in_transit"),
    ("Tiba di cabang tujuan", "in_transit"),
    ("Sedang diantar", "out_for_delivery"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_18(text: str, expected: str) -> None:
    assert read_status(text).status == expected
