"""Chinese read by its meaning (status_phrases_meaning_east_asian_15, round 69): the states cross-border tracking tools
show beside 17TRACK's, in other words than the development corpus's rows where the words allow, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Gone out of the country: in transit.
    ("已出境", "in_transit"),
    # Information received before any scan: not yet with the carrier.
    ("已收到信息", "info_received"),
    ("收到物流信息", "info_received"),
]

COUNTER_EXAMPLES = [
    # A seller's alert that the parcel is not online in time, and no information received, are not these states.
    ("上网超时", "unknown"),
    ("未收到信息", "unknown"),
    # Already read by the earlier steps.
    ("已上网", "in_transit"),
    ("运输过久", "expired"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_tracking_tools_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
