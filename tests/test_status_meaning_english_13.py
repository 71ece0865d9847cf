"""English tracking texts read by their meaning, thirteenth pass (round 46): marketplaces' fulfilment and shipment
states, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses and labelled by
what they say (where the goods are, whose move is awaited), never by what the reader outputs. Counter-examples stand
beside them: goods picked up by the courier, papers received without the goods, a delivery that was attempted, a
customer who refused the parcel."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Units picked from a fulfilment centre's stock: still on the seller's side.
    ("Picking of items from stock has started", "info_received"),
    ("Warehouse began picking products from the shelves", "info_received"),
    # Goods with the carrier, their papers missing: held.
    ("Parcel received but documents not received", "exception"),
    ("Goods received - did not receive the documentation", "exception"),
    # An appointment booked for a delivery still to come: moving on.
    ("Delivery appointment booked", "in_transit"),
    ("Delivery appointment confirmed", "in_transit"),
    # Waiting for the recipient to act: held.
    ("Requires recipient action", "exception"),
    ("Buyer action required", "exception"),
]

COUNTER_EXAMPLES = [
    # Picked up by the courier is a collection, on its way.
    ("Picked up by courier from the sender", "in_transit"),
    # The papers without the goods: the carrier only has the data.
    ("Paperwork received - goods not received", "info_received"),
    # A delivery attempted is a failed delivery, not an appointment.
    ("Delivery attempted - recipient not home", "delivery_failed"),
    # A refusal fails the delivery.
    ("Customer refused the parcel", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_thirteenth_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
