"""Hard distinctions of the twenty-third round (a): Italian wording read by its word forms
(status_phrases_romance, last steps), from Poste Italiane's Poste Delivery Business API and Cerca
spedizioni legend, recorded Poste Italiane, SDA and GLS Italy traces and the Italian renderings of
USPS, China Post and UPS events. Each expected status is the source's own code or meaning, or
DESIGN §4 where it is narrower (full references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-third round, a)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Tracking or information not available, an invalid code: nothing known, not a pickup point.
    ("Tracciatura non disponibile", "unknown"),
    ("Informazioni di tracciamento non disponibili", "unknown"),
    ("Codice non valido", "unknown"),
    ("Codice spedizione non valido", "unknown"),
    # Collected digitally: delivered, not picked up from the sender.
    ("Ritirata in digitale", "delivered"),
    ("Raccomandata ritirata in modalità digitale", "delivered"),
    # In storage waiting for the sender's release: a problem.
    ("Da svincolare.", "exception"),
    ("Spedizione in giacenza da svincolare", "exception"),
    # A recipient who cannot be identified or traced fails the delivery.
    ("Destinatario non individuabile.", "delivery_failed"),
    ("Il destinatario non è rintracciabile", "delivery_failed"),
    # Acceptance still pending, an order created or processed: not yet with the carrier.
    ("Spedizione ricevuta, Accettazione pacco in sospeso", "info_received"),
    ("Ordine logistico creato", "info_received"),
    ("Ordine elaborato Pronto per UPS", "info_received"),
    # Out for the delivery, however it is put.
    ("Fuori per la consegna", "out_for_delivery"),
    ("Pacco fuori per consegna", "out_for_delivery"),
    # A customs check concluded, processing, processed through a facility, handed to air transport: moving on.
    ("Verifica doganale conclusa", "in_transit"),
    ("Controllo doganale completato", "in_transit"),
    ("La spedizione e' in stato di lavorazione", "in_transit"),
    ("Il pacco è in fase di lavorazione", "in_transit"),
    ("Elaborato per struttura", "in_transit"),
    ("Trasformati attraverso la struttura", "in_transit"),
    ("elaborato attraverso l'impianto regionale", "in_transit"),
    ("Elaborato presso il centro di smistamento", "in_transit"),
    ("Consegnato al trasporto aereo", "in_transit"),
    ("Spedizione consegnata alla compagnia aerea", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_word_forms_decide_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Tracciatura non disponibile") == Reading("unknown", "Tracciatura non disponibile", "text")
    assert read_status("Consegnato al trasporto aereo") == Reading(
        "in_transit", "Consegnato al trasporto aereo", "text")


# The narrow phrases stay narrow: a return or a delivery named in the text still decides, a parcel
# available at a point still waits for pickup, a customs hold stays a problem, a bare delivery and a
# hand-over to the courier keep their readings.
NOT_WIDENED = [
    ("Reso in corso di lavorazione", "returned"),
    ("Disponibile per il ritiro presso l'Ufficio Postale", "available_for_pickup"),
    ("Spedizione trattenuta per verifica doganale", "exception"),
    ("Consegnata al destinatario", "delivered"),
    ("Consegnato al corriere", "in_transit"),
    ("Ritirata dal destinatario", "delivered"),
    ("Destinatario assente", "delivery_failed"),
    ("PROCESSATA PRESSO FILIALE DI CONSEGNA", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected
