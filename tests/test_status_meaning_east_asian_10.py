"""Chinese read by its meaning (status_phrases_meaning_east_asian_10, round 54): a last-mile delivery system's flow
operations and delivery results, in other words than the development corpus's rows, written by the team to DESIGN
§4's statuses. Counter-examples: a return, a delay, a pickup store, a delivery and a failed delivery read by other
steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("退回供应商出库", "returned"),
    ("退给商家出站", "returned"),
    ("网点滞留-未妥投", "exception"),
    ("收件人要求推迟派送", "delivery_failed"),
    ("客户要求延期收货", "delivery_failed"),
    ("站点领货", "out_for_delivery"),
    ("领货-配送在途", "out_for_delivery"),
    ("快件已送达转运中心", "in_transit"),
    ("已导入订单数据", "info_received"),
    ("站点入站", "in_transit"),
    ("已到目的仓", "in_transit"),
    ("取货回仓", "in_transit"),
    ("站点投递中", "out_for_delivery"),
    ("快件到错站", "exception"),
    ("快件未到", "exception"),
]

COUNTER_EXAMPLES = [
    # A return named by "退货" is read by the earlier steps; a delay with nobody named stays a hold.
    ("退货已入库", "returned"),
    ("配送延迟", "exception"),
    # Arrived at a pickup store waits for the recipient; arrived with nobody named is a delivery.
    ("已送达取货门市", "available_for_pickup"),
    ("快件已送达", "delivered"),
    ("未妥投", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_chinese_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
