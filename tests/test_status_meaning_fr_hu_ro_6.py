"""French tracking texts read by their meaning, fifth French pass (round 35, status_phrases_meaning_fr_hu_ro_5): the
terse refusals of relay-point networks' and shop modules' states, in other words than the development corpus's
rows, written by the team to DESIGN §4's statuses and labelled by what they say, never by what the reader outputs.
Counter-examples stand beside them: a return named with the refusal."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The one the parcel was for would not take it: a failed delivery.
    ("Refus destinataire", "delivery_failed"),
    ("Refus du client à la livraison", "delivery_failed"),
    ("Colis : refus de l'acheteur", "delivery_failed"),
    ("Livraison impossible - refus d'un client", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # A return named beside the refusal: the parcel goes back.
    ("Retour à l'expéditeur suite refus destinataire", "returned"),
    ("Retour suite refus client", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fifth_french_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
