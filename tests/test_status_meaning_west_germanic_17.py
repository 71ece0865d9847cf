"""German read by its meaning (status_phrases_meaning_west_germanic_17, round 125): a parcel kept at customs, parcel
data entered in a carrier's system, a tracking that no longer updates, a shipment that needs attention, shipment
information received, shipping booked, a delivery rescheduled and a proof of delivery as the whole status. In other
words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other
steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Sendung wird beim Zoll einbehalten", "exception"),
    ("Paket im Zoll eingelagert", "exception"),
    ("Die Sendung wurde im GLS IT-System angelegt", "info_received"),
    ("Sendungsdaten im System registriert", "info_received"),
    ("Keine Aktualisierungen mehr", "expired"),
    ("Sendungsverfolgung wird nicht mehr aktualisiert", "expired"),
    ("Ihre Lieferung braucht Aufmerksamkeit", "exception"),
    ("Aufmerksamkeit nötig", "exception"),
    ("Die Zustellung wurde neu terminiert", "exception"),
    ("Die Sendungsinformation ist eingegangen", "info_received"),
    ("Der Versand wurde gebucht", "info_received"),
    ("Liefernachweis vorhanden", "delivered"),
]

COUNTER_EXAMPLES = [
    # Read before this pass: customs clearance under way, a parcel held at customs, a scan at a parcel centre, a
    # no-update period, a delivery put off.
    ("Zollabfertigung läuft", "in_transit"),
    ("Beim Zoll zurückgehalten", "exception"),
    ("Sendung im Paketzentrum erfasst", "in_transit"),
    ("Keine Aktualisierung seit 30 Tagen", "expired"),
    ("Zustellung verschoben", "exception"),
    # Left alone: received by whom, not said; a proof of delivery asked for is no delivery.
    ("Empfangen", "unknown"),
    ("Zustellnachweis angefordert", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_west_germanic_meaning_17(text: str, expected: str) -> None:
    assert read_status(text).status == expected
