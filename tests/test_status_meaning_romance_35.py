"""Spanish, French and Portuguese read by their meaning (status_phrases_meaning_romance_35, round 137): a payment confirmed
and an order pending processing or its payment's confirmation as before the carrier, a delivery put off at the
recipient's request as a failed delivery, a shipment waiting for documents, documents required, a shipment paused, an
immigration review, a bare occurrence and measures that do not match as exceptions, a parcel in the messenger's own depot
and at the unit as movement, a shipment created as before the carrier and a collection under way at the point as a
parcel waiting there; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A payment confirmed or credited; an order pending processing or its payment's confirmation: before the carrier.
    ("Pago confirmado", "info_received"),
    ("Pago acreditado", "info_received"),
    ("Pedido pendiente de procesar", "info_received"),
    ("A la espera de confirmación del pago", "info_received"),
    # A delivery put off at the recipient's or the customer's request: a failed delivery.
    ("Entrega reprogramada por el destinatario", "delivery_failed"),
    ("Reprogramado a pedido del cliente", "delivery_failed"),
    # Waiting for documents, documents required: held up.
    ("A la espera de la documentación", "exception"),
    ("Documentos pendientes", "exception"),
    ("Document nécessaire", "exception"),
    ("Documento pendente", "exception"),
    # Paused; an immigration review; a bare occurrence; measures that do not match: held up.
    ("Envío en pausa", "exception"),
    ("Control de migración", "exception"),
    ("Controle de imigração", "exception"),
    ("Ocorrências", "exception"),
    ("Medidas divergentes do anunciado", "exception"),
    # In the messenger's own depot; at the unit: moving.
    ("En nuestros depósitos", "in_transit"),
    ("Objeto na unidade", "in_transit"),
    # A shipment created: before the carrier.
    ("Colis créé", "info_received"),
    ("Remessa criada", "info_received"),
    # A collection under way at the point: waiting there.
    ("Retirada em andamento", "available_for_pickup"),
]

COUNTER_EXAMPLES = [
    # A parcel received at a depot stays movement; a delivery rescheduled with nobody named stays an exception.
    ("Recibido en centro de distribución", "in_transit"),
    ("Entrega reprogramada", "exception"),
    # A bare "pending" stays unread; a shipment created in Spanish reads already.
    ("Pendiente", "unknown"),
    ("Envío creado", "info_received"),
    # Left alone: loaded on a vehicle, at a branch, a visit (done or planned).
    ("Cargado en vehículo", "unknown"),
    ("En sucursal", "unknown"),
    ("2a Visita", "unknown"),
    # A parcel waiting at the point stays so; held at customs stays an exception.
    ("Aguardando retirada", "available_for_pickup"),
    ("Retenido en aduanas", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_35(text: str, expected: str) -> None:
    assert read_status(text).status == expected
