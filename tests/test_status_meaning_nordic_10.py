"""Danish, Norwegian and Swedish return shipments read by their meaning (status_phrases_meaning_nordic_10, round 119),
and the Danish "verificeret" no longer taken for the Italian check. In other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Din returpakke er undervejs", "returned"),
    ("Returforsendelsen er ute for levering", "returned"),
    ("Returpaketet är på väg till oss", "returned"),
    ("Returforsendelse sendt", "returned"),
    ("Pakken er undervejs (verificeret)", "in_transit"),
    ("Status kan ikke verificeres", "unknown"),
]

COUNTER_EXAMPLES = [
    # Read before this pass: a parcel on its way, out for delivery, going back; the Italian check still a hold.
    ("Pakken er på vej", "in_transit"),
    ("Pakken er ude til levering", "out_for_delivery"),
    ("Pakken er på vej retur til afsender", "returned"),
    ("Spedizione in verifica", "exception"),
    ("Verificato dalla dogana", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_nordic_meaning_10(text: str, expected: str) -> None:
    assert read_status(text).status == expected
