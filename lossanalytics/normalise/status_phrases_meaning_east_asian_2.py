"""Vietnamese tracking texts read by meaning: who acts (the seller or sender still preparing the goods, the
courier on the way to the recipient), the tense ("đang" being done, "đã" done, "sẽ" to be done, "chưa" not yet)
and the place named (an airport, a post office, a pickup point).

Written by the team to DESIGN §4 (tests/test_status_meaning_east_asian_2.py holds the examples), as
marketplaces (Shopee, Lazada, Tiki) and carriers (GHN, GHTK, Viettel Post, VNPost, J&T) word each step. Folded
Vietnamese has no tones, so every phrase is two or more syllables, as in status_phrases_vietnamese. Two groups:

- VIETNAMESE_MEANING_FIRST_STEPS, before status_phrases_vietnamese: the order's details sent to the carrier
  ("Thông tin đơn hàng đã được gửi đến đơn vị vận chuyển") and a wait for the seller to send it ("chờ người bán
  gửi hàng") are data only, where "vận chuyển" and "gửi hàng" would read a movement.
- VIETNAMESE_MEANING_LATE_STEPS, after every other step: wordings nothing else reads. An order placed, confirmed
  or paid, a waybill made, the seller packing; customs cleared, flights, arrivals in the country or at an airport,
  a parcel sent on or routed to another post office; the courier on the way, a delivery today; a new day the
  customer set, a wrong phone number or address; delays and customs holds; a pickup point; a cancelled order.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The one preparing or sending the goods before the carrier has them.
_SELLER = r"(?:nguoi ban|nguoi gui|shop|nha ban hang|cua hang)"

VIETNAMESE_MEANING_FIRST_STEPS: tuple[Step, ...] = (
    ("info_received", {
        "vi": (r"thong tin (?:don hang|van don) (?:da )?(?:duoc )?(?:gui|chuyen|cap nhat)",
               r"cho " + _SELLER + r" (?:\w+ ){0,2}(?:gui hang|ban giao|dong goi|chuan bi)"),
    }),
)

VIETNAMESE_MEANING_LATE_STEPS: tuple[Step, ...] = (
    # A delay or a hold by its cause; a cancelled order.
    ("exception", {
        "vi": (r"cham tre", r"(?:giao hang|van chuyen|giao) cham", r"(?:bi )?(?:tam )?giu (?:lai )?tai hai quan", r"tam hoan",
               r"do (?:bao|mua bao|lu lut|thoi tiet)"),
    }),
    ("cancelled", {
        "vi": (r"(?:da )?bi huy",),
    }),
    # The customer setting a new day, a wrong phone number or address: the attempt failed.
    ("delivery_failed", {
        "vi": (r"(?:khach|khach hang|nguoi nhan) hen (?:giao )?lai", r"sai (?:so )?(?:dien thoai|sdt)",
               r"dia chi (?:khong (?:chinh xac|dung|ro|ton tai)|chua chinh xac|sai)"),
    }),
    ("available_for_pickup", {
        "vi": (r"diem nhan hang", r"vui long den (?:lay|nhan)"),
    }),
    # On the last leg: the courier on the way, a delivery today.
    ("out_for_delivery", {
        "vi": (r"(?:giao|phat) (?:trong |vao )?hom nay",
               r"(?:nhan vien giao hang|shipper|buu ta|tai xe) (?:dang )?(?:tren duong|den|toi)"),
    }),
    # Data only: the seller preparing or packing, an order placed, confirmed or paid, a waybill made.
    ("info_received", {
        "vi": (_SELLER + r" (?:dang |da )?(?:chuan bi|dong goi)", r"chua lay hang", r"(?:doi|cho) lay hang",
               r"(?:tao|in) van don", r"van don (?:da )?(?:duoc )?(?:tao|in)", r"don hang (?:da )?(?:duoc )?(?:tao|xac nhan)",
               r"xac nhan don hang", r"dat hang thanh cong", r"da thanh toan", r"don hang (?:dang )?(?:duoc )?xu ly"),
    }),
    # Moving: customs cleared, flights, arrivals in the country or at an airport, sent on, routed elsewhere.
    ("in_transit", {
        "vi": (r"thong quan", r"(?:cat|ha) canh", r"(?:den|toi|roi) san bay", r"(?:den|toi) viet nam", r"roi buu cuc",
               r"dieu phoi", r"(?:hang|kien hang|buu gui|don hang) (?:da )?(?:duoc )?gui di"),
    }),
)
