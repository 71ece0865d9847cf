"""Chinese, Vietnamese and Thai tracking texts read by meaning, fifth pass (round 43): a Taiwanese carrier's
station statuses, a Vietnamese transport platform's booking states and a Thai shipping platform's statuses.

The reading follows whose hands the goods are in and what the step says happened to them: a collection that went
wrong ("取件異常", "揽收失败") leaves the goods with the sender, so it is only data, not a problem with a parcel
the carrier holds; a parcel taken back to the station and kept there ("回站保管") is held by the carrier after the
round, not waiting for a recipient who was asked to fetch it; goods collected successfully ("Lấy hàng thành công")
move; a delivery that could not be made ("Chưa giao được", "Không giao được") failed; a shipment in the course of
being sent ("ระหว่างจัดส่ง") moves. States that are only a booking's: a new order standing alone ("新單"), an
order confirmed and nothing more ("Đã xác nhận", "ยืนยันแล้ว"), a booking waiting to be checked ("รอตรวจสอบ") or
waiting for its first carrier update ("รอข้อมูลอัพเดท").

Two groups, spliced into status_phrases.STEPS:

- EAST_ASIAN_5_FIRST_STEPS, right after status_phrases_meaning_east_asian_4's first group (before the outcome
  steps read "异常" as a problem and "保管" as waiting for pickup).
- EAST_ASIAN_5_LATE_STEPS, right after status_phrases_meaning_east_asian_4's late group: texts nothing else reads.

Written by the team to DESIGN §4 (round 43); the examples are tests/test_status_meaning_east_asian_5.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Collecting from the sender (folded: "攬收" is "揽收").
_ZH_COLLECT = r"(?:取件|收件|揽收|揽件|集货)"

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
)
