"""English tracking texts read by their meaning (status_phrases_meaning_english_16, round 50): a parcel left too long at
a pickup point and one handed to the user, in other words than the development corpus's rows, written by the team to
DESIGN §4's statuses and labelled by where the parcel is, never by what the reader outputs. Counter-examples: a
tracking source that gave up, a parcel left too long and sent back, a parcel handed to a carrier."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Stayed too long where the recipient should have collected it, no return named: held.
    ("Parcel stayed too long at the locker and its storage has expired", "exception"),
    ("Item has been held too long at the service point", "exception"),
    # Handed over to the user: delivered.
    ("Your order was handed over to the user at the counter", "delivered"),
]

COUNTER_EXAMPLES = [
    # The tracking source gave up.
    ("Tracking expired", "expired"),
    # Left too long and going back: a return.
    ("Parcel remained too long at the pickup point and is being returned to the sender", "returned"),
    # Handed to the next carrier: moving.
    ("Handed over to the courier", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_sixteenth_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
