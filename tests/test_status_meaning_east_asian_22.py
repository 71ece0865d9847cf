"""Chinese and Korean read by their meaning (status_phrases_meaning_east_asian_22, round 105): a problem met while the
goods were on their way, a parcel taken in at a station, a customs examination under way, a parcel station delivering
to the door, a review rejected; in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A problem met while the goods were being carried: an exception.
    ("货物运送中出现了问题", "exception"),
    ("快件投递过程中发生故障", "exception"),
    ("派送过程中遇到问题", "exception"),
    # Taken in at a station or an office: on its way.
    ("网点已收入", "in_transit"),
    ("【宁波分部】已收入", "in_transit"),
    # A customs examination under way (Korean): a step of the journey.
    ("통관심사 중", "in_transit"),
    ("심사 진행중", "in_transit"),
    # The parcel station delivering to the door: out for delivery.
    ("菜鸟驿站正在派送", "out_for_delivery"),
    ("驿站配送中", "out_for_delivery"),
    # A review rejected, as the whole status: nothing to read (an order's or a request's, not said).
    ("订单审核不通过", "unknown"),
    ("审批驳回", "unknown"),
]

COUNTER_EXAMPLES = [
    # At a parcel station stays a parcel to collect; a refusal at the door stays a failed attempt.
    ("已到驿站", "available_for_pickup"),
    ("拒绝签收", "delivery_failed"),
    # Income, a scan, goods with a problem, waiting for "提货": left alone.
    ("本月已收入", "unknown"),
    ("已扫描", "unknown"),
    ("货物有问题", "unknown"),
    ("待提货", "unknown"),
    # An exception said outright stays an exception.
    ("运输过程中发生异常", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_east_asian_meaning_22(text: str, expected: str) -> None:
    assert read_status(text).status == expected
