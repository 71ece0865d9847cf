"""Portuguese, Spanish and French read by their meaning (status_phrases_meaning_romance_17, round 61): where the parcel
is and whose move it waits on, in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, and near wordings the pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Portuguese: at the door, refusals and a place not found, holds, nothing with the carrier yet.
    ("Chegada ao destinatário", "out_for_delivery"),
    ("Volumes em conferência no destinatário", "out_for_delivery"),
    ("Saída para a entrega", "out_for_delivery"),
    ("Destinatária recusa a encomenda", "delivery_failed"),
    ("Local de entrega não encontrado", "delivery_failed"),
    ("Destinatário alega mercadorias em desacordo", "delivery_failed"),
    ("Aguardando autorização para reentrega do volume", "exception"),
    ("Aguardando autorização de devolução", "exception"),
    ("Remetente não aceita a devolução", "exception"),
    ("Veículo quebrado na rodovia", "exception"),
    ("Aguardando disponibilidade de voo", "exception"),
    ("Previsão de entrega adiada", "exception"),
    ("Destinatário alega falta de mercadoria", "exception"),
    ("Sobra de volumes", "exception"),
    ("Entrega prejudicada por falta de tempo", "exception"),
    ("Aguardando agendamento da entrega", "exception"),
    ("Rodovia interditada", "exception"),
    ("Destinatária retira", "available_for_pickup"),
    ("Dados recebidos mas mercadoria não", "info_received"),
    ("Coleta comandada ao parceiro", "info_received"),
    ("Nova tentativa de coleta no remetente", "info_received"),
    ("Entrega agendada pela destinatária", "in_transit"),
    # Spanish: the last route, failures at the door, an agency, a branch, before the pickup.
    ("Ruta de entrega final", "out_for_delivery"),
    ("La dirección no corresponde", "delivery_failed"),
    ("Cliente no se presentó al punto de encuentro", "delivery_failed"),
    ("Envío en agencia", "available_for_pickup"),
    ("Envío sin recolectar", "info_received"),
    ("Procesando el pedido", "info_received"),
    ("En agencia de origen", "in_transit"),
    ("En sucursal destino", "in_transit"),
    # French: the driver's round, an unanswered or unserved recipient, before the pickup, picked up, the post.
    ("Sortie pour livraison", "out_for_delivery"),
    ("Pas de réponse du client", "delivery_failed"),
    ("Ville hors zone de livraison", "delivery_failed"),
    ("Nouveau colis créé", "info_received"),
    ("Commande confirmée par le client", "info_received"),
    ("Ramassée", "in_transit"),
    ("Expédié par Amana", "in_transit"),
]

COUNTER_EXAMPLES = [
    # An arrival at a branch or a hub stays a movement; a refusal by whoever forwards it stays its hold.
    ("Chegada na unidade de Campinas", "in_transit"),
    ("Recusado pelo redespachante da carga", "exception"),
    # A parcel not found in the postal flow stays lost; goods damaged stay damaged; a return under way stays a return.
    ("Pacote não localizado", "lost"),
    ("Carga avariada", "damaged"),
    ("Volume em devolução", "returned"),
    # A collection done stays a movement, a parcel waiting at a branch for its recipient a pickup.
    ("Volume coletado", "in_transit"),
    ("En sucursal de destino - Disponible para retirar", "available_for_pickup"),
    # Bare words the pass leaves alone: whose answer, which zone, what is processed, the words do not say.
    ("Pas de réponse", "unknown"),
    ("Zone", "unknown"),
    ("Procesando", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
