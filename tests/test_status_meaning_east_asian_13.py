"""Chinese and Japanese read by their meaning (status_phrases_meaning_east_asian_13, round 62): a parcel brought to a
pickup store, one the store sends back only after a deadline later today, a pickup or hand-out completed, data received
before the parcel moves and a shop's order states before it ships, in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: a return already made or announced without a deadline,
a completed pickup that names a return, the bare words a courier's collection from the sender shares, a parcel
accepted and a cash-on-delivery payment."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("貨件已送抵取件店舖", "available_for_pickup"),
    ("包裹已送抵门市", "available_for_pickup"),
    ("今日21:00後將退回原寄件門市", "available_for_pickup"),
    ("商品今天18:30后将退回物流中心", "available_for_pickup"),
    ("买家已完成包裹取件", "delivered"),
    ("已完成包裹成功配件", "delivered"),
    ("貨件完成配達", "delivered"),
    ("ご依頼主様からデータを受信しました", "info_received"),
    ("データを受信", "info_received"),
    ("新規受付", "info_received"),
    ("決済待ち", "info_received"),
    ("購入済み", "info_received"),
    ("入金処理中", "info_received"),
    ("注文未確定", "info_received"),
]

COUNTER_EXAMPLES = [
    # A return already made, or announced with no deadline, is the return the earlier steps read.
    ("包裹已退回物流中心", "returned"),
    ("逾期未取將退回寄件人", "returned"),
    # A completed pickup that names the return is the return the earlier steps read; one naming the sender is not
    # the recipient's and is left alone.
    ("已完成包裹取件(退貨)", "returned"),
    ("寄件人已完成包裹取件", "unknown"),
    # The bare words also say a courier collected the parcel from its sender: left alone.
    ("已完成取件", "unknown"),
    ("已取貨", "unknown"),
    # Delivered data is the delivery the earlier steps read.
    ("配達完了データを受信しました", "delivered"),
    # A parcel or a request accepted is the carrier's, read as before; a cash-on-delivery payment settled, with more
    # words than the order's state, is left alone.
    ("荷物受付", "in_transit"),
    # A delivery not completed is no delivery.
    ("未完成配達", "unknown"),
    ("代金引換の入金済み", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_chinese_and_japanese_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
