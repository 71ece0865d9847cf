"""English read by its meaning (status_phrases_meaning_english_19, round 55): the middle of a cross-border journey and
its neighbours, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("MAWB created", "info_received"),
    ("Booking of the collection is completed", "info_received"),
    ("Origin uplift from PVG", "in_transit"),
    ("NOA issued", "in_transit"),
    ("Your parcel has been activated for delivery", "in_transit"),
    ("Locker compartment reserved", "in_transit"),
    ("Dropped off into locker by the driver", "available_for_pickup"),
    ("Our drivers did not have your parcel on board", "exception"),
]

COUNTER_EXAMPLES = [
    # Dropped off by the sender is the first scan; the broad steps already read an uplift, a notice of arrival and a
    # confirmed shipment.
    ("Dropped off at locker by sender", "in_transit"),
    ("Uplifted ex HKG", "in_transit"),
    ("Notice of arrival issued", "in_transit"),
    ("Booking of the shipment confirmed", "info_received"),
    ("Delivery completed", "delivered"),
    ("Flight departed", "in_transit"),
    ("Parcel collected from locker", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_english_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
