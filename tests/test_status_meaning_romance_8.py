"""Spanish and Portuguese read by their meaning (status_phrases_meaning_romance_8, round 49): failed deliveries, the
way back to the sender and a parcel waiting for its carrier, in other words than the development corpus's rows, written
by the team to DESIGN §4's statuses and labelled by what the sentence says. Counter-examples: a delivery made, a parcel
on its way, a parcel ready and still with the sender."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("No se pudo entregar: el paquete no pudo ser entregado", "delivery_failed"),
    ("El pedido no ha podido ser entregado", "delivery_failed"),
    ("Paquete en camino de vuelta al remitente", "returned"),
    ("Cargada y lista para salir", "in_transit"),
    ("Aguardando coleta", "info_received"),
    ("El cliente rechazó el paquete", "delivery_failed"),
    ("Reentrega agendada", "delivery_failed"),
    ("O veículo saiu para o endereço do cliente", "out_for_delivery"),
]

COUNTER_EXAMPLES = [
    ("Entregado al destinatario", "delivered"),
    ("En camino a la sucursal de destino", "in_transit"),
    ("Listo para despachar", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_returns_and_failures_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
