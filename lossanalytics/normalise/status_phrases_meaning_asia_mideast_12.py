"""Indonesian, Thai and Vietnamese tracking texts read by their meaning, twelfth pass (round 64): a cargo agent's
waybill messages ("Menunggu proses pengiriman", "Barang akan diambil sendiri oleh penerima"), a Thai shipping
platform's parcel statuses ("พัสดุเข้าระบบ", "ส่งคืนสำเร็จ", "ไม่สามารถเข้ารับพัสดุ", "รอเลือกขนส่ง") and a
Vietnamese shipping platform's tabs ("Lấy hàng", "Đang lưu kho", "Đơn hủy").

The reading follows what the words say of the parcel (DESIGN §4). The carrier unable to come and collect the parcel
has not taken it (before "รับพัสดุ" reads a parcel received). A shipment waiting for its shipping process, the pickup
process, a carrier still to be chosen and a bare "Lấy hàng" (the pickup) have not reached the carrier; a shipment in
its shipping process, a parcel entered into the carrier's system and goods stored in a warehouse move on; goods the
recipient will collect wait for pickup; goods received by the person the message names next ("diterima oleh:") are
delivered; a return completed is a return; an order cancelled is cancelled. A bare "Hoàn thành" (completed: an order
or a delivery, not said) and "จัดส่งแล้ว" (shipped or delivered, not said) are left alone.

- ASIA_MIDEAST_FIRST_STEPS_12 come first of the Asian and Middle-Eastern first groups (before the ninth pass's),
  before "รับพัสดุ" reads a parcel received, "ส่งสำเร็จ" a delivery made and "diambil oleh penerima" goods collected.
- ASIA_MIDEAST_LATE_STEPS_12 come just before the eleventh pass's late steps and read only texts nothing else reads,
  each the whole text.

Folded like the text (lossanalytics.normalise._rules.fold: Latin lower case, accents off, "đ" as "d"; Thai as
written). Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_12.py holds the
examples); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ASIA_MIDEAST_FIRST_STEPS_12: tuple[Step, ...] = (
    # The carrier unable to come and collect the parcel: not yet taken. Before "รับพัสดุ" reads it received.
    ("info_received", {
        "th": (r"ไม่สามารถเข้ารับพัสดุ",),
    }),
    # A return to the sender completed, before "ส่งสำเร็จ" reads a delivery made.
    ("returned", {
        "th": (r"^(?:ส่ง)?คืน(?:ผู้ส่ง)?สำเร็จ$",),
    }),
    # Goods the recipient will collect: waiting for pickup, before "diambil oleh penerima" reads them collected.
    ("available_for_pickup", {
        "id": (r"\b(?:barang|paket|kiriman) akan diambil (?:sendiri )?oleh penerima\b",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_12: tuple[Step, ...] = (
    # Waiting for the shipping process, the pickup process, a carrier to be chosen, a bare pickup: not yet with the
    # carrier.
    ("info_received", {
        "id": (r"^menunggu proses pengiriman$", r"^proses penjemputan(?: barang| paket)?(?: oleh \w+)?$"),
        "th": (r"^รอ(?:การ)?เลือก(?:บริษัท)?ขนส่ง$",),
        "vi": (r"^lay hang$",),
    }),
    # In the shipping process, entered into the carrier's system, stored in a warehouse: moving on.
    ("in_transit", {
        "id": (r"^sedang dalam proses pengiriman$",),
        "th": (r"^พัสดุเข้าระบบ$",),
        "vi": (r"^dang luu kho$",),
    }),
    # Goods received by the person named next: delivered.
    ("delivered", {
        "id": (r"^(?:barang|paket|kiriman) (?:telah|sudah) diterima oleh$",),
    }),
    # An order cancelled.
    ("cancelled", {
        "vi": (r"^don (?:hang )?huy$",),
    }),
)
