"""Portuguese read by its meaning (status_phrases_meaning_romance_13, round 54): a return named first with its reason
after it, a customer unknown, a region that cannot be reached and a delivery that did not succeed or could not be
completed, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: a return to the sender, an absent or unknown recipient, a risk area and an unsuccessful attempt,
read by other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Em devolução - Destinatário ausente", "returned"),
    ("Cliente desconhecida no endereço", "delivery_failed"),
    ("Área inacessível", "delivery_failed"),
    ("Local de difícil acesso", "delivery_failed"),
    ("Entrega malsucedida no endereço", "delivery_failed"),
    ("Não foi possível finalizar a entrega", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    ("Em devolução ao remetente", "returned"),
    ("Destinatário ausente no momento da entrega", "delivery_failed"),
    ("Destinatário desconhecido no local", "delivery_failed"),
    ("Endereço em área de risco", "delivery_failed"),
    ("Tentativa de entrega sem sucesso", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_portuguese_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
