"""Hard distinctions of the twenty-second round (c): Hermes Germany's hub and PaketShop texts, Mondial
Relay's and Colis Privé's French texts, DPD Netherlands' scans, in wordings the sources do not use word for word. Each expected
status is DESIGN §4's reading of the source's code or words (full references in lossanalytics/normalise/known_texts/SOURCES.md,
twenty-second round, c)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # A carrier's hub named as a word: on its way.
    ("Die Sendung befindet sich im Hermes Verteilzentrum Essen.", "in_transit"),
    ("Ihr Paket befindet sich im Sortierzentrum Köln.", "in_transit"),
    ("Sendung im Logistikzentrum", "in_transit"),
    # Collected from the shop where the sender handed it in, for onward transport: not a pickup.
    ("Die Sendung wurde im Hermes PaketShop abgeholt und für den weiteren Transport sortiert.", "in_transit"),
    ("Das Paket wurde im PaketShop abgeholt und zum weiteren Transport vorbereitet.", "in_transit"),
    # A parcel waiting in the shop for its recipient still waits.
    ("Die Sendung liegt im Hermes PaketShop zur Abholung bereit.", "available_for_pickup"),
    # Data, not the parcel, received.
    ("RÉCEPTION DES DONNÉES", "info_received"),
    ("Réception des informations de votre colis", "info_received"),
    # The parcel itself received: on its way.
    ("Réception du colis en agence", "in_transit"),
    # Dutch: a delivery still to come however far its verb stands, a failed attempt by its noun, and a
    # delivery not made as agreed (the carrier's delay).
    ("Pakket wordt bij de volgende Pickup parcelshop bezorgd:", "in_transit"),
    ("Het pakket wordt op een later moment door DPD bezorgd", "in_transit"),
    ("Afleverpoging was niet succesvol.", "delivery_failed"),
    ("Eerste afleverpoging, niemand thuis", "delivery_failed"),
    ("We hebben je pakket niet volgens afspraak kunnen bezorgen.", "exception"),
    ("Afleverpoging mislukt, pakket retour naar afzender", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round22c_phrases(text: str, expected: str) -> None:
    assert read_status(text).status == expected
