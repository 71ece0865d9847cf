"""Vietnamese, Thai, Indonesian and English tracking texts read by their meaning, thirty-third Asian and Middle-Eastern
pass (round 139): an integrations service's Viettel Post, GHTK and GHN status tables (an order cancelled for a reason,
GHTK's delivery dispatched, a return pending, GHN's courier coming to collect, at the seller's or at the buyer's,
delivering to the customer, return goods on the move, goods being classified, a redelivery pending), an Indonesian
shop's order-tracking messages (an order created, a shipment recorded with its waybill to follow, an order processed by
the shop, a problem with the order), two Vietnamese shipper pages (a broken-down vehicle, the customer putting the
delivery off) and a Thailand Post e-Parcel tool's timeline (the destination or the origin post office sending the parcel
back, a bare refusal), as those systems word them.

The reading follows who holds the parcel (DESIGN §4). An order created ("pesanan dibuat"), a shipment recorded with its
waybill to follow ("resi akan menyusul"), an order processed by the shop ("diproses oleh toko"), the courier coming to
collect or at the seller's ("shipper interacting with seller"): before the carrier. Goods being classified (sorted) at a
warehouse: moving on. Delivery dispatched ("đã điều phối giao hàng"), the courier delivering to the customer or at the
buyer's: the last leg. A redelivery pending, the customer putting the delivery off ("khách hẹn dời lịch giao"), a bare
refusal ("ปฏิเสธการรับ"): the attempt failed. Return goods on the move or being sorted, a return pending ("đang chờ
hoàn"), the destination or the origin post office sending the parcel back ("ปณ.ปลายทางส่งคืน"): returned. An order
cancelled for a reason ("Hủy do …", at the start of the text), whatever the reason: cancelled. A broken-down vehicle
("xe hỏng hóc"), a problem with the order ("ada kendala pada pesanan"): held up, an exception.

Three groups:
- ASIA_MIDEAST_VI_FIRST_STEPS_33 come first of the Vietnamese first groups (status_phrases_before_outcomes, before the
  thirty-first's): an order cancelled for a reason, before "không liên lạc được" (unreachable) and "địa chỉ sai" (a
  wrong address) read a failed delivery; delivery dispatched, before "điều phối" (dispatched) reads movement.
- ASIA_MIDEAST_FIRST_STEPS_33 come first of the other Asian and Middle-Eastern first groups (before the
  thirty-second's): the destination or the origin post office sending the parcel back (Thai), before "ปลายทาง"
  (destination) reads movement and "นำจ่ายไม่สำเร็จ" (not delivered) a failed delivery; GHN's courier delivering to the customer and return
  goods being transported or sorted (English), before "delivering" and "transported" read movement.
- ASIA_MIDEAST_LATE_STEPS_33 come just before the thirty-second pass's late steps (status_phrases_language_late.py) and
  read only texts nothing else reads.

Left unread, because the words do not say the state: Viettel Post's "Chờ gửi lại" (waiting to send again: whose sending,
not said), "Giao một phần" and "Hoàn một phần" (a part delivered or returned), "Hàng lưu kho" (stored at a warehouse:
held, or waiting), "Đền bù" (compensation: for a loss or a damage) and its reconciliation and payment codes; the Thai
tool's "ไม่มารับตามกำหนด / รอจ่าย" (not collected in time, or awaiting delivery) and "อื่น ๆ (ไม่ระบุสาเหตุ)" (other, no
cause); the Indonesian shop's "Terima kasih, pesanan Anda telah selesai." (done). Viettel Post's "Hoàn không thành công"
(a return that failed) is left unread too: this file holds the words both ways (Vietnamese "Trả hàng thất bại" returned,
GHN's "Return failed" and "Hoàn hàng thất bại" an exception), and a phrase for it lowered a blind corpus's score; bad
weather alone ("thời tiết xấu") stays unread, as the thirty-first pass leaves it. Left as read: GHN's "Return failed"
and Vietnamese "Hoàn hàng thất bại" stay exceptions; a Thai refusal of a parcel ("ปฏิเสธการรับพัสดุ") stays movement as
"รับพัสดุ" (taking a parcel in) reads it first.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Vietnamese accents off, "đ" as "d", punctuation
such as a slash, a hyphen or a full stop as a space; Thai written as it is, with no spaces between words). Written by
the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_33.py holds the examples); no source's table
was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases
from lossanalytics.normalise.status_words import ID_GOODS

# The one who should receive the parcel in Vietnamese texts.
_VI_RECIPIENT = r"(?:khach hang|khach|nguoi nhan)"
# The courier in English texts.
_EN_COURIER = r"(?:the )?(?:shipper|courier|driver|rider|delivery (?:man|person|agent))"
# The goods in English texts, written before a state.
_EN_GOODS = r"(?:goods|parcels?|packages?|shipments?|items?|orders?)"

ASIA_MIDEAST_VI_FIRST_STEPS_33: tuple[Step, ...] = (
    # An order cancelled for a reason ("Hủy do …", at the start of the text; the reason may be a failed attempt's, the
    # order is cancelled all the same): cancelled, before "không liên lạc được" and "địa chỉ sai" read a failed delivery.
    ("cancelled", {
        "vi": (r"^(?:da )?huy(?: don(?: hang)?)? (?:do|vi|boi)\b",),
    }),
    # Delivery dispatched (GHTK): on the last leg, before "điều phối" (dispatched) reads movement.
    ("out_for_delivery", {
        "vi": (r"^(?:da )?dieu phoi (?:di )?giao(?: hang)?\b",),
    }),
)

ASIA_MIDEAST_FIRST_STEPS_33: tuple[Step, ...] = (
    # The destination or the origin post office sending the parcel back (Thai): returned, before "ปลายทาง"
    # (destination) reads movement and "นำจ่ายไม่สำเร็จ" (not delivered) a failed delivery.
    ("returned", {
        "th": rtl_phrases(r"(?:ปณ\s?)?(?:ปลายทาง|ต้นทาง)ส่งคืน"),
    }),
    # Return goods being transported or sorted (English): returned, before "transported" reads movement.
    ("returned", {
        "en": (r"^return(?:ed|ing)? " + _EN_GOODS + r" (?:are |is )?being (?:transported|classified|sorted|carried)\b",),
    }),
    # The courier delivering to the customer (English): on the last leg, before "delivering" reads movement.
    ("out_for_delivery", {
        "en": (r"\b" + _EN_COURIER + r" (?:is )?delivering (?:it |the " + _EN_GOODS + r" )?to (?:the )?"
               r"(?:customer|recipient|buyer|consignee)\b",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_33: tuple[Step, ...] = (
    # A return pending (the whole text) (Vietnamese): returned. A wait for a refund or for completion ("chờ hoàn
    # tiền", "chờ hoàn tất") is left alone.
    ("returned", {
        "vi": (r"^(?:dang )?cho (?:chuyen )?hoan(?: hang)?$",),
    }),
    # The customer putting the delivery off (Vietnamese): the attempt failed, as "hẹn giao lại" is read.
    ("delivery_failed", {
        "vi": (r"\b" + _VI_RECIPIENT + r" hen (?:doi|lui) (?:lich|ngay|gio) giao\b",),
    }),
    # A broken-down vehicle (Vietnamese): held up, an exception. Bad weather alone is left alone, as the thirty-first
    # pass leaves it (a delay as often as a failed attempt).
    ("exception", {
        "vi": (r"\bxe (?:bi )?hong hoc\b",),
    }),
    # A bare refusal (Thai, the whole text): the attempt failed, as "ผู้รับปฏิเสธการรับ" is read.
    ("delivery_failed", {
        "th": rtl_phrases(r"^ปฏิเสธการรับ(?:พัสดุ|สินค้า)?$"),
    }),
    # An order created, a shipment recorded with its waybill to follow, an order processed by the shop (Indonesian):
    # before the carrier.
    ("info_received", {
        "id": (r"^(?:pesanan|order)(?: anda)? (?:telah |sudah |berhasil )?dibuat\b",
               r"^pengiriman (?:telah |sudah )?dicatat\b",
               r"\bresi (?:akan )?menyusul\b",
               r"\bdiproses oleh (?:toko|penjual|seller|merchant)\b"),
    }),
    # A problem with the order, the parcel or the shipment (Indonesian, at the start of the text): held up, an
    # exception.
    ("exception", {
        "id": (r"^ada kendala (?:pada|dengan|dalam) (?:" + ID_GOODS + r"|pengiriman)\b",),
    }),
    # The courier coming to collect, or at the seller's (English, GHN's picking and money_collect_picking): before the
    # carrier.
    ("info_received", {
        "en": (r"\b" + _EN_COURIER + r" is coming to pick (?:it )?up\b",
               r"\b" + _EN_COURIER + r" interacting with (?:the )?(?:seller|shop|sender|merchant)\b"),
    }),
    # The courier at the buyer's (English, GHN's money_collect_delivering): on the last leg.
    ("out_for_delivery", {
        "en": (r"\b" + _EN_COURIER + r" interacting with (?:the )?(?:buyer|customer|recipient)\b",),
    }),
    # Goods being classified at a warehouse or a hub (English, GHN's sorting): moving on.
    ("in_transit", {
        "en": (r"^" + _EN_GOODS + r" (?:are |is )?being classified (?:at|in) (?:the )?(?:warehouse|hub|depot)\b",),
    }),
    # A redelivery pending (English, GHN's waiting_to_return): the attempt failed, as "Chờ giao lại" is read.
    ("delivery_failed", {
        "en": (r"^pending re ?deliver(?:y|ing)\b",),
    }),
)
