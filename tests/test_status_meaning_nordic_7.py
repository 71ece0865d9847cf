"""Swedish, Danish and Norwegian read by their meaning (status_phrases_meaning_nordic_7, round 87): a delivery problem
is an exception; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Leveransproblem uppstod", "exception"),
    ("Tillfälliga leveransproblem i ditt område", "exception"),
    ("Leveringsproblem", "exception"),
    ("Leveringsproblemer hos transportøren", "exception"),
]

COUNTER_EXAMPLES = [
    # A problem that names damage, a return or a delivery stays with the outcome words.
    ("Leveransproblem – paketet har skadats", "damaged"),
    ("Försändelsen har returnerats till avsändaren", "returned"),
    ("Ditt paket har levererats", "delivered"),
    ("Ditt paket kan hämtas ut", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_nordic_meaning_7(text: str, expected: str) -> None:
    assert read_status(text).status == expected
