"""Finnish read by their meaning (status_phrases_meaning_nordic_8, round 91): undelivered as a failed delivery; a bare
warning as an exception; a bare "expired" as expired; in other words than the development corpus's rows, written by
the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Undelivered: a failed delivery.
    ("Lähetys toimittamaton", "delivery_failed"),
    ("Toimittamaton paketti", "delivery_failed"),
    # A warning, or expired, as the whole status.
    ("Varoitus!", "exception"),
    ("VANHENTUNUT", "expired"),
]

COUNTER_EXAMPLES = [
    # Undelivered and sent back is a return.
    ("Toimittamaton lähetys palautettu lähettäjälle", "returned"),
    ("Kuljetuksessa", "in_transit"),
    # Expired within a longer text, and a line about when the first scan comes: left alone.
    ("Seuranta vanhentunut", "unknown"),
    ("Kuljetusyhtiö näyttää ensimmäisen skannauksen yleensä 2–4 päivää lähetyksen jälkeen.", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_nordic_meaning_8(text: str, expected: str) -> None:
    assert read_status(text).status == expected
