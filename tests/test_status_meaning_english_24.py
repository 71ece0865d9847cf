"""English read by its meaning (status_phrases_meaning_english_24, round 65): shops' e-mail sentences for an order or a
shipment before the carrier has it, in other words than the development corpus's rows, written by the team to DESIGN
§4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Registered, created or booked and awaiting the carrier's pickup: not yet with the carrier.
    ("Parcel created and awaiting collection", "info_received"),
    ("Your consignment was booked and is now awaiting carrier pickup", "info_received"),
    # An order received and awaiting its confirmation or payment, or awaiting them on its own.
    ("Order received and awaiting payment", "info_received"),
    ("The order was received and is awaiting your confirmation", "info_received"),
    ("Order awaiting confirmation", "info_received"),
]

COUNTER_EXAMPLES = [
    # Awaiting pickup with nothing said of a registration is a parcel at a pickup point.
    ("Awaiting pickup", "available_for_pickup"),
    ("Your parcel has arrived and is awaiting collection", "available_for_pickup"),
    # A parcel awaiting a payment of duties is held.
    ("Awaiting payment", "exception"),
    ("Shipment awaiting payment of import duties", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_orders_and_shipments_before_the_carrier_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
