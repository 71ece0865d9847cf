"""Spanish and Portuguese read by their meaning (status_phrases_meaning_romance_23, round 72): the middle of the journey
and its holds as posts' IPS event names, couriers' states, platforms' labels and carriers' occurrences write them, in
other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's statuses.
Counter-examples: the neighbouring meanings the pass must leave to the other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The IPS verbs of an item moving on.
    ("Recibir envío del remitente", "in_transit"),
    ("Insertar el envío en la saca", "in_transit"),
    ("Transferir envío a oficina de destino", "in_transit"),
    # Received at a pickup point, waiting at a counter: ready for its recipient.
    ("Recibir envío en punto de recogida", "available_for_pickup"),
    ("Paquete pendiente de ser retirado en la sucursal", "available_for_pickup"),
    ("Envío listo para retirar en ventanilla", "available_for_pickup"),
    # Retained by an office of exchange or by customs: held.
    ("Retener envío en aduana", "exception"),
    ("Retención del paquete por parte de la aduana", "exception"),
    # Handed into customs' custody: clearance, not a hold and not a delivery.
    ("Entregado bajo custodia de la aduana", "in_transit"),
    # Not admitted at acceptance: a problem.
    ("Paquete no admitido", "exception"),
    # A postman, or a courier for its delivery: the round.
    ("Envío asignado al cartero", "out_for_delivery"),
    ("Asignado a repartidor para su entrega", "out_for_delivery"),
    # A collection from the sender in progress, a pre-posting, a registration: not yet with the carrier.
    ("Recolección en curso", "info_received"),
    ("Pre imposición", "info_received"),
    ("Encomenda registada", "info_received"),
    ("Paquete Express registrado", "info_received"),
    # Out of the office's storage after its keeping period: going back.
    ("Desestacionada", "returned"),
    # Under investigation, tax inspection, an inquiry, a picking error: held.
    ("Objeto em investigação", "exception"),
    ("Em análise fiscal", "exception"),
    ("Pedido de acareação", "exception"),
    ("Erro na separação", "exception"),
    # Goods discarded: lost.
    ("Mercadoria descartada", "lost"),
    # Why a courier brings a delivery back: the delivery failed.
    ("La dirección deficiente", "delivery_failed"),
    ("Casa sin numeración", "delivery_failed"),
    ("Permanece cerrada", "delivery_failed"),
    ("Destinatario no conocido", "delivery_failed"),
    ("Traslado de la empresa", "delivery_failed"),
    ("Zona de difícil acceso", "delivery_failed"),
    # Force majeure: held.
    ("Carretera cerrada", "exception"),
    ("Intensas lluvias", "exception"),
    ("Paro camionero", "exception"),
]

COUNTER_EXAMPLES = [
    # Customs information recorded, an item sent to customs: clearance in progress.
    ("Registrar información de aduanas sobre el envío", "in_transit"),
    # A plain acceptance, a collection done: the parcel moves on.
    ("Envío admitido en la oficina de origen", "in_transit"),
    ("Paquete recogido por el mensajero", "in_transit"),
    # A courier assigned in a delivery app, to collect the goods, has not got them yet.
    ("Un repartidor ha sido asignado", "info_received"),
    # Delivered after an inquiry stays delivered; a plain delivery stays delivered.
    ("Entregue com sucesso após acareação", "delivered"),
    ("Paquete entregado a su destinataria", "delivered"),
    # A bare custody and a bare retention still read a hold.
    ("En bodega final/custodia", "exception"),
    ("Envío retenido en el almacén", "exception"),
    # A shipment registered in Spanish already reads so.
    ("Envío registrado", "info_received"),
    # Premises closed, a wrong address and a strike already read so.
    ("Local cerrado", "delivery_failed"),
    ("Dirección equivocada", "delivery_failed"),
    ("Huelga", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_middle_of_the_journey_and_its_holds_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
