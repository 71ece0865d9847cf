"""Romanian read by its meaning (status_phrases_meaning_fr_hu_ro_7, round 51; this file is named one on, as the fifth
pass's test is): a delivery app's places found closed and states that name the delivery or the courier, in other
words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: a bare
state, left unread, and texts other steps read (a shop found closed among them)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Farmacia era închisă", "delivery_failed"),
    ("Cabinetul medical închis", "delivery_failed"),
    ("Livrare nereușită azi", "delivery_failed"),
    ("Comanda atribuită unui curier", "info_received"),
]

COUNTER_EXAMPLES = [
    # A bare state names no delivery: unread. A refusal and a delivery, read by the earlier steps.
    ("Finalizată", "unknown"),
    ("Atribuită", "unknown"),
    ("Colet refuzat de destinatar", "delivery_failed"),
    ("Magazin închis", "delivery_failed"),
    ("Coletul a fost livrat", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romanian_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
