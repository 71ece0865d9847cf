"""Chinese, Korean and Japanese read by their meaning (status_phrases_meaning_east_asian_21, round 93): an order the shop
is still working on, imported, not yet shipped or assigned to a rider, an order shipped in the traditional spelling, a
delivery person assigned, a parcel being delivered today, a delivery said complete in the polite form and a waybill
number nothing is found for, in other words than the development corpus's rows where the words allow, written by the
team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A waybill number nothing is found for, with the object particle: nothing to read.
    ("송장번호를 찾을 수 없음", "unknown"),
    ("운송장을 찾을 수 없어요", "unknown"),
    # Being delivered today: out for delivery.
    ("本日配達中", "out_for_delivery"),
    ("今日はお届け中です", "out_for_delivery"),
    # A delivery person assigned: on its way.
    ("配達員が決定しました", "in_transit"),
    ("配送ドライバーの割当完了", "in_transit"),
    # The shop still working on the order, imported or not yet shipped: before the carrier.
    ("ご注文の処理を開始", "info_received"),
    ("注文処理を開始", "info_received"),
    ("在庫確認中です", "info_received"),
    ("ピッキング完了", "info_received"),
    ("荷物の梱包済み", "info_received"),
    ("商品尚未发货", "info_received"),
    ("订单还未出货", "info_received"),
    ("已导入订单", "info_received"),
    ("已導入的訂單", "info_received"),
    ("已指派骑手", "info_received"),
    # An order shipped, in the traditional spelling: on its way.
    ("已經出貨", "in_transit"),
    # A delivery said complete in the polite form: delivered.
    ("お届けは完了しました", "delivered"),
    ("配達は済みです", "delivered"),
]

COUNTER_EXAMPLES = [
    # A waybill registered is before the carrier, not a number nothing is found for.
    ("운송장 등록", "info_received"),
    # A parcel on its way without "today" stays on its way.
    ("荷物は配送中です", "in_transit"),
    # A shop preparing the shipment is before the carrier.
    ("ただいま配送準備中です", "info_received"),
    # Not shipped and cancelled: the cancellation.
    ("未发货，订单已取消", "cancelled"),
    # Packaging damaged is damage, not packing done.
    ("梱包破損", "damaged"),
    # Shipped from the origin is on its way.
    ("商品は出荷済みです", "in_transit"),
    # Left alone: whose work, whose vehicle, who collects, not said.
    ("作業中", "unknown"),
    ("配車済", "unknown"),
    ("取货中", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_before_the_carrier_today_and_completion_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
