"""Thai, Vietnamese and Indonesian tracking texts read by their meaning, twentieth Asian and Middle-Eastern pass (round
86): Flash Express parcel states and a Thai shop's J&T scan labels ("มีปัญหาในการดำเนินการจัดส่ง", "ปิดโดยข้อยกเว้น",
"การส่งคืนสินค้า"), a Vietnamese courier system's order statuses and a store app's shipment messages ("Tại kho gốc,
chờ xuất", "Đã vào bao niêm phong", "Shipper tại nơi giao", "hẹn giao lại", "kích hoạt hoàn", "Đã hoàn cho Seller",
"Nghi mất trong vận chuyển", "Xác nhận mất", "Đã thanh lý", "đang được lấy hàng"), and Indonesian shops' labels for
Biteship's shipment statuses ("Kurir sudah dialokasikan", "Kurir sedang menuju lokasi pengirim", "Permintaan
penjemputan diterima", "Kurir Tidak Ditemukan", "Paket Dikembalikan (Dalam Transit)", "Paket Diterima").

The reading follows who holds the parcel (DESIGN §4). A courier allocated, asked to collect, or on the way to the
sender, the seller or the shop (the courier moves, not the parcel), a pickup or shipment request accepted or
registered, goods being collected: before the carrier. Goods at a hub and waiting to be dispatched or handed over,
bagged and sealed: moving on. A courier at the delivery place: out for delivery. A redelivery arranged after a failed
attempt: a failed attempt. A parcel received with nothing else said: delivered. A parcel sent back, even "in transit"
on its way back, a return triggered, goods returned to the seller: returned. A problem in the delivery, a parcel
closed by exception, no courier found, a failure of no stated kind, a loss only suspected: exception. A loss
confirmed, goods liquidated (disposed of, DESIGN §4's Exception_021): lost.

Three groups:
- ASIA_MIDEAST_VI_FIRST_STEPS_20 come first of the Vietnamese first groups (before the seventeenth's): a loss
  suspected before "vận chuyển" reads movement, goods at a hub waiting to be dispatched or handed over before "chờ
  bàn giao" reads goods waiting for the carrier.
- ASIA_MIDEAST_FIRST_STEPS_20 come first of the Asian and Middle-Eastern first groups (before the nineteenth's): a
  courier on the way to the sender or the shop before "kurir sedang menuju" reads a courier on the way to the
  recipient, a parcel sent back before "dalam transit" reads movement.
- ASIA_MIDEAST_LATE_STEPS_20 come just before the nineteenth pass's late steps and read only texts nothing else reads.

Left as they were read: the round's "Paket Sedang Dikirim" (a shop's label for Biteship's dropping_off, labelled out
for delivery from its code, but "being sent" in other words), a bare "Diambil" (taken: by the courier, or by the
customer at a shop), and "sẵn sàng lấy hàng" (ready for collection: by the courier, or by the recipient at a post
office; the round's "Auto-approved, sẵn sàng lấy hàng" is a courier's pickup, but the words do not say whose). No
phrase rests on the 17 texts the round's sources share with blind corpora (left out of the development corpus):
"กำลังขนส่ง", "Paket Telah Dijemput" and "Paket telah diterima oleh penerima" among them stay as they were read.

Folded like the text (lossanalytics.normalise._rules.fold: accents off, "đ" as "d", punctuation as spaces; Thai letters
as they are, with no spaces between words, so Thai patterns name whole runs of words). Written by the team from DESIGN
§4's statuses (tests/test_status_meaning_asia_mideast_20.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases
from lossanalytics.normalise.status_words import ID_GOODS

# A hub, a depot, a warehouse or a post office in Vietnamese texts (accents folded), with its kind after it.
_VI_HUB = (r"(?:kho|hub|buu cuc|trung tam (?:khai thac|phan loai|trung chuyen)|diem trung chuyen)"
           r"(?: (?:goc|dich|nguon|trung chuyen|phat|tong))?")
# Who collects or delivers goods in Vietnamese texts.
_VI_COURIER = r"(?:shipper|courier|buu ta|tai xe|nhan vien(?: giao hang)?)"
# Whom goods go back to in Vietnamese texts.
_VI_SELLER = r"(?:seller|nguoi ban|shop|nguoi gui|cua hang|chu hang)"
# A courier in Indonesian texts.
_ID_COURIER = r"(?:kurir|driver|sopir)"

ASIA_MIDEAST_VI_FIRST_STEPS_20: tuple[Step, ...] = (
    # A loss suspected, not declared: exception, before "vận chuyển" beside it reads movement.
    ("exception", {
        "vi": (r"\bnghi (?:ngo )?(?:bi )?(?:mat|that lac)\b",),
    }),
    # At a hub and waiting to be dispatched, handed over or sorted: moving on, before "chờ bàn giao" reads goods
    # waiting for the carrier.
    ("in_transit", {
        "vi": (r"^(?:dang )?(?:o |nam )?tai " + _VI_HUB + r" cho (?:xuat(?: kho| di)?|ban giao|dieu phoi|phan loai"
               r"|trung chuyen)\b",),
    }),
)

ASIA_MIDEAST_FIRST_STEPS_20: tuple[Step, ...] = (
    # A courier on the way to the sender, the seller or the shop: before the carrier, before "kurir sedang
    # menuju" reads a courier on the way to the recipient.
    ("info_received", {
        "id": (r"\b" + _ID_COURIER + r" (?:sedang )?(?:menuju|ke|dalam perjalanan ke) (?:ke )?(?:lokasi "
               r"(?:pengirim|penjual|toko)|alamat (?:pengirim|penjual)|toko|penjual"
               r"|pengirim|gudang (?:pengirim|penjual))\b",),
    }),
    # A parcel sent back, even "in transit" on its way back: returned, before "dalam transit" reads movement (sent
    # back "to" someone is read by other steps).
    ("returned", {
        "id": (r"^" + ID_GOODS + r" (?:sedang |telah |sudah |akan )?(?:atau (?:sudah|telah) )?dikembalikan\b(?! ke\b)",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_20: tuple[Step, ...] = (
    # A problem in the delivery, a parcel closed by exception (Thai); no courier found (Indonesian); a failure of no
    # stated kind (Vietnamese): exception.
    ("exception", {
        "th": rtl_phrases(r"มีปัญหา(?:ใน)?(?:การ)?(?:ดำเนินการ)?(?:จัดส่ง|ขนส่ง|นำส่ง|นำจ่าย)",
                          r"ปิด(?:งาน)?(?:พัสดุ)?(?:โดย|ด้วย)(?:มี)?(?:ข้อยกเว้น|ปัญหา)"),
        "id": (r"\b" + _ID_COURIER + r" tidak (?:ditemukan|tersedia)\b",
               r"\b(?:belum|tidak) (?:menemukan|mendapatkan) " + _ID_COURIER + r"\b",
               r"\btidak ada " + _ID_COURIER + r" (?:yang )?tersedia\b"),
        "vi": (r"^that bai khong (?:xac dinh|ro (?:ly do|nguyen nhan))$",),
    }),
    # A loss confirmed, goods liquidated or disposed of: lost.
    ("lost", {
        "vi": (r"^(?:da )?xac nhan (?:bi )?(?:mat|that lac)(?: hang)?$",
               r"^(?:hang )?(?:da )?(?:bi )?thanh ly(?: hang)?$"),
    }),
    # A parcel sent back (Thai); a return triggered, goods returned to the seller (Vietnamese): returned.
    ("returned", {
        "th": rtl_phrases(r"^(?:การ|กำลัง|อยู่ระหว่าง(?:การ)?)?ส่งคืน(?:สินค้า|พัสดุ)(?:ให้|ไปยัง|กลับ)?"
                          r"(?:ผู้ส่ง|ต้นทาง)?(?:แล้ว)?$"),
        "vi": (r"\bkich hoat (?:hoan|chuyen hoan|tra hang|hoan hang)\b",
               r"^(?:da )?hoan (?:hang )?(?:cho|ve|lai cho|tra) " + _VI_SELLER + r"\b"),
    }),
    # A redelivery arranged after a failed attempt: a failed attempt.
    ("delivery_failed", {
        "vi": (r"\bhen giao lai\b",),
    }),
    # A courier at the delivery place: out for delivery.
    ("out_for_delivery", {
        "vi": (r"^" + _VI_COURIER + r" (?:da )?(?:tai|o|den) (?:noi|diem|dia chi) (?:giao|nhan)(?: hang)?\b",),
    }),
    # Bagged and sealed: moving on.
    ("in_transit", {
        "vi": (r"^(?:da )?(?:vao bao|dong bao)(?: niem phong)?\b",),
    }),
    # A courier allocated or asked to collect, a pickup or shipment request accepted or registered, goods being
    # collected: before the carrier.
    ("info_received", {
        "id": (r"\b" + _ID_COURIER + r" (?:sudah |telah )?(?:dialokasikan|ditentukan)\b",
               r"\b" + _ID_COURIER + r" (?:sudah |telah )?diminta (?:untuk )?(?:menjemput|mengambil)\b",
               r"\b(?:order|pesanan|permintaan) (?:pengiriman|penjemputan|pickup) (?:sudah |telah )?(?:diterima|"
               r"terdaftar|dikonfirmasi)\b",
               r"^penjemputan (?:sudah |telah )?(?:terdaftar|dipesan)$"),
        "vi": (r"^dang duoc lay(?: hang)?$",),
    }),
    # A parcel received with nothing else said: delivered.
    ("delivered", {
        "id": (r"^paket (?:telah |sudah )?diterima$",),
    }),
)
