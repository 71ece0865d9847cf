"""Hard distinctions of the nineteenth round (a): Brazilian freight carriers' OCOREN occurrences,
SGH Global Japan's event codes and a seller's waybill exception states. Each expected status is
the source's own group where it has one, else the words with DESIGN's definitions (full references
in lossanalytics/normalise/known_texts/SOURCES.md, nineteenth round, a)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A cancelled flight is a delay, documents lost by the airline are missing papers.
    ("Vôo cancelado", "exception"),
    ("Extravio de documentos pela cia. aérea", "exception"),
    # The onward carrier's refusal is the carrier's problem; a refusal named first is the recipient's.
    ("Recusado pelo redespachante", "exception"),
    ("Recusa por pedido de compra cancelado", "delivery_failed"),
    ("Recusa da carga por valor de frete errado", "delivery_failed"),
    # Goods handed to the onward carrier move on; a late delivery is a delivery.
    ("Mercadoria redespachada (entregue para redespacho)", "in_transit"),
    ("Entrega Fora da data programadas", "delivered"),
    # The recipient's address or premises fail the delivery; the onward carrier's address is a problem.
    ("Endereço do cliente destino não localizado", "delivery_failed"),
    ("Endereço de transportadora de redespacho não localizado/informado", "exception"),
    ("Cliente fechado para balanço", "delivery_failed"),
    ("Funcionário não autorizado a receber mercadorias", "delivery_failed"),
    # The carrier's side: closed airports, a holiday, a breakdown, a closed road, a misroute.
    ("Aeroporto fechado no destino", "exception"),
    ("Feriado local/nacional", "exception"),
    ("Quebra do veiculo de entrega", "exception"),
    ("Estrada/entrada de acesso interditada", "exception"),
    ("Mercadoria embarcada para rota indevida", "exception"),
    # SGH Global Japan: cargo not arrived and customs papers awaited are problems, not arrivals.
    ("貨物未到着", "exception"),
    ("通関書類待ち", "exception"),
    ("No or  Incorrect Pin number", "exception"),
    ("Dispatch from delivery branch", "out_for_delivery"),
    ("佐川急便配達店　持出", "out_for_delivery"),
    ("Consol Break", "in_transit"),
    ("定休日", "delivery_failed"),
    ("ABSENCE", "delivery_failed"),
    # A forwarder that missed the dispatch is a problem, not a "发件".
    ("货代漏发件", "exception"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Vôo cancelado") == Reading("exception", "Vôo cancelado", "text")


# The narrow phrases stay narrow: a return named beside them, and the broader words, keep their reading.
NOT_WIDENED = [
    ("Recusa por falta de pedido - mercadoria devolvida ao remetente", "returned"),
    ("Objeto devolvido ao remetente - recusa por parte do destinatário", "returned"),
    ("Pedido cancelado", "cancelled"),
    ("Extravio de mercadoria em trânsito", "lost"),
    ("Recusado pelo destinatário", "delivery_failed"),
    ("Entrega não realizada - feriado local", "delivery_failed"),
    ("配達不能のため返送", "returned"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


# Words with two meanings across sources are left unread: a customs inspection (a hold in one table,
# a routine step in another), a payment awaited (a parcel held here, an unpaid order on marketplaces),
# a carrier's office on its closing day.
@pytest.mark.parametrize("raw", ["国内海关查验", "美国海关查验", "支払い確認待ち", "営業所定休日", "郵便局定休日", "Loading"])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) == "unknown"
