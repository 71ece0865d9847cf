"""Spanish read by its meaning (status_phrases_meaning_romance_18, round 64): a courier system's statuses and incident
reasons, in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Goods not found at the carrier's premises, or missing on the trip: lost.
    ("Paquete no localizado en el depósito", "lost"),
    ("Bultos no encontrados en la agencia", "lost"),
    ("Faltante en tránsito", "lost"),
    ("Faltantes en ruta", "lost"),
    # Goods knocked: damaged.
    ("Caja golpeada", "damaged"),
    ("Mercancías golpeadas", "damaged"),
    # A mechanical failure, a road cut: held.
    ("Fallo mecánico", "exception"),
    ("Falla mecánica del vehículo", "exception"),
    ("Corte de camino", "exception"),
    # An address that cannot be reached: a failed delivery.
    ("Dirección inaccesible", "delivery_failed"),
    # Just generated: not yet with the carrier.
    ("Pedido generado", "info_received"),
]

COUNTER_EXAMPLES = [
    # The recipient not located fails the delivery; "no localizado" with nothing named is not read.
    ("Destinatario no localizado", "delivery_failed"),
    ("No localizado", "unknown"),
    # A shortage of papers is no lost parcel; a power cut at a branch says nothing of the parcel.
    ("Faltante de documentación", "unknown"),
    ("Corte de luz en la sucursal", "unknown"),
    # Other steps' readings stay: a parcel damaged, an address incomplete, a waybill generated, a delivery made.
    ("Paquete dañado", "damaged"),
    ("Dirección incompleta", "delivery_failed"),
    ("Guía generada", "info_received"),
    ("Envío entregado", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_courier_statuses_and_incident_reasons_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
