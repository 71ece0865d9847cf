"""Italian read by their meaning (status_phrases_meaning_romance_29, round 99): a delivery not completed as a failed
delivery, a delivery rescheduled or put off as a delay (an exception), a shipment at a branch as movement; in other
words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other
steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The delivery not completed.
    ("La consegna non è stata completata", "delivery_failed"),
    ("Consegna non portata a termine", "delivery_failed"),
    # Rescheduled or put off, no reason: a delay.
    ("Consegna rinviata", "exception"),
    ("La consegna è stata posticipata", "exception"),
    # At a branch as the whole text.
    ("Pacco arrivato in filiale", "in_transit"),
    ("Spedizione in filiale", "in_transit"),
]

COUNTER_EXAMPLES = [
    # A reason named decides first.
    ("Consegna non completata per assenza del destinatario", "delivery_failed"),
    # A scheduled delivery is on its way, not a delay.
    ("Consegna programmata per domani", "in_transit"),
    # Waiting at the branch for the recipient is ready for pickup.
    ("Disponibile in filiale", "available_for_pickup"),
    # Left alone: whose check is not said; a problem during the round.
    ("Stato da verificare", "exception"),
    ("Problema rilevato durante la consegna", "exception"),
    ("Ordine in filiale", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_romance_meaning_29(text: str, expected: str) -> None:
    assert read_status(text).status == expected
