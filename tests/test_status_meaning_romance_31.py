"""Portuguese and Italian read by their meaning (status_phrases_meaning_romance_31, round 107): a parcel prepared at the
base for its next leg and one measured and weighed as movement, a package added to the system, a collection pending and
the shop's production stages as before the carrier, a collection at the post office, a mishap, an internal matter, a
package waiting for its sender or its tax clearance and a delivery interrupted as exceptions, and in Italian a
registered item back after its storage term, not deliverable for an anomaly or left undelivered at
another office; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Prepared at the base for the next leg, measured and weighed there: moving.
    ("Objeto preparando para a transferência", "in_transit"),
    ("Encomenda em preparando para entrega", "in_transit"),
    ("Volume medido e pesado", "in_transit"),
    # Added to the system, collection pending, production, a label in the cart: before the carrier.
    ("Pacote adicionado ao sistema", "info_received"),
    ("Coleta pendente", "info_received"),
    ("Pedido em produção", "info_received"),
    ("Produção concluída", "info_received"),
    ("Carrinho do Melhor Envio", "info_received"),
    # To be collected at the post office.
    ("Retirar na agência dos Correios", "available_for_pickup"),
    # Held up: a mishap, an internal matter, the sender, the tax clearance, not integrated, interrupted.
    ("Imprevisto", "exception"),
    ("Aguardando providências do remetente", "exception"),
    ("Aguardando liberação da fiscalização", "exception"),
    ("Objeto não integrado", "exception"),
    # Italian registered mail: back after the storage term, refused as damaged, an anomaly, another office.
    ("Restituito: compiuta giacenza", "returned"),
    ("Non consegnabile per anomalia", "exception"),
    ("Inesitata, reso presso un altro ufficio postale", "delivery_failed"),
    ("Plico ritornato al mittente", "returned"),
]

COUNTER_EXAMPLES = [
    # An order the shop is preparing for shipping stays before the carrier.
    ("Preparando para envio", "info_received"),
    # Refused without damage, and not deliverable for an unknown addressee, read as failed deliveries.
    ("Rifiutato dal destinatario", "delivery_failed"),
    ("Non consegnabile, destinatario sconosciuto", "delivery_failed"),
    # A return to the sender read as before.
    ("Reso al mittente", "returned"),
    # Left alone: checked by whom; paid; approval of what.
    ("Conferido", "unknown"),
    ("Pago", "unknown"),
    ("Aguardando aprovação", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_31(text: str, expected: str) -> None:
    assert read_status(text).status == expected
