"""Chinese (simplified and traditional) tracking texts read by their meaning, twenty-seventh East Asian pass (round
138): a warehouse intake, a dispatch out of it or a dispatch to the carrier that failed, an order waiting for the
logistics company to accept it or to be sent to it, the courier accepting the pickup order, a parcel shipped and
waiting for the buyer to sign, a sender who has brought the parcel to the store, a recipient who has taken the parcel
out of the locker or station; and, read late, a carrier that declined the order, a merchant that has not accepted it,
a logistics order created, a shipment arranged, a delivery started, a parcel arrived in the recipient's city, a
customer's wrong phone number or changed delivery address, and a parcel with a problem, as an AliExpress seller
tool's online-logistics statuses, Taobao's OpenMall logistics statuses, YTO's e-commerce platform's waybill statuses,
a 1688 seller app's order and pickup statuses, Pinduoduo's online-order statuses, a merchant admin's abnormal-order
reasons, PayNow's convenience-store logistics codes and a mini-program's Taobao / Cainiao sub-status sentences word
them.

The reading follows who holds the parcel (DESIGN §4). Read early, because other steps would read these texts
otherwise: an intake into a warehouse, a dispatch out of it or a dispatch that failed ("入库失败", "出库失败",
"发货失败") holds the shipment up, an exception, before "入库", "出库" or "发货" reads movement; an order waiting for the
logistics company to accept it ("等待物流公司接单"), waiting to be sent to it, and the courier accepting the pickup order
("快递员正在接单") are before the carrier, before "交给物流公司" or "发货" reads movement; a parcel shipped and waiting for
the buyer or the recipient to sign ("等待买家签收", the whole status) is on the way, before "签收" reads a delivery; a
sender who has brought the parcel to the store ("寄件人已送達門市") starts it on the way, before "送达门市" reads it
waiting at the pickup store; a recipient who has taken the parcel out of the locker or the station ("收件人已从快递柜/
驿站取出") has it, delivered, before "快递柜" reads it waiting there.

Read late, only where nothing earlier reads the text: a logistics or courier company that declined the order ("不接单",
"已拒接") and a merchant that has not accepted it leave the parcel with the sender, before the carrier, as a failed
collection ("揽收失败") reads; a logistics order created ("訂單建立完成") and a shipment arranged but not yet sent
("已安排出貨") are before the carrier too; a delivery started (the whole status) is the last leg; a parcel arrived in
the recipient's city ("包裹已到你所在的城市") is on the way; a customer who left a wrong phone number cannot be reached,
a failed delivery, as "电话错误" reads; a customer who changed the delivery address and a parcel with a problem
("包裹有问题") are held up, exceptions.

Left unread, because the words do not say the state: "等待仓库操作" (waiting for a warehouse's operation: whether the
goods are in it is not said), "已派车" (a vehicle dispatched: to collect or to deliver), "调度失败/等待" and
"调度成功+收派员信息" (dispatching a courier, who collects or delivers: "收派员"), "已提货" (goods taken: by the carrier
from the shipper, or by the customer at a pickup point).

Two groups:
- EAST_ASIAN_27_EARLY_STEPS come first of the Asian and Middle-Eastern first groups (just before the twenty-sixth
  pass's early group, in status_phrases_before_outcomes.py).
- EAST_ASIAN_27_LATE_STEPS come right after the twenty-sixth pass's late group (in status_phrases_language_late.py)
  and read only texts nothing earlier reads.

Folded like the text (lossanalytics.normalise._rules.fold: traditional characters simplified, punctuation as spaces).
A phrase written as a regular expression starts with an ASCII character ("^", "(?:"); one that starts with a Chinese
character is a plain substring. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_east_asian_27.py
holds the examples); no source's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

EAST_ASIAN_27_EARLY_STEPS: tuple[Step, ...] = (
    # An intake into a warehouse, a dispatch out of it or a dispatch to the carrier that failed, before "入库", "出库"
    # or "发货" reads movement: held up.
    ("exception", {
        "zh": (r"(?:入库|出库|入仓|出仓|发货|出货)(?:扫描)?失败",),
    }),
    # Waiting for the logistics or courier company to accept the order or to be sent to it, the courier accepting the
    # pickup order, before "交给物流公司" or "发货" reads movement: before the carrier.
    ("info_received", {
        "zh": (r"(?:等待)(?:物流|快递)(?:公司)?(?:确认)?接单", r"(?:等候|等待)(?:发送|提交|交)给(?:物流|快递)公司",
               r"(?:快递员)(?:正在|已)?接单"),
    }),
    # Shipped and waiting for the buyer or the recipient to sign (the whole status), before "签收" reads a delivery;
    # the sender has brought the parcel to the store, before "送达门市" reads it waiting at the pickup store: on the way.
    ("in_transit", {
        "zh": (r"^(?:已发货 ?)?等待(?:买家|收件人|收货人|客户)签收$", r"(?:寄件人|卖家|商家)已?(?:送达|送至|送到)门市"),
    }),
    # The recipient has taken the parcel out of the locker or the station, before "快递柜" or "驿站" reads it waiting
    # there: delivered.
    ("delivered", {
        "zh": (r"(?:收件人|收货人|用户|客户|买家)已?从(?:快递柜|智能柜|自提柜|丰巢柜?|驿站|代收点)"
               r"(?: ?(?:或|和)? ?(?:快递柜|驿站|代收点))?(?:中)?取出",),
    }),
)

EAST_ASIAN_27_LATE_STEPS: tuple[Step, ...] = (
    # The logistics or courier company declined the order, the merchant has not accepted it; a logistics order created,
    # a shipment arranged (the whole status): the parcel still with the sender, before the carrier.
    ("info_received", {
        "zh": (r"^(?:物流公司|快递公司|快递员)?不接单$", r"(?:物流|快递)公司(?:已)?拒接", r"(?:商家)(?:尚未|还未|未)接单",
               r"^(?:物流)?订单(?:已)?建立(?:完成|成功)$", r"^已安排(?:出货|发货)$"),
    }),
    # A delivery started (the whole status): the last leg.
    ("out_for_delivery", {
        "zh": (r"^(?:已)?开始配送$",),
    }),
    # Arrived in the recipient's city: on the way.
    ("in_transit", {
        "zh": (r"(?:已)?到(?:达)?(?:你|您)所在的?城市",),
    }),
    # The customer left a wrong phone number, as "电话错误" reads: a failed delivery.
    ("delivery_failed", {
        "zh": (r"(?:留错)(?:了)?(?:电话|手机号|号码)",),
    }),
    # The customer changed the delivery address; a parcel with a problem: held up.
    ("exception", {
        "zh": (r"(?:顾客|客户|收件人|收货人|买家)(?:要求)?(?:更改|修改|变更)(?:了)?收货地址",
               r"(?:包裹|快件|订单)有问题"),
    }),
)
