"""Hungarian read by its meaning (status_phrases_meaning_fr_hu_ro_10, round 57; this file is named one on, as the ninth
pass's test is): a shop's order phases before the carrier has the parcel, in other words than the development corpus's
rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Új rendelés", "info_received"),
    ("Visszaigazolt megrendelés", "info_received"),
    ("Folyamatban lévő rendelés", "info_received"),
]

COUNTER_EXAMPLES = [
    # An order shipped out or delivered: the word does not say which.
    ("Kiszállított megrendelés", "unknown"),
    # An order being processed is already read.
    ("Megrendelés feldolgozás alatt", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_hungarian_order_phases_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
