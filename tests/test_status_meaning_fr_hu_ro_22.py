"""French, Romanian, Hungarian and Greek read by their meaning (status_phrases_meaning_fr_hu_ro_22, round 114): the payment
awaited, not yet confirmed or received, an order placed or processed, arrived at the forwarder's warehouse or at the
shop's counter, received by the addressee; an order entered into preparation, no longer processed, a return arrived or
registered, a payment or an order confirmed, received, registered, ready; pre-registered for posting, the pick-up time
expired, taken over; a delivery note issued or registered, a full or a partial delivery, no delivery, rejected. In other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that
this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # French first steps.
    ("Commande en attente du paiement", "info_received"),
    ("Merci, votre commande est bien reçue ; le paiement n'est pas encore validé", "info_received"),
    ("Paiement Orange Money confirmé", "info_received"),
    ("Votre commande a été passée avec succès", "info_received"),
    ("Votre commande est en cours de traitement", "info_received"),
    ("Colis est arrivé dans notre entrepôt de Paris, départ prévu vendredi", "in_transit"),
    ("Votre colis est arrivé à notre magasin de Lomé", "available_for_pickup"),
    ("Colis reçu par la destinataire", "delivered"),
    # Romanian first steps.
    ("Comanda a intrat în pregătire", "info_received"),
    ("Comanda ta nu mai este procesată", "cancelled"),
    ("Returul tău a sosit la depozit", "returned"),
    # Hungarian first step.
    ("A csomag előzetesen feladva", "info_received"),
    # Greek late steps.
    ("ΕΚΔΟΘΗΚΕ", "info_received"),
    ("Εκδόθηκε voucher", "info_received"),
    ("Καταχωρημένη", "info_received"),
    ("Πλήρης παράδοση", "delivered"),
    ("Καμία παράδοση", "delivery_failed"),
    ("ΜΕΡΙΚΗ ΠΑΡΑΔΟΣΗ", "delivered"),
    ("Απορρίφθηκε από τον παραλήπτη", "delivery_failed"),
    # Romanian late steps.
    ("Plata a fost confirmată", "info_received"),
    ("Comanda dvs a fost confirmată de magazin", "info_received"),
    ("Comanda a fost primită", "info_received"),
    ("Am primit comanda și o procesăm", "info_received"),
    ("Comanda a fost înregistrată", "info_received"),
    ("Comanda e gata", "info_received"),
    ("Am înregistrat returul comenzii", "returned"),
    # Hungarian late steps.
    ("A csomag átvételi határideje lejárt", "expired"),
    ("CSOMAG ÁTVÉVE", "delivered"),
]

COUNTER_EXAMPLES = [
    # Read as before: payment of duties (a hold), a refused payment, a parcel being processed at a depot (movement).
    ("Paiement des droits reçu", "exception"),
    ("Paiement refusé", "exception"),
    ("Colis en cours de traitement", "in_transit"),
    # A return arrived at the warehouse is not movement onwards.
    ("Votre colis retour est arrivé à notre entrepôt", "returned"),
    # Taken from the sender: the courier's collection, not a delivery.
    ("Feladótól átvéve", "in_transit"),
    # Left alone: completed, a rejection, in work; a bare payment stays the hold it read.
    ("Ολοκληρώθηκε", "unknown"),
    ("Απόρριψη", "unknown"),
    ("În lucru", "unknown"),
    ("Paiement", "exception"),
    # Read as before: ready for collection, not "ready" alone.
    ("Comanda este gata de ridicare", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fr_hu_ro_meaning_22(text: str, expected: str) -> None:
    assert read_status(text).status == expected
