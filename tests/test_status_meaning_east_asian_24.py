"""Chinese, Vietnamese, Indonesian and Thai read by their meaning (status_phrases_meaning_east_asian_24, round 116): a
parcel handed to a convenience store, returned-or-forwarded, taken out of a locker again by the courier, a return that
failed, an order submitted to the carrier's system, an item waiting at a post office or PO box, cash-on-delivery data
being corrected; a parcel arrived, delivered by the courier, processed, hampered, its tracking expired, a compensation
claim, a shipper with the sender or the recipient, a redelivery to confirm, a post office reached, a third-party
partner, Thai Post's non-delivery remarks; in other words than the development corpus's rows, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Handed over to a convenience store: waiting for its customer.
    ("快件已在便利店已交接，请凭取件码领取", "available_for_pickup"),
    # Returned or forwarded under a new number: either, nothing to read.
    ("包裹已转寄或退回，请查询新运单", "unknown"),
    # The courier took the parcel back out of the locker: back with the courier.
    ("快递员取消投柜并将包裹从快递柜取出", "in_transit"),
    # A return that failed (Vietnamese): held up.
    ("Hoàn hàng thất bại do không liên hệ được người gửi", "exception"),
    ("Đơn hoàn hàng không thành công, liên hệ CSKH", "exception"),
    # An order submitted up to the carrier's system: before the carrier.
    ("Đơn hàng đã được gửi lên đơn vị vận chuyển", "info_received"),
    # Waiting at the post office or a PO box (Thai): at a pickup place.
    ("รอจ่าย ณ ที่ทำการไปรษณีย์ปลายทาง", "available_for_pickup"),
    ("รอจ่าย ณ ตู้ไปรษณีย์ กรุณานำใบแจ้งมาติดต่อ", "available_for_pickup"),
    # Cash-on-delivery data being corrected (Thai): held up.
    ("ระบบกำลังปรับปรุงข้อมูลพัสดุเก็บเงินปลายทาง", "exception"),
    # A bare arrival, delivered by the courier, processed, hampered, expired (Indonesian).
    ("Kiriman sudah sampai", "delivered"),
    ("Barang sedang diantar oleh kurir", "out_for_delivery"),
    ("Paket sedang diproses", "info_received"),
    ("Kiriman terkendala cuaca buruk", "exception"),
    ("Resi kadaluarsa", "expired"),
    # A complaint with compensation, a shipper with the sender or the recipient, a redelivery to confirm, a post office
    # reached, a third-party partner (Vietnamese).
    ("Đơn đang khiếu nại đền bù", "exception"),
    ("Bưu tá đang làm việc với người gửi", "info_received"),
    ("Bưu tá đang làm việc với người nhận để thu tiền", "out_for_delivery"),
    ("Chờ xác nhận giao lại", "delivery_failed"),
    ("Đã tới bưu cục phát", "in_transit"),
    ("Đơn được chuyển cho đối tác vận chuyển khác", "in_transit"),
    # Thai Post's non-delivery remarks: failed deliveries; not collected in time: going back; collection asked at the
    # post office: waiting there.
    ("จ่าหน้าไม่ชัด", "delivery_failed"),
    ("ไม่มีเลขบ้านนี้", "delivery_failed"),
    ("ผู้รับย้ายออก ไม่ทราบที่อยู่ใหม่", "delivery_failed"),
    ("หน่วยงานหยุดทำการ", "delivery_failed"),
    ("ชื่อผู้รับไม่ตรงกับบัตร", "delivery_failed"),
    ("ผู้รับขอให้เก็บรอจ่ายวันถัดไป", "delivery_failed"),
    ("ผู้รับไม่มารับภายในกำหนด", "returned"),
    ("ผู้รับขอรับเองที่ที่ทำการไปรษณีย์", "available_for_pickup"),
    # A Thai dispatch app's bare states.
    ("กำลังส่ง", "in_transit"),
    ("กำลังส่งกลับ", "returned"),
    ("รับคืนแล้ว", "returned"),
    ("พร้อมส่ง", "info_received"),
]

COUNTER_EXAMPLES = [
    # A parcel taken out of a locker by its customer is delivered, not moving.
    ("您的快件已从丰巢取出", "delivered"),
    # A return on its way stays a return; a return that succeeded too.
    ("Đang hoàn hàng", "returned"),
    ("Hoàn hàng thành công", "returned"),
    # A plain move and a plain notice stay as read.
    ("Đang vận chuyển", "in_transit"),
    ("ออกใบแจ้ง", "delivery_failed"),
    # "Paket telah sampai" stays delivered; arrived at a hub stays moving.
    ("Paket telah sampai", "delivered"),
    ("Paket sampai di hub Jakarta", "in_transit"),
    # A shop's drafts and approvals, a new order, an assignment: left alone.
    ("Nháp", "unknown"),
    ("Chờ duyệt", "unknown"),
    ("ใหม่", "unknown"),
    ("มอบหมายแล้ว", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_east_asian_meaning_24(text: str, expected: str) -> None:
    assert read_status(text).status == expected
