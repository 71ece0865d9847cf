"""Spanish tracking texts read by their meaning, seventh pass (round 40): how same-day couriers word an order from
its creation to the drop-off, in other words than the development corpus's rows.

Written by the team to DESIGN §4's statuses and labelled by what they say (who holds the goods, which end of the
trip the courier is at), never by what the reader outputs. The rules are status_phrases_meaning_romance_6's.
Counter-examples stand beside them: a parcel on its way somewhere moves, a parcel processed at a facility moves, a
parcel (not a courier) at the collection point and a courier at a recipients' pickup point are left to other steps.
"""

from __future__ import annotations

import pytest

from lossanalytics.normalise.status_hints import read_known_texts
from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # On the way to collect the order: still with the sender.
    ("El repartidor va camino a recoger tu paquete", "info_received"),
    ("Motorizado en camino hacia retirar los productos", "info_received"),
    ("El mensajero está camino a buscar la orden", "info_received"),
    # An order ready to be processed: only data.
    ("Tu orden está lista para ser procesada", "info_received"),
    # On the way to deliver the order: the round.
    ("El conductor va camino a entregar tu compra", "out_for_delivery"),
    ("Nuestro courier está en camino a entregarlo", "out_for_delivery"),
    # Before planning, offered or assigned to a courier, a courier at the collection point, a collection that
    # failed, just created: the goods are still with the sender.
    ("Antes de que el paquete sea asignado", "info_received"),
    ("El envío fue ofrecido a los repartidores cercanos", "info_received"),
    ("El motorizado llegó al punto de recojo", "info_received"),
    ("Error en la recolección del paquete", "info_received"),
    ("Pedido creado", "info_received"),
    # A failure during the delivery: a failed delivery.
    ("Fallo en la entrega por dirección incorrecta", "delivery_failed"),
    # On a trip: moving on.
    ("Tu pedido sigue en viaje", "in_transit"),
]

COUNTER_EXAMPLES = [
    # A parcel on its way to a city: moving on.
    ("El paquete va camino a Lima", "in_transit"),
    # Processed at a facility: moving on.
    ("Envío procesado en el centro de distribución", "in_transit"),
]

# What a text does not say: a parcel (not a courier) at the collection point, a courier at a recipients' pickup
# point, a delivery that failed read as a pickup still to come.
NOT_READ_AS = [
    ("El pedido llegó al punto de recojo", "info_received"),
    ("El repartidor llegó al punto de recogida", "info_received"),
    ("Falla durante la entrega", "info_received"),
]



@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_seventh_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "wrong"), NOT_READ_AS)
def test_a_text_does_not_read_as_what_it_does_not_say(text: str, wrong: str) -> None:
    assert read_status(text).status != wrong


def test_the_evidence_is_the_carriers_words_as_written() -> None:
    assert read_status("El repartidor va camino a recoger tu paquete").evidence == "camino a recoger tu paquete"
    assert read_status("Tu pedido sigue en viaje").evidence == "sigue en viaje"


def test_the_examples_are_not_the_development_corpus_rows() -> None:
    corpus = {known.text.casefold() for known in read_known_texts()}
    written = [text for text, _ in EXAMPLES + COUNTER_EXAMPLES + NOT_READ_AS]
    assert [text for text in written if text.casefold() in corpus] == []
