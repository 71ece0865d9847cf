"""Chinese tracking texts read by meaning, tenth East Asian pass (round 54): a last-mile delivery management system's
flow operations and delivery results as its stations and the shops it feeds word them ("分站到货扫描", "领货扫描",
"分站滞留-未妥投", "退供货商出库", "异常-客户推迟收货").

The reading follows where the parcel is and whose move is awaited:
- EAST_ASIAN_10_FIRST_STEPS come right after status_phrases_meaning_east_asian_8's first group, where broader words
  would decide first ("出库" and "在途" a movement, "送达" a delivery, "未妥投" a failed delivery, "异常" a hold): a
  parcel sent back to the supplier, the shop or the sender with its movement named (out of a warehouse, out of or
  into a station) is a return ("退货" with a movement is left to the steps that read it); a parcel kept at the station ("分站滞留") is held even where "not delivered" follows; the recipient who put
  the receipt off fails the delivery; the courier taking the parcel out of the station ("领货", "分站领货") is the
  last leg, with "在途" after it; a parcel arrived at a distribution point or a sorting centre is moving, not
  delivered (a return arrived there is left to the steps that read the return).
- EAST_ASIAN_10_LATE_STEPS come right after status_phrases_meaning_east_asian_9's late group and read only texts
  nothing else reads: the order data imported or the waybill entered is information received; arrived at the
  delivery station, into it, at the destination warehouse or picked up and back at the warehouse is moving; the
  station's or the last-mile delivery is the last leg; goods arrived at the wrong station and a package not arrived
  hold it.
What was assumed (DESIGN §4): "领货" is the courier's taking the parcel out for delivery, as the station's words use
it (a recipient who collects it is "取件" or "自提"); kept at the station is DESIGN's 滞留, a hold.

Folded like the text (lossanalytics.normalise._rules.fold: simplified characters, punctuation as spaces); the
phrases are regular expressions (they start with "(?:"). Written by the team to DESIGN §4 (round 54); the examples
are tests/test_status_meaning_east_asian_10.py. No system's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Places a parcel passes on its way: a distribution point or centre, a sorting, transfer or collection centre.
_HUB = r"(?:分拨点|分拨中心|分拣中心|转运中心|中转中心|中转站|集散中心)"

EAST_ASIAN_10_FIRST_STEPS: tuple[Step, ...] = (
    # Sent back to the supplier, the shop or the sender, with its movement: returned, before "出库" reads a movement.
    ("returned", {
        "zh": (r"(?:退(?:给|回)?(?:供货商|供应商|商家|卖家|寄件人|发件人)\S*(?:出库|出站|入库|入站|离开|送达))",),
    }),
    # Kept at the station, undelivered: held, before "未妥投" reads a failed delivery.
    ("exception", {
        "zh": (r"(?:(?:分站|站点|网点)滞留)",),
    }),
    # The recipient put the receipt off: a failed delivery, before "异常" reads a hold.
    ("delivery_failed", {
        "zh": (r"(?:(?:客户|收件人|收货人)(?:要求)?(?:推迟|延迟|延期)(?:收货|收件|签收|配送|派送))",),
    }),
    # The courier takes the parcel out of the station: the last leg, before "在途" reads a movement.
    ("out_for_delivery", {
        "zh": (r"(?:^(?:分站|站点|网点)?领货(?:扫描)?(?:\s|$))",),
    }),
    # Arrived at a distribution point or a sorting centre (not a return): moving, before "送达" reads a delivery.
    ("in_transit", {
        "zh": (r"(?:^(?!.*退).*送达\S*" + _HUB + r")",),
    }),
)

EAST_ASIAN_10_LATE_STEPS: tuple[Step, ...] = (
    # The order data imported, the waybill entered: the carrier has the data, not the parcel.
    ("info_received", {
        "zh": (r"(?:^(?:已)?导入(?:订单)?数据$)", r"(?:^(?:运单|订单)(?:信息|数据)?(?:已)?录入(?:成功)?$)"),
    }),
    # Arrived at or into the delivery station, at the destination warehouse, picked up and back at the warehouse.
    ("in_transit", {
        "zh": (r"(?:(?:分站|站点)(?:到货|入站|入库))", r"(?:到(?:达)?目的(?:地)?仓)", r"(?:(?<!退)(?:提货|揽收|取货)回仓)"),
    }),
    # The station's delivery, the last-mile delivery: the last leg.
    ("out_for_delivery", {
        "zh": (r"(?:(?:分站|站点|网点)(?:投递|派送)(?:中)?$)", r"(?:末端配送)"),
    }),
    # Goods arrived at the wrong station, a package that has not arrived: held.
    ("exception", {
        "zh": (r"(?:到错(?:货|站|件))", r"(?:^(?:包裹|货物|快件)未到(?:站|达)?$)"),
    }),
)
