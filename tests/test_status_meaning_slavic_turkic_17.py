"""Ukrainian read by its meaning (status_phrases_meaning_slavic_turkic_16, round 55; this file is named one on, past
the fifteenth pass's test): a shipment planned for dispatch and one at the branch, in other words than the development
corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this
pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Заплановано до відправлення", "info_received"),
    ("Посилка запланована на відвантаження", "info_received"),
    ("На відділенні", "available_for_pickup"),
    ("На відділенні в місті призначення", "available_for_pickup"),
]

COUNTER_EXAMPLES = [
    # The sender's branch is the start of the journey; a parcel arriving at or in the branch is already read.
    ("На відділенні відправника", "unknown"),
    ("У відділенні в місті отримувача", "available_for_pickup"),
    ("Прибуло у відділення", "available_for_pickup"),
    ("Прямує до міста отримувача", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_ukrainian_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
