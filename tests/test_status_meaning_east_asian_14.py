"""Chinese and Korean read by their meaning (status_phrases_meaning_east_asian_14, round 67): a delivery made after the
round's word, a shipment created or waiting to be accepted, a waybill error, a Korean order in preparation or moving,
in other words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: a
delivery not made, the round itself, a waybill printed, and a text waiting to be received, which says neither who
receives nor what."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("投递已妥投", "delivered"),
    ("配送成功妥投", "delivered"),
    ("运单已创建", "info_received"),
    ("待受理", "info_received"),
    ("송장 오류", "exception"),
    ("배송 준비", "info_received"),
    ("이동 중", "in_transit"),
]

COUNTER_EXAMPLES = [
    ("派送未妥投", "delivery_failed"),
    ("派送途中", "out_for_delivery"),
    ("운송장 출력", "info_received"),
    ("待接收", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_track_codes_and_korean_delivery_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
