"""Portuguese, Spanish and Italian read by their meaning (status_phrases_meaning_romance_33, round 123): an item handed
back to the post or the carrier as a failed delivery, an item handed over at a collection as movement, an item delivered
to the contracting shop as a return, a collection booked, a request received, a courier sought, assigned or on the way
to collect as before the carrier, the courier's delivery round begun as the last leg, tracking updates "not available"
as no information, a retry the next working day and a parcel they do not want as failed deliveries, a parcel waiting
for the sender's instructions as an exception, a delivery planned as movement and a delivery shown as completed as
delivered; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Handed back to the post or the carrier after the attempt: a failed delivery, not a return.
    ("Encomenda devolvida à transportadora", "delivery_failed"),
    ("Devolvida aos Correios após tentativa", "delivery_failed"),
    # Handed over at or for a collection: picked up.
    ("Volume entregue na coleta", "in_transit"),
    # Delivered to the contracting shop: back with the sender.
    ("Encomenda entregue à empresa contratante", "returned"),
    # A collection booked or scheduled: before the carrier.
    ("A coleta foi programada", "info_received"),
    ("Coleta solicitada com transportadora", "info_received"),
    # A request received, a courier sought or on the way to collect, assigned; a payment validated: before the carrier.
    ("Su solicitud de retiro recibida", "info_received"),
    ("Buscando un repartidor", "info_received"),
    ("Mensajero en camino a recoger", "info_received"),
    ("Motorizado asignado", "info_received"),
    ("Pago en revisión", "info_received"),
    # Consolidated for dispatch; ready for local distribution: moving.
    ("Envío consolidado para el vuelo", "in_transit"),
    ("Pronta para a distribuição", "in_transit"),
    # The delivery round under way: the last leg.
    ("Giro delle consegne in corso", "out_for_delivery"),
    # Updates not available: no information.
    ("Ultimi aggiornamenti non ancora disponibili", "unknown"),
    # A retry the next working day; they do not want it: a failed delivery.
    ("Si ritenta la consegna il prossimo giorno lavorativo", "delivery_failed"),
    ("Il collo non lo vuole ricevere", "delivery_failed"),
    # Waiting for the sender's instructions: held up.
    ("In attesa di istruzioni del mittente", "exception"),
    # A delivery planned; shown as completed.
    ("La consegna è stata programmata", "in_transit"),
    ("Consegna risulta avvenuta", "delivered"),
]

COUNTER_EXAMPLES = [
    # Returned to the sender stays a return; delivered to the addressee stays delivered.
    ("Objeto devolvido ao remetente", "returned"),
    ("Objeto entregue ao destinatário", "delivered"),
    # A collection done stays movement.
    ("Objeto coletado", "in_transit"),
    # Tracking not available stays no information; a parcel available at the office waits there.
    ("Tracciatura non disponibile", "unknown"),
    ("Disponibile presso l'ufficio postale", "available_for_pickup"),
    # Left alone: on the way to the origin without the courier named (a parcel going back, or a courier collecting);
    # collected (by the courier or by the recipient); a delivery being rescheduled; another reason.
    ("En camino al origen", "in_transit"),
    ("Encomienda retirada", "unknown"),
    ("Reprogramando entrega", "unknown"),
    ("Altro motivo", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_33(text: str, expected: str) -> None:
    assert read_status(text).status == expected
