"""Chinese and Korean tracking texts read by their meaning, twenty-second East Asian pass (round 105): a problem met
while the goods were being sent ("货物寄送过程中出现了问题"), a parcel taken in at a station ("已收入") and a customs
examination under way ("심사진행"), a parcel station delivering to the door ("驿站派送中") and a review rejected
("审核拒绝"), as a kuaidi100 query page, a Chinese courier station's operations and a Korean
customs-and-parcel tracker, a cross-border logistics console and an order system word them.

The reading follows what happened to the parcel (DESIGN §4). A problem that came up while the goods were being sent,
carried or delivered, with no outcome said, is an exception. A parcel a station has taken in ("已收入", the station's
own record) is with the carrier and moves on. A customs examination in progress ("심사진행", "통관심사 중") is a step
of the journey: in transit, as this corpus reads the other customs steps (the import declaration accepted, the release
declared).

Left unread: "待提货" (waiting for "提货": the consignee's collection, or the carrier's collection from the
shipper, not said), bare order states ("待确认", "待审核", "已确认", "已支付", "待流转": an order's, before the carrier
or not, not said; earlier passes leave them so too), "审核拒绝" (a review rejected: an order's, so it will not ship, or
an after-sales request's, not said; read as nothing rather than as a refusal at the door), "已扫描" (scanned: a parcel's scan, or a code's), "货物" problems said with no journey ("货物有问题": the
goods' own fault or the shipment's, not said).

Two groups:
- EAST_ASIAN_22_FIRST_STEPS come right after the twenty-first pass's first group (in status_phrases_before_outcomes.py):
  a problem met on the way before "运送", "运输中" and "派送" read movement or a delivery under way, a review rejected
  before "拒绝" reads a refusal, the parcel station delivering before "驿站" reads a parcel at a station.
- EAST_ASIAN_22_LATE_STEPS come right after the twenty-first pass's late group (in status_phrases_language_late.py)
  and read only texts nothing earlier reads.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_22.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_22_FIRST_STEPS: tuple[Step, ...] = (
    # A problem met while the goods were being sent, carried or delivered: an exception, before "运送", "运输中" and
    # "派送" read movement or a delivery under way.
    ("exception", {
        "zh": (r"(?:寄送|运送|运输|配送|派送|投递)(?:的)?(?:过程)?中(?:出现|发生|遇到)(?:了)?(?:问题|异常|故障)",),
    }),
    # A review rejected, as a whole status: of an order (it will not ship) or of an after-sales request (nothing for
    # the parcel), not said; nothing to read, before "拒绝" reads a refusal at the door.
    ("unknown", {
        "zh": (r"^(?:订单)?(?:审核|审批)(?:拒绝|不通过|未通过|被拒|驳回)$",),
    }),
    # The parcel station delivering to the door: out for delivery, before "驿站" reads a parcel waiting at a station.
    ("out_for_delivery", {
        "zh": (r"(?:驿站(?:正在|已)?(?:派送|配送|送货上门)(?:中)?$)",),
    }),
)

EAST_ASIAN_22_LATE_STEPS: tuple[Step, ...] = (
    # Taken in at a station or an office (its own record): on its way.
    ("in_transit", {
        "zh": (r"(?:^|公司|网点|站|中心|分部|营业部|\s)已收入$",),
        # A customs examination in progress (Korean): a step of the journey.
        "ko": (r"^(?:통관\s?)?심사\s?(?:진행|진행\s?중|중)$",),
    }),
)
