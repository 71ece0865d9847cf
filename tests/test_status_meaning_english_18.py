"""English read by its meaning (status_phrases_meaning_english_18, round 53): a platform's statuses before the carrier
has the parcel and when it is held, in other words than the development corpus's rows, written by the team to DESIGN
§4's statuses. Counter-examples: texts other steps read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Shipment draft", "info_received"),
    ("Order ready to be dispatched", "info_received"),
    ("Parcel assigned to drivers", "info_received"),
    ("Issue reported to the management", "exception"),
]

COUNTER_EXAMPLES = [
    # Dispatched from a hub moves on; one driver named is the last leg, as the earlier steps read it.
    ("Dispatched from the sorting hub", "in_transit"),
    ("Package assigned to the driver", "out_for_delivery"),
    ("Out for delivery with our driver", "out_for_delivery"),
    ("Delivered to the recipient", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_english_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
