"""Romanian read by their meaning (status_phrases_meaning_fr_hu_ro_15, round 78): abandoned, confiscated, not
arrived, towards delivery, a second notice, received at a depot, in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Colet abandonat", "lost"),
    ("Expediere abandonata", "lost"),
    ("Expediere confiscata de vama", "exception"),
    ("Colet nesosit in depozit", "exception"),
    ("Expeditie spre livrare", "out_for_delivery"),
    ("Expeditie reavizata", "delivery_failed"),
    ("Receptie in depozitul central", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Taken over towards delivery is the last leg already; prepared towards delivery is not with the courier yet.
    ("Expeditie preluata spre livrare", "out_for_delivery"),
    ("Colet pregatit spre livrare", "info_received"),
    # Cash collected: a payment, left alone.
    ("Incasat", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romanian_exceptions_and_failures_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
