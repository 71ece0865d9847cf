"""Polish, Czech, Ukrainian and Turkish read by their meaning (status_phrases_meaning_slavic_turkic_22, round 73):
ready for posting, registered in a system, with the courier today, an order's processing started, being returned to
the sender, waiting to be received, acceptance done, no recipient, in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Paczka gotowa do nadania w punkcie", "info_received"),
    ("Zamówienie zarejestrowane w systemie kuriera", "info_received"),
    ("Paczka jest u kuriera", "out_for_delivery"),
    ("Przesyłka zostanie dostarczona tego samego dnia", "out_for_delivery"),
    ("Probíhá zpracování objednávky", "info_received"),
    ("Paczka zwracana do nadawcy", "returned"),
    ("Посилка очікує на отримання", "available_for_pickup"),
    ("Kargo kabulü yapıldı", "in_transit"),
    ("Adreste alıcı yok", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # Not yet ready for posting is still only data, read by its other words.
    ("Paczka utworzona, ale jeszcze nie jest gotowa do nadania", "info_received"),
    # Returned (done) is a return as before.
    ("Paczka zwrócona do nadawcy", "returned"),
    # Handed to the courier and accepted for carriage: left to the other steps.
    ("Paczka przekazana kurierowi", "in_transit"),
    # Processing alone: an order's or a sorting centre's, not said.
    ("Статус: в обробці", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_shipment_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
