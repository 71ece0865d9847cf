"""Hard distinctions of the twenty-second round (b): GLS Spain's states and incidents, GLS Portugal's
collection states and web-service texts, Correos Express's states and incidents, CTT Expresso's events,
failed-delivery and delay reasons, Rangel's and Skynet's statuses and incidents (Portugal), Nacex's
collection states and Starken's states (Chile). Each expected status is the source's meaning (full
references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-second round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A pickup from the sender registered, assigned, failed or with an incident: not yet with the carrier.
    ("RECOGIDA EN CURSO", "info_received"),
    ("ASIGNADA A MENSAJERO PARA RECOGER", "info_received"),
    ("INCIDENCIA RECOGIDA", "info_received"),
    ("RECOLHA FALHADA", "info_received"),
    ("RECOLHA COM INCIDENCIA", "info_received"),
    ("EN BODEGA CLIENTE", "info_received"),
    ("Envio manifestado não recolhido", "info_received"),
    # Collected, then moving: "recolhido" is the carrier's collection, unless the customer collected it.
    ("RECOLHIDO NO CLIENTE", "in_transit"),
    ("Pacote recolhido pelo cliente", "delivered"),
    # Left at a parcel shop or held for collection: waiting for the recipient, not delivered or held.
    ("ENTREGADO EN ASM PARCELSHOP", "available_for_pickup"),
    ("Retido para Levantamento em Armazém", "available_for_pickup"),
    ("Disponível para levantamento no armazém", "available_for_pickup"),
    # Loaded on the delivery vehicle to be delivered today: out, not delivered.
    ("O volume está carregado no veículo de entrega da GLS e irá ser entregue no decorrer do dia.",
     "out_for_delivery"),
    ("Em distribuição no dia seguinte", "in_transit"),
    # The carrier's problem, not damaged goods, an outing, a customs step or a failed attempt.
    ("EN TRANSITO POR AVERIA", "exception"),
    ("Avería Clasificador", "exception"),
    ("Avaria / Atraso", "exception"),
    ("MASIVO EN REPARTO", "exception"),
    ("RETENÇÃO NA ALFÂNDEGA", "exception"),
    ("Falha Na Distribuição - Sem Tentativa De Entrega", "exception"),
    ("PENDIENTE DATOS, EN DELEGACION", "exception"),
    ("Punto de Conveniencia sin Hueco", "exception"),
    # Failed deliveries and damage in Portuguese incident lists.
    ("Recusa de Pagamento pelo Destinatário", "delivery_failed"),
    ("Endereço Incorrecto Ou Insuficiente", "delivery_failed"),
    ("MERCADORIA PARTIDA", "damaged"),
    ("Danos Chegada", "damaged"),
    # Destroyed on the client's order is lost; sent back to the sender a return.
    ("DESTRUIDO POR ORDEN DEL CLIENTE", "lost"),
    ("Devolver ao expedidor", "returned"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    # A delay named beside a delivery does not undo it.
    ("Objeto entregue com atraso", "delivered"),
    # Goods that arrived damaged are damaged, not a breakdown of the carrier's.
    ("Llegó con avería", "damaged"),
])
def test_narrow_phrases_leave_other_wording_alone(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Objeto não entregue - endereço insuficiente") == Reading(
        "delivery_failed", "não entregue", "text")
