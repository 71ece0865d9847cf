"""Vietnamese, Indonesian, Thai and Chinese read by their meaning (status_phrases_meaning_east_asian_25, round 122): a
staff member or a post office dispatched to collect, a courier on the way to the pickup, a shipment turned down by the
courier, a parcel not found at a checkpoint scan; a parcel on the hub's yard, the reasons for another attempt, an order
waiting for the courier's confirmation, a courier assigned to the pickup, premises closed, a refusal to receive, goods
crushed, stolen, held by documents, duties, permits, a breakdown or congestion, a bare "sent back", a carrier's problem,
a redelivery; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A staff member or a post office dispatched to collect (Vietnamese, the whole status): before the carrier.
    ("Đơn hàng đã được điều phối bưu tá lấy hàng", "info_received"),
    ("Đã điều phối bưu cục", "info_received"),
    # A courier on the way to the pickup place (Indonesian): before the carrier.
    ("Kurir sedang dalam perjalanan ke alamat penjemputan", "info_received"),
    # A shipment turned down by the courier (Indonesian): held up, not the recipient's refusal.
    ("Paket ditolak oleh pihak kurir karena kemasan tidak layak", "exception"),
    # A parcel not found at a checkpoint scan (Thai): held up.
    ("สแกนไม่พบพัสดุที่ศูนย์คัดแยก", "exception"),
    # On the hub's yard (Vietnamese): moving on.
    ("Hàng đang nằm trên bãi chờ chia chọn", "in_transit"),
    # Sent to or processed at a gateway of the network (Indonesian): moving on.
    ("Paket diteruskan ke gateway Surabaya", "in_transit"),
    ("Paket diproses di gateway tujuan", "in_transit"),
    # The reasons for another attempt (Vietnamese): failed deliveries.
    ("Người nhận không có ở địa chỉ nhận hàng", "delivery_failed"),
    ("Khách đặt trùng đơn", "delivery_failed"),
    ("Người nhận mua nhầm sản phẩm", "delivery_failed"),
    ("Khách hàng từ chối thanh toán phí COD", "delivery_failed"),
    ("Người nhận báo không hề đặt hàng", "delivery_failed"),
    ("Khách hàng yêu cầu xem hàng trước khi nhận", "delivery_failed"),
    # Waiting for the courier's confirmation, a courier assigned to the pickup (Indonesian): before the carrier.
    ("Order menunggu konfirmasi dari kurir", "info_received"),
    ("Kurir sudah ditugaskan untuk menjemput paket", "info_received"),
    # Premises closed, a refusal to receive (Thai): failed deliveries.
    ("สถานที่ปิดวันหยุด", "delivery_failed"),
    ("ลูกค้าปฏิเสธรับพัสดุ", "delivery_failed"),
    # Goods crushed or dented (Thai): damaged; stolen: lost.
    ("กล่องบุบ", "damaged"),
    ("พัสดุถูกทับระหว่างขนส่ง", "damaged"),
    ("พัสดุถูกขโมย", "lost"),
    # Documents, duties, permits, a breakdown, congestion (Thai): held up.
    ("เอกสารศุลกากรไม่ครบ", "exception"),
    ("ผู้รับยังไม่ได้ชำระค่าภาษี", "exception"),
    ("สินค้าควบคุม รอตรวจสอบ", "exception"),
    ("รถขนส่งขัดข้อง", "exception"),
    ("สนามบินแออัด", "exception"),
    # A bare "sent back" (Thai): a return.
    ("ส่งคืนแล้ว", "returned"),
    # A carrier's problem, a redelivery (Chinese).
    ("物流公司问题", "exception"),
    ("重新配送", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # A dispatch to another hub stays movement; a driver assigned stays before the carrier.
    ("Đang điều phối", "in_transit"),
    ("Đã phân công tài xế", "info_received"),
    # A courier on the way to the recipient and a parcel on its way stay as read.
    ("Paket dalam perjalanan", "in_transit"),
    ("Kurir menuju lokasi penjemputan", "info_received"),
    # A refusal by the buyer stays a failed delivery; a refusal at the airport stays held up.
    ("Paket ditolak oleh buyer", "delivery_failed"),
    ("Paket ditolak di bandara.", "exception"),
    # A plain scan stays movement; a return to the origin stays a return.
    ("สแกนเข้าศูนย์", "in_transit"),
    ("ส่งคืนต้นทาง", "returned"),
    # A payment refused by the bank is no delivery.
    ("Ngân hàng từ chối thanh toán", "unknown"),
    # An assignment, a completion, a bare failure, a temperature, an inspection, not collected in time: left alone.
    ("Đã phân công", "unknown"),
    ("Hoàn tất", "unknown"),
    ("ไม่สำเร็จ", "unknown"),
    ("อุณหภูมิเกินเกณฑ์", "unknown"),
    ("逾期未取", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_east_asian_meaning_25(text: str, expected: str) -> None:
    assert read_status(text).status == expected
