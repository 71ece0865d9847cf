"""German and Dutch read by their meaning (status_phrases_meaning_west_germanic_14, round 106): bookings and their
confirmation, goods booked out at the shipper's, a hand-over to the carrier, a departure, an expected date updated,
missing data, a shortfall, an error needing a person, a partial delivery and in Dutch a parcel to be collected; in other
words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other
steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Booked, requested or confirmed: the carrier knows of the parcel, does not have it yet.
    ("Ihre Buchung wurde vom Spediteur bestätigt", "info_received"),
    ("Buchung beim Frachtführer angefragt", "info_received"),
    ("Transportauftrag wurde erstellt", "info_received"),
    ("Transportbuchung", "info_received"),
    ("Warenausgang beim Hersteller gebucht", "info_received"),
    # Handed over, or collected at the sender's: on the way.
    ("Übergabe an einen Dienstleister erfolgt", "in_transit"),
    ("Paket wurde beim Absender vom Fahrer abgeholt", "in_transit"),
    ("ABFAHRT", "in_transit"),
    ("Voraussichtlicher Liefertermin wurde geändert", "in_transit"),
    # Missing data, a shortfall, a person needed: exception.
    ("Unvollständige Sendungsdaten - Klärung läuft", "exception"),
    ("Fehlende Sendungsdaten", "exception"),
    ("Fehlmenge bei Wareneingang festgestellt", "exception"),
    ("Ein Teil der Sendung fehlt", "exception"),
    ("Störung: manuelles Eingreifen nötig", "exception"),
    # A partial delivery, the whole status.
    ("Teilzustellung", "delivered"),
    # Dutch: to be collected.
    ("Uw pakket ligt te afhalen", "available_for_pickup"),
    ("Zending te afhalen", "available_for_pickup"),
]

COUNTER_EXAMPLES = [
    # A carrier's own words keep their readings.
    ("Sendung an Transportdienstleister übergeben", "in_transit"),
    ("Die Sendung liegt im Paketshop zur Abholung bereit", "available_for_pickup"),
    ("Annahme verweigert", "delivery_failed"),
    ("Die Sendung wurde storniert.", "cancelled"),
    # Left alone: goods out, a notice, packing, a warning, an error.
    ("Warenausgang", "unknown"),
    ("Avisierung", "unknown"),
    ("Verpackt", "unknown"),
    ("Warnung", "unknown"),
    ("Fehler", "unknown"),
    # Dutch: "af te halen" and a service point keep their readings.
    ("Af te halen", "available_for_pickup"),
    ("Te afhalen bij het servicepunt", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_west_germanic_meaning_14(text: str, expected: str) -> None:
    assert read_status(text).status == expected
