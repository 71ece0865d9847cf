"""Portuguese and Spanish read by their meaning (status_phrases_meaning_romance_12, round 53): the last leg, its
failures, a parcel waiting to be collected after a failed try, a loss confirmed and the holds, in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Endereço do cliente não localizado", "delivery_failed"),
    ("Endereço do destinatário errado", "delivery_failed"),
    ("Endereço fechado no horário da entrega", "delivery_failed"),
    ("Não foi possível entregar, objeto aguardando retirada", "available_for_pickup"),
    ("O destinatário deverá retirar o pacote na agência", "available_for_pickup"),
    ("Envio en camino para un nuevo intento", "out_for_delivery"),
    ("Objeto expedido mas não chegou à base", "exception"),
    ("Problemas de acceso al edificio", "delivery_failed"),
    ("Perda confirmada pelo transportador", "lost"),
    ("Erro de triagem no centro", "exception"),
    ("Pedido armazenado", "in_transit"),
    ("Envío escaneado en el centro", "in_transit"),
    ("Pedido listo", "info_received"),
    ("Paquete rechazado en destino", "delivery_failed"),
    ("Destinatario se mudó", "delivery_failed"),
    ("Recojo en oficina", "available_for_pickup"),
]

COUNTER_EXAMPLES = [
    # An item not found with no address named is lost; a failed try is not the round; a parcel at an office to be
    # collected waits; a rescheduling with nobody named holds; a bare "Fallido" says nothing of what failed.
    ("Objeto não localizado", "lost"),
    ("Intento de entrega fallido", "delivery_failed"),
    ("Paquete disponible en la oficina para retirar", "available_for_pickup"),
    ("Entrega reprogramada", "exception"),
    ("Fallido", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_portuguese_and_spanish_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
