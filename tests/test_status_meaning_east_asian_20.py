"""Chinese, Korean and Japanese read by their meaning (status_phrases_meaning_east_asian_20, round 85): a parcel not yet
collected or with only a label, staff setting out to deliver, a tracking number nothing is found for, a delivery
problem, a timed-out waybill, a parcel received by the customer, and places and steps on the way whose words other
steps read otherwise, in other words than the development corpus's rows where the words allow, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Nothing found for the number, or the number matches nothing: nothing to read.
    ("송장번호가 일치하지 않습니다", "unknown"),
    ("발송물 정보를 찾을 수 없습니다", "unknown"),
    ("일치하는 송장이 없습니다", "unknown"),
    # Not yet collected by the courier: before the carrier.
    ("包裹尚未揽件", "info_received"),
    ("还未揽收", "info_received"),
    # A shipping label made or printed: before the carrier.
    ("出荷ラベル発行済み", "info_received"),
    ("配送ラベルを印刷しました", "info_received"),
    # Staff set out to deliver it: out for delivery.
    ("배달을 위해 출발함", "out_for_delivery"),
    # A delivery problem said on its own: an exception.
    ("배달 이상 발생", "exception"),
    # A timed-out waybill: expired.
    ("超期件", "expired"),
    # Received by the recipient: delivered.
    ("수취인 수취 완료", "delivered"),
    # The express-cargo customs yard, a convenience-store chain's centre, clearance in progress, handed to the post.
    ("특송장 도착", "in_transit"),
    ("편의점 물류센터 출고", "in_transit"),
    ("세관 통관이 진행되고 있음", "in_transit"),
    ("서울우체국에서 배송", "in_transit"),
]

COUNTER_EXAMPLES = [
    # A waybill registered is before the carrier, not a number nothing is found for.
    ("운송장 등록", "info_received"),
    # Not collected but cancelled: the cancellation.
    ("未揽收被取消。", "cancelled"),
    # Collected is collected.
    ("快件已揽收", "in_transit"),
    # A parcel shipped is on its way.
    ("出荷済み", "in_transit"),
    # Delivered by the post office is delivered, not handed to it.
    ("우체국에서 배달 완료", "delivered"),
    # Delivery without a problem is not a problem.
    ("배송완료", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_before_the_carrier_out_for_delivery_and_problems_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
