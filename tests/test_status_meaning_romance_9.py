"""Italian and Spanish read by their meaning (status_phrases_meaning_romance_9, round 50): a parcel at a pickup point,
one left there too long and a courier that received the shipment, in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses and labelled by what the sentence says. Counter-examples: a parcel moving
on, one waiting within its time, one going back after its storage and a courier's request received."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("La spedizione è arrivata presso il punto di ritiro", "available_for_pickup"),
    ("Collo arrivato presso il locker scelto", "available_for_pickup"),
    ("Il pacco è rimasto in giacenza oltre il termine", "exception"),
    ("Spedizione rimasta in giacenza troppo a lungo", "exception"),
]

COUNTER_EXAMPLES = [
    # Arrived at a hub: moving on.
    ("Spedizione arrivata al centro di smistamento", "in_transit"),
    # Waiting at the point within its time.
    ("Pacco in giacenza presso il punto di ritiro", "available_for_pickup"),
    # Left too long and going back to the sender: a return.
    ("Rimasto in giacenza troppo a lungo, in restituzione al mittente", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_pickup_point_end_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
