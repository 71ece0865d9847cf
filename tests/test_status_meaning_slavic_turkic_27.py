"""Russian read by its meaning (status_phrases_meaning_slavic_turkic_27, round 87): a parcel booked in by an office,
warehouse or terminal moves on; an exceptional situation is a problem; in other words than the development corpus's
rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Booked in at a point of the network: moving on.
    ("Посылка оприходована на терминале", "in_transit"),
    ("Груз оприходован филиалом", "in_transit"),
    ("Оприходовано сортировочным центром", "in_transit"),
    # An exceptional situation: a problem.
    ("Исключительная ситуация при доставке", "exception"),
    ("Возникла исключительная ситуация", "exception"),
]

COUNTER_EXAMPLES = [
    # The outcome words read first.
    ("Возврат оприходован", "returned"),
    ("Исключительная ситуация: посылка утеряна", "lost"),
    ("Посылка вручена адресату", "delivered"),
    ("Посылка передана курьеру для доставки", "out_for_delivery"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_27(text: str, expected: str) -> None:
    assert read_status(text).status == expected
