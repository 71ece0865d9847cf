"""German and Dutch read by their meaning (status_phrases_meaning_west_germanic_10, round 78): "or some other"
exception, a parcel not collected, seized by customs, no update for a while, a departure flight, parcel data
received or a pickup about to happen, in preparation, the recipient contacted before delivery, left at the door or
with a neighbour, an address problem, in Dutch not accepted and not reachable, in other words than the development
corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this
pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Mögliche Ursachen: Verzögerung, Schaden oder sonstige Störung", "exception"),
    ("Verlust, Rückversand und sonstige Probleme", "exception"),
    ("Die Sendung wurde vom Empfänger nicht abgeholt", "exception"),
    ("Paket in der Filiale nicht abgeholt", "exception"),
    ("Beschlagnahmt durch den Zoll", "exception"),
    ("Sendung vom Zoll einbehalten", "exception"),
    ("Keine Updates mehr seit zwei Wochen", "expired"),
    ("Abflug ab Flughafen Leipzig", "in_transit"),
    ("Paketdaten wurden empfangen", "info_received"),
    ("Paket steht kurz vor der Abholung durch den Kurier", "info_received"),
    ("Bestellung in Vorbereitung", "info_received"),
    ("Kunde wurde vor der Zustellung telefonisch kontaktiert", "out_for_delivery"),
    ("Vor der Wohnungstür abgelegt", "delivered"),
    ("Beim Nachbarn hinterlassen", "delivered"),
    ("Anschriftsproblem", "delivery_failed"),
    ("Pakket niet in ontvangst genomen", "delivery_failed"),
    ("De geadresseerde heeft het pakket niet geaccepteerd", "delivery_failed"),
    ("Klant was niet bereikbaar", "delivery_failed"),
    ("Bezorgadres niet bereikbaar", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # Not collected yet, or not by the courier: a pickup from the sender, read as movement by the broad words.
    ("Das Paket wurde noch nicht abgeholt", "in_transit"),
    ("Die Sendung wurde vom Kurier nicht abgeholt", "in_transit"),
    # A return named keeps the return, even with "nicht abgeholt" after it.
    ("Sendung an den Absender zurück, da nicht abgeholt", "returned"),
    # Naming several outcomes without "or some other exception" stays unread.
    ("Verlust oder Beschädigung", "unknown"),
    # Customs clearance done is movement; "Problem mit der Anschrift" keeps the problem word.
    ("Zollabfertigung abgeschlossen", "in_transit"),
    ("Problem mit der Anschrift", "exception"),
    # Not yet taken in by the carrier: a handover still to come, read by the broad words as movement.
    ("Zending nog niet aangenomen door de vervoerder", "in_transit"),
    # On its way to you: the last-leg words, left alone.
    ("Paket ist unterwegs zu Ihnen", "out_for_delivery"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_german_and_dutch_exceptions_and_failures_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
