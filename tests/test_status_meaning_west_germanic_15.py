"""German read by its meaning (status_phrases_meaning_west_germanic_15, round 112): the order data recorded or sent, a
NAB scan, a delivery obstacle for the address to be clarified, a delivery into a parcel shop. In other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Auftragsdaten sind elektronisch übermittelt", "info_received"),
    ("Die Auftragsdaten sind erfasst", "info_received"),
    ("NAB-Scan um 10:42", "delivery_failed"),
    ("Zustellhindernis: Adressklärung erforderlich", "exception"),
    ("Zustellung in den Paketshop erfolgt", "available_for_pickup"),
    ("Paketzustellung im GLS Shop", "available_for_pickup"),
]

COUNTER_EXAMPLES = [
    # Already read before this pass: a scan in the sorting centre, order data recorded, a shop pickup.
    ("Die Sendung wurde in unserem Sortierzentrum erfasst.", "in_transit"),
    ("Auftragsdaten erfasst", "info_received"),
    ("Zustellhindernis (z. B. Adressklärung)", "exception"),
    ("Annahme verweigert", "delivery_failed"),
    ("Sendung liegt zur Abholung bereit", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_west_germanic_meaning_15(text: str, expected: str) -> None:
    assert read_status(text).status == expected
