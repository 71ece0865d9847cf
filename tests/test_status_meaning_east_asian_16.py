"""Korean and Chinese read by their meaning (status_phrases_meaning_east_asian_16, round 74): a reseller's memos for a
cross-border parcel's steps and a China-forwarding site's steps, in other words than the development corpus's rows
where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that
this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Korean: a delivery run within China is the origin country's leg, not the last leg.
    ("중국 내 배송 출발", "in_transit"),
    ("상품이 중국내 배송중입니다", "in_transit"),
    # Korean: before the dispatch, a load ready or waiting for the carrier's pickup: not handed over.
    ("출고 전", "info_received"),
    ("판매자 발송 전 상태입니다", "info_received"),
    ("택배사 픽업 대기", "info_received"),
    ("대형화물로 픽업 준비중", "info_received"),
    # Korean: shipping information received or confirmed: not handed over.
    ("배송 정보 수신", "info_received"),
    ("배송정보 등록", "info_received"),
    # Korean: entering the port, goods shipped out: moving on.
    ("인천항 입항 완료", "in_transit"),
    ("부산항 입항 예정", "in_transit"),
    ("상품 출하 완료", "in_transit"),
    # Chinese: queued for delivery, in storage, the warehouse awaiting the parcel: moving on.
    ("已加入派送队列", "in_transit"),
    ("包裹仓储中", "in_transit"),
    ("海外仓库待收货", "in_transit"),
    # Chinese: goods being bought for the customer: before the carrier.
    ("待采购", "info_received"),
    ("商品采购中", "info_received"),
]

COUNTER_EXAMPLES = [
    # The last leg in Korea and in Chinese stays the last leg.
    ("배송출발", "out_for_delivery"),
    ("派送中", "out_for_delivery"),
    # Cancelled before the dispatch is a cancellation.
    ("발송 전 취소", "cancelled"),
    # The customer's pickup is a pickup point, not the carrier's.
    ("고객 픽업 대기", "available_for_pickup"),
    # Shipping still to come is not shipped out; with no information is not information received.
    ("출하 준비", "unknown"),
    ("배송정보없음", "unknown"),
    # Goods bought and dispatched: the dispatch reads.
    ("采购完成，已发货", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_reseller_and_forwarder_steps_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
