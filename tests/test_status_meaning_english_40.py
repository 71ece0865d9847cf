"""English read by their meaning (status_phrases_meaning_english_40, round 134): the states before the carrier, the last
leg, deliveries and the problems around them as shipping platforms' and small couriers' status pages, a 3PL's shipment
statuses and a shop's order timeline word them, in other words than the development corpus's rows where the words allow,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A label created or the carrier's information received, not yet scanned or picked up: before the carrier.
    ("Shipping label was printed, but the parcel has not been collected yet", "info_received"),
    ("The courier received the shipment information; the parcel has not yet been picked up", "info_received"),
    # A booking on hold (unpaid): before the carrier.
    ("Booking on hold", "info_received"),
    # A label rejected, a registration failed, a parcel the carrier rejected: an exception.
    ("Label refused", "exception"),
    ("Your label was rejected by the carrier because the postcode is missing", "exception"),
    ("Shipment registration failed", "exception"),
    ("The carrier rejected the package at the depot", "exception"),
    # An error met in transit, a stoppage in the delivery process: an exception.
    ("Your parcel ran into a problem in transit", "exception"),
    ("Temporary stoppage in delivery", "exception"),
    # Scanned onto the driver's van: the last leg.
    ("Parcel scanned onto the driver's van", "out_for_delivery"),
    # A cancellation not confirmed yet, a delivery only expected with no more updates: unread.
    ("Cancellation awaiting approval", "unknown"),
    ("We are checking the cancellation with the carrier", "unknown"),
    ("Package expected to be delivered; no further updates from the courier", "unknown"),
    # Read only where nothing else reads them: before the carrier.
    ("The courier is aware of the parcel", "info_received"),
    ("The label for the parcel has been generated", "info_received"),
    ("Concept shipment", "info_received"),
    ("This draft can still be edited or deleted at any time", "info_received"),
    ("Label requested", "info_received"),
    ("Pickup or drop off in progress", "info_received"),
    ("Pending first tracking scan", "info_received"),
    ("Pending collection request", "info_received"),
    ("Status will change when the courier confirms the collection", "info_received"),
    # An order unshipped: cancelled; a delivery started: the last leg; the driver confirmed the delivery: delivered.
    ("Order has been unshipped", "cancelled"),
    ("Delivery has started", "out_for_delivery"),
    ("Driver confirmed delivery", "delivered"),
]

COUNTER_EXAMPLES = [
    # "Not yet scanned" alone says nothing.
    ("Parcel not yet scanned", "unknown"),
    # A cancellation requested stays a cancellation; a cancelled booking stays cancelled.
    ("Cancellation Requested", "cancelled"),
    # A rejection that sends the parcel back stays a return; a refusal at the door stays a failed delivery.
    ("The courier rejected the parcel and it will be returned to the sender.", "returned"),
    ("Refused by recipient", "delivery_failed"),
    # A parcel in transit, and one on its delivery round, stay so.
    ("Package is in transit", "in_transit"),
    ("Loaded onto the delivery vehicle", "out_for_delivery"),
    # A parcel on hold stays an exception; a delivery date confirmed stays unread.
    ("Shipment on hold", "exception"),
    ("Buyer confirmed the delivery date", "unknown"),
    # Left unread: a bare "Staged" or "Alert"; a store's help line.
    ("Staged", "unknown"),
    ("Alert", "unknown"),
    ("Contact the store for help with this shipment.", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_platform_and_courier_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
