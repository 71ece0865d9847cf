"""French read by its meaning (status_phrases_meaning_fr_hu_ro_9, round 54; the file is named one on, as the fifth,
seventh and eighth passes' tests are): papers missing or needed, an incomplete arrival, a refusal to pay, an order
only registered, scans, a rescheduling with nobody named, a broken-down vehicle and restricted access, in other words
than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: a refused payment,
a refused parcel, an order sent and an impossible access, read by other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Pièces requises pour le dédouanement", "exception"),
    ("Il manque la facture commerciale", "exception"),
    ("Arrivée incomplète du colis", "exception"),
    ("Refus de payer le contre-remboursement", "delivery_failed"),
    ("Votre commande a été enregistrée", "info_received"),
    ("Lecture à l'enlèvement", "in_transit"),
    ("Livraison reprogrammée", "exception"),
    ("Panne du camion", "exception"),
    ("Accès interdit par le gardien", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # A payment refused (by the bank, nobody named at the door) stays a hold; a refused parcel stays a refusal.
    ("Paiement refusé", "exception"),
    ("Refus du colis par le destinataire", "delivery_failed"),
    ("Commande expédiée", "in_transit"),
    ("Accès impossible", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_french_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
