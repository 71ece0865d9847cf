"""Korean, Chinese and Taiwanese tracking texts read by meaning, fourth pass (round 35): the terse scan and
status names of Korean line-haul carriers, shop platforms and cross-border forwarders, Chinese express and
freight carriers' trace statuses ("开单", "出站", "预派送", "返货签收", "已转件") and a Taiwanese carrier's
station codes ("集貨", "到著", "持回", "正常配交", "到站自領").

The reading follows where the parcel is and whose side a step is on: a parcel taken into or out of a bonded
storage yard ("세관지정 장치장 반입") moves through customs, not held by them; goods named as coming back ("返货",
"返貨") are a return, whatever scan follows (taken in, sent off, on the round, signed for); a parcel prepared
for the round ("预派送") is not yet on it; a parcel signed for by a collection point or a station ("代收点代签")
waits there for the recipient, while the user who took it out ("用户提货") has it; kept at the station to be
fetched by the customer ("到站自領") waits there, where "到站" alone is an arrival; the sender out or nothing to
collect ("寄貨人外出無法收件", "無貨件可收") leaves the parcel with the sender, not a failed delivery. Terse
station steps nothing else reads: a waybill opened on collection, a station's in and out scans, the goods
collected and unloaded ("集貨", "卸集貨"), sent on ("發送"), arrived ("到著"), handed on to another carrier
("已转件"), a distribution centre ("배송DC") are movements; carried back from the round ("持回") is a failed
attempt; delivered in the normal way ("正常配交") is a delivery; goods still to be collected ("待集货") and a shop's
"배송대기" standing alone wait to be shipped.

Two groups, spliced into status_phrases.STEPS:

- EAST_ASIAN_4_FIRST_STEPS, right after status_phrases_meaning_east_asian_3's first group (before the outcome
  steps read "세관", "签收", "派送", "代签", "快递柜", "不在" and "异常", and the general words read "到站").
- EAST_ASIAN_4_LATE_STEPS, right after status_phrases_meaning_east_asian's late group: texts nothing else reads.

Written by the team to DESIGN §4 (round 35); the examples are tests/test_status_meaning_east_asian_4.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A collection point, a parcel station or a locker, where a parcel waits for the recipient (folded: "驛站" is "驿站").
_ZH_PICKUP_PLACE = r"(?:代收点|驿站|自提点|快递柜|智能柜|丰巢|菜鸟站|兔喜)"
# The sender, who hands the parcel over at a collection ("寄貨人" folds to "寄货人").
_ZH_SENDER = r"(?:寄货人|寄件人|寄件方|寄方|发货人|发件人|托运人|商家)"

EAST_ASIAN_4_FIRST_STEPS: tuple[Step, ...] = (
    # Taken into or out of a bonded storage yard: customs' routine, before "세관" reads a hold.
    ("in_transit", {
        "ko": (r"(?:(?:장치장|보세 ?창고|보세 ?구역)\S{0,2} ?(?:반입|반출|입고|출고)(?! ?(?:보류|불가|금지|거부)))",),
    }),
    # Goods coming back: every scan named beside it belongs to the return.
    ("returned", {
        "zh": (r"(?:(?<![未不])返货(?!单号|运单))",),
    }),
    # Prepared for the round, not yet on it: before "派送" reads the round.
    ("in_transit", {
        "zh": (r"(?:预派(?:送|件))",),
    }),
    # Signed for by a collection point, a station or a locker: waiting there, before "代签" reads a delivery.
    ("available_for_pickup", {
        "zh": (r"(?:" + _ZH_PICKUP_PLACE + r"\S{0,4}代签)",),
    }),
    # The user took the goods out (a locker named beside it): delivered, before "快递柜" reads a wait.
    ("delivered", {
        "zh": (r"(?:(?:用户|客户|收件人|收货人|顾客|本人)\S{0,2}(?:已)?提货(?!.*(?:通知|码|请)))",),
    }),
    # Kept at the station for the customer to fetch: waiting there, before "到站" reads an arrival.
    ("available_for_pickup", {
        "zh": (r"(?:(?:到站|站所|营业所|门市)\S{0,2}自(?:领|取))",),
    }),
    # The sender out or nothing to collect: the parcel is still with the sender, before "不在", "收件" or "异常".
    ("info_received", {
        "zh": (r"(?:" + _ZH_SENDER + r"\S{0,4}(?:外出|不在|未在|联系不上|无法联系))",
               r"(?:无(?:货件|货|件)可(?:收|取))", r"(?:另约\S{0,4}(?:取件|收件))"),
    }),
)

EAST_ASIAN_4_LATE_STEPS: tuple[Step, ...] = (
    # Goods still to be collected or a waybill still to be opened: the carrier does not have the parcel yet.
    ("info_received", {
        "zh": (r"(?:(?:待|未)(?:集货|开单))",),
    }),
    # Station steps: a waybill opened on collection, in and out scans, goods collected, unloaded, sent on,
    # arrived, handed on to another carrier, a distribution centre.
    ("in_transit", {
        "zh": (r"(?:(?:^|已|收货|揽收)开单(?!失败|异常))", r"(?:(?:^|已|快件|货物|包裹)(?:出|进)站(?!口))",
               r"(?:(?<![待未])(?:卸)?集货(?!失败|异常|取消))", r"(?:^(?:已)?发送$)", r"(?:到著)", r"(?:(?<![未不])转件(?!失败))"),
        "ko": (r"(?:(?:배송|물류) ?dc)",),
    }),
    # Carried back from the round undelivered.
    ("delivery_failed", {
        "zh": (r"(?:持回(?!收))",),
    }),
    # Delivered in the normal way (not short or damaged).
    ("delivered", {
        "zh": (r"(?:(?:正常|已)配交)", r"(?:配交完成)"),
    }),
    # A shop's order waiting to be shipped, the state standing alone.
    ("info_received", {
        "ko": (r"(?:^배송 ?대기$)",),
    }),
)
