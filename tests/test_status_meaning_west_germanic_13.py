"""German and Dutch read by their meaning (status_phrases_meaning_west_germanic_13, round 99): an order not yet sent,
goods being picked, packed and waiting for a label, an order registered, and in Dutch an order placed on a date or
being dispatched now, all before the carrier; in other words than the development corpus's rows, written by the team
to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Not yet sent: still with the shop.
    ("Ihre Bestellung wurde noch nicht verschickt", "info_received"),
    ("Artikel noch nicht versandt", "info_received"),
    # Picked, packed, registered at the shop.
    ("Deine Artikel werden jetzt kommissioniert", "info_received"),
    ("Kommissionierung im Lager läuft", "info_received"),
    ("Paket gepackt, wartet auf das Versandetikett", "info_received"),
    ("Ihre Bestellung wurde registriert", "info_received"),
    # Dutch: ordered on a date, being dispatched now.
    ("Bestelling besteld op maandag 3 maart", "info_received"),
    ("Besteld op 12 okt.", "info_received"),
    ("Je pakket wordt nu verzonden", "info_received"),
]

COUNTER_EXAMPLES = [
    # Sent: moving, as before.
    ("Versandt", "in_transit"),
    ("Noch nicht versendet", "info_received"),
    # Not yet delivered stays a failed delivery, as the outcome words read it.
    ("Noch nicht zugestellt", "delivery_failed"),
    # A label made is read as before the carrier already.
    ("Für die Sendung wurde ein Versandlabel erstellt", "info_received"),
    # Dutch: delivered on a date, and a delivery under way now, keep their readings.
    ("Pakket bezorgd op 3 maart", "delivered"),
    ("Zending wordt momenteel bezorgd", "in_transit"),
    # Left alone: "uns" does not say whose, "zu dir" stays the last leg, a bare "Besteld" and "Entgegengenommen".
    ("Paket ist unterwegs zu uns", "in_transit"),
    ("Unterwegs zu dir", "out_for_delivery"),
    ("Besteld", "unknown"),
    ("Entgegengenommen", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_west_germanic_meaning_13(text: str, expected: str) -> None:
    assert read_status(text).status == expected
