"""Italian, French, Portuguese and Spanish read by their meaning (status_phrases_meaning_romance_19, round 65): shops'
and couriers' apps' states and e-mail sentences before the carrier has the order, and their neighbours, in other words
than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # An order awaiting payment or confirmation, received and awaiting them, a shop preparing it: not yet shipped.
    ("Ordine in attesa di conferma", "info_received"),
    ("L'ordine è stato ricevuto ed è in attesa di pagamento", "info_received"),
    ("Grazie! Stiamo preparando il vostro ordine", "info_received"),
    ("Commande en attente de paiement", "info_received"),
    ("La commande a été reçue et attend son paiement", "info_received"),
    ("Paiement accepté, nous préparons votre commande", "info_received"),
    # A label still to be made, a shipment registered and awaiting its pickup, paid or confirmed on its own.
    ("In attesa di stampa etichetta", "info_received"),
    ("Colis créé et en attente d'enlèvement", "info_received"),
    ("Ordine confermato", "info_received"),
    ("Pagamento ricevuto", "info_received"),
    ("Commande confirmée", "info_received"),
    ("Aguardando emissão da etiqueta", "info_received"),
    ("Pendiente de aceptación", "info_received"),
    # Heading to a depot or its destination: on its way.
    ("Rumbo al centro de distribución", "in_transit"),
    ("Rumbo a destino", "in_transit"),
    # Coming back to the shop; its trace lost.
    ("La spedizione ci sta tornando", "returned"),
    ("Abbiamo perso la traccia della spedizione", "lost"),
]

COUNTER_EXAMPLES = [
    # A payment awaited with no order named, or for duties, is a parcel held; an order received by itself is already
    # read.
    ("In attesa di pagamento", "exception"),
    ("Ordine in attesa di pagamento dei dazi doganali", "exception"),
    ("Ordine ricevuto", "info_received"),
    # A parcel at a pickup point awaiting its recipient; a parcel the carrier has taken in.
    ("Colis en attente de retrait", "available_for_pickup"),
    ("Pacco ritirato dal corriere", "in_transit"),
    # A cash-on-delivery amount paid and a bare "pending" say nothing of a shipment not yet made.
    ("Contrassegno pagato", "unknown"),
    ("Pendente", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_orders_before_the_carrier_and_their_neighbours_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
