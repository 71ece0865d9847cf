"""English read by its meaning (status_phrases_meaning_english_21, round 57): an integration platform's bare names for a
courier's states and a marketplace's order pending, in other words than the development corpus's rows where the words
allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("aviso", "available_for_pickup"),
    ("Waiting at pickup point", "available_for_pickup"),
    ("Waiting at the collection point", "available_for_pickup"),
    ("Your order is pending", "info_received"),
]

COUNTER_EXAMPLES = [
    # A return label or a return requested is not the parcel on its way back.
    ("Return label created", "unknown"),
    ("Return requested", "unknown"),
    # A point of entry is not a pickup point.
    ("Waiting at point of entry", "unknown"),
    ("Returned to sender", "returned"),
    # A payment pending may be duties as often as an order's payment; an order pending review names more.
    ("Payment pending", "unknown"),
    ("Order pending review", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_bare_platform_names_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
