"""German read by their meaning (status_phrases_meaning_west_germanic_9, round 73): "as soon as" it is on its way or
sent, a parcel created, an order being prepared, be ready to take it in, the next attempt, in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Wir melden uns, sobald die Sendung versandt wurde", "info_received"),
    ("Sobald der Bote mit dem Paket unterwegs ist, bekommen Sie eine SMS", "info_received"),
    ("Die Sendung wurde erstellt", "info_received"),
    ("Ihr Paket wird bei uns vorbereitet", "info_received"),
    ("Das Paket wird gerade vorbereitet", "info_received"),
    ("Halten Sie sich bitte zur Annahme bereit", "out_for_delivery"),
    ("Beim nächsten Zustellversuch klappt es bestimmt", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # A driver already on the way is the last leg; a delivery prepared for today too.
    ("Der Fahrer ist mit Ihrem Paket unterwegs zu Ihnen", "out_for_delivery"),
    ("Zustellung heute wird vorbereitet", "out_for_delivery"),
    # Delivered and failed keep their words.
    ("Das Paket wurde zugestellt", "delivered"),
    # A return created is a return, not a new shipment.
    ("Rücksendung wurde erstellt", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_german_shipment_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
