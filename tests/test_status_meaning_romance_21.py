"""Spanish and Portuguese read by their meaning (status_phrases_meaning_romance_21, round 68): a courier system's guide
states, a parcel service's tracking descriptions, delivery apps' messages and a delivery system's failure reasons, in
other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A courier assigned or still to come and collect: not yet with the carrier; a courier who collected it moves on.
    ("El repartidor fue asignado a tu envío", "info_received"),
    ("Un repartidor viene a recogerlo", "info_received"),
    ("El repartidor ya recogió el paquete", "in_transit"),
    # Told to get ready to receive it: on the round.
    ("Prepárate para recibir tu paquete", "out_for_delivery"),
    # Refused by the shop before sending: cancelled.
    ("Orden rechazada por la tienda", "cancelled"),
    # Being packed; arrived, said to the recipient.
    ("Empacando el envío", "info_received"),
    ("Ya llegó su paquete", "delivered"),
    # Left the carrier's premises for its delivery: on the round.
    ("El envío salió de la sucursal para su entrega", "out_for_delivery"),
    ("Su paquete ha salido de nuestras bodegas para entrega", "out_for_delivery"),
    # Distributed to a counter, or at a distribution centre: on the way.
    ("En distribución a sucursal", "in_transit"),
    ("En el CD de origen", "in_transit"),
    # Waiting at a counter to be collected.
    ("Pendiente de retiro en sucursal", "available_for_pickup"),
    ("Pendiente de retiro en la oficina", "available_for_pickup"),
    # Posted through a call centre or at a counter: not yet in the network.
    ("Impuesta en sucursal", "info_received"),
    # The recipient asked for a new date, could not be found or was unavailable; no access; hours over.
    ("Destinatário pediu novo reagendamento", "delivery_failed"),
    ("Dificuldades de acesso ao condomínio", "delivery_failed"),
    ("Cliente não localizado no endereço", "delivery_failed"),
    ("Cliente não encontrado no local", "delivery_failed"),
    ("Destinatário indisponível", "delivery_failed"),
    ("Horário de funcionamento encerrado", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # A courier who already has the parcel and takes it to the address is the round; an order refused at the door is a
    # failed delivery; arrived at a branch moves on.
    ("El repartidor ya tiene tu paquete y lo lleva a tu dirección", "out_for_delivery"),
    ("Pedido rechazado", "delivery_failed"),
    ("Llegó a la sucursal de destino", "in_transit"),
    # A bare collection pending says neither whose; a distribution to the home is the round.
    ("Pendiente de retiro", "unknown"),
    ("En distribución", "out_for_delivery"),
    # A rescheduling nobody asked for goes on; a problem with no place named stays a hold.
    ("Reagendamento", "in_transit"),
    ("Problemas operacionais", "exception"),
    # A delivery under way with nothing said of leaving moves on; a tax named is no posting.
    ("Entrega en curso", "in_transit"),
    ("Impuesto", "unknown"),
    # A recipient absent is read by the earlier steps as a failed delivery too; goods not located are lost.
    ("Destinatário ausente", "delivery_failed"),
    ("Objeto não localizado", "lost"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_guide_states_and_failure_reasons_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
