"""Vietnamese and Indonesian tracking texts read by their meaning, eighteenth Asian and Middle-Eastern pass (round 81):
the return leg as a Vietnamese shipping platform's order statuses word it ("Chờ lấy hàng hoàn", "Đã nhập kho NVC hoàn",
"Đã đến kho trả trung gian", "Đang yêu cầu trả lại"), the other steps of the same table ("Tạo đơn NVC lỗi", "Bàn giao
thất bại", "Không tìm được tài xế", "NVC giao đang nhận hàng", "Đang yêu cầu giao lại") and an Indonesian courier's
shipment and courier-task labels ("Sampai ke Rumah Penerima", "Sampai di Tujuan", "Proses Antar Cabang", "Menuju
Pickup", "Menunggu Diproses").

The reading follows where the parcel goes (DESIGN §4: returned is "returning or returned to sender"). Goods of the
return ("hàng hoàn": collected, waiting to be collected, a collection that failed), the return carrier or return
warehouse ("NVC hoàn", "kho hoàn", "kho trả") and a return asked for again ("yêu cầu trả lại") are on their way back:
returned, though the words also name a pickup, a warehouse intake or an arrival. "Hoàn" folds together with "hoãn"
(put off) and begins "hoàn thành" / "hoàn tất" (completed) and "hoàn tiền" (a refund), which stay out. A carrier order
whose creation failed, a handover between carriers that failed and no driver found are problems (not a failed
delivery: nobody tried the recipient's door); a new pickup asked for leaves the goods with the sender; the delivering
carrier taking the handover moves the parcel on; a new delivery asked for follows a failed attempt. In Indonesian, a
parcel that reached the recipient's home, address or hands, or "the destination" as the whole status, is delivered
(a destination city or branch is still on the way); between branches ("antar cabang") is movement, not the round
("antar" alone); a courier heading to the pickup has collected nothing, one heading to a branch, hub or city carries
it on; waiting to be processed is data only.

Two groups:
- ASIA_MIDEAST_FIRST_STEPS_18 come before the Vietnamese meaning passes' first steps (status_phrases_meaning_east_asian_2),
  before "chờ lấy hàng", "đang lấy hàng", "đã lấy hàng", "nhập kho" and "đã đến kho" read a pickup or movement, before
  "giao thất bại" reads a failed delivery and "tạo đơn" data only, and before the Indonesian "sampai di" and "proses
  antar" read movement and the round.
- ASIA_MIDEAST_LATE_STEPS_18 come just before the sixteenth pass's late steps and read only texts nothing else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, tones and accents off, "đ" as "d"); whole words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_asia_mideast_18.py holds the examples); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# "hoàn" as the return, not "hoàn thành" / "hoàn tất" (completed), "hoàn tiền" (refund) or "hoãn lại" (put off).
_VI_RETURN = r"hoan(?! (?:thanh|tat|tien|lai|giao|lay|phat))"
# Who carries the parcel or holds it.
_VI_CARRIER = r"(?:nvc|nha van chuyen|don vi van chuyen|hang van chuyen|buu cuc|kho)"

ASIA_MIDEAST_FIRST_STEPS_18: tuple[Step, ...] = (
    # Goods of the return, the return carrier or warehouse: on the way back to the sender.
    ("returned", {
        "vi": (r"\bhang " + _VI_RETURN + r"\b",
               r"\b" + _VI_CARRIER + r" " + _VI_RETURN + r"\b",
               r"\bkho tra(?: hang)?(?: (?:trung gian|cuoi|ve))?$",
               r"\bkho tra (?:trung gian|cuoi)\b"),
    }),
    # The carrier order's creation failed; a handover between carriers failed: problems before the recipient's door.
    ("exception", {
        "vi": (r"^tao don(?: \w+){0,3} (?:loi|that bai|khong thanh cong)$", r"\bloi tao don\b",
               r"^ban giao(?: hang)? (?:that bai|khong thanh cong)$"),
    }),
    # Reached the recipient's home, address or hands; the destination as the whole status: delivered.
    ("delivered", {
        "id": (r"\b(?:sampai|tiba|diterima) (?:ke|di) (?:rumah|alamat|tangan) penerima\b",
               r"^(?:paket |kiriman )?(?:telah |sudah )?(?:sampai|tiba) (?:di|ke) tujuan$"),
    }),
    # Between branches, hubs or warehouses: movement, before "proses antar" reads the round.
    ("in_transit", {
        "id": (r"\bantar (?:cabang|hub|gudang)\b",),
    }),
)

ASIA_MIDEAST_LATE_STEPS_18: tuple[Step, ...] = (
    # A return asked for again or under way, not a refund: on the way back.
    ("returned", {
        "vi": (r"\b(?:yeu cau|dang|da) tra lai(?: hang)?\b(?! tien)",),
    }),
    # No driver found: a problem before anything was collected.
    ("exception", {
        "vi": (r"\bkhong tim (?:duoc|thay) (?:tai xe|shipper|nguoi giao hang|nhan vien giao hang)\b",),
    }),
    # A new delivery asked for after a failed attempt.
    ("delivery_failed", {
        "vi": (r"\byeu cau (?:giao|phat) lai\b",),
    }),
    # The delivering carrier taking the handover: moving on.
    ("in_transit", {
        "vi": (r"\b" + _VI_CARRIER + r" giao (?:dang |da )?nhan (?:hang|ban giao)\b",),
        "id": (r"^(?:paket |kurir |driver )?(?:sedang )?menuju (?:cabang|hub|gudang|kota|sorting)\b",),
    }),
    # A new pickup asked for; a courier heading to the pickup; waiting to be processed: nothing collected yet.
    ("info_received", {
        "vi": (r"\byeu cau lay (?:hang )?lai\b",),
        "id": (r"^(?:kurir |driver )?(?:sedang )?menuju (?:lokasi )?(?:pickup|penjemputan|pengirim)$",
               r"^(?:paket |pesanan |kiriman )?menunggu (?:untuk )?diproses$"),
    }),
)
