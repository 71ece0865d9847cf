"""Spanish read by its meaning (status_phrases_meaning_romance_24, round 75): the last leg and what comes before the
carrier has the parcel, as couriers' tracking pages, a shipping platform's states and a tracking app's labels write
them, in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # On its way to the home: the round.
    ("Paquete en camino a domicilio", "out_for_delivery"),
    ("Tu pedido está en camino a domicilio", "out_for_delivery"),
    # No data from the carrier yet: no information.
    ("Sin información de la paquetería", "unknown"),
    ("Todavía sin datos del courier", "unknown"),
    # Nobody at the address to receive it: a failed attempt.
    ("Visita: sin nadie quien reciba", "delivery_failed"),
    ("Sin quien lo reciba", "delivery_failed"),
    # Whereabouts under investigation: lost.
    ("Estamos buscando el paradero de tu envío", "lost"),
    ("Investigamos su paradero", "lost"),
    # A carrier confirming the delivery: delivered.
    ("La paquetería confirma la entrega", "delivered"),
    # In movement; registered at the origin branch: moving on.
    ("Envío en movimiento", "in_transit"),
    ("Paquete registrado en la agencia de origen", "in_transit"),
    # A draft: data only.
    ("Borrador creado", "info_received"),
]

COUNTER_EXAMPLES = [
    # On its way, without the home: moving.
    ("En camino", "in_transit"),
    # Out for delivery stays the round.
    ("Salió a reparto", "out_for_delivery"),
    # Handed to the carrier: moving, not "no data".
    ("Entregado al transportista", "in_transit"),
    # A failed attempt's own words stay a failed attempt.
    ("Intento de entrega fallido", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_spanish_meaning_24(text: str, expected: str) -> None:
    assert read_status(text).status == expected
