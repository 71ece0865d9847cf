"""Spanish and French read by their meaning (status_phrases_meaning_romance_26, round 82): the time before the carrier,
the middle of the journey and the exceptions, as an express carrier's customer-facing state wording, a postal event
mapping, a postal app's state texts and a recorded last-mile track write them, in other
words than the development corpus's rows where the words allow, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # On the round, whatever date the sentence promises.
    ("Tu paquete ha salido a reparto. Llegará en la fecha de entrega estimada.", "out_for_delivery"),
    ("El pedido está en reparto, entrega prevista hoy", "out_for_delivery"),
    # In the hands of customer service: an exception.
    ("Su paquete está en revisión por el servicio de atención al cliente", "exception"),
    ("Envío en gestión por el departamento de atención al cliente", "exception"),
    # Instructions to destroy the shipment: lost.
    ("Recibimos orden del remitente para destruir el paquete", "lost"),
    # Taken in at an office to be delivered at the address: still on its way.
    ("Paquete depositado en oficina para ser entregado a domicilio", "in_transit"),
    # Collected by the courier from the sender: moving; collected at the office by the consignee: delivered.
    ("Paquete recogido por el mensajero", "in_transit"),
    ("Envío recogido por el transportista en origen", "in_transit"),
    ("Paquete recogido en la sucursal por el destinatario", "delivered"),
    # Ready to be delivered at the station: on the way.
    ("Votre colis est prêt à être livré", "in_transit"),
    # Late: at destination, in the carrier's premises, at the office of origin, taken in, in customs.
    ("En destino", "in_transit"),
    ("El paquete se encuentra en nuestras instalaciones de tránsito", "in_transit"),
    ("En sucursal de origen", "in_transit"),
    ("Admisión en origen", "in_transit"),
    ("Pedido en trámite de aduana", "in_transit"),
    # At the office's disposal: a pickup point.
    ("Paquete a disposición en la sucursal de destino", "available_for_pickup"),
]

COUNTER_EXAMPLES = [
    # Delivered at the address stays delivered; the round stays the round.
    ("Entregado en la dirección de destino", "delivered"),
    ("En reparto", "out_for_delivery"),
    # Collected from the sender stays a parcel moving.
    ("Recogido", "in_transit"),
    # A pickup point's bare availability stays a pickup point.
    ("Disponible en oficina", "available_for_pickup"),
    # A parcel waiting at the relay stays at a pickup point.
    ("Colis disponible en point relais", "available_for_pickup"),
    # Whose hands the words do not say: unread; a bare warehouse keeps the earlier passes' reading.
    ("En gestión", "unknown"),
    ("En almacén", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_26(text: str, expected: str) -> None:
    assert read_status(text).status == expected
