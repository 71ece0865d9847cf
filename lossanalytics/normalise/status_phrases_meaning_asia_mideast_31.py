"""Vietnamese, Thai, Indonesian and Malay tracking texts read by their meaning, thirty-first Asian and Middle-Eastern
pass (round 133): a Vietnamese shop's GHN integration notes (shipping booked, the courier on the way to collect, the
goods at a carrier's warehouse, collecting the money from the recipient, a redelivery or return not yet decided), a
print shop's shipment statuses (a quality check and boxing, back at the shop), a shop's delivery failure reasons (the
customer not present, the address not found, the customer short of money), an order-status list (the courier did not
meet the customer), a Thai shop's Flash Express status map (a problem during the delivery, the parcel sent back), an
Indonesian shop's order labels (awaiting the payment) and two Malaysian shops' order statuses (the payment confirmed,
paid, processed, arrived), as those systems word them.

The reading follows who holds the parcel (DESIGN §4). Shipping booked ("đã đặt vận chuyển"), the courier on the way to
collect, the goods checked for quality and boxed by the shop, waiting for the carrier to come and collect, an order
awaiting its payment ("menunggu pembayaran"), paid ("dibayar"), its payment confirmed or processed (Malay, as the whole
text): before the carrier. The goods at a named warehouse of the carrier: moving on. The courier collecting the money
from the recipient: out for delivery. A redelivery or a return not yet decided, the customer not present or not met, the
address not found, the customer short of money: the attempt failed. A problem that arose during the delivery
("เกิดปัญหาระหว่างการจัดส่ง"): held up, an exception. The goods back at the shop, the seller or the sender, a parcel
sent back ("พัสดุถูกส่งคืน"): returned. Malay "Telah sampai" (has arrived) as the whole text: delivered, as "Sudah
sampai" is read.

Three groups:
- ASIA_MIDEAST_VI_FIRST_STEPS_31 come first of the Vietnamese first groups (status_phrases_before_outcomes, before the
  twenty-second's): shipping booked and a wait for the carrier to come and collect, before "vận chuyển" (carrying) reads
  movement.
- ASIA_MIDEAST_FIRST_STEPS_31 come first of the other Asian and Middle-Eastern first groups (before the thirtieth's): a
  Thai problem during the delivery or the carrying, before "ระหว่างการจัดส่ง" (during the delivery) reads the last leg
  and "ระหว่างขนส่ง" movement.
- ASIA_MIDEAST_LATE_STEPS_31 come just before the thirtieth pass's late steps (status_phrases_language_late.py) and read
  only texts nothing else reads.

Left unread: "Bản ghi nội bộ đang chuẩn bị." (an internal record being prepared: of what, not said), "Đã giao cho
shipper" (given to the shipper: a job assigned to a courier, or the goods handed to a carrier), "Thời tiết hoặc giao
thông không thuận lợi" (the weather or the traffic: a delay as often as a failed attempt), a bare "Đơn hàng đang ở kho"
(at a warehouse: the seller's or the carrier's, not said), "Đang đóng gói" (being packed: by the shop or by the carrier,
as the twenty-second pass leaves "Đã đóng gói"); Malay "Menunggu" (waiting: for what, not said) and "Telah Diambil"
(taken: by a courier at the pickup, or by the customer at a counter), "Sampai Asrama" (at the hostel: the last leg or
the delivery), "Minta Pemulangan" (a return requested by the buyer); Indonesian "Selesai" (done: an order's end, as
"Pesanan selesai" stays unread). Left as read: Indonesian "Paket Ditolak/Bermasalah" stays a failed delivery (refused,
as "ditolak" reads; the shop files Biteship's rejected there, an exception in its source); a wait for the carrier or the
customer to collect ("chờ đơn vị vận chuyển hoặc khách đến lấy") stays movement, as "vận chuyển" reads it (the carrier's
collection, or the customer's).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Vietnamese accents off, "đ" as "d", punctuation
such as a slash as a space; Thai written as it is, with no spaces between words). Written by the team from DESIGN §4's
statuses (tests/test_status_meaning_asia_mideast_31.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The goods in Vietnamese texts, written before a state.
_VI_GOODS = r"(?:hang|hang hoa|don hang|don|kien hang|buu pham|buu kien|goi hang)"
# The carrier in Vietnamese texts (a delivery unit, a carrier, a courier).
_VI_CARRIER = r"(?:don vi van chuyen|nha van chuyen|hang van chuyen|ben van chuyen|shipper|buu ta|tai xe)"
# The shop, the seller or the sender in Vietnamese texts.
_VI_SENDER = r"(?:shop|nguoi ban|nguoi gui|cua hang|nha ban)"
# The one who should receive the parcel in Vietnamese texts.
_VI_RECIPIENT = r"(?:khach hang|khach|nguoi nhan)"

ASIA_MIDEAST_VI_FIRST_STEPS_31: tuple[Step, ...] = (
    # Shipping booked, waiting for the carrier (one or another) to come and collect: before the carrier, before "vận
    # chuyển" reads movement. A wait for the carrier or the customer is left alone: the customer's collection would be
    # a parcel waiting for its recipient.
    ("info_received", {
        "vi": (r"\bda dat (?:don )?(?:van chuyen|giao hang)\b",
               r"\bcho " + _VI_CARRIER + r"(?: hoac " + _VI_CARRIER + r")? (?:den |toi )?lay(?: hang)?$"),
    }),
)

ASIA_MIDEAST_FIRST_STEPS_31: tuple[Step, ...] = (
    # A problem that arose during the delivery or the carrying (Thai): held up, an exception, before "ระหว่างการจัดส่ง"
    # (during the delivery) reads the last leg and "ระหว่างขนส่ง" movement.
    ("exception", {
        "th": rtl_phrases(r"เกิดปัญหา(?:ขึ้น)?(?:ระหว่าง|ใน)(?:การ)?(?:จัดส่ง|ขนส่ง|นำส่ง|นำจ่าย)"),
    }),
)

ASIA_MIDEAST_LATE_STEPS_31: tuple[Step, ...] = (
    # An order awaiting its payment (Indonesian, Malay), an order paid, its payment confirmed, being or been processed
    # (Malay, as the whole text): before the carrier.
    ("info_received", {
        "id": (r"^(?:pesanan |order )?menunggu (?:pembayaran|bayaran)\b",),
        "ms": (r"^(?:pesanan |tempahan |order )?menunggu (?:pembayaran|bayaran)\b",
               r"^(?:pesanan |tempahan )?(?:bayaran (?:telah |sudah )?disahkan|(?:telah |sudah )?dibayar|"
               r"(?:telah |sudah )?diproses)$"),
    }),
    # Has arrived, as the whole text (Malay): delivered, as "Sudah sampai" is read.
    ("delivered", {
        "ms": (r"^(?:pesanan |tempahan |bungkusan |parcel |barang )?telah sampai$",),
    }),
    # The parcel or the goods sent back (Thai): returned.
    ("returned", {
        "th": rtl_phrases(r"(?:พัสดุ|สินค้า)ถูกส่งคืน"),
    }),
    # The courier, a carrier named or not, on the way to collect the goods (not a return's), the goods checked for
    # quality and packed or boxed (the shop's work): before the carrier. Packing alone stays unread, as the
    # twenty-second pass leaves it (by the shop or by the carrier, not said).
    ("info_received", {
        "vi": (r"\b(?:nhan vien|shipper|buu ta|tai xe)(?: \S+){0,2} dang (?:den|toi|di) lay hang\b(?! hoan)",
               r"^(?:dang |da )?kiem tra chat luong (?:va )?dong (?:goi|hop)\b"),
    }),
    # The goods at a named warehouse, not the seller's: moving on.
    ("in_transit", {
        "vi": (r"^" + _VI_GOODS + r" (?:dang )?(?:o|tai|nam o|nam tai) kho (?!" + _VI_SENDER + r"\b|cua " + _VI_SENDER
               + r"\b)\S+",),
    }),
    # Collecting the money from the recipient: at the door, out for delivery.
    ("out_for_delivery", {
        "vi": (r"\bdang thu tien (?:cua )?" + _VI_RECIPIENT + r"\b",),
    }),
    # A redelivery or a return not yet decided, the customer not present or not met, the address not found, the
    # customer short of money: the attempt failed.
    ("delivery_failed", {
        "vi": (r"\bcho quyet dinh (?:giao lai|tra hang|hoan)\b",
               r"\b" + _VI_RECIPIENT + r" khong co mat\b",
               r"\bkhong gap (?:duoc )?" + _VI_RECIPIENT + r"\b",
               r"^khong tim (?:thay|duoc) dia chi\b",
               r"\b" + _VI_RECIPIENT + r" khong (?:du|co) tien\b"),
    }),
    # The goods back at the shop, the seller or the sender: returned.
    ("returned", {
        "vi": (r"^" + _VI_GOODS + r" (?:da )?(?:quay (?:tro )?lai|tro lai|tro ve|quay ve) " + _VI_SENDER + r"\b",),
    }),
)
