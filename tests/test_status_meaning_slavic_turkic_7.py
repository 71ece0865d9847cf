"""Turkish tracking texts read by their meaning, sixth Turkish module (round 36): a status that is only the place
"with the recipient", in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses and labelled by what they say, never by what the reader outputs. Counter-examples stand beside them: the
same word in a longer sentence about a problem, a recipient not reached, a parcel not with the recipient."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The whole status says the parcel is with the recipient: delivered.
    ("Alıcıda", "delivered"),
    ("Gönderi alıcıda", "delivered"),
    ("Paket alıcıda", "delivered"),
    ("Kargonuz alıcının elinde", "delivered"),
]

COUNTER_EXAMPLES = [
    # A problem on the recipient's side, without an outcome yet.
    ("Alıcıda sorun var", "exception"),
    # The recipient not reached: the attempt failed.
    ("Alıcıya ulaşılamadı", "delivery_failed"),
    # Not with the recipient says nothing of where the parcel is.
    ("Gönderi alıcıda değil", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_turkish_with_the_recipient_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
