"""French read by its meaning (status_phrases_meaning_fr_hu_ro_8, round 52; the file is named one on, as the fifth and
seventh passes' tests are): a courier on his way to the sender or the collection and a parcel ready to be sent, in
other words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: the
courier on his way to the recipient and a parcel sent, read by other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Le livreur est en route vers le vendeur", "info_received"),
    ("Coursier en chemin pour le ramassage", "info_received"),
    ("Colis prêt à être expédié", "info_received"),
]

COUNTER_EXAMPLES = [
    ("Le livreur est en route vers votre adresse", "out_for_delivery"),
    ("Colis expédié", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_french_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
