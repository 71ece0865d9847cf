"""Finnish read by its meaning (status_phrases_meaning_nordic_3, round 51): a seller's order and shipping states, in
other words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts
other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Tuotteet pakataan", "info_received"),
    ("Paketti jätetty postiin", "in_transit"),
    ("Lähetys on lähetetty", "in_transit"),
    ("Paketti haettavissa Prismasta", "available_for_pickup"),
    ("Puutteelliset yhteystiedot", "exception"),
]

COUNTER_EXAMPLES = [
    # Delivered and returned, read by the earlier steps.
    ("Lähetys on toimitettu", "delivered"),
    ("Palautettu lähettäjälle", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_finnish_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
