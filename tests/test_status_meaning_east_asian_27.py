"""Chinese read by its meaning (status_phrases_meaning_east_asian_27, round 138): a warehouse intake, a dispatch out
of it or to the carrier that failed, an order waiting for the logistics company to accept it or to be sent to it, the
courier accepting the pickup order, a parcel shipped and waiting for the buyer to sign, a sender who has brought the
parcel to the store, a recipient who has taken it out of the locker or station; a carrier that declined the order, a
merchant that has not accepted it, a logistics order created, a shipment arranged, a delivery started, a parcel
arrived in the recipient's city, a wrong phone number left, a delivery address changed, a parcel with a problem; in
the round's rows' words and in other words, written by the team to DESIGN §4's statuses. Counter-examples: texts
other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A warehouse intake, a dispatch out of it or to the carrier that failed: held up.
    ("入库失败", "exception"),
    ("出库失败", "exception"),
    ("发货失败", "exception"),
    ("入库扫描失败", "exception"),
    ("商品出仓失败", "exception"),
    ("订单发货失败，请联系商家", "exception"),
    # Waiting for the logistics company to accept the order or to be sent to it; the courier accepting the pickup
    # order: before the carrier.
    ("已提交给物流公司,等待物流公司接单", "info_received"),
    ("已经确认消息接收，等待物流公司接单", "info_received"),
    ("等候发送给物流公司", "info_received"),
    ("等待发送给快递公司", "info_received"),
    ("已提交物流公司，等待快递公司接单", "info_received"),
    ("商家已提交发货，快递员正在接单", "info_received"),
    ("快递员已接单，即将上门取件", "info_received"),
    # Shipped and waiting for the buyer or the recipient to sign: on the way.
    ("等待买家签收", "in_transit"),
    ("等待收件人签收", "in_transit"),
    # The sender has brought the parcel to the store: on the way.
    ("寄件人已送達門市", "in_transit"),
    ("卖家已送到门市", "in_transit"),
    # The recipient has taken the parcel out of the locker or the station: delivered.
    ("收件人已从快递柜/驿站取出", "delivered"),
    ("收件人已从驿站中取出", "delivered"),
    ("客户已从智能柜取出包裹", "delivered"),
    # A carrier that declined the order, a merchant that has not accepted it: before the carrier.
    ("物流公司不接单", "info_received"),
    ("不接单", "info_received"),
    ("快递公司已拒接", "info_received"),
    ("快递公司拒接", "info_received"),
    ("商家未接单", "info_received"),
    ("商家尚未接单", "info_received"),
    # A logistics order created, a shipment arranged (the whole status): before the carrier.
    ("訂單建立完成", "info_received"),
    ("物流订单已建立成功", "info_received"),
    ("已安排出貨", "info_received"),
    # A delivery started (the whole status): the last leg.
    ("开始配送", "out_for_delivery"),
    ("已开始配送", "out_for_delivery"),
    # Arrived in the recipient's city: on the way.
    ("包裹已到你所在的城市，快到了", "in_transit"),
    # A wrong phone number left: a failed delivery.
    ("顾客留错电话", "delivery_failed"),
    ("收件人留错了手机号", "delivery_failed"),
    # A delivery address changed, a parcel with a problem: held up.
    ("顾客更改收货地址", "exception"),
    ("买家要求修改收货地址", "exception"),
    ("包裹有问题，客服正在处理中", "exception"),
    ("快件有问题，请联系客服", "exception"),
]

COUNTER_EXAMPLES = [
    # A failed collection stays before the carrier; a failed delivery stays a failed delivery.
    ("揽收失败", "info_received"),
    ("派送失败", "delivery_failed"),
    # The courier taking the parcel back out of the locker stays on the way; a parcel put into a locker waits there.
    ("快递员取消派件将快件取出丰巢", "in_transit"),
    ("已放入快递柜", "available_for_pickup"),
    # Intake, dispatch and shipping without a failure stay movement; signed stays delivered.
    ("入库", "in_transit"),
    ("出库", "in_transit"),
    ("已发货", "in_transit"),
    ("已签收", "delivered"),
    # Arrived at the store for the recipient stays waiting for the pickup.
    ("送达门市", "available_for_pickup"),
    # The merchant having accepted the order stays before the carrier; the courier having collected it, on the way.
    ("商家已接单", "info_received"),
    ("快递员已取件", "in_transit"),
    # A wrong phone stays a failed delivery.
    ("电话错误", "delivery_failed"),
    # Waiting for a warehouse's operation, a vehicle dispatched, a courier dispatched, goods taken, an order created
    # without more: left alone.
    ("等待仓库操作", "unknown"),
    ("已派车", "unknown"),
    ("调度成功", "unknown"),
    ("调度失败/等待", "unknown"),
    ("已提货", "unknown"),
    ("订单已建立", "unknown"),
    ("不接单的原因", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_east_asian_meaning_27(text: str, expected: str) -> None:
    assert read_status(text).status == expected
