"""Hungarian read by their meaning (status_phrases_meaning_fr_hu_ro_16, round 83): a delivery obstacle as a failed
delivery; on the way with the courier service as movement; in other words than the development corpus's rows, written
by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A delivery obstacle: a failed delivery.
    ("A kézbesítési akadály miatt", "delivery_failed"),
    ("kézbesítési akadály", "delivery_failed"),
    # On the way with the courier service: moving on.
    ("Úton (futárszolgálat)", "in_transit"),
    ("A csomag úton a futárszolgálattal", "in_transit"),
]

COUNTER_EXAMPLES = [
    # The outbound words stay as other steps read them.
    ("Úton", "in_transit"),
    ("Feladva", "in_transit"),
    ("Kiszállítás alatt a futárnál", "out_for_delivery"),
    ("Sikertelen kézbesítés", "delivery_failed"),
    # Taken over successfully: the words do not say by whom, left alone.
    ("Sikeresen átvéve", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fr_hu_ro_meaning_16(text: str, expected: str) -> None:
    assert read_status(text).status == expected
