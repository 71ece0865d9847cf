"""Spanish, Portuguese and Italian read by their meaning (status_phrases_meaning_romance_27, round 90): the time before
the carrier, the delivery round and the exceptions, as a delivery back office's order sub-states, a Brazilian express
carrier's scan and problem-package types, a postal system's internal states and an Italian marketplace's events write
them, in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A return request under review or refused: nothing said of the parcel.
    ("Devolução em processo de aprovação", "unknown"),
    ("Solicitação de devolução rejeitada", "unknown"),
    # On the delivery round.
    ("Pedido en ruta de entrega", "out_for_delivery"),
    # The delivery vehicle broke down: an exception.
    ("Retraso: camión de reparto averiado", "exception"),
    ("Avería del vehículo, su envío saldrá mañana", "exception"),
    # Closed outside opening hours, rescheduled by the recipient, refused: the delivery failed.
    ("Destinatario fuera del horario de atención", "delivery_failed"),
    ("Reprogramada a petición del destinatario", "delivery_failed"),
    ("El cliente rehúsa el paquete", "delivery_failed"),
    ("Recusa do recebimento pelo morador", "delivery_failed"),
    # Waiting to be collected at the origin, payment to be confirmed, an order being worked on, to be handed over:
    # before the carrier.
    ("Listo, esperando la recogida del remitente", "info_received"),
    ("Pedido pendiente de confirmación del pago", "info_received"),
    ("Ordine in lavorazione", "info_received"),
    ("Pacco da affidare al corriere", "info_received"),
    # Collected by the courier at the origin address: moving.
    ("Paquete recogido por el mensajero en la dirección del remitente", "in_transit"),
    # Late: stock reserved, packed; the sender's collection address not reachable.
    ("Stock reservado", "info_received"),
    ("Paquetes embalados", "info_received"),
    ("Impossibilidade de acessar o endereço de coleta", "info_received"),
    # Late: the recipient not answering, absent, the address not reachable.
    ("El destinatario no contesta las llamadas", "delivery_failed"),
    ("Ausência da cliente", "delivery_failed"),
    ("Impossibilidade de acesso ao endereço do destinatário", "delivery_failed"),
    # Late: the out-for-delivery scan and the dispatch scan.
    ("Bipe de saída para a entrega", "out_for_delivery"),
    ("BIPE DE EXPEDIÇÃO", "in_transit"),
    # Late: out of standard, non-compliant packaging, arrived incomplete.
    ("Volume fora do padrão", "exception"),
    ("Embalagem inadequada", "exception"),
    ("Mercadoria que chegou incompleta", "exception"),
]

COUNTER_EXAMPLES = [
    # A bare route stays a parcel moving; a bare round stays the round.
    ("En ruta", "in_transit"),
    ("En reparto", "out_for_delivery"),
    # Damaged goods stay damaged.
    ("Paquete averiado", "damaged"),
    # Arriving out of time stays an exception.
    ("Llegada fuera de horario", "exception"),
    # A bare refusal keeps the earlier passes' reading; a recipient refusing stays a failed delivery.
    ("Destinatário recusou o recebimento", "delivery_failed"),
    # A return stays a return.
    ("Devolução", "returned"),
    # A sorting centre working on the parcel stays a parcel moving.
    ("In lavorazione presso il centro di smistamento", "in_transit"),
    # Handed to the courier for delivery in the morning stays the round.
    ("AFFIDATA AL CORRIERE LA MATTINA", "out_for_delivery"),
    # Whose verification, where near the destination, which goods incomplete, completed how: left as they were.
    ("Pendiente de verificación", "exception"),
    ("Próximo a destino", "unknown"),
    ("Mercadorias do cliente não estão completas", "unknown"),
    ("Ordine completato", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_27(text: str, expected: str) -> None:
    assert read_status(text).status == expected
