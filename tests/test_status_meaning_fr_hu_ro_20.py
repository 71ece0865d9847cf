"""French, Hungarian and Romanian read by their meaning (status_phrases_meaning_fr_hu_ro_20, round 103): a delivery
attempted, waiting for the carrier, an order waiting, a cancellation proposed, an incomplete shipment, delivered into a
locker; not collected, collection from the courier's office, confirmed, being stocked, waiting for the invoice, closed
without success, an order paid, on the way to the warehouse, "encours de livraison". In other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # French: a delivery attempted; waiting for the carrier.
    ("Livraison tentée ce matin, personne au domicile", "delivery_failed"),
    ("Le livreur a essayé de vous livrer à 10h", "delivery_failed"),
    ("En attente du transporteur", "info_received"),
    # Romanian: an order waiting; a cancellation proposed; an incomplete shipment.
    ("Comanda este in asteptare", "info_received"),
    ("AWB propus pentru anulare de expeditor", "exception"),
    ("Expedierea este incompleta: lipseste un colet", "exception"),
    # Hungarian: delivered into a parcel locker.
    ("A csomag csomagautomatába kézbesítve", "available_for_pickup"),
    # Romanian late steps.
    ("Neridicat", "info_received"),
    ("Ridicare de la sediul curierului", "available_for_pickup"),
    # Hungarian late steps.
    ("Visszaigazolva", "info_received"),
    ("A termékek készletezés alatt", "info_received"),
    ("Számlára vár", "info_received"),
    ("Sikertelen lezárt megrendelés", "exception"),
    # French late steps.
    ("Commande payée", "info_received"),
    ("En route vers l'entrepôt", "in_transit"),
    ("Colis encours de livraison", "out_for_delivery"),
]

COUNTER_EXAMPLES = [
    # Already read before this pass: the carrier has it, a cancellation, a shipment on its way, a hold, delivered.
    ("En attente de prise en charge par le transporteur", "info_received"),
    ("Pris en charge par le transporteur", "in_transit"),
    ("Expediere anulata", "cancelled"),
    ("Expediere preluata de curier", "in_transit"),
    ("Kézbesítve", "delivered"),
    ("A rendelés feldolgozásra vár", "info_received"),
    ("Feldolgozás alatt", "in_transit"),
    # Left alone: ready, at the warehouse, a delivery heading, closed, stale.
    ("Prête", "unknown"),
    ("À l'entrepôt", "unknown"),
    ("Kiszállítás", "unknown"),
    ("Feldolgozásra vár", "unknown"),
    ("Lezárva", "unknown"),
    ("Elavult", "unknown"),
    # Read as before: awaiting payment (read as a problem).
    ("En attente de paiement", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fr_hu_ro_meaning_20(text: str, expected: str) -> None:
    assert read_status(text).status == expected
