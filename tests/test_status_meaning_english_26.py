"""English read by its meaning (status_phrases_meaning_english_26, round 69): tracking services' and apps' own states,
in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # No updates, said on its own: the tracking source gave up.
    ("No tracking updates", "expired"),
    ("No update", "expired"),
    # Booked at the counter, or processed but not yet fetched: not yet moving with the carrier.
    ("Article booked", "info_received"),
    ("Order has been packed but not yet collected", "info_received"),
    ("Shipment prepared, but not picked up", "info_received"),
    # With the local driver, or an attempt under way: on the round.
    ("Item is with local driver", "out_for_delivery"),
    ("Delivery attempt underway", "out_for_delivery"),
    # A delivery problem said on its own: an exception.
    ("Delivery issues", "exception"),
]

COUNTER_EXAMPLES = [
    # Tracking not begun yet, no information at all, and a number of days without news are not this pass's expiry.
    ("No updates yet", "unknown"),
    ("No information", "unknown"),
    ("No updates for 30 days", "exception"),
    # A recipient's parcel not yet picked up says nothing of the carrier; a final attempt made failed.
    ("Not yet picked up", "unknown"),
    ("Final delivery attempt", "delivery_failed"),
    # A shipment booked already reads as information received.
    ("Shipment booked", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_tracking_services_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
