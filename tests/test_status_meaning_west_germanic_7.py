"""German and Dutch read by their meaning (status_phrases_meaning_west_germanic_7, round 62): an order pending, created,
transmitted, whose transmission failed, deleted or stopped, and a Dutch parcel announced but not yet sorted or received
by its carrier, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("ausstehend", "info_received"),
    ("Auftrag angelegt", "info_received"),
    ("Sendung wurde angelegt", "info_received"),
    ("Bestellung übermittelt", "info_received"),
    ("Auftrag wurde übermittelt", "info_received"),
    ("Übermittlung fehlgeschlagen", "exception"),
    ("Bestellung gelöscht", "cancelled"),
    ("Auftrag wurde gelöscht", "cancelled"),
    ("Dauerbestellung beendet", "cancelled"),
    ("Beendete Abobestellung", "cancelled"),
    ("Pakket zit nog niet in het sorteerproces", "info_received"),
    ("Pakket ontvangen door de vervoerder", "in_transit"),
    ("Aangemeld en ontvangen door pakketdienst", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Not yet received by the carrier is only data, as the earlier steps read it.
    ("Zending aangemeld maar nog niet ontvangen door de vervoerder", "info_received"),
    # A payment outstanding, a bare processed: what became of the order is not said.
    ("Zahlung ausstehend", "unknown"),
    ("Verarbeitet", "unknown"),
    # A return created is a return, as the outcome steps read it.
    ("Rücksendung angelegt", "returned"),
    # Electronic data sent to the carrier is the information the earlier steps read.
    ("Daten übermittelt", "info_received"),
    # A delivery that failed is the failed delivery the earlier steps read, not a failed transmission.
    ("Zustellung fehlgeschlagen", "delivery_failed"),
    # A parcel expected by the carrier, with nothing said of its sorting, moves on as before.
    ("Zending wordt verwacht", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_german_and_dutch_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
