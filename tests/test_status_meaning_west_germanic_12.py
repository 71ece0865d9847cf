"""German and Dutch read by their meaning (status_phrases_meaning_west_germanic_12, round 94): a pickup possible until
a date as waiting at the pickup point; a delivery problem as an exception; an incomplete or wrong address as a failed
delivery; Dutch customs handling as movement; in other words than the development corpus's rows, written by the team
to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A pickup possible until a date, even after a Packstation or branch drop: the recipient's deadline.
    ("Ihr Paket wurde in der Filiale eingeliefert, Abholung bis zum 12.11. möglich", "available_for_pickup"),
    ("Abholung noch bis Freitag möglich", "available_for_pickup"),
    # A delivery problem as the whole status.
    ("Zustellprobleme", "exception"),
    ("Problem bei der Zustellung", "exception"),
    # The address incomplete or wrong: the courier could not deliver.
    ("Anschrift des Empfängers unzureichend", "delivery_failed"),
    ("Unvollständige Lieferadresse", "delivery_failed"),
    ("Zustelladresse ist falsch", "delivery_failed"),
    # Dutch customs handling as the whole status: the normal clearance.
    ("In douaneafhandeling", "in_transit"),
    ("Zending douaneafhandeling gestart", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Handed in at a Packstation by the sender, no pickup deadline: moving on, as before.
    ("Die Sendung wurde in die Packstation eingeliefert.", "in_transit"),
    # A pickup not possible is not a waiting parcel: the outcome words keep it.
    ("Abholung bis 05.10. nicht möglich", "delivery_failed"),
    # The outcome words keep what they read.
    ("Adresse fehlerhaft", "delivery_failed"),
    ("Die Sendung wurde beschädigt und wird nachverpackt.", "exception"),
    ("Die Sendung wurde beschädigt.", "damaged"),
    ("Zollabfertigung", "in_transit"),
    # Collected alone stays as the earlier passes read it (taken from the sender).
    ("Abgeholt", "in_transit"),
    ("Opgehaald", "in_transit"),
    # Notified: of a card, a pickup or a delivery, not said.
    ("Der Empfänger wurde benachrichtigt.", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_west_germanic_meaning_12(text: str, expected: str) -> None:
    assert read_status(text).status == expected
