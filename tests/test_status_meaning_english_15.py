"""English tracking texts read by their meaning, fifteenth pass (round 49): status reasons and platform events for
returns and the exceptions that are not customs, in other words than the development corpus's rows, written by the team
to DESIGN §4's statuses and labelled by what they say (whose move is awaited, where the goods are), never by what the
reader outputs. Counter-examples stand beside them: a recipient's refusal, a delivery attempted at a bad address, a
parcel returned at the customer's request, a parcel rerouted, one arrived at the depot."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Customs refusing to clear the goods: held, not the recipient's refusal.
    ("Customs have refused to release the parcel", "exception"),
    # A changed schedule, a missed connection, a misroute: held.
    ("Delivery postponed due to a schedule change", "exception"),
    ("Freight arrived after the truck had left", "exception"),
    ("Parcel arrived at a wrong hub and is being sent on", "exception"),
    # An address outside the carrier's area, no attempt named: held.
    ("Consignee address is outside the area of the courier", "exception"),
    # The courier is about to start the round.
    ("Your driver is about to start delivering", "out_for_delivery"),
    # An address to complete, arrangements or a return asked of someone, seals tampered with: held.
    ("Additional address is required to complete delivery", "exception"),
    ("Problem with the shipping address", "exception"),
    ("Consignment requires instructions from the shipper", "exception"),
    ("Recipient requested to send back the parcel to the sender", "exception"),
    ("Seals on the trailer have been altered", "exception"),
    # An arrangement made to deliver: moving on.
    ("Arrangement made to deliver on Friday morning", "in_transit"),
]

COUNTER_EXAMPLES = [
    # The recipient's own refusal fails the delivery.
    ("Recipient refused the parcel", "delivery_failed"),
    # A delivery attempted at an incorrect address failed.
    ("Delivery attempted - incorrect address", "delivery_failed"),
    # A parcel sent back already is a return, whoever asked for it.
    ("Returned to sender at the customer's request", "returned"),
    # Out of the delivery area after an attempt: the delivery failed.
    ("Undelivered - outside delivery area", "delivery_failed"),
    # Arrived at the depot: moving on.
    ("Arrived at the delivery depot", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fifteenth_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
