"""Vietnamese, Thai and Malay tracking texts read by their meaning, twenty-seventh Asian and Middle-Eastern pass
(round 111): a Vietnamese courier's parcel waiting to be delivered again ("Chờ phát lại") and its bill voided ("Vô
hiệu"), a shop's order placed ("Đã đặt"), shippers' failed-delivery reasons (the recipient did not take the order, the
delivery address wrong, the delivery place out of reach, more than three attempts made) and a courier app's failed
pickup (the sender not answering) and a Thai shop's delivery finished ("จัดส่งเสร็จสิ้น"), as a Vietnamese courier back
office, Vietnamese shops', shipper apps' and a delivery back office's failure reasons and a Thai parcel shop word them.

The reading follows what happened to the parcel (DESIGN §4). Waiting to be delivered again: an attempt did not succeed,
a failed delivery; so are the recipient not taking the goods, a wrong delivery address, a delivery place that could
not be reached and attempts run out. The sender not answering or not reachable: a pickup that did not happen, before the
carrier, read before "khong nghe may" (no answer) reads the recipient's failed delivery. A bill voided, as a whole text:
the shipment will not go, cancelled. An order placed: before the carrier. A delivery finished: delivered.

Left unread: a Malaysian seller app's bare "Dihantar" (delivered in its source, but sent as well as delivered
in Malay: test_status_phrases_ar_he_ms keeps it unread), "Đang chờ xác nhận" (waiting for confirmation: an order's, before the carrier or not, not said; earlier
passes leave such bare order states so too), a bare attempt number ("Lần gửi 2": failed or planned, not said), goods
oversized or not as described and prohibited goods found ("Hàng hóa quá khổ / Sai mô tả", "Phát hiện Hàng cấm": at
the pickup in their source, at a hub in other words). Left as read: "Sự cố không mong muốn" (an unexpected incident: a
failure reason in its source, read as an exception, which is what the words say).

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_27 comes first of the Asian and Middle-Eastern first groups (status_phrases_before_outcomes,
  before the twenty-fifth's): the sender not answering, before "khong nghe may" reads a failed delivery.
- ASIA_MIDEAST_LATE_STEPS_27 comes just before the twenty-fifth pass's late steps (status_phrases_language_late.py)
  and reads only texts nothing else reads.

Folded like the text (lossanalytics.normalise._rules.fold: accents off, "đ" as "d", punctuation as spaces; Thai letters
as they are, with no spaces between words). Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_asia_mideast_27.py holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step, rtl_phrases

# The goods in Vietnamese texts (folded).
_VI_GOODS = r"(?:don hang|kien hang|goi hang|hang hoa|buu pham|buu kien|van don)"

ASIA_MIDEAST_FIRST_STEPS_27: tuple[Step, ...] = (
    # The sender does not answer or cannot be reached (Vietnamese): a pickup that did not happen, before the carrier,
    # before "khong nghe may" (no answer) reads the recipient's failed delivery.
    ("info_received", {
        "vi": (r"^nguoi gui (?:khong nghe may|khong bat may|khong lien lac duoc|khong lien he duoc)\b",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_27: tuple[Step, ...] = (
    # Waiting to be delivered again (Vietnamese): an attempt did not succeed.
    # The recipient did not take the goods, the delivery address wrong, the delivery place out of reach, more than N
    # attempts made (Vietnamese failure reasons): the delivery failed.
    ("delivery_failed", {
        "vi": (r"^(?:" + _VI_GOODS + r" )?(?:dang )?cho (?:phat|giao) lai\b",
               r"^nguoi nhan (?:khong|chua) nhan (?:" + _VI_GOODS + r"|hang)$",
               r"\bdia chi (?:giao hang|giao|nhan hang|nguoi nhan) (?:khong chinh xac|khong dung)\b",
               r"\bkhong the (?:tiep can|den|vao) (?:dia diem|dia chi|noi) (?:giao|nhan) hang\b",
               r"^da qua \d+ lan (?:gui|giao|phat)(?: hang)?$"),
    }),
    # A bill or an order voided, as a whole text (Vietnamese): cancelled.
    ("cancelled", {
        "vi": (r"^(?:" + _VI_GOODS + r" )?(?:da )?(?:bi )?vo hieu(?: hoa)?$",),
    }),
    # An order placed (Vietnamese): before the carrier.
    ("info_received", {
        "vi": (r"^(?:don hang )?da dat(?: hang| don)?(?: thanh cong)?$",),
    }),
    # A delivery finished (Thai): delivered.
    ("delivered", {
        "th": rtl_phrases(r"^(?:การ)?จัดส่ง(?:พัสดุ|สินค้า)?เสร็จ(?:สิ้น|เรียบร้อย)"),
    }),
)
