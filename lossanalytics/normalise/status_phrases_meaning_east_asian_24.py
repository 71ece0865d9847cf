"""Chinese, Vietnamese, Indonesian and Thai tracking texts read by their meaning, twenty-fourth East Asian pass (round
116): a parcel handed to a convenience store for collection, returned-or-forwarded under a new waybill, taken out of a
parcel locker again by the courier, a return that failed, an order only submitted to the carrier's system, an item
waiting to be handed out at a post office or a rented PO box, an item whose cash-on-delivery data is being corrected;
and, read late, a parcel arrived, being delivered by the courier, processed, held up, its tracking expired, a
compensation claim, a shipper dealing with the sender or the recipient, a redelivery waiting for its confirmation, a
post office reached, a parcel passed to a third-party partner, and Thai Post's remarks for an item not delivered on
its round (an unclear address, no such house number, moved, the house or the office closed, a name that does not
match, a delivery day set by the sender, an item kept at the recipient's request, not collected in time, collection
asked at the post office), as an Indonesian aggregator's webhook, an Indonesian shop's AfterShip texts, Vietnamese
courier platforms' and a GHN bot's states, SF Express's route texts, a Thai Post office's delivery report and a Thai
dispatch app word them.

The reading follows who holds the parcel (DESIGN §4). A parcel handed over to a convenience store ("便利店交接") waits
there for its customer; a parcel "returned/forwarded under a new number" may be either: nothing to read; the courier
cancelling the locker drop and taking the parcel out again ("取消派件将快件取出") has it back, on its way, not a
cancelled shipment. A return that failed ("hoàn hàng thất bại") has neither come back nor been delivered: an
exception. An order only submitted up to the carrier's system ("đã gửi lên hãng vận chuyển") is before the carrier.
An item waiting to be handed out at the office or the PO box ("รอจ่าย ณ ...") is at a pickup place, even where the text
also says a notice was issued; an item held while its cash-on-delivery data is corrected ("ปรับปรุงข้อมูล") is held up.
Read late: a bare "Paket sampai" is delivered, as this corpus reads "Paket telah sampai"; "sedang dikirim kurir" is the
courier delivering; "Paket sedang diproses" is before the carrier, as "Pesanan sedang diproses" is read; "terkendala"
(hampered) is an exception and a tracking "kedaluwarsa" expired; a complaint with compensation is an exception; a
shipper working with the sender is at the pickup, with the recipient at the door; "chờ xác nhận giao lại" (waiting for
the confirmation to deliver again) follows a failed attempt; a post office reached ("tới bưu cục", as "đến bưu cục"
reads) and a parcel passed to a third-party partner to deliver move on. Thai Post's non-delivery remarks are failed
deliveries, but "not collected within the time allowed" goes back to the sender and "collect it myself at the post
office" waits there; a Thai dispatch app's bare "กำลังส่ง" (sending) moves, "กำลังส่งกลับ" and "รับคืนแล้ว" are a
return, "พร้อมส่ง" (ready to send) is before the carrier as "Ready to ship" is read.

Left unread: "Nháp" (a draft: folded it is "nhap", also "Nhập", entered), "Chờ duyệt" (waiting for approval: of what,
not said, as round 107 left "Aguardando aprovação"), "Đang được xử lí" (being handled, as "Đang xử lý" stays unread),
the Thai app's "ใหม่" (new), "กำลังประมวลผล" (processing), "ต้องตรวจ" (to be checked) and "มอบหมายแล้ว" (assigned, as
"Atribuído a Motorista" stays unread). Left as read: "Trả hàng thất bại" (a return that failed, this file's earlier
row labelled returned as its source does), "Paket dibawa kurir" (carried by the courier: read out for delivery; its
source means shipped), "Đã được tiếp nhận." and "ปฏิเสธแล้ว" (labelled unknown, read as nothing).

Three groups:
- EAST_ASIAN_24_EARLY_STEPS come first of the Asian and Middle-Eastern first groups (before the twenty-second Asian
  pass's Vietnamese first group, in status_phrases_before_outcomes.py): the Vietnamese and Asian words "hoàn hàng",
  "vận chuyển", "ใบแจ้ง" and "ปลายทาง", and an earlier East Asian pass's "从快递柜取出" (a customer's collection),
  would read these texts otherwise.
- EAST_ASIAN_24_FIRST_STEPS come right after the twenty-third pass's first group (in status_phrases_before_outcomes.py),
  ahead of the outcome words: "交接" and "退回" would read these texts otherwise.
- EAST_ASIAN_24_LATE_STEPS come right after the twenty-third pass's late group (in status_phrases_language_late.py)
  and read only texts nothing earlier reads.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_24.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

EAST_ASIAN_24_EARLY_STEPS: tuple[Step, ...] = (
    # Waiting at the post office or a rented PO box to be handed out (Thai): at a pickup place, before "ใบแจ้ง" (a
    # notice) reads a failed delivery.
    ("available_for_pickup", {
        "th": rtl_phrases("รอจ่าย ณ (?:ที่ทำการ|ตู้ไปรษณีย์|ไปรษณีย์|สาขา)"),
    }),
    # A return that failed: neither back with the sender nor delivered, before "hoàn hàng" reads a return; an item held
    # while its cash-on-delivery data is corrected (Thai), before "ปลายทาง" reads movement.
    ("exception", {
        "vi": (r"hoan hang (?:khong thanh cong|that bai)",),
        "th": rtl_phrases("ปรับปรุงข้อมูล"),
    }),
    # An order only submitted up to the carrier's system: before the carrier, before "vận chuyển" reads movement.
    ("info_received", {
        "vi": (r"^(?:don(?: hang)? )?da (?:duoc )?gui len (?:hang|don vi|he thong|nha) van chuyen$",),
    }),
    # The courier cancelled the locker drop and took the parcel out again: back with the courier, before "取消" reads a
    # cancelled shipment and "从快递柜取出" a customer's collection.
    ("in_transit", {
        "zh": (r"(?:取消(?:派件|投柜|入柜)(?:并)?(?:将)?(?:快件|包裹)?(?:从(?:丰巢|快递柜))?取出)",),
    }),
)

EAST_ASIAN_24_FIRST_STEPS: tuple[Step, ...] = (
    # Handed over to a convenience store: waiting there for its customer, before "交接" reads movement.
    ("available_for_pickup", {
        "zh": (r"(?:便利店(?:已)?交接)",),
    }),
    # Returned or forwarded under a new waybill: which, not said; nothing to read, before "退回" reads a return.
    ("unknown", {
        "zh": (r"(?:退回\s?(?:或者?\s?)?转寄)", r"(?:转寄\s?(?:或者?\s?)?退回)"),
    }),
)

EAST_ASIAN_24_LATE_STEPS: tuple[Step, ...] = (
    # A bare "package arrived" (Indonesian), as "Paket telah sampai" reads.
    ("delivered", {
        "id": (r"^(?:paket|kiriman|barang) (?:sudah )?sampai$",),
    }),
    # Being delivered by the courier (Indonesian); a shipper dealing with the recipient (Vietnamese): at the door.
    ("out_for_delivery", {
        "id": (r"sedang (?:dikirim|diantar) (?:oleh )?kurir",),
        "vi": (r"lam viec voi nguoi nhan",),
    }),
    # A parcel being processed, as a whole text (Indonesian, as "Pesanan sedang diproses" reads); a shipper dealing
    # with the sender at the pickup (Vietnamese); a Thai order ready to send, as a whole text ("Ready to ship").
    ("info_received", {
        "id": (r"^paket sedang diproses$",),
        "vi": (r"lam viec voi nguoi gui",),
        "th": rtl_phrases("^พร้อมส่ง$"),
    }),
    # The shipment hampered (Indonesian); a complaint with compensation (Vietnamese): held up.
    ("exception", {
        "id": (r"(?:pengiriman|paket|kiriman) terkendala",),
        "vi": (r"khieu nai den bu", r"^dang (?:xu ly )?den bu$"),
    }),
    # The tracking expired (Indonesian).
    ("expired", {
        "id": (r"^(?:tracking|pelacakan|lacak|resi) (?:kedaluwarsa|kadaluarsa|kadaluwarsa|kedaluarsa)$",),
    }),
    # Waiting for the confirmation to deliver again (Vietnamese), after a failed attempt; Thai Post's remarks for an
    # item not delivered on its round: the address unclear, no such house number, moved with no new address, the house
    # or the office closed, the name not matching, a day set by the sender, the item kept at the recipient's request.
    ("delivery_failed", {
        "vi": (r"^cho xac nhan giao lai$",),
        "th": rtl_phrases("จ่าหน้าไม่ชัด", "ไม่มีเลขบ้าน", "ไม่ทราบที่อยู่ใหม่", "^บ้านปิด$",
                          "(?:ส่วนราชการ|บริษัท|หน่วยงาน) ?หยุด", "ชื่อ(?:ผู้รับ)?ไม่ตรง",
                          "กำหนดวัน ?(?:เวลา)? ?นำจ่าย", "ให้เก็บรอจ่าย"),
    }),
    # Not collected within the time allowed (going back), being sent back, taken back (Thai): returned.
    ("returned", {
        "th": rtl_phrases("ไม่มารับ(?:ตาม|ภายใน)กำหนด", "^กำลังส่งกลับ$", "^รับคืนแล้ว$"),
    }),
    # The recipient asked to collect it at the post office (Thai): waiting there.
    ("available_for_pickup", {
        "th": rtl_phrases("ขอรับเองที่(?:ที่ทำการ)?ไปรษณีย์"),
    }),
    # A post office reached, a parcel passed to a third-party partner to deliver (Vietnamese); a bare "sending" (Thai):
    # on its way.
    ("in_transit", {
        "vi": (r"^da toi buu cuc", r"chuyen cho doi tac (?:thu ba|khac|van chuyen)"),
        "th": rtl_phrases("^กำลังส่ง$"),
    }),
)
