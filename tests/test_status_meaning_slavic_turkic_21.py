"""Russian read by its meaning (status_phrases_meaning_slavic_turkic_20, round 65; this file is named one on, past the
nineteenth pass's test): shop apps' and fulfilment hubs' order states before the carrier has the order, in other words
than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Waiting for payment, assembled or packed, waiting to be accepted: not yet with the carrier.
    ("Заказ ожидает оплаты", "info_received"),
    ("Отправление упаковано", "info_received"),
    ("Посылка собрана", "info_received"),
    ("Ожидают приёма", "info_received"),
    # The courier took it: on its way.
    ("Курьер забрал посылку", "in_transit"),
    ("Отправление забрал курьер", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Waiting for payment with no order named is left alone; a parcel ready to be handed out at a pickup point.
    ("Ожидает оплаты", "unknown"),
    ("Готов к выдаче", "available_for_pickup"),
    # An order sent to a shop (for assembly, or to a store for collection) is not read as waiting.
    ("Заказ отправлен в магазин", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_orders_before_the_carrier_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
