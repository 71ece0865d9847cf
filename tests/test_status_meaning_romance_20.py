"""Italian shipment states read by meaning (status_phrases_meaning_romance_20, round 66): a tracking number assigned
before the carrier has the parcel, in other words than the development corpus's rows, written by the team to DESIGN
§4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Numero di tracking assegnato", "info_received"),
    ("Codice di tracciamento assegnato", "info_received"),
]

COUNTER_EXAMPLES = [
    # A tracking number updated, not said to be assigned, is left alone; a shipment taken in charge moves.
    ("Tracking aggiornato", "unknown"),
    ("Spedizione presa in carico dal corriere", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_italian_shipment_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
