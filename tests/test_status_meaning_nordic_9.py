"""Norwegian, Danish, Swedish and Finnish read by their meaning (status_phrases_meaning_nordic_9, round 106): a print
shop's states before the carrier, a parcel at the post office for collection, and in Finnish a parcel at the sorting
centre; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The print shop: before the carrier, then on the way.
    ("Ordren er sendt til trykkeriet", "info_received"),
    ("Filerne er leveret til trykkeri", "info_received"),
    ("Beställningen skickad till tryckeriet", "info_received"),
    ("Pakken er sendt fra trykkeriet", "in_transit"),
    ("Leveret ud fra trykkeri", "in_transit"),
    # At the post office for collection.
    ("Pakken er levert til postkontoret", "available_for_pickup"),
    ("Pakken er leveret til posthuset", "available_for_pickup"),
    ("Paketet levererad till postkontoret", "available_for_pickup"),
    # Finnish: at the sorting centre.
    ("LAJITTELUKESKUS", "in_transit"),
    ("Paketti on lajittelukeskuksessa Vantaalla", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Delivered and sent keep their readings.
    ("Pakken er levert", "delivered"),
    ("Sendt", "in_transit"),
    ("Levert til hentested", "available_for_pickup"),
    # Arriving at and leaving the sorting centre keep their readings.
    ("Saapunut lajittelukeskukseen", "in_transit"),
    ("Pakke sendt til tredjepart", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_nordic_meaning_9(text: str, expected: str) -> None:
    assert read_status(text).status == expected
