"""Romanian and Hungarian read by their meaning (status_phrases_meaning_fr_hu_ro_19, round 98): a parcel in the
delivery point or at a parcel shop; a waybill not found; handed to or received by a named carrier; the courier about
to deliver; a parcel registered; before posting, packing, waiting for the courier; a hitch. In other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # In the delivery point, or delivered or left at a parcel shop: waiting for the addressee.
    ("Expeditia a fost depusa in punctul de livrare ales", "available_for_pickup"),
    ("Pachetul a sosit in punctul de livrare", "available_for_pickup"),
    ("Comanda livrata la un parcelshop din apropiere", "available_for_pickup"),
    ("Colet lasat la parcel shop", "available_for_pickup"),
    # A waybill not found.
    ("AWB nu exista in sistem", "unknown"),
    ("Ne pare rău, AWB-ul nu a fost găsit", "unknown"),
    # Handed to, or received by, a named carrier.
    ("Expeditorul a predat coletul curierului", "in_transit"),
    ("Expedierea a fost predată către GLS", "in_transit"),
    ("Curierul a preluat coletul", "in_transit"),
    ("Sameday a primit expediția", "in_transit"),
    # The courier about to carry out the delivery.
    ("Curierul nostru urmează să facă livrarea astăzi", "out_for_delivery"),
    # Registered, as the whole status.
    ("Trimiterea a fost înregistrată", "info_received"),
    # Hungarian: before posting, being packed, waiting for the courier to collect; a hitch.
    ("A csomag még feladás előtt áll", "info_received"),
    ("Csomagolás alatt", "info_received"),
    ("A rendelés futárra felvételére vár", "info_received"),
    ("Fennakadás", "exception"),
]

COUNTER_EXAMPLES = [
    # Handed to the addressee, delivered, or in an easybox: as read.
    ("Coletul a fost predat destinatarului", "delivered"),
    ("Livrat", "delivered"),
    ("Depus in easybox", "available_for_pickup"),
    # Arrived on the way, in transit: as read.
    ("Coletul a ajuns in depozit", "in_transit"),
    ("In tranzit", "in_transit"),
    # Hungarian: arrived (read as on its way), delivered, out for delivery: as read.
    ("Megérkezett", "in_transit"),
    ("Kézbesítve", "delivered"),
    ("Kézbesítés alatt", "out_for_delivery"),
    # A bare "handed over" (to whom, not said): left alone.
    ("Predat", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fr_hu_ro_meaning_19(text: str, expected: str) -> None:
    assert read_status(text).status == expected
