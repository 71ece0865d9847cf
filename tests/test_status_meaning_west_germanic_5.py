"""German tracking texts read by their meaning, fifth West Germanic pass (round 34): a carrier still seeking another
address, a recipient missing from a directory, directions needed, a parcel kept for a later delivery date, in other
words than the development corpus's rows. Written by the team to DESIGN §4's statuses and labelled by what they say,
never by what the reader outputs. Counter-examples stand beside them: a parcel that cannot go to a P.O. box with no
new address sought, one delivered to an alternative address, one delivered at last."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Another or a new address being sought: a hold while the address is put right.
    ("Die Anschrift ist unvollständig. Wir bemühen uns, eine neue Adresse zu ermitteln.", "exception"),
    ("Sendung kann nicht zugestellt werden, wir versuchen, die korrekte Anschrift zu erhalten", "exception"),
    ("Zustellung nicht möglich, eine andere Lieferadresse wird ermittelt", "exception"),
    # Not in the directory, directions needed: the driver could not find the recipient.
    ("Empfänger nicht im Firmenverzeichnis", "delivery_failed"),
    ("Name nicht im Mitarbeiterverzeichnis gefunden", "delivery_failed"),
    ("Für die Zustellung wird eine Wegbeschreibung benötigt", "delivery_failed"),
    # Kept for a later delivery date: a hold.
    ("Sendung wird auf einen späteren Liefertermin gelagert", "exception"),
    ("Paket für einen späteren Zustelltag zurückgehalten", "exception"),
]

COUNTER_EXAMPLES = [
    # A parcel that cannot go to a P.O. box, with no other address sought: a failed delivery.
    ("Ihr Paket kann nicht an ein Postfach zugestellt werden.", "delivery_failed"),
    # Delivered to an alternative address, delivered at last.
    ("Paket an alternative Zustelladresse zugestellt", "delivered"),
    ("Das Paket wurde zugestellt", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fifth_west_germanic_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
