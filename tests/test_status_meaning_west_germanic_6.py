"""German and Dutch order states read by their meaning (status_phrases_meaning_west_germanic_6, round 57): an order only
created, paid for, processed or in production, and what holds it before a carrier has it, in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Ihre Bestellung wurde angelegt", "info_received"),
    ("Bestellung angelegt, Zahlung offen", "info_received"),
    ("Zahlung eingegangen", "info_received"),
    ("Zahlung bestätigt", "info_received"),
    ("Ihre Bestellung ist in Produktion", "info_received"),
    ("In der Produktion", "info_received"),
    ("Ihre neue Bestellung", "info_received"),
    ("Bestellung wurde bestätigt", "info_received"),
    ("Uw bestelling is ontvangen", "info_received"),
    ("Je bestelling is geplaatst", "info_received"),
    ("Je bestelling is verzonden", "in_transit"),
    ("Lieferengpass beim Hersteller", "exception"),
    ("Handelsrechnung fehlt", "exception"),
    ("Fehlende Handelsrechnung", "exception"),
    ("Handelsrechnung wird benötigt", "exception"),
]

COUNTER_EXAMPLES = [
    # A delivery that failed is the failed delivery the earlier steps read, not a failed payment.
    ("Zustellung fehlgeschlagen", "delivery_failed"),
    # A failed cash-on-delivery payment names more than the payment: left alone.
    ("Nachnahme: Zahlung fehlgeschlagen", "unknown"),
    # A return created is a return, as the outcome steps read it.
    ("Rücksendung angelegt", "returned"),
    # A payment still outstanding, a production finished: what became of the order is not said.
    ("Zahlung ausstehend", "unknown"),
    ("Produktion abgeschlossen", "unknown"),
    # An order shipped is the movement the earlier steps read.
    ("Bestellung versandt", "in_transit"),
    # A parcel processed at a sorting centre moves on, as the broad steps read it: only an order processed is read here.
    ("Zending verwerkt in sorteercentrum", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_german_and_dutch_order_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
