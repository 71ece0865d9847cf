"""Vietnamese, Indonesian and Thai tracking texts read by their meaning, twenty-fifth Asian and Middle-Eastern pass
(round 105): a delivery platform's search for a shipper ("Hệ thống đang tìm shipper", "Chưa tìm được shipper", "Đang chờ
shipper xác nhận"), an order assigned to a shipper, taken, being delivered or its delivery completed ("đã được phân
công cho shipper", "đã được lấy", "Đơn hàng đang được giao", "Giao hàng hoàn thành"), a craft shop's making and packing
("Sedang dijahit", "Menunggu persetujuan desain", "mengemas pesanan") and its courier collecting the parcel ("Kurir
mengambil paket dari ..."), a Thai seller tool's shipping data received ("รับข้อมูลการจัดส่งแล้ว"), a Thai shop's
parcel entered into the carrier's network ("พัสดุเข้าระบบขนส่ง"), a courier on the way to deliver
("พนักงานนำจ่ายกำลังเดินทางไปส่งพัสดุ") and an order recorded ("บันทึกรายการคำสั่งซื้อเรียบร้อย").

The reading follows who holds the parcel (DESIGN §4). A platform still looking for a shipper, waiting for one to accept,
finding none yet, or one assigned who has not collected: the goods are still with the sender, before the carrier. So
is an order waiting for its delivery to start, an order the shop is still making, sewing or having its design approved,
an order being packed, an order recorded, and shipping data received by a marketplace. An order taken (collected) and a
courier who took the parcel from the shop, and a parcel entered into the carrier's network: the carrier has it, it
moves on. An order being delivered ("đang được giao", the passive of "đang giao") and a courier travelling to deliver
it: out for delivery. A delivery completed: delivered.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_25 come first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-third's): in Thai a courier on the way to deliver before "เดินทาง" reads movement, an order
  recorded before "คัดแยก" (sorting) reads movement.
- ASIA_MIDEAST_LATE_STEPS_25 come just before the twenty-third pass's late steps (status_phrases_language_late.py)
  and read only texts nothing else reads.

Left unread: an order "completed" ("Pesanan selesai", "คำสั่งซื้อเสร็จสมบูรณ์", a bare "สำเร็จ": the order's end, a
receipt not said), "Pesanan telah diambil" and "Paket diambil pengantar" (taken: by the courier at the start, by the
deliverer, or by the buyer, not said), "Pemeriksaan mutu" and "Menunggu pemeriksaan perajin" (a check: of the made
goods, or of a design, before or after the carrier not said). Left as read: "Paket dalam perjalanan ke alamat Anda"
(on its way to your address: moving, the courier's errand not said) and a buyer's payment not yet successful (read as
nothing by an earlier pass's unpaid step).

Folded like the text (lossanalytics.normalise._rules.fold: accents off, "đ" as "d", punctuation as spaces; Thai
letters as they are, with no spaces between words, so Thai patterns name whole runs of words). Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_25.py holds the examples); no source's table was
copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases
from lossanalytics.normalise.status_words import ID_GOODS

# Who collects or delivers in Vietnamese texts (folded).
_VI_SHIPPER = r"(?:shipper|tai xe|nguoi giao hang|nhan vien giao hang)"
# The goods in Vietnamese texts (folded).
_VI_GOODS = r"(?:don hang|kien hang|goi hang|hang hoa|buu pham|buu kien)"

ASIA_MIDEAST_FIRST_STEPS_25: tuple[Step, ...] = (
    # A courier travelling to deliver the parcel (Thai): out for delivery, before "เดินทาง" reads movement.
    ("out_for_delivery", {
        "th": rtl_phrases(r"(?:พนักงาน|ไรเดอร์|คนขับ|เจ้าหน้าที่)(?:นำจ่าย|นำส่ง|ส่งของ|ขนส่ง)?กำลัง(?:เดินทาง)?ไปส่ง"),
    }),
    # An order recorded (Thai): before the carrier, before "คัดแยก" (sorting) reads movement.
    ("info_received", {
        "th": rtl_phrases(r"^บันทึก(?:รายการ)?คำสั่งซื้อ(?:เรียบร้อย|แล้ว|สำเร็จ)"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_25: tuple[Step, ...] = (
    # Looking for a shipper, waiting for one to accept, none found yet, one assigned; waiting for the delivery to start
    # (Vietnamese): before the carrier.
    ("info_received", {
        "vi": (r"\bdang (?:tim|cho) " + _VI_SHIPPER + r"\b",
               r"^cho " + _VI_SHIPPER + r" (?:xac nhan|nhan don)\b",
               r"\bchua tim (?:duoc|thay) " + _VI_SHIPPER + r"\b",
               r"\bduoc phan cong cho " + _VI_SHIPPER + r"\b",
               r"\bdang cho bat dau (?:quy trinh )?giao(?: hang)?\b"),
        # Being made, sewn or produced, a design waiting for approval, an order being packed (Indonesian): before the
        # carrier.
        "id": (r"^(?:" + ID_GOODS + r" |produk )?(?:sedang )?(?:dibuat|diproduksi|dijahit)(?: oleh)?(?: perajin| pengrajin)?$",
               r"^menunggu persetujuan desain\b",
               r"\bmengemas " + ID_GOODS + r"\b"),
        # Shipping data received by the platform (Thai): before the carrier.
        "th": rtl_phrases(r"รับข้อมูล(?:การ)?(?:จัดส่ง|ส่งสินค้า|พัสดุ)(?:แล้ว)?"),
    }),
    # The order taken (Vietnamese); the courier took the parcel from the shop (Indonesian); the parcel entered the
    # carrier's network (Thai): moving on.
    ("in_transit", {
        "vi": (r"^" + _VI_GOODS + r"(?: cua ban)? da duoc lay\b",),
        "id": (r"^kurir (?:telah |sudah )?mengambil " + ID_GOODS + r" dari\b",),
        "th": rtl_phrases(r"^พัสดุ(?:ถูก)?(?:รับ)?เข้าระบบ(?:การ)?ขนส่ง"),
    }),
    # The order being delivered (Vietnamese, the passive of "dang giao"): out for delivery.
    ("out_for_delivery", {
        "vi": (r"^(?:" + _VI_GOODS + r"|hang)(?: cua ban)? dang duoc giao$",),
    }),
    # The delivery completed (Vietnamese); the parcel's delivery succeeded (Thai): delivered.
    ("delivered", {
        "vi": (r"^(?:giao hang hoan thanh|hoan thanh giao hang|hoan tat giao hang)$",),
        "th": rtl_phrases(r"^(?:การ)?จัดส่ง(?:พัสดุ|สินค้า)(?:ถึงผู้รับ)?สำเร็จ"),
    }),
)
