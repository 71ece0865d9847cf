"""Swedish and Danish read by their meaning (status_phrases_meaning_nordic_4, round 55): a parcel prepared for delivery
at the carrier, a consignment only documented or planned, in other words than the development corpus's rows, written
by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Försändelsen förbereds för utdelning", "in_transit"),
    ("Ditt paket förbereds för leverans", "in_transit"),
    ("Forsendelsen er planlagt", "info_received"),
    ("Dokumentationen er indsendt", "info_received"),
]

COUNTER_EXAMPLES = [
    # A shop preparing the order and a delivery date planned are not read here; the delivery round ("utkörning") is
    # read by the earlier steps as the last leg.
    ("Ordern förbereds för leverans", "unknown"),
    ("Ditt paket förbereds för utkörning", "out_for_delivery"),
    ("Levering planlagt", "unknown"),
    ("Pakken er leveret", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_nordic_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
