"""English read by their meaning (status_phrases_meaning_english_30, round 80): the ends of a parcel's journey and the
states around them as status tables, shop tracking pages and courier platforms word them, in other words than the
development corpus's rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts
other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Being delivered shortly, soon or today: the last leg.
    ("Your parcel is being delivered today", "out_for_delivery"),
    ("The shipment is being delivered this afternoon", "out_for_delivery"),
    # Must, needs to or has to be collected from or at a place: waiting there for the recipient.
    ("Parcel needs to be collected at the post office", "available_for_pickup"),
    ("The item has to be picked up from the depot", "available_for_pickup"),
    # With a neighbour, said on its own: delivered to a third party.
    ("with the neighbour", "delivered"),
    # Postage or a label paid, a courier to be assigned, pending or created said on its own: before the carrier.
    ("Shipping label paid", "info_received"),
    ("Shipper has paid for the postage", "info_received"),
    ("Awaiting courier assignment", "info_received"),
    ("Pending driver allocation", "info_received"),
    ("Created / Pending", "info_received"),
    # Withheld said on its own, prohibited contents, an address or phone number to update: held.
    ("Item withheld", "exception"),
    ("Shipment contained dangerous goods", "exception"),
    ("Parcel contains prohibited items", "exception"),
    ("Requires address update", "exception"),
    ("Needs phone number correction", "exception"),
    # On its way or being sent back to us, bounced back: a return.
    ("Your package is on its way back to us", "returned"),
    ("The shipment was bounced back", "returned"),
    # Sent back on its own, received by the sender, the return received by the merchant: a return.
    ("Sent back", "returned"),
    ("The parcel has been received by the sender", "returned"),
    ("Merchant received the return", "returned"),
    # At a parcel point on its own: waiting there.
    ("At the parcel point", "available_for_pickup"),
    # Could not be found or located: lost.
    ("Your parcel could not be found", "lost"),
    # A consignment or label deleted, said on its own: cancelled.
    ("Consignment deleted", "cancelled"),
]

COUNTER_EXAMPLES = [
    # A return named beside prohibited contents is a return.
    ("Returned to sender: contained prohibited items", "returned"),
    # Collected from a pickup point is a parcel the recipient took: delivered.
    ("The parcel was collected from the pickup point", "delivered"),
    # Left with a neighbour in a longer text is read by the delivery steps.
    ("Delivered and left with your neighbour at number 12", "delivered"),
    # Postage due, not paid, is left alone.
    ("Postage due", "unknown"),
    # Awaiting collection from the sender is before the carrier, read by earlier steps.
    ("Awaiting collection from sender", "info_received"),
    # On its way to us (not back) is a parcel moving on; an address that could not be found is a failed attempt.
    ("Your package is on its way to us", "in_transit"),
    ("Address could not be found", "delivery_failed"),
    # Received from the sender is a collection that moves it on.
    ("Parcel received from sender", "in_transit"),
    # An order received by the merchant is an order placed, before the carrier.
    ("Order received by merchant", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_ends_of_the_journey_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
