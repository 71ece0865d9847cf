"""Vietnamese, Indonesian, Thai and Chinese tracking texts read by their meaning, twenty-fifth East Asian pass (round
122): a staff member or a post office dispatched to collect an order, a courier on the way to the pickup, a shipment
turned down by the courier, a parcel not found at a checkpoint scan, documents incomplete, duties unpaid, controlled
goods, a vehicle broken down, a congested port or airport, premises closed, a refusal to receive, goods crushed or
dented, goods stolen; and, read late, a parcel on the hub's yard or sent to a gateway, the reasons a courier brings a
parcel back for another attempt (the customer not at the address, an order placed twice or by mistake, payment
refused, not ordered, asked to try or inspect the goods first), an order waiting for the courier's confirmation or a
courier assigned to the pickup, a bare "sent back", a carrier's problem and a redelivery, as a Vietnamese courier hub's
inventory script, a
Vietnamese delivery-management app, a Thai logistics platform's reason codes, a Thai delivery tracking page, an
Indonesian shop's Biteship notes, an Indonesian courier system's status labels and a Taiwanese shop's shipment
statuses word them.

The reading follows who holds the parcel (DESIGN §4). A staff member or a post office dispatched ("Đã điều phối nhân
viên / bưu cục", the whole status) is the pickup being arranged, before the carrier has the parcel, as "Đã phân công tài
xế" is read; a courier on the way to the pickup place is before the carrier too, before "dalam perjalanan" reads
movement. A shipment turned down by the courier ("ditolak kurir") is held up, not refused by the recipient, before
"ditolak" reads a refused delivery. In Thai a parcel not found at a checkpoint scan ("สแกนไม่พบ") is held up, as
English "Not found at scan" reads, before "สแกน" reads movement; so are documents incomplete, duties not yet paid,
controlled goods or a permit needed, a vehicle broken down and a congested port or airport, before "ศุลกากร" (customs)
or "ระหว่างขนส่ง" (in transport) read movement; premises closed ("สถานที่ปิด") and a refusal to receive ("ปฏิเสธรับ")
are failed deliveries, before "รับพัสดุ" reads a pickup; goods crushed or dented are damaged and goods stolen are lost,
as English "Stolen" is read. Read late: "trên bãi" (on the hub's yard) moves on, and so does a parcel sent to or
processed at a gateway of the network ("Dikirim ke Gateway", "Proses di Gateway"); the customer not at the address, an
order placed twice or bought by mistake, the customer refusing to pay, saying they did not order, or asking to try or
inspect the goods first are a failed attempt, as English "Customer did not order" is read; an order waiting for the
courier's confirmation and a courier assigned to the pickup are before the carrier; a bare "ส่งคืน" (sent back) is a
return; a carrier's problem ("物流業者問題") is an exception; a bare "再次配送" (delivery again) follows a failed attempt,
as English "Redelivery" is read.

Left unread, because the words do not say the state: "Chờ phân công" and a bare "Đã phân công" (waiting for or given
an assignment, as English "Assigned" stays unread), "Hoàn tất" (completed, as English "Completed" stays unread), Thai
"เก็บแล้ว" (collected, or kept in store), a bare "ไม่สำเร็จ" (unsuccessful: as English "Failed" stays unread),
"อุณหภูมิเกินเกณฑ์" (a temperature out of range: the goods spoiled or not, not said), "สุ่มตรวจสินค้า" (a random
inspection of the goods, a clearance step as English "Customs inspection" reads) and Chinese "逾期未取" (not collected in
time: going back or still waiting, as English "Not collected in time" is no return). Left as read:
"สแกนไม่พบที่จุดตรวจ" (an exception; its source files it under LOST, but a missed scan is not a declared loss) and
"Paket dalam perjalanan ke pelanggan." (on the way to the customer: read as movement; its source means Biteship's
dropping_off).

Two groups:
- EAST_ASIAN_25_EARLY_STEPS come first of the Asian and Middle-Eastern first groups (just before the twenty-fourth
  pass's early group, in status_phrases_before_outcomes.py): the Vietnamese "điều phối", the Indonesian "dalam
  perjalanan" and "ditolak" and the Thai "สแกน", "ศุลกากร", "ระหว่างขนส่ง" and "รับพัสดุ" would read these texts
  otherwise. "ปฏิเสธการรับ" is left to the step that reads it already.
- EAST_ASIAN_25_LATE_STEPS come right after the twenty-fourth pass's late group (in status_phrases_language_late.py)
  and read only texts nothing earlier reads.

Folded like the text (lossanalytics.normalise._rules.fold: accents off, "đ" as "d", traditional Chinese characters in
their simplified form, punctuation as spaces; Thai letters as they are). Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_east_asian_25.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

EAST_ASIAN_25_EARLY_STEPS: tuple[Step, ...] = (
    # A staff member or a post office dispatched to collect the order (Vietnamese, the whole status), before "điều phối"
    # reads movement; a courier on the way to the pickup place (Indonesian), before "dalam perjalanan" reads movement.
    ("info_received", {
        "vi": (r"^(?:don(?: hang)? )?da (?:duoc )?dieu phoi (?:nhan vien|buu cuc|buu ta)(?: lay hang)?$",),
        "id": (r"kurir (?:sedang )?(?:dalam perjalanan|menuju) (?:ke )?(?:lokasi |alamat |titik )?"
               r"(?:pickup|pick up|penjemputan|pengambilan)",),
    }),
    # A shipment turned down by the courier (Indonesian), before "ditolak" reads the recipient's refusal; a parcel not
    # found at a checkpoint scan, documents incomplete, duties not yet paid, controlled goods or a permit needed, a
    # vehicle broken down, a congested port or airport (Thai), before "สแกน", "ศุลกากร" or "ระหว่างขนส่ง" read
    # movement: held up.
    ("exception", {
        "id": (r"(?:pengiriman|paket|pesanan|kiriman) ditolak (?:oleh )?(?:pihak )?kurir",),
        "th": rtl_phrases("สแกนไม่พบ", "เอกสาร.{0,15}ไม่ครบ", "ยังไม่(?:ได้)?ชำระ(?:ค่า)?ภาษี", "สินค้าควบคุม",
                          "ต้อง(?:มี)?ใบอนุญาต", "(?:ยานพาหนะ|รถ)(?:ขนส่ง)?(?:ขัดข้อง|เสีย)(?!หาย)", "แออัด"),
    }),
    # Premises closed, a refusal to receive (Thai), before "รับพัสดุ" reads a pickup: failed deliveries.
    ("delivery_failed", {
        "th": rtl_phrases("สถานที่ปิด", "ปฏิเสธรับ"),
    }),
    # Goods crushed or dented (Thai), before "ระหว่างขนส่ง" reads movement: damaged; stolen: lost, as English "Stolen"
    # reads.
    ("damaged", {
        "th": rtl_phrases("ถูกทับ", "บุบ(?!ผ)"),
    }),
    ("lost", {
        "th": rtl_phrases("โจรกรรม", "ถูกขโมย"),
    }),
)

EAST_ASIAN_25_LATE_STEPS: tuple[Step, ...] = (
    # On the hub's yard (Vietnamese); sent to or processed at a gateway of the network (Indonesian): moving on.
    ("in_transit", {
        "vi": (r"(?:^|dang |nam )tren bai",),
        "id": (r"(?:dikirim|diteruskan|diberangkatkan) ke gateway", r"(?:proses|diproses|sortir) di gateway"),
    }),
    # Waiting for the courier's confirmation, a courier assigned to the pickup (Indonesian): before the carrier.
    ("info_received", {
        "id": (r"menunggu konfirmasi (?:dari )?kurir",
               r"kurir (?:telah |sudah )?ditugaskan (?:untuk )?(?:pickup|pick up|penjemputan|menjemput|pengambilan)"),
    }),
    # The reasons a courier brings a parcel back for another attempt (Vietnamese): the customer not at the address, an
    # order placed twice or bought by mistake, the customer refusing to pay, saying they did not order, or asking to
    # try or inspect the goods first. Delivery again (Chinese, the whole status), as English "Redelivery" reads.
    ("delivery_failed", {
        "vi": (r"khong (?:co )?o dia chi (?:giao|nhan)", r"dat trung don", r"mua nham",
               r"(?:khach(?: hang)?|nguoi nhan) (?:\w+ )?tu choi thanh toan",
               r"(?:khach(?: hang)?|nguoi nhan) (?:bao )?khong (?:he )?dat hang",
               r"(?:khach(?: hang)?|nguoi nhan) yeu cau (?:duoc )?(?:dung thu|thu hang|kiem hang|xem hang)"),
        "zh": (r"^(?:再次|重新)配送$",),
    }),
    # A carrier's problem (Chinese): held up.
    ("exception", {
        "zh": (r"(?:物流|运输)(?:业者|業者|公司|商)(?:的)?问题",),
    }),
    # A bare "sent back" (Thai): a return.
    ("returned", {
        "th": rtl_phrases("^ส่งคืน(?:แล้ว)?$"),
    }),
)
