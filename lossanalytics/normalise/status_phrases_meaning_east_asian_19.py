"""Chinese status texts read by their meaning, nineteenth East Asian pass (round 80): the ends of a parcel's journey and
the states before the carrier as cross-border shipping clients, ERPs and tracking models word them ("未送达",
"等待分配物流", "分配物流成功(等待预报)", "预报中", "等待建单", "出境邮袋转仓中", "地址问题", "海关问题"), with the
outcomes in other words ("原路返回", "已被代收", "已报废", "货损", "受损").

The reading follows what happened to the parcel (DESIGN §4). A parcel not delivered, or that could not be delivered
("未送达", "未能送达", "无法送达") as the text opens, is a delivery that failed, not a delivery: the negation comes before
"送达" reads an arrival (a parcel not yet delivered, "尚未送达", is left alone: it may still be on its way; so is a reason
written before it, which the steps that read reasons already read). A parcel waiting for a
carrier or a channel to be assigned, or given one ("等待分配物流", "分配物流成功"), a pre-advice being sent ("预报中") and
a shipment waiting to be created ("等待建单") are all before the carrier has the parcel. An outbound mailbag moved
between warehouses ("出境邮袋转仓中") is on its way. An address or a customs problem, said on its own ("地址问题",
"海关问题"), is a problem to be solved: an exception; so is a parcel overdue and not yet delivered ("超时未送达"), a delay. The outcomes in other words than the rows': a parcel sent back the
way it came ("原路返回") is returned; one received on the recipient's behalf ("已被代收", "已由门卫代收"; not a collection
point, "代收点", nor money collected, "代收货款") is delivered, as "代收人签收" is; one scrapped ("已报废") is destroyed,
lost, as "包裹已销毁" is; cargo damage ("货损") and a parcel damaged ("包裹受损") are damaged, as "包裹破损" is.

Two groups:
- EAST_ASIAN_19_FIRST_STEPS come right after the seventeenth pass's first group: a delivery said not to have happened
  before "送达" reads one, an overdue parcel not yet delivered before "送达" reads one too, and an address or customs
  problem said on its own before "收件" and "清关" read a parcel on its way.
- EAST_ASIAN_19_LATE_STEPS come right after the seventeenth pass's late group, for texts nothing earlier reads.

Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_19.py holds the examples); no
source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What a parcel is assigned before it ships: a carrier, a channel, a logistics line.
_ZH_CARRIER = r"(?:物流|渠道|承运商|快递(?:公司)?|物流商|线路)"

EAST_ASIAN_19_FIRST_STEPS: tuple[Step, ...] = (
    # Not delivered, could not be delivered, as the text opens: a failed delivery (before "送达" reads one; "尚未送达" is
    # left alone, and so is a text naming a return, a loss or damage after it, which the outcome steps read).
    ("delivery_failed", {
        "zh": (r"^(?:包裹|快件|货物|运单|订单|邮件)?(?:未|未能|无法|不能)(?:成功)?(?:送达|妥投)(?!.*(?:退|返回|丢失|遗失|破损|损坏|销毁))",),
    }),
    # Overdue and not yet delivered or signed for ("超时未送达"): a delay, an exception (before "送达" reads an arrival).
    ("exception", {
        "zh": (r"(?:超时|逾期|延误|延迟)(?:仍|尚)?未(?:送达|妥投|签收)",),
    }),
    # An address or customs problem said on its own: an exception (before "清关" reads customs on the way and "收件" a
    # parcel received).
    ("exception", {
        "zh": (r"^(?:收件)?(?:地址|海关|清关)问题$",),
    }),
)

EAST_ASIAN_19_LATE_STEPS: tuple[Step, ...] = (
    # Waiting for or given a carrier, a pre-advice being sent, a shipment waiting to be created: before the carrier.
    ("info_received", {
        "zh": (r"^(?:等待|待)分配" + _ZH_CARRIER,
               r"^分配" + _ZH_CARRIER + r"成功",
               r"^(?:正在)?预报中$",
               r"^(?:等待|待)(?:建单|创建运单|生成运单)$"),
    }),
    # Sent back the way it came ("原路返回"): a return.
    ("returned", {
        "zh": (r"(?:原路)(?:返回|返还|寄回)",),
    }),
    # Received on the recipient's behalf ("已被代收", "已由门卫代收"; not a collection point or money collected): delivered.
    ("delivered", {
        "zh": (r"(?:已被|已由\S{0,8}?)代收(?!点|货款|款|费)",),
    }),
    # Scrapped ("报废"): destroyed, lost.
    ("lost", {
        "zh": (r"(?:已|被|做)报废",),
    }),
    # Cargo damage, damaged ("货损", "受损"): damaged.
    ("damaged", {
        "zh": (r"货损", r"(?:包裹|快件|货物|商品|物品|外包装|外箱|纸箱|包装)(?:已|严重)?受损"),
    }),
    # An outbound or inbound mailbag moved on: on its way.
    ("in_transit", {
        "zh": (r"^(?:出境|进境|国际)?邮袋(?:转仓|转运|发运|已发出)",),
    }),
)
