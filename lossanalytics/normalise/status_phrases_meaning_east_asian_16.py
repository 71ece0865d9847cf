"""Korean and Chinese status texts read by their meaning, sixteenth East Asian pass (round 74): the memos a Korean
reseller writes for a cross-border parcel's steps ("중국내배송출발", "판매자발송전", "한국 입항중") and a China-forwarding
site's steps ("代采购", "仓储中", "清关完成后加入派送队列").

The reading follows who holds the parcel (DESIGN §4). A delivery run "within China" ("중국 내 배송") is the origin
country's leg of a parcel bound abroad, not the last leg to the buyer; a parcel put in the delivery queue ("派送队列")
has not gone out yet: both move on. Before the dispatch ("발송 전", "출고 전"), not cancelled, and a load made ready for
the carrier's pickup ("대형화물로 픽업 준비", "택배사 픽업 대기") have not reached the carrier; a customer's pickup
("고객 픽업 대기") is not this. Shipping information confirmed or received ("배송정보 확인") and goods being bought for the
customer ("代采购", "采购中") are before the carrier too. Entering the port ("입항 중"), goods shipped out ("출하", not
when it is still to come: "출하 준비", "출하 예정"), in a forwarder's storage ("仓储中") and a warehouse waiting for the
parcel to come in ("国内仓等待收货") are on the way.

Two groups:
- EAST_ASIAN_16_FIRST_STEPS come right after the fourteenth pass's first group: the China leg and the delivery queue
  before "배송출발" and "派送" read the last leg, "발송 전" before "발송" reads a dispatch, a load ready for the carrier's
  pickup before "픽업" reads a pickup point.
- EAST_ASIAN_16_LATE_STEPS come right after the fifteenth pass's late group, for texts nothing earlier reads.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_16.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_16_FIRST_STEPS: tuple[Step, ...] = (
    # The origin country's delivery run, a parcel queued for delivery: still moving, not on the last leg.
    ("in_transit", {
        "ko": (r"(?:중국 ?내 ?배송)",),
        "zh": ("派送队列",),
    }),
    # Before the dispatch (not a cancellation), a load ready or waiting for the carrier's pickup: not handed over.
    ("info_received", {
        "ko": (r"(?:(?:발송|출고) ?전(?![가-힣])(?!.*취소))",
               r"(?:(?:대형 ?화물|택배사|택배 ?기사|기사님?)(?:로|의)? ?픽업 ?(?:준비|대기))"),
    }),
)

EAST_ASIAN_16_LATE_STEPS: tuple[Step, ...] = (
    # Shipping information confirmed or received; goods being bought for the customer: before the carrier.
    ("info_received", {
        "ko": (r"(?:배송 ?정보 ?(?:확인|수신|접수|등록))",),
        "zh": ("代采购", "待采购", "采购中", "确认采购"),
    }),
    # Entering the port, goods shipped out (not still to come), in storage, a warehouse awaiting the parcel: moving.
    ("in_transit", {
        "ko": (r"(?:입항 ?(?:중|완료|대기|예정))", r"(?:출하(?! ?(?:준비|예정|대기|전|지시|요청|취소)))"),
        "zh": ("仓储中", r"(?:仓库?(?:等待|待)收货)"),
    }),
)
