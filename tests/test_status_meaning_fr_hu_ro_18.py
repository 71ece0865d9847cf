"""French read by their meaning (status_phrases_meaning_fr_hu_ro_18, round 94): a shipment registered or its
information entered electronically, and a failed collection from the sender, as information received; received by the
carrier's teams or depot and sorting in progress as movement; in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Registered, or its data entered electronically: not yet scanned.
    ("Envoi enregistré", "info_received"),
    ("Votre expédition a été enregistrée", "info_received"),
    ("Informations concernant votre colis reçues électroniquement", "info_received"),
    # A collection from the sender that failed: still with the sender.
    ("Ramassage échoué", "info_received"),
    ("L'enlèvement impossible", "info_received"),
    # Received by the carrier's teams or depot: in its hands.
    ("Votre colis a été réceptionné au dépôt", "in_transit"),
    ("Marchandise réceptionnée par les équipes", "in_transit"),
    # Sorting in progress.
    ("Colis en cours de tri", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Received or collected alone: by whom, not said.
    ("Réceptionné", "unknown"),
    ("Collecté", "unknown"),
    ("Prêt à ramasser", "unknown"),
    # Other steps keep what they read.
    ("livré - collecté", "delivered"),
    ("Nouveau colis enregistré", "info_received"),
    ("Tentative de livraison infructueuse", "delivery_failed"),
    ("Colis refusé par le destinataire", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fr_hu_ro_meaning_18(text: str, expected: str) -> None:
    assert read_status(text).status == expected
