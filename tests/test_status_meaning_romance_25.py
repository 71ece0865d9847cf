"""Portuguese, Spanish, French and Italian read by their meaning (status_phrases_meaning_romance_25, round 77): the time
before the carrier has the parcel and the middle of the journey, as freight carriers' occurrences, marketplace
seller tools, a shipper's mails and a shipping module's translations write them, in other words than the development
corpus's rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Handed to the onward carrier: a carrier has it, not the consignee.
    ("Volumes entregues à transportadora parceira", "in_transit"),
    ("Objeto entregue à transportadora de redespacho", "in_transit"),
    ("Entrega realizada na empresa de redespacho", "in_transit"),
    # A driver at the delivery address: the round.
    ("O entregador chegou ao endereço do destinatário", "out_for_delivery"),
    # Held to be delivered on the planned day: on its way.
    ("Pacco in attesa di essere consegnato nella data prevista", "in_transit"),
    # Expected, not yet taken in: before the carrier.
    ("La spedizione è attesa ma non è ancora stata presa in carico", "info_received"),
    # Confirmed or authorised by the carrier, a label to print, a packing list, packed, an invoice pending:
    # before the carrier.
    ("Pedido autorizado pela transportadora", "info_received"),
    ("Remessa confirmada pela transportadora", "info_received"),
    ("Etiqueta pronta para impressão", "info_received"),
    ("Em lista de separação", "info_received"),
    ("Encomenda embalada", "info_received"),
    ("Nota fiscal pendente", "info_received"),
    ("Por imprimir etiqueta", "info_received"),
    ("Lista para imprimir", "info_received"),
    ("Communication conforme", "info_received"),
    # Sent back to the seller's warehouse: returned.
    ("Pacote devolvido para o armazém", "returned"),
    # Refused over the freight: a failed delivery.
    ("Recusa do frete", "delivery_failed"),
    # A transfer written short, a parcel still to be delivered: moving on; "p/ entregar": the round.
    ("Objeto em transf entre bases", "in_transit"),
    ("Paquete pendiente por entregar", "in_transit"),
    ("Encomenda saiu p/ entregar", "out_for_delivery"),
    # Awaiting the buyer's collection: at a pickup point.
    ("Paquete esperando su retiro", "available_for_pickup"),
    ("Envío aguardando retiro en tienda", "available_for_pickup"),
    # Collected at the counter by the consignee: delivered.
    ("Retirado no balcão", "delivered"),
    # A packaging defect, an unreadable label, an invoice under analysis, delivery only against payment, standing
    # still: exceptions.
    ("Defeito na embalagem", "exception"),
    ("Etiqueta ilegível", "exception"),
    ("NF-e em análise", "exception"),
    ("Entrega só com cobrança de taxa extra", "exception"),
    ("Pedidos parados", "exception"),
]

COUNTER_EXAMPLES = [
    # Delivered to the customer by the onward carrier stays delivered.
    ("Entrega efetuada no cliente pela transportadora de redespacho", "delivered"),
    ("Entrega realizada normalmente", "delivered"),
    # A driver on the way stays the round; an arrival at a branch stays a parcel moving.
    ("Motorista a caminho", "out_for_delivery"),
    ("Chegada na cidade ou filial de destino", "in_transit"),
    # Goods taken out for checking are not collected by the consignee.
    ("Mercadoria retirada para conferência", "unknown"),
    # Whose warehouse or what buffer the words do not say: unread.
    ("No depósito", "unknown"),
    ("Em buffer", "unknown"),
    # A bare "confirmed" stays unread; ready to send stays before the carrier.
    ("Confirmado", "unknown"),
    ("Pronto para envio", "info_received"),
    # Delivered and sorting keep their meanings in Italian.
    ("Spedizione consegnata", "delivered"),
    ("Spedizione in fase di smistamento", "in_transit"),
    # A pickup at the sender's home is no pickup point.
    ("Retiro en domicilio", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_25(text: str, expected: str) -> None:
    assert read_status(text).status == expected
