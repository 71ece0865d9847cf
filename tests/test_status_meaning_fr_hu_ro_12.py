"""Hungarian and Romanian order and shipment states read by their meaning (status_phrases_meaning_fr_hu_ro_11, round
60; this file is named one on, as the tenth pass's test is): the bare states shopping carts and commerce platforms
print, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("ÚJ", "info_received"),
    ("SZÁLLÍTÁSRA VÁR", "info_received"),
    ("SZÁLLÍTVA", "in_transit"),
    ("Nouă", "info_received"),
    ("Neconfirmată", "info_received"),
    ("Gata de expediere", "info_received"),
    ("Produs în afara stocului", "info_received"),
]

COUNTER_EXAMPLES = [
    # Delivered out is another word; waiting at a depot is a movement; a new order is the tenth pass's.
    ("Kiszállítva", "delivered"),
    ("Szállításra vár a depóban", "in_transit"),
    ("Új rendelés", "info_received"),
    # Processing on its own (a shop's order or a carrier's depot) and ready for delivery are left alone.
    ("Feldolgozás", "unknown"),
    ("Procesare", "unknown"),
    ("Gata de livrare", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_hungarian_and_romanian_order_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
