"""Hard distinctions of the eleventh round, from the status explanations of carriers' and
platforms' help pages: a system error called an "exception" against a problem parcel, a
parcel posted at a counter against one waiting at a service point, information received
against the parcel received, a guide generated against one annulled, a wrong address against
a return, a storage notice against a failed delivery. Each case is a published text labelled
from its publisher's explanation, the page named above it (full references in
lossanalytics/normalise/known_texts/SOURCES.md, "Round 11")."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import canonical_status, read_status

CASES = [
    # Royal Mail, "What does my tracking message mean?": the sender's advice comes before Royal
    # Mail has the item; a Customer Service Point drop-off is in its network; an internal
    # exception is a system issue ("try again later"), nothing about the item.
    ("We’re expecting it", "info_received"),
    ("Item despatched to Royal Mail", "info_received"),
    ("We’ve got it", "in_transit"),
    ("Your item was posted at the Royal Mail Customer Service Point", "in_transit"),
    ("Internal exception occurred", "unknown"),
    # Australia Post's article statuses (developers.auspost.com.au) and status explanations:
    # an order sealed or initiated, or a pickup Australia Post could not make, is before the
    # carrier has the parcel; "Contact sender" means returned to the sender; a possible delay
    # and an item held by the courier are problems; "cannot be delivered as addressed" failed.
    ("Sealed", "info_received"),
    ("Initiated", "info_received"),
    ("Unsuccessful pickup", "info_received"),
    ("Awaiting collection", "available_for_pickup"),
    ("Contact sender", "returned"),
    ("Possible delay", "exception"),
    ("Held by courier", "exception"),
    ("Cannot be delivered", "delivery_failed"),
    ("Customer enquiry lodged", "unknown"),
    # DPD's "Data Logged" (placed for pickup, not yet collected); Easyship's liquidated goods.
    ("Data Logged", "info_received"),
    ("Liquidated", "lost"),
    # 17TRACK's pre-advice wordings, English and French: the information, not the parcel.
    ("Post received the information", "info_received"),
    ("The Item is at the shippers warehouse", "info_received"),
    ("La poste a reçu l’information", "info_received"),
    ("Données liées au colis reçues.", "info_received"),
    ("Préenregistré", "info_received"),
    # French explanations: a label or a parcel "ready" is not yet taken in charge; a parcel
    # waiting for "affectation" at a sorting centre moves on; Chronopost's delivery to a pickup
    # point waits for the recipient.
    ("Colis prêt", "info_received"),
    ("colis en attente d'affectation", "in_transit"),
    ("Livré à un point de retrait.", "available_for_pickup"),
    # Italian explanations: Logivery's "Prenotato" (label made, pickup planned); Faster
    # Service's wrong address is a failed delivery; Poste Italiane's return to the sender and
    # its notice of storage (the item waits at the post office).
    ("Prenotato", "info_received"),
    ("Indirizzo non corretto", "delivery_failed"),
    ("restituzione al mittente", "returned"),
    ("Avviso di giacenza", "available_for_pickup"),
    # Spanish explanations: GLS's "Grabado" (pre-registered), Jipink's "A colectar" and
    # "Colectado", Enviatodo's generated guide.
    ("Grabado", "info_received"),
    ("A colectar", "info_received"),
    ("Colectado", "in_transit"),
    ("Creado/Guía generada", "info_received"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_explained_status_is_read(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_words_that_decided() -> None:
    assert read_status("Internal exception occurred").evidence == "Internal exception occurred"
    assert read_status("Indirizzo non corretto").evidence == "Indirizzo non corretto"


KEPT = [
    # Interrapidísimo's annulled guide (code-index 48079074754, SOURCES.md tenth round) stays a
    # cancellation: a guide generated and then annulled is no shipment waiting for its parcel.
    ("La guía generada es anulada del sistema.", "cancelled"),
    # Interrapidísimo: created in the system without being received at the depot.
    ("El envío se encuentra creado en sistema sin la recepción en centro logístico.", "info_received"),
]


@pytest.mark.parametrize(("raw", "expected"), KEPT)
def test_earlier_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected
