"""Spanish read by its meaning (status_phrases_meaning_romance_14, round 55): a parcel that entered a carrier, a branch
or a depot and one travelling, in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Ingreso a sucursal", "in_transit"),
    ("Ingresado en depósito", "in_transit"),
    ("En viaje", "in_transit"),
    ("En viaje hacia Córdoba", "in_transit"),
]

COUNTER_EXAMPLES = [
    # A journey back is a return; an entry at the address says nothing of a movement.
    ("En viaje de retorno al remitente", "returned"),
    ("En viaje hacia el origen", "unknown"),
    ("Ingreso a domicilio", "unknown"),
    ("Entregado al destinatario", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_spanish_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
