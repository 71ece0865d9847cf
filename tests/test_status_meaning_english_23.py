"""English read by its meaning (status_phrases_meaning_english_23, round 64): the reasons shipping platforms attach to
exceptional statuses and a cargo agent's waybill messages, in other words than the development corpus's rows where the
words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass
leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Goods the recipient will collect: waiting for pickup.
    ("Parcel will be collected by the customer", "available_for_pickup"),
    ("Items to be picked up by the consignee", "available_for_pickup"),
    # Received by the person the message names next.
    ("Parcel has been received by", "delivered"),
    # An address the carrier does not serve, the delivery failed (reason to follow).
    ("Address not served by the carrier", "delivery_failed"),
    ("Carrier cannot serve this address", "delivery_failed"),
    ("Delivery of the parcel has failed due to", "delivery_failed"),
    # Awaiting a party's confirmation, a customs problem on its own, an item the carrier will not take: held.
    ("Awaiting shipper confirmation", "exception"),
    ("Awaiting confirmation from the shipper", "exception"),
    ("Customs problem", "exception"),
    ("Problems with the customs", "exception"),
    ("Not acceptable to the carrier", "exception"),
    # Not yet with the carrier.
    ("Pickup attempts exhausted", "info_received"),
    ("Booking confirmation pending", "info_received"),
    ("Pick up process", "info_received"),
    ("Waiting for the dispatch process", "info_received"),
]

COUNTER_EXAMPLES = [
    # Collected by the recipient is the collection made; received by the carrier or the courier is a hand-over.
    ("Picked up by the recipient", "delivered"),
    ("Received by the carrier", "in_transit"),
    ("Parcels have been received by the courier", "in_transit"),
    # A delivery rescheduled, by the recipient too, holds the parcel; a confirmation awaited for a redelivery and
    # delivery attempts exhausted fail the delivery.
    ("Delivery rescheduled", "exception"),
    ("Delivery rescheduled by the recipient", "exception"),
    ("Awaiting confirmation from the consignee for redelivery", "delivery_failed"),
    ("Delivery attempts exhausted", "delivery_failed"),
    # A failed delivery whose reason is a loss is the loss; a customs issue beside a return is the return.
    ("Delivery of the parcel failed because it was lost", "lost"),
    ("Customs issue, parcel returned to sender", "returned"),
    # A clearance completed moves on; a confirmation awaited from nobody named is not read.
    ("Customs clearance completed", "in_transit"),
    ("Awaiting confirmation", "unknown"),
    ("Package accepted by carrier", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_platform_reasons_and_waybill_messages_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
