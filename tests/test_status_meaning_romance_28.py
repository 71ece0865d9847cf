"""Spanish and Portuguese read by their meaning (status_phrases_meaning_romance_28, round 96): the time before the
carrier, the middle of the journey, the delivery round, the exceptions and the failed deliveries, as a Brazilian seller
tool's marketplace shipment statuses, a dispatch system's guide states, a freight system's delivery situations and
delivery services' order states write them, in other words than the development corpus's rows where the words allow,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Not verified, with nothing said of what: unread.
    ("Pedido não verificado", "unknown"),
    ("Remessa não verificada", "unknown"),
    # The carrier must be contacted or its status reviewed: an exception.
    ("É necessário contato com a transportadora", "exception"),
    ("Contato com a transportadora obrigatório", "exception"),
    ("Necessita revisão do status pela equipe", "exception"),
    # Late: an operator must step in, a payment is missing: an exception.
    ("Intervenção do operador requerida", "exception"),
    ("Se requiere intervención del operador", "exception"),
    ("Falta de pagamento do comprador", "exception"),
    ("Falta pago del destinatario", "exception"),
    # Late: the courier at the door: on the round.
    ("Entregador na porta do cliente", "out_for_delivery"),
    ("Repartidor en la puerta del cliente", "out_for_delivery"),
    # Late: an unsafe area, the delivery moved by the customer, a delivery refused: the delivery failed.
    ("Região perigosa", "delivery_failed"),
    ("Zona peligrosa", "delivery_failed"),
    ("O cliente remarcou a entrega", "delivery_failed"),
    ("El destinatario reprogramó la entrega", "delivery_failed"),
    ("Entrega rehusada", "delivery_failed"),
    # Late: the delivery address changed: redirected, moving on.
    ("Endereço de entrega modificado", "in_transit"),
    ("Dirección de entrega actualizada", "in_transit"),
    # Late: labels printed, an order invoiced: before the carrier.
    ("Etiqueta impressa", "info_received"),
    ("Faturada", "info_received"),
]

COUNTER_EXAMPLES = [
    # Verification pending keeps the earlier passes' exception.
    ("Pendiente de verificación", "exception"),
    # A parcel handed to its carrier stays moving.
    ("Pedido entregue à transportadora", "in_transit"),
    # A rescheduling with nobody named keeps the earlier passes' reading; "Fallido" alone says nothing of what failed.
    ("Reprogramado", "exception"),
    ("Fallido", "unknown"),
    # A delivery refused in Portuguese stays a failed delivery; a bare refusal stays read as before.
    ("Entrega recusada pelo destinatário", "delivery_failed"),
    # The parcel lost stays lost; a delivery attempt stays a failed delivery.
    ("Extraviado", "lost"),
    # Assigned, ready, a bare claim, paid, a check, a pickup or delivery requested: left unread.
    ("Asignada", "unknown"),
    ("Lista", "unknown"),
    ("Reclamado", "unknown"),
    ("Pagado", "unknown"),
    ("Conferência", "unknown"),
    ("Solicitada Entrega", "unknown"),
    ("Aguardando Carregamento", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_28(text: str, expected: str) -> None:
    assert read_status(text).status == expected
