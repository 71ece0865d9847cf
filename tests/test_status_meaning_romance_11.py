"""Portuguese and Spanish read by their meaning (status_phrases_meaning_romance_11, round 52): same-day courier apps'
words before the courier has the parcel and on the leg after it, in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: a courier on his way to the recipient's home, a
collection still pending ("pendiente de recogida") and a parcel waiting at a pickup point, read by other steps;
"Pedido" with no state stays unread."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Buscando un repartidor para tu envío", "info_received"),
    ("Repartidor asignado a tu pedido", "info_received"),
    ("El mensajero va en camino a recoger el paquete", "info_received"),
    ("Envío recogido por el repartidor", "in_transit"),
    ("Tu paquete va en camino al destinatario", "out_for_delivery"),
    ("Esperando recolección del paquete", "info_received"),
    ("Recolección solicitada", "info_received"),
    ("Pedido pagado", "info_received"),
    ("Procurando um entregador para o seu pedido", "info_received"),
    ("O entregador está no local de coleta", "info_received"),
    ("Entregador indo buscar o pacote", "info_received"),
    ("Seu pedido está em rota para o destinatário", "out_for_delivery"),
    ("O entregador está no local de entrega", "out_for_delivery"),
    ("Entrega concluída com sucesso", "delivered"),
    ("Entrega confirmada com sucesso", "delivered"),
    ("Coleta solicitada", "info_received"),
    ("Pedido embalado", "info_received"),
    ("Esperando al transportista para la recolección", "info_received"),
    ("Paquete pendiente de recolección", "info_received"),
    ("Pedido listo para ser recolectado", "info_received"),
    ("Pacote pronto, o entregador está indo até o vendedor", "info_received"),
]

COUNTER_EXAMPLES = [
    ("El repartidor está en camino a tu domicilio", "out_for_delivery"),
    ("Envío pendiente de recogida por el repartidor", "info_received"),
    # The parcel itself on its way to the sender: a return, not the courier's way to collect.
    ("Seu pacote está a caminho do remetente", "returned"),
    ("Paquete disponible para retirar en el punto de retiro", "available_for_pickup"),
    ("Pedido", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_portuguese_and_spanish_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
