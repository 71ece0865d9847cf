"""Spanish read by its meaning (status_phrases_meaning_romance_15, round 56): a parcel handed on to a distributor, a
refusal at the address, a parked parcel, a reception at a warehouse, a bare "tránsito", the feeder run, a route
corrected, the postman's hands, an impassable area, a wrong delivery address, a person not authorised and a stolen
parcel, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Entregada al operador logístico local", "in_transit"),
    ("El repartidor visitó el domicilio y se rechazó la entrega", "delivery_failed"),
    ("Paquete estacionado en delegación", "exception"),
    ("Envío en almacén regulador", "exception"),
    ("Recepción en warehouse Miami", "in_transit"),
    ("Tránsito", "in_transit"),
    ("Tránsito hacia Heredia", "in_transit"),
    ("Arrastre nocturno", "in_transit"),
    ("Rectificación de destino", "in_transit"),
    ("En manos del mensajero", "out_for_delivery"),
    ("Calle de acceso intransitable", "delivery_failed"),
    ("Domicilio erróneo", "delivery_failed"),
    ("Menor de edad no autorizado para recibir", "delivery_failed"),
    ("Paquete robado en ruta", "lost"),
]

COUNTER_EXAMPLES = [
    # Handed to the recipient is a delivery; a journey back is a return, or left unread; a hand-over without a name
    # of the network is left alone.
    ("Entregado al destinatario", "delivered"),
    ("Tránsito a origen", "unknown"),
    ("Envío en tránsito nacional", "in_transit"),
    ("Pedido rechazado por la destinataria", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_spanish_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
