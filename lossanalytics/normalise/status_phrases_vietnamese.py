"""Carrier phrases in Vietnamese, per canonical status, in the order they are tried
(after the Czech steps, before the other languages' steps).

Folded Vietnamese loses its tones and "đ" becomes "d" ("Đã giao hàng thành công" is
"da giao hang thanh cong"), so syllables that differ only by tone fold together; every
phrase here is two or more syllables for that reason. The narrow meaning comes first:
"tiêu hủy" (destroyed) before "hủy" (cancelled), "trả hàng thành công" (returned to
the sender) and "chuyển hoàn" before "thành công", "phát thất bại - yêu cầu hoàn"
(failed, being returned) as a return, "khách hàng đến bưu cục nhận" (the customer will
collect at the post office) before a failure, and "giao cho bưu tá đi nhận" (a postman
sent to collect from the sender) before any "giao" (hand over, deliver). Words that fold
into others stay out: "hoàn thành" (completed) and "yêu cầu hoãn" (asked to postpone)
are no return, "mặt hàng" (an item) is no loss, "phát hành" (issued) no delivery, and
"hủy phân công phát" (a round assignment cancelled) no cancelled parcel.

A pickup from the shop that failed or was put off ("không lấy được hàng", "hoãn lấy hàng",
"delay lấy hàng") leaves the goods with the shop: information received, not a failed delivery
or a delay; "không giao được" (could not be delivered) and a day set again by the buyer ("hẹn
lại ngày nhận", not the sender's new day for a pickup) are failed deliveries. J&T's scans name
the step: "ký nhận" (signed for) is a delivery, "kiện vấn đề" (problem parcel) a problem, "quét
phát hàng" the round, and bagging ("đóng bao", "gỡ bao"), unloading ("xuống hàng"), arrivals
("hàng đến") and sending ("gửi hàng", not the sender "người gửi hàng") are steps on the way.

Vocabulary from Viettel Post's ORDER_STATUS codes and GHN's (Giao Hàng Nhanh) order
statuses with their Vietnamese descriptions, GHTK's status_id names and J&T Express Vietnam's
scan types (lossanalytics/normalise/known_texts/SOURCES.md names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

VIETNAMESE_STEPS: tuple[Step, ...] = (
    ("exception", {
        "vi": (r"ngoai le", r"su co", r"tam giu", r"chuyen sai", r"(?:kien|hang|don) van de", r"co van de", r"cham giao\w*"),
    }),
    # A pickup from the shop that failed or was put off: the carrier does not have the goods.
    ("info_received", {
        "vi": (r"khong lay duoc hang", r"(?:hoan|delay|tre) lay hang", r"^(?:chua|da) tiep nhan$", r"chua tiep nhan"),
    }),
    ("lost", {
        "vi": (r"tieu huy", r"that lac", r"(?:hang|don hang|buu gui|kien hang) bi mat"),
    }),
    ("damaged", {
        "vi": (r"hu hong", r"bi hong", r"hang suy suyen", r"be vo trong qua trinh van chuyen"),
    }),
    # Going or gone back to the sender, also after a failed delivery.
    ("returned", {
        "vi": (r"chuyen hoan", r"duyet hoan", r"hoan hang", r"(?:dang |da )?tra hang", r"hang tra",
               r"chuyen tra", r"tra (?:ve )?(?:cho )?nguoi gui"),
    }),
    # The customer will collect it at the post office.
    ("available_for_pickup", {
        "vi": (r"den buu cuc nhan", r"nhan tai buu cuc", r"cho (?:khach|nguoi nhan) (?:den )?lay"),
    }),
    ("cancelled", {
        "vi": (r"huy (?:don|nhap|van don)", r"yeu cau huy", r"da huy"),
    }),
    ("delivery_failed", {
        "vi": (r"(?:giao|phat)(?: hang)? (?:that bai|khong thanh cong)", r"khong co nha", r"khong lien lac duoc",
               r"tu choi nhan", r"sai dia chi", r"khong (?:giao|phat) duoc", r"khong nghe may", r"^hen giao lai$", r"(?<!gui hang )(?<!nguoi gui )hen (?:giao )?lai (?:ngay|gio|lich)(?! lay)"),
    }),
    ("delivered", {
        "vi": (r"(?:giao|phat)(?: hang)? thanh cong", r"da giao (?:hang )?(?:cho|toi|den) (?:nguoi nhan|khach)",
               r"da giao(?! (?:hang )?(?:cho|qua|tai|den) )", r"da phat(?! (?:hanh|sinh))",
               r"(?<!chua )(?<!khong )(?<!cho )(?<!tu choi )ky nhan",
               # The recipient has received the goods ("đã nhận hàng" alone is the carrier's take-over).
               r"(?:nguoi nhan|khach hang|khach) (?:da )?nhan (?:duoc )?hang"),
    }),
    # A postman sent out to the recipient, not to the sender.
    ("out_for_delivery", {
        "vi": (r"di phat(?! (?:hanh|sinh))", r"dang phat(?! (?:hanh|sinh))", r"dang giao(?! (?:hang )?cho (?:buu|don vi))(?: hang)?", r"giao cho nguoi nhan",
               r"quet phat"),
    }),
    # Created or waiting to be collected from the sender.
    ("info_received", {
        "vi": (r"moi tao", r"tao don", r"chua duyet", r"cho xu ly", r"xu ly don hang", r"dang lay hang",
               r"(?:buu ta|nhan vien) di nhan", r"cho (?:\w+ ){0,4}lay hang", r"chuan bi lay", r"tiep nhan don hang",
               r"don hang moi", r"cho ban giao"),
    }),
    ("in_transit", {
        "vi": (r"van chuyen", r"luan chuyen", r"phan loai", r"nhap kho", r"nam o kho", r"da lay hang", r"da nhan hang",
               r"nhan tu buu ta", r"dong (?:tui|chuyen|tuyen)", r"nhan (?:bang ke|tui|chuyen)", r"chuyen tiep",
               r"gui tai", r"ban giao", r"den buu cuc", r"di khoi", r"khai thac", r"(?:dong|go) bao", r"xuong hang",
               r"hang den", r"(?<!nguoi )(?<!cho )gui hang", r"^nhan hang", r"(?:da )?den kho", r"roi kho", r"xuat kho",
               r"trung chuyen"),
    }),
)
