"""Portuguese read by its meaning (status_phrases_meaning_romance_16, round 58): the last leg's incidences, whose move
the delivery waits on, and the states around them, in other words than the development corpus's rows, written by the
team to DESIGN §4's statuses. Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Cliente afirma não ter encomendado o artigo", "delivery_failed"),
    ("Greve no cliente", "delivery_failed"),
    ("Encomenda mal endereçada", "delivery_failed"),
    ("Cliente não efetuou o pagamento", "delivery_failed"),
    ("Dificuldade para localizar o destinatário", "delivery_failed"),
    ("Insucesso na entrega", "delivery_failed"),
    ("Volume estragado", "damaged"),
    ("Entrega em falta", "exception"),
    ("Não visitada", "exception"),
    ("Artigo restrito", "exception"),
    ("Dados da venda incorrectos", "exception"),
    ("Feriado nacional", "exception"),
    ("Início da visita ao cliente", "out_for_delivery"),
    ("Nota fiscal emitida", "info_received"),
    ("Saída da filial", "in_transit"),
    ("Entrada na filial", "in_transit"),
]

COUNTER_EXAMPLES = [
    # A strike with no recipient named is the carrier's hold; a refusal and a delivery made stay as the earlier
    # steps read them.
    ("Greve dos transportes", "exception"),
    ("Destinatário recusou", "delivery_failed"),
    ("Entrega realizada", "delivered"),
    # A second delivery asked for: a failed attempt or a delivery only arranged again, the words do not settle.
    ("A destinatária pediu nova entrega", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_portuguese_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
