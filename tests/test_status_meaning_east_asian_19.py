"""Chinese read by their meaning (status_phrases_meaning_east_asian_19, round 80): a delivery said not to have
happened, the states before the carrier on cross-border shipping clients and ERPs, a mailbag moved on, an address or
customs problem, in other words than the development corpus's rows where the words allow, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Not delivered, could not be delivered, as the text opens: a failed delivery.
    ("包裹未能送达，收件人电话无人接听", "delivery_failed"),
    ("快件无法送达", "delivery_failed"),
    ("订单未妥投", "delivery_failed"),
    # Waiting for or given a carrier, a pre-advice being sent, a shipment waiting to be created: before the carrier.
    ("待分配渠道", "info_received"),
    ("分配快递公司成功", "info_received"),
    ("正在预报中", "info_received"),
    ("待创建运单", "info_received"),
    # A mailbag moved on: on its way.
    ("国际邮袋已发出", "in_transit"),
    # Overdue and not yet delivered: a delay.
    ("逾期仍未签收", "exception"),
    # An address or customs problem said on its own: an exception.
    ("清关问题", "exception"),
    ("收件地址问题", "exception"),
    # Sent back the way it came: returned.
    ("快件原路返回中", "returned"),
    # Received on the recipient's behalf: delivered.
    ("快件已被代收", "delivered"),
    # Scrapped: lost.
    ("包裹已报废", "lost"),
    # Cargo damage, a parcel damaged: damaged.
    ("货损", "damaged"),
    ("包裹受损", "damaged"),
]

COUNTER_EXAMPLES = [
    # Not yet delivered may still be on its way.
    ("尚未送达", "in_transit"),
    # A return named after it is a return.
    ("未送达，已退回寄件人", "returned"),
    # Delivered is delivered.
    ("包裹已送达", "delivered"),
    # A problem said to be solved is left alone.
    ("地址问题已解决", "unknown"),
    # A collection point and money collected on delivery are no delivery by proxy.
    ("已到代收点", "available_for_pickup"),
    ("代收货款已收", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_ends_of_the_journey_and_before_the_carrier_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
