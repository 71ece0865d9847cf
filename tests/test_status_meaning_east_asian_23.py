"""Japanese and Korean read by their meaning (status_phrases_meaning_east_asian_23, round 111): a pickup visit and a
new pickup arranged, a parcel handed to the delivery department, loaded, fed into the delivery network, a redelivery
arranged; the courier company took the goods, parcels bagged together, the trunk line, a delivery completed, a receipt
refused; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A pickup visit with no outcome, a new pickup arranged: before the carrier.
    ("集荷訪問予定", "info_received"),
    ("再集荷の依頼を受け付けました", "info_received"),
    # Handed to the delivery department, loaded, fed into the network, a redelivery arranged: on its way.
    ("配送センターへ引き渡しました", "in_transit"),
    ("トラックへ積込完了", "in_transit"),
    ("配送網へ投入済", "in_transit"),
    ("再配達の手配済み", "in_transit"),
    # The courier company took the goods, parcels bagged, the trunk line (Korean): on its way.
    ("택배사에서 상품을 인수했습니다", "in_transit"),
    ("택배들을 묶어서 포장하고 있어요", "in_transit"),
    ("간선 운송 중", "in_transit"),
    # A delivery completed, a receipt refused (Korean sentences).
    ("고객님의 배송이 완료됐습니다", "delivered"),
    ("수취를 거부하였습니다", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # A parcel collected stays collected; brought back after an absence stays a failed attempt.
    ("集荷完了", "in_transit"),
    ("ご不在のため持ち戻りました。再配達の手配が可能です。", "delivery_failed"),
    # Sent to a driver, a bare "완료", a bare "보관", a deposit awaited: left alone.
    ("ドライバー配信", "unknown"),
    ("완료", "unknown"),
    ("보관", "unknown"),
    ("입금대기", "unknown"),
    # A refusal said as a code word stays a failed attempt; a delivery completed as one word stays delivered.
    ("수취거부", "delivery_failed"),
    ("배송완료", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_east_asian_meaning_23(text: str, expected: str) -> None:
    assert read_status(text).status == expected
