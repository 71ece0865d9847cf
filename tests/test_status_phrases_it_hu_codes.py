"""Italian and Hungarian code-table wording (thirteenth round): a reason beside a step decides, an
abbreviated BRT reason is still a reason, and storage awaiting release is no pickup. Each case is
a published text labelled from its publisher's code or meaning (sources in lossanalytics/normalise/known_texts/SOURCES.md)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import canonical_status

CASES = [
    # BRT event names: abbreviated reasons fail the delivery, a local holiday delays it.
    ("Destin.Assente:LASCIATO AVVISO", "delivery_failed"),
    ("DESTINATAR.SCONOSC./INCOMPLETO", "delivery_failed"),
    ("INDIRIZ.INESISTENTE/INCOMPLETO", "delivery_failed"),
    ("CHIUSO PER TURNO", "delivery_failed"),
    ("FESTIVITA' PATRONALE", "exception"),
    ("DATI SPEDIZ. TRASMESSI A BRT", "info_received"),
    ("INOLTRO ALTRA FILIALE", "in_transit"),
    # Storage awaiting release is a problem; a notice of storage still waits for the recipient.
    ("IN GIACENZA ATTESA DI SVINCOLO", "exception"),
    ("Avviso di giacenza", "available_for_pickup"),
    # A hand-over to a sorting centre is no delivery; "not sorted" is no sorting.
    ("Consegnato al centro smistamento", "in_transit"),
    ("Non smistato", "exception"),
    ("Il pacco è in fase di invio al mittente", "returned"),
    ("Le informazioni di tracciamento non sono ancora disponibili", "unknown"),
    ("Non consegnato - Passaggio non effettuato", "exception"),
    # Hungarian code tables (GLS Hungary, Packeta, Sprinter, Magyar Posta, Express One).
    ("Átvétel megtagadása", "delivery_failed"),
    ("Rossz irányítószám", "delivery_failed"),
    ("HUB rakodási hiba", "exception"),
    ("Totálkár beérkezéskor", "damaged"),
    ("Eltűnt", "lost"),
    ("CsomagPontba letéve", "available_for_pickup"),
    ("A küldemény postán átvehető", "available_for_pickup"),
    ("A csomag megérkezett a PickPack Pontra.", "available_for_pickup"),
    ("Sikeres csomagátvétel", "delivered"),
    ("A csomagot a címzett átvette a Csomagpontban", "delivered"),
    ("A küldeményt a feladótól átvettük", "in_transit"),
    ("Kiadva futárnak", "out_for_delivery"),
    ("Ügyfeles adat fogadva", "info_received"),
    ("Feladónak visszakézbesítve", "returned"),
    ("Vissza a feladónak", "returned"),
    ("Törölve", "cancelled"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_code_table_wording_reads_its_meaning(text: str, expected: str) -> None:
    assert canonical_status(text) == expected


@pytest.mark.parametrize("text", ["Vissza a HUB-nak", "Ügyfeles felvétel"])
def test_a_move_back_to_the_hub_or_a_customer_pickup_order_is_no_return(text: str) -> None:
    assert canonical_status(text) not in {"returned", "delivered"}
