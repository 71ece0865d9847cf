"""Dutch read by their meaning (status_phrases_meaning_west_germanic_8, round 70): a delivery not made, a shipment
created, ready for collection, no recent updates, attention needed, in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Uw pakket is niet geleverd", "delivery_failed"),
    ("Zending werd niet geleverd", "delivery_failed"),
    ("Pakket niet geleverd wegens onvolledig adres", "delivery_failed"),
    ("Verzending aangemaakt", "info_received"),
    ("Zending is aangemaakt", "info_received"),
    ("Pakket klaar voor ophaling", "available_for_pickup"),
    ("Klaar voor afhaling in de winkel", "available_for_pickup"),
    ("Geen recente tracking updates", "expired"),
    ("Actie vereist", "exception"),
    ("Aandacht nodig", "exception"),
]

COUNTER_EXAMPLES = [
    # Delivered is delivered; a delivery expected on a day moves on.
    ("Geleverd", "delivered"),
    ("Wordt morgen bezorgd", "in_transit"),
    # A bare processing: an order's or a hub's, not said.
    ("Verwerking", "unknown"),
    # An order created is not said to be a shipment: left alone.
    ("Bestelling aangemaakt", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_dutch_shipment_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
