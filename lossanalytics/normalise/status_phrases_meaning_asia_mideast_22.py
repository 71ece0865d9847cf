"""Indonesian, Vietnamese and Thai tracking texts read by their meaning, twenty-second Asian and Middle-Eastern pass
(round 92): Lion Parcel's status descriptions as an Indonesian shop files them ("Paket hilang dalam perjalanan",
"Kurir sedang dalam perjalanan mengantar paket", "Paket dikembalikan ke alamat pengirim", "Paket dikirim via jalur
udara", "Paket berada di konsolidator kota asal", "Paket dikirim ke kota yang salah"), a Vietnamese back office's GHTK
status descriptions ("Shipper đang trên đường đến lấy hàng", "Đơn hàng đang được giao đến khách", "Giao hàng thất bại,
sẽ giao lại hoặc trả hàng"), a Vietnamese courier's order statuses ("Lỗi lấy hàng", "Lỗi giao hàng") and two Thai
shops' parcel statuses ("การจัดส่งมีปัญหา", "รอพนักงานขนส่งมารับสินค้า",
"ส่งถึงปลายทางเรียบร้อย").

The reading follows who holds the parcel (DESIGN §4). A courier on the way to collect, goods packed or waiting for the
carrier to collect them, a shipment registered in a carrier's system, a pickup put off: before the carrier. A parcel
picked up and on its way to a warehouse, at a consolidator, forwarded, carried by air, road, rail or sea, loaded onto or
unloaded from a truck, handed in at an agent, in customs processing, redirected: moving on. A courier delivering, goods
being delivered to the customer: out for delivery. A failed delivery that may later be redelivered or returned: a
failed attempt (the return is only to come); so is an error in delivering, where an error in collecting is before the
carrier. Delivered to the destination with the delivery completed, a parcel
declared received: delivered. Lost or damaged on the way: lost, damaged. Sent back to the sender's address or the
carrier's head office: returned. A parcel not where it should be, sent to the wrong city, a data error, a claim in
progress, a delivery with a problem: exception.

Three groups:
- ASIA_MIDEAST_VI_FIRST_STEPS_22 come first of the Vietnamese first groups (before the twentieth's): a courier on the
  way to collect before "shipper đang trên đường" reads a courier delivering; a failed delivery that may be redelivered
  or returned before "trả hàng" reads a return.
- ASIA_MIDEAST_FIRST_STEPS_22 come first of the Asian and Middle-Eastern first groups (before the twentieth's): in
  Indonesian a parcel lost or damaged on the way before "dalam perjalanan" reads movement, a courier delivering before
  "dalam perjalanan" reads movement, a parcel on its way to a warehouse before "sedang menuju" reads a courier on the
  way to the recipient; in Thai a delivery to the destination completed before "ปลายทาง" reads movement, waiting
  for the carrier's staff to collect before "รับพัสดุ" reads a collection done.
- ASIA_MIDEAST_LATE_STEPS_22 come just before the twentieth pass's late steps and read only texts nothing else reads.

Left as they were read: GHTK's delivery "put off" ("Giao hàng bị chậm trễ", "hoãn giao hàng": by the recipient's wish,
a failed attempt, or by the carrier, a delay; the words do not say which), Lion Parcel's "diserahkan dari shuttle ke
kurir" (handed to a courier: to deliver, or at the start), "sudah dikirim tapi belum diterima oleh konsolidator"
(sent on and not yet received: late, or on its way), a Vietnamese courier's "Chờ đóng gói" and "Đã đóng gói" (packing:
by the shop or by the carrier, not said) and a Thai shop's "แพ็กและส่งจาก ..." (packed and sent from the shop: before
or after the carrier's pickup, not said).

Folded like the text (lossanalytics.normalise._rules.fold: accents off, "đ" as "d", punctuation as spaces; Thai letters
as they are, with no spaces between words, so Thai patterns name whole runs of words). Written by the team from DESIGN
§4's statuses (tests/test_status_meaning_asia_mideast_22.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases
from lossanalytics.normalise.status_words import ID_GOODS

# Who collects or delivers goods in Vietnamese texts.
_VI_COURIER = r"(?:shipper|courier|buu ta|tai xe|nhan vien(?: giao hang| lay hang)?)"
# A courier in Indonesian texts.
_ID_COURIER = r"(?:kurir|driver|sopir)"
# A carrier's building in Indonesian texts.
_ID_PLACE = r"(?:gudang|hub|agen|konsolidator|sub konsolidator|pusat (?:sortir|transit)|sortir|cabang|counter|gerai)"

ASIA_MIDEAST_VI_FIRST_STEPS_22: tuple[Step, ...] = (
    # A courier on the way to collect the goods: before the carrier, before "shipper đang trên đường" reads a courier
    # delivering.
    ("info_received", {
        "vi": (r"\b" + _VI_COURIER + r" (?:dang )?(?:tren duong )?(?:den|toi|di) (?:lay|nhan) hang\b",),
    }),
    # A failed delivery that may be redelivered or returned later: a failed attempt, before "trả hàng" reads a return.
    ("delivery_failed", {
        "vi": (r"\bgiao (?:hang )?(?:that bai|khong thanh cong)\b.*\bse (?:giao lai|tra hang|hoan hang|chuyen hoan)\b",),
    }),
)

ASIA_MIDEAST_FIRST_STEPS_22: tuple[Step, ...] = (
    # Lost or damaged on the way (Indonesian): before "dalam perjalanan" reads movement.
    ("lost", {
        "id": (r"\bhilang (?:dalam|di|selama|saat) (?:perjalanan|pengiriman)\b",),
    }),
    ("damaged", {
        "id": (r"\brusak (?:dalam|di|selama|saat) (?:perjalanan|pengiriman)\b",),
    }),
    # A courier delivering the parcel (Indonesian): before "dalam perjalanan" reads movement.
    ("out_for_delivery", {
        "id": (r"\b" + _ID_COURIER + r" (?:sedang )?(?:dalam perjalanan )?(?:mengantar|mengantarkan) (?:paket|barang|"
               r"kiriman|pesanan)\b",),
    }),
    # Picked up and on its way to a warehouse or hub (Indonesian): before "sedang menuju" reads a courier on the way to
    # the recipient.
    ("in_transit", {
        "id": (r"\b(?:sedang |dalam perjalanan )?menuju (?:ke )?" + _ID_PLACE + r"\b",),
    }),
    # Delivered to the destination, the delivery completed (Thai): before "ปลายทาง" reads movement.
    ("delivered", {
        "th": rtl_phrases(r"ส่งถึงปลายทาง(?:เรียบร้อย|สำเร็จ)"),
    }),
    # Waiting for the carrier's staff to come and collect (Thai): before the carrier, before "รับพัสดุ" reads a
    # collection done.
    ("info_received", {
        "th": rtl_phrases(r"รอพนักงาน(?:ขนส่ง)?(?:มา)?(?:เข้า)?รับ(?:สินค้า|พัสดุ)?"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_22: tuple[Step, ...] = (
    # Sent back to the sender's address, the origin or the carrier's head office (Indonesian): returned ("akan", will
    # be, is not yet).
    ("returned", {
        "id": (r"^" + ID_GOODS + r" (?:sedang |telah |sudah )?dikembalikan ke (?:alamat |kantor |gudang )?"
               r"(?:pengirim|penjual|asal|pusat|kantor pusat)\b",),
    }),
    # A parcel not where it should be, sent to the wrong place, a data error, a claim in progress (Indonesian); the
    # delivery has a problem (Thai): exception.
    ("exception", {
        "id": (r"\btidak (?:berada )?di (?:lokasi|tempat) yang seharusnya\b",
               r"\b(?:dikirim|terkirim|diteruskan|diantar) ke (?:kota|alamat|hub|cabang|tujuan) yang salah\b",
               r"\bkesalahan data\b",
               r"\b(?:proses )?klaim\b"),
        "th": rtl_phrases(r"(?:การ)?(?:จัดส่ง|ขนส่ง|นำส่ง)(?:พัสดุ|สินค้า)?มีปัญหา"),
    }),
    # A parcel declared received (Indonesian): delivered.
    ("delivered", {
        "id": (r"\bdinyatakan (?:telah |sudah )?diterima\b",),
    }),
    # An error in delivering (Vietnamese): a failed attempt.
    ("delivery_failed", {
        "vi": (r"^(?:da )?(?:bi )?loi (?:khi )?giao hang\b",),
    }),
    # Goods being delivered to the customer (Vietnamese): out for delivery.
    ("out_for_delivery", {
        "vi": (r"\bdang duoc giao (?:den|toi|cho) (?:khach|nguoi nhan)\b",),
    }),
    # Handed in at an agent, at a consolidator, forwarded, carried by air, road, rail or sea, loaded onto or unloaded
    # from a truck, in customs processing, redirected (Indonesian); collected by the carrier (Thai): moving on.
    ("in_transit", {
        "id": (r"\bmelalui drop ?off\b",
               r"\bdrop ?off di (?:agen|gerai|counter|cabang)\b",
               r"\b(?:berada|tiba|sampai) di (?:sub )?konsolidator\b",
               r"^" + ID_GOODS + r" diteruskan (?:dari|ke)\b",
               r"\bdikirim (?:via|melalui|dengan) (?:jalur (?:udara|darat|laut)|truk|kereta|kapal|pesawat)\b",
               r"\b(?:diangkut|dimuat|diturunkan) (?:oleh |ke |dari )?(?:armada|truk|kendaraan)\b",
               r"\b(?:sedang )?(?:diperiksa|dalam (?:proses|pemeriksaan)) (?:oleh )?bea cukai\b",
               r"\bproses bea cukai\b",
               r"\bdiarahkan ulang\b"),
        "th": rtl_phrases(r"ขนส่ง(?:ได้)?รับ(?:สินค้า|พัสดุ)(?:เรียบร้อย)?(?:แล้ว)?"),
    }),
    # A pickup put off or in error, the courier could not collect (Vietnamese); a shipment registered in a carrier's system
    # (Indonesian); goods packed, waiting for the carrier to come and collect (Thai): before the carrier.
    ("info_received", {
        "vi": (r"\blay hang (?:bi )?hoan\b",
               r"^(?:da )?(?:bi )?loi (?:khi )?lay hang\b",
               r"\b" + _VI_COURIER + r" (?:bao )?khong lay duoc\b"),
        "id": (r"\b(?:berhasil |telah |sudah )?didaftarkan (?:di|ke) (?:dalam )?sistem\b",),
        "th": rtl_phrases(r"(?:สินค้า|พัสดุ)?(?:ถูก)?แพ็[คก](?:สินค้า|พัสดุ)?(?:เรียบร้อย|เสร็จ)",
                          r"รอขนส่ง(?:มา)?(?:เข้า)?รับ(?:สินค้า|พัสดุ)?"),
    }),
)
