"""Chinese, Vietnamese and Thai tracking texts read by meaning, fifth pass (round 43): a Taiwanese carrier's
station statuses, a Vietnamese transport platform's booking states, a Thai shipping platform's statuses and SPX
Express's Vietnamese events.

The reading follows whose hands the goods are in and what the step says happened to them: a collection that went
wrong ("取件異常", "揽收失败") leaves the goods with the sender, so it is only data, not a problem with a parcel
the carrier holds; a parcel taken back to the station and kept there ("回站保管") is held by the carrier after the
round, not waiting for a recipient who was asked to fetch it; goods collected successfully ("Lấy hàng thành công")
move; a delivery that could not be made ("Chưa giao được", "Không giao được") failed; a shipment in the course of
being sent ("ระหว่างจัดส่ง") moves. A request still being sent to the carrier ("đang gửi yêu cầu đến đối tác vận
chuyển") is only data, although it names transport; a driver arranged for the delivery, an order at the area's
delivery station or to be delivered soon is still on its way, while the delivery to the buyer being got ready
("chuẩn bị giao tới người mua") is the round going out. States that are only a booking's: a new order standing
alone ("新單"), an order confirmed and nothing more ("Đã xác nhận", "ยืนยันแล้ว"), a booking waiting to be checked
("รอตรวจสอบ") or waiting for its first carrier update ("รอข้อมูลอัพเดท").

Three groups, spliced into status_phrases.STEPS:

- EAST_ASIAN_5_VIETNAMESE_FIRST_STEPS, right after status_phrases_meaning_east_asian_2's first group (before
  status_phrases_vietnamese reads "vận chuyển" as a movement).
- EAST_ASIAN_5_FIRST_STEPS, right after status_phrases_meaning_east_asian_4's first group (before the outcome
  steps read "异常" as a problem and "保管" as waiting for pickup).
- EAST_ASIAN_5_LATE_STEPS, right after status_phrases_meaning_east_asian_4's late group: texts nothing else reads.

Written by the team to DESIGN §4 (round 43); the examples are tests/test_status_meaning_east_asian_5.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Collecting from the sender (folded: "攬收" is "揽收").
_ZH_COLLECT = r"(?:取件|收件|揽收|揽件|集货)"

EAST_ASIAN_5_VIETNAMESE_FIRST_STEPS: tuple[Step, ...] = (
    # A request still being sent to the carrier: the carrier does not have the parcel, before "vận chuyển" reads
    # a movement.
    ("info_received", {
        "vi": (r"(?:(?:dang |da )?gui yeu cau (?:den|toi|cho) (?:doi tac|don vi|hang) van chuyen)",),
    }),
)

EAST_ASIAN_5_FIRST_STEPS: tuple[Step, ...] = (
    # A collection that went wrong: the goods are still with the sender, before "异常" reads a problem.
    ("info_received", {
        "zh": (r"(?:^" + _ZH_COLLECT + r"(?:异常|失败)$)",),
    }),
    # Taken back to the station and kept there: held by the carrier, before "保管" reads a wait for the recipient.
    ("exception", {
        "zh": (r"(?:(?:回|返回|退回)站(?:保管|留存|存放))",),
    }),
)

EAST_ASIAN_5_LATE_STEPS: tuple[Step, ...] = (
    # A booking's states standing alone: a new order, an order confirmed, a booking waiting to be checked or for
    # its first carrier update.
    ("info_received", {
        "zh": (r"(?:^(?:新单|新订单)$)",),
        "vi": (r"(?:^(?:don hang )?da (?:duoc )?xac nhan$)",),
        "th": (r"(?:^(?:ยืนยันแล้ว|รอตรวจสอบ|รอการตรวจสอบ)$)", r"(?:รอ(?:ข้อมูล)?(?:การ)?(?:อัพเดท|อัปเดต|อัพเดต))"),
    }),
    # Goods collected successfully: the carrier has them.
    ("in_transit", {
        "vi": (r"(?:lay hang thanh cong)",),
        "th": (r"(?:ระหว่างจัดส่ง)",),
    }),
    # A delivery that could not be made.
    ("delivery_failed", {
        "vi": (r"(?:(?:chua|khong) giao (?:hang )?duoc)",),
    }),
    # The delivery to the buyer or recipient being got ready: the round is going out.
    ("out_for_delivery", {
        "vi": (r"(?:chuan bi giao (?:hang )?(?:toi|den|cho) nguoi (?:mua|nhan))",),
    }),
    # A driver arranged for the delivery, the order at the area's delivery station or to be delivered soon or within
    # a stated time: still on its way, not yet on the round.
    ("in_transit", {
        "vi": (r"(?:(?:sap xep|phan cong) (?:tai xe|shipper|nhan vien) giao hang)", r"(?:(?:den|toi) tram giao hang)",
               r"(?:se som duoc giao)", r"(?:se duoc giao trong vong)"),
    }),
)
