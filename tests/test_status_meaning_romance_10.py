"""Spanish read by its meaning (status_phrases_meaning_romance_10, round 51): a courier's notifications of a failed try,
a collection from the sender and a parcel at the depot, in other words than the development corpus's rows, written by
the team to DESIGN §4's statuses. Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("El mensajero intentó entregar tu pedido y no pudo", "delivery_failed"),
    ("No hemos podido entregar tu envío hoy", "delivery_failed"),
    ("Pedido retirado del vendedor", "in_transit"),
    ("Envío en depósito", "in_transit"),
]

COUNTER_EXAMPLES = [
    # The round and a delivery, read by the earlier steps; "retirado" alone is left unread (whose collection it was,
    # the words do not say).
    ("El repartidor está en camino a tu domicilio", "out_for_delivery"),
    ("Envío entregado al destinatario", "delivered"),
    ("Paquete retirado", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_spanish_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
