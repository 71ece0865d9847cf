"""Czech read by their meaning (status_phrases_meaning_slavic_turkic_29, round 91): a problem in transport as an
exception; an order received, waiting to be processed, being prepared, packed or confirmed as information received; a
parcel flown out or in as movement; a parcel that will not arrive as an exception; a parcel long without movement as
expired; in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A problem in transport: exception, not movement.
    ("Zásilka: problém v přepravě", "exception"),
    ("U zásilky jsou známky problému v přepravě", "exception"),
    # An order received or waiting to be processed, goods being prepared, packed or confirmed: before the carrier.
    ("Objednávku jsme přijali, brzy ji odešleme", "info_received"),
    ("Objednávka čeká na zpracování", "info_received"),
    ("Zboží se připravuje k expedici", "info_received"),
    ("Právě balíme vaši zásilku", "info_received"),
    ("Potvrzena", "info_received"),
    # Flown out or arrived by air: moving on.
    ("Balík odletěl z Prahy", "in_transit"),
    # Will not arrive in time: a problem.
    ("Zásilka nedorazí včas", "exception"),
    # Long without movement or without a new record: no update for a long time.
    ("Balík je dlouho bez pohybu", "expired"),
    ("Dlouho nepřišel žádný nový záznam", "expired"),
]

COUNTER_EXAMPLES = [
    # Waiting for processing at a sorting centre, and in transport, stay movement.
    ("Zásilka čeká na zpracování v třídicím centru", "in_transit"),
    ("Zásilka je v přepravě", "in_transit"),
    ("Přílet na letiště v cílové zemi", "in_transit"),
    # Earlier steps' readings stay.
    ("Zásilka připravena k odeslání", "info_received"),
    ("Zásilka nedorazila", "exception"),
    ("Zásilka se vrací odesílateli", "returned"),
    # A problem in transport that names damage is read by the damage words.
    ("Problém v přepravě, zásilka poškozena", "damaged"),
    # Discarded or expired, being delivered or awaiting collection: the words do not say which, left alone.
    ("Vyřazeno", "unknown"),
    ("Doručováno", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_29(text: str, expected: str) -> None:
    assert read_status(text).status == expected
