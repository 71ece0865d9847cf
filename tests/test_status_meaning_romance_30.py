"""Spanish and Portuguese read by their meaning (status_phrases_meaning_romance_30, round 104): a parcel handed in at a
drop-off point as movement, a sale waiting for the carrier, a pre-registered or created shipment and an order waiting
for its confirmation as before the carrier, a partial delivery as delivered, an order put off, a cancellation under
review and a shipment whose creation failed as exceptions, a parcel at the carrier's base as movement; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Handed in by the seller at a drop-off point: with the carrier's network.
    ("Paquete entregado en el centro de admisión", "in_transit"),
    # Waiting for the carrier or its authorisation: before the carrier.
    ("Envío esperando la autorización del transportista", "info_received"),
    # Pre-registered, created, waiting for its route, still to be handed in: before the carrier.
    ("Prealta del envío", "info_received"),
    ("Creada", "info_received"),
    ("Paquete esperando aprobación de la ruta", "info_received"),
    ("Pendiente de dejar en el lugar de despacho", "info_received"),
    ("Orden pendiente de confirmación", "info_received"),
    # Partial delivery.
    ("Entrega parcial efetuada", "delivered"),
    # Put off, no reason: a delay.
    ("Envío aplazado", "exception"),
    # A cancellation under review is not yet a cancellation.
    ("Pedido de cancelamento em avaliação", "exception"),
    ("Cancelación en revisión", "exception"),
    # The shipment could not be created at the carrier.
    ("Falha na criação da remessa", "exception"),
    # At the carrier's base.
    ("Encomenda na base da transportadora", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Delivered at a pickup point, and handed to the carrier, read as before.
    ("Entregado en punto de retiro", "delivered"),
    ("Entregado al transportista", "in_transit"),
    ("Esperando al transportista", "info_received"),
    # A cancellation asked for, and one done, stay cancelled.
    ("Cancelamento confirmado", "cancelled"),
    # Left alone: collected by whom; another reason for what.
    ("Fue retirado", "unknown"),
    ("Por otro motivo", "unknown"),
    # A delivery pending confirmation (delivered, or not) is left alone.
    ("Pendiente de confirmación de entrega", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_30(text: str, expected: str) -> None:
    assert read_status(text).status == expected
