"""English read by its meaning (status_phrases_meaning_english_17, round 52): a marketplace's and a courier app's words
before the carrier has the parcel, and their neighbours, in other words than the development corpus's rows, written by
the team to DESIGN §4's statuses. Counter-examples: a seller who did not ship in time, a parcel on its way back to the
sender, a parcel or a driver arrived at a pickup point, a parcel at a depot, a driver on his way to the recipient, read by other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("The merchant has 2 working days to dispatch your parcel", "info_received"),
    ("Please ship the order within 48 hours to avoid cancellation", "info_received"),
    ("Your parcel has been booked for collection", "info_received"),
    ("The driver is on his way to the seller to collect your parcel", "info_received"),
    ("Rider has arrived at the merchant", "info_received"),
    ("Your parcel was picked up and is now on its way to you", "in_transit"),
    ("Good news, your parcel has arrived. Tap here to confirm receipt", "delivered"),
]

COUNTER_EXAMPLES = [
    ("The seller did not ship within 3 business days, so the order was cancelled", "cancelled"),
    ("Your parcel is on its way to the sender", "returned"),
    ("Package has arrived at the pickup point", "available_for_pickup"),
    ("The driver has arrived at the pickup point with your parcel", "available_for_pickup"),
    ("Your parcel has arrived at the local depot", "in_transit"),
    ("The driver is on the way to you", "out_for_delivery"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_english_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
