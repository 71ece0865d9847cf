"""Hungarian and Romanian read by their meaning (status_phrases_meaning_fr_hu_ro_13, round 73): not yet prepared,
waiting to be packed, packed, a new order, packing in progress, waiting for the waybill, the delivery failed, in other
words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other
steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Még nincs előkészítve", "info_received"),
    ("A csomag csomagolásra vár", "info_received"),
    ("Becsomagolva", "info_received"),
    ("Comandă nouă", "info_received"),
    ("În curs de ambalare", "info_received"),
    ("Comanda așteaptă AWB", "info_received"),
    ("Livrarea a eșuat", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # Delivered keeps its word.
    ("Csomag kézbesítve", "delivered"),
    ("Coletul a fost livrat", "delivered"),
    # In course of delivery: left to the steps that read it already.
    ("Coletul este în curs de livrare", "out_for_delivery"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_hungarian_romanian_shipment_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
