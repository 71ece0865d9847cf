"""Japanese and Vietnamese status texts read by their meaning, seventeenth East Asian pass (round 76): the last leg and
the time before the carrier has the parcel as Japanese delivery, shipment and warehouse apps write them ("発送受付",
"梱包作業中", "再配達依頼", "着荷完了") and as Vietnamese shops, couriers and freight apps write them ("Đang chuẩn bị hàng",
"Courier không lấy được", "Shipper đã lấy", "Đã phân công cho tài xế", "Đang hoàn trả").

The reading follows who holds the parcel (DESIGN §4). A shipment request received ("発送受付"), goods being packed or
packed ("梱包中", "梱包作業中", "梱包完了", "梱包済み"), an order awaiting or given the seller's confirmation ("Chờ xác nhận",
"Admin đã xác nhận"), goods being or already prepared ("Đang chuẩn bị hàng", "Đã chuẩn bị hàng"), a courier that could not
collect them ("Courier không lấy được"), goods waiting to be collected to an agency, a depot or a post office ("Chờ lấy về
đại lý"), a transport being planned ("Đang lập kế hoạch") and a driver assigned to the order or who accepted it
("Đã phân công cho tài xế", "Tài xế đã xác nhận") are all before the carrier has the parcel. Goods taken by the shipper
or the courier ("Shipper đã lấy", "Hàng đã được lấy") and a shipping run begun ("配送開始") move on. A redelivery asked
for ("再配達依頼", "再配達の申込") follows a failed attempt: a reschedule asked. Goods arrived at the consignee ("着荷完了",
"着荷済み") and a stop completed, said on its own ("完了"), are delivered. Goods being or already sent back ("Đang hoàn
trả", "Đã hoàn trả") are returned (not a refund: money named beside is left alone).

Two groups:
- EAST_ASIAN_17_FIRST_STEPS come right after the sixteenth pass's first group: a shipment request received before
  "発送" reads a dispatch.
- EAST_ASIAN_17_LATE_STEPS come right after the sixteenth pass's late group, for texts nothing earlier reads.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_17.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Who collects goods from the seller in Vietnamese texts (accents folded).
_VI_COURIER = r"(?:shipper|courier|buu ta|tai xe|nhan vien(?: giao hang| lay hang| van chuyen)?|don vi van chuyen)"

EAST_ASIAN_17_FIRST_STEPS: tuple[Step, ...] = (
    # A shipment request received: before the carrier (before "発送" reads a dispatch).
    ("info_received", {
        "ja": (r"^発送(?:の)?受付(?:中|済み?|完了)?$",),
    }),
)

EAST_ASIAN_17_LATE_STEPS: tuple[Step, ...] = (
    # Packing, an order awaiting or given the seller's confirmation, goods prepared, not collected by the courier,
    # waiting to be collected to an agency, a transport planned, a driver assigned or accepting: before the carrier.
    ("info_received", {
        "ja": (r"^梱包(?:作業)?(?:中|完了|済み?)$",),
        "vi": (r"^cho xac nhan(?: don(?: hang)?)?$",
               r"^(?:admin|shop|nguoi ban|cua hang) da xac nhan(?: don(?: hang)?)?$",
               r"^(?:dang|da) chuan bi(?: hang| don(?: hang)?)?$",
               r"^" + _VI_COURIER + r" (?:chua|khong) lay duoc(?: hang)?$",
               r"^cho lay(?: hang)? ve (?:dai ly|kho|buu cuc|van phong)\b",
               r"^dang (?:lap|len) ke hoach$",
               r"^da phan cong(?: cho)? (?:tai xe|shipper)$",
               r"^(?:tai xe|shipper) da (?:xac nhan|nhan don)(?: hang)?$"),
    }),
    # Goods taken by the shipper or the courier, a shipping run begun: moving on.
    ("in_transit", {
        "ja": (r"^配送開始$",),
        "vi": (r"^" + _VI_COURIER + r" da lay(?: hang)?(?: thanh cong)?$",
               r"^(?:hang|don hang|kien hang) da duoc lay(?: thanh cong)?$"),
    }),
    # A redelivery asked for: a reschedule asked after a failed attempt.
    ("delivery_failed", {
        "ja": (r"^再配達(?:の)?(?:依頼|申込み?|申し込み|希望)(?:中|済み?|あり)?$",),
    }),
    # Arrived at the consignee, a stop completed said on its own: delivered.
    ("delivered", {
        "ja": (r"^着荷(?:完了|済み?)$", r"^完了$"),
    }),
    # Goods being or already sent back (no money named): returned.
    ("returned", {
        "vi": (r"^(?:dang|da) hoan tra(?: lai)?(?: hang)?$",),
    }),
)
