"""Swedish read by its meaning (status_phrases_meaning_nordic_5, round 57): an order management system's states before
the carrier has the parcel, in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Ny order", "info_received"),
    ("Ordern är klar för import", "info_received"),
    ("Redo för plockning", "info_received"),
    ("Ordern är plockad", "info_received"),
    ("Ordern är packad", "info_received"),
]

COUNTER_EXAMPLES = [
    # A shipment imported through customs moves on, as the broad steps read it; an order sent on is a movement too.
    ("Importerad", "in_transit"),
    ("Sändningen har importerats", "in_transit"),
    ("Skickad order", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_swedish_order_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
