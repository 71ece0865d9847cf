"""Danish, Norwegian and Swedish orders before the carrier read by their meaning (status_phrases_meaning_nordic_11,
round 125): an order received or registered by the shop, the shop packing it, a parcel packed and waiting to be handed
to the carrier, an order prepared or in production. In other words than the development corpus's rows, written by the
team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Bestillingen er modtaget", "info_received"),
    ("Ordern har mottagits", "info_received"),
    ("Bestillingen er mottatt", "info_received"),
    ("Vi har mottagit din order", "info_received"),
    ("Ordern är registrerad", "info_received"),
    ("Vi packar din order och skickar den snart, paketet lämnar lagret i morgon", "info_received"),
    ("Vi pakker din ordre", "info_received"),
    ("Försändelsen har blivit packad", "info_received"),
    ("Paketet väntar på att överlämnas till PostNord", "info_received"),
    ("Beställningen plockas", "info_received"),
    ("Ordren er i produktion", "info_received"),
    ("Under produksjon", "info_received"),
]

COUNTER_EXAMPLES = [
    # Read before this pass: a parcel received at a terminal, the carrier taking the shipment, a parcel waiting for
    # the buyer at the pickup point, on its way to you.
    ("Modtaget på terminal", "in_transit"),
    ("PostNord har tagit emot försändelsen", "in_transit"),
    ("Paketet väntar på att hämtas", "available_for_pickup"),
    ("Paketet är på väg till dig", "out_for_delivery"),
    # Left alone: processed by whom, not said; a check of goods going out or coming back; packed, or the parcel in
    # Dutch.
    ("Behandles", "unknown"),
    ("Kvalitetskontrol", "unknown"),
    ("Pakket", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_nordic_meaning_11(text: str, expected: str) -> None:
    assert read_status(text).status == expected
