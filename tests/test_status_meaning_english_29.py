"""English read by their meaning (status_phrases_meaning_english_29, round 77): a shipping module's and apps' texts
for the time before the carrier has the parcel and the middle of the journey, in other words than the development
corpus's rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Expected or announced, not yet with the carrier: before the carrier.
    ("Your parcel is expected but not yet at the sorting centre", "info_received"),
    ("Your package is expected, but has not yet reached the depot", "info_received"),
    # Held to be delivered on the requested day: on its way.
    ("Package held for being delivered on the requested day", "in_transit"),
    # On delivery, said of the shipment: the round.
    ("Your order is on delivery", "out_for_delivery"),
    ("Consignment on delivery", "out_for_delivery"),
    # A delivery issue, with a pointer to the tracking page: an exception.
    ("Delivery issues - check the tracking page", "exception"),
]

COUNTER_EXAMPLES = [
    # Delivered stays delivered, also "as scheduled".
    ("Shipment delivered", "delivered"),
    ("Delivered as scheduled", "delivered"),
    # Sorting, with nothing said to be expected, stays a parcel moving.
    ("Arrived at sorting facility", "in_transit"),
    # Held at customs or at a depot keep their readings.
    ("Held at customs", "exception"),
    ("Shipment held at depot", "available_for_pickup"),
    # Payment on delivery is no round.
    ("Cash on delivery", "unknown"),
    ("Payment on delivery", "unknown"),
    ("Out for delivery", "out_for_delivery"),
    # A delivery issue said to be resolved is no longer an exception.
    ("Delivery issue resolved", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_english_meaning_29(text: str, expected: str) -> None:
    assert read_status(text).status == expected
