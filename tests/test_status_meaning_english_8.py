"""English tracking texts read by their meaning, eighth pass (round 35): a relay-point network's statuses and shop
modules' order states, in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses and labelled by what they say (where the parcel is, who moved it), never by what the reader outputs.
Counter-examples stand beside them: a driver collecting the sender's parcel at a relay point, a sender dropping one
off there, a return only requested."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Collected from a relay point: the recipient has it.
    ("Your parcel was collected from the relay point", "delivered"),
    ("Picked up at your relay shop", "delivered"),
    # Left at a relay point: waiting there for the recipient.
    ("Parcel left at the relay point", "available_for_pickup"),
    ("Delivered to your chosen relay", "available_for_pickup"),
    # Shipping under way is a movement; a return under way a return.
    ("Shipment in progress", "in_transit"),
    ("Transport is in progress", "in_transit"),
    ("Return shipment in progress", "returned"),
]

COUNTER_EXAMPLES = [
    # The carrier's driver collecting at a relay point takes in the sender's parcel.
    ("Parcel collected from the relay point by the driver", "in_transit"),
    # The sender dropping a parcel off at a relay point hands it in for sending.
    ("Dropped off at a relay point by the sender", "in_transit"),
    # A return only requested says nothing of the parcel.
    ("Return request in progress", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_eighth_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
