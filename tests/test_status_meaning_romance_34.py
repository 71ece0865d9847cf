"""Spanish and Portuguese read by their meaning (status_phrases_meaning_romance_34, round 129): an incident with the
recipient as a failed delivery, a shipment handed to a connecting carrier and an incident solved as movement, an order in
the seller's warehouse and an order being picked as before the carrier, a parcel waiting to be taken out, a shipment
waiting for new data, for a solution or for an intervention and a new delivery date as exceptions, damage found as
damaged, documents corrected and a transfer under way as movement, and a courier who began the route or heads to the
customer as the last leg; in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # An incident with the recipient: a failed delivery.
    ("Incidencia con el destinatario", "delivery_failed"),
    ("Incidencias del receptor", "delivery_failed"),
    # Handed to a connecting carrier; an incident solved: moving.
    ("Envío entregado a la transportadora de conexión", "in_transit"),
    ("Entregado a conexiones", "in_transit"),
    ("Novedad resuelta", "in_transit"),
    ("Novedades atendidas", "in_transit"),
    # In the seller's warehouse; being picked and packed: before the carrier.
    ("En bodega del vendedor", "info_received"),
    ("En alistamiento", "info_received"),
    # Waiting to be taken out, for new data, for a solution or an intervention; a new date: held up.
    ("Envío pendiente de extracción", "exception"),
    ("A la espera de nuevos datos", "exception"),
    ("Pendiente de aportar una solución", "exception"),
    ("Intervención del destinatario necesaria", "exception"),
    ("Otra fecha de entrega acordada", "exception"),
    # Damage found: damaged.
    ("Desperfectos encontrados", "damaged"),
    # Documents put right; a transfer under way: moving.
    ("Documentación subsanada", "in_transit"),
    ("En traslado internacional", "in_transit"),
    # A courier who began the route or heads to the customer: the last leg.
    ("O entregador começou a rota de entrega", "out_for_delivery"),
    ("Entregador está indo para seu endereço", "out_for_delivery"),
]

COUNTER_EXAMPLES = [
    # A bare incident stays an exception; an address incident stays a failed delivery.
    ("Incidencia", "exception"),
    ("Incidencia en la dirección", "delivery_failed"),
    # Delivered to the recipient stays delivered; a bare incident ("novedad") stays an exception.
    ("Entregado al destinatario", "delivered"),
    ("Novedad", "exception"),
    # The carrier's warehouse stays movement.
    ("En bodega transportadora", "in_transit"),
    # Out for delivery stays the last leg; a rescheduled delivery stays an exception.
    ("Em rota de entrega", "out_for_delivery"),
    ("Entrega reprogramada", "exception"),
    # Left alone: sent again (a new attempt, or forwarded), a refund (after a cancellation or a loss).
    ("Reenvío", "unknown"),
    ("Spedizione rimborsata", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_34(text: str, expected: str) -> None:
    assert read_status(text).status == expected
