"""English read by their meaning (status_phrases_meaning_english_36, round 118): the states before delivery as an Indian
courier's reason codes, an Indian shop's order-management statuses and an Australian freight company's job statuses
word them, in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A pickup not yet assigned, attempted too late, or moved to another day: still with the sender.
    ("Pick-up not yet assigned", "info_received"),
    ("Pickup failed - pickup was attempted too late", "info_received"),
    ("Picked rescheduled - shipper asked for Monday", "info_received"),
    ("Pickup re-scheduled, vendor closed", "info_received"),
    # Picked up beyond the manifest, a field pickup on a handheld, put on a delivery run: with the carrier.
    ("Excess parcels picked up", "in_transit"),
    ("Field pick-up via handheld", "in_transit"),
    ("Assigned to delivery run sheet 12", "in_transit"),
    # Manifested but never received at the destination: an exception.
    ("Bag manifested - not yet received at destination", "exception"),
    # The customer's reply awaited for the delivery: a failed delivery.
    ("Awaiting the customer's reply for delivery", "delivery_failed"),
    # In the warehouse before the carrier.
    ("Stock reserved in warehouse", "info_received"),
    ("Products being picked", "info_received"),
    ("Packed & ready to ship", "info_received"),
    # In a branch as the whole status: with the carrier.
    ("In the branch", "in_transit"),
    # A parcel the recipient took: delivered.
    ("Forcibly taken by the recipient", "delivered"),
    # Contents missing: an exception.
    ("The contents are missing", "exception"),
    # Instructions, corrections and locks that name no state: unread.
    ("Reattempt then return", "unknown"),
    ("Correction of incorrect POD data", "unknown"),
    ("OFD lock released", "unknown"),
]

COUNTER_EXAMPLES = [
    # An attempted delivery stays a failed delivery.
    ("Delivery attempted - customer not home", "delivery_failed"),
    # Picked up as the whole status stays the carrier taking the parcel.
    ("Picked up", "in_transit"),
    # Manifested alone stays announced.
    ("Shipment manifested", "info_received"),
    # Re-attempt alone stays a failed delivery; OFD alone stays out for delivery.
    ("Re-Attempt", "delivery_failed"),
    ("OFD", "out_for_delivery"),
    # The return lock stays a return.
    ("RTO Locked", "returned"),
    # Left unread: a package ready (for the courier or for its recipient, not said), a job complete (any task's word).
    ("Package ready", "unknown"),
    ("Complete", "unknown"),
    # "At branch" stays unread (a branch to collect from, or one on the way).
    ("At branch", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_states_before_delivery_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
