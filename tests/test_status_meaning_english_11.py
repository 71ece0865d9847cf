"""English tracking texts read by their meaning, eleventh pass (round 41): UK shipping platforms' tracking events and
milestones, a UK carrier's webhook event and notification names, a booking system's and a help page's status words, in
other words than the development corpus's rows, written by the team to DESIGN §4's statuses and labelled by what they say
(who collects the goods from whom, whose hands they are in), never by what the reader outputs. Counter-examples stand
beside them: a delivery attempted and not completed, a collection point where the parcel waits, the recipient's safe
place, a parcel ready for collection at a shop, goods received by the carrier, a hub reached, a duty to pay, a parcel
processed at a depot."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The carrier's collection from the sender failed or attempted and not made: still with the sender.
    ("Collection attempt failed - business closed", "info_received"),
    ("Collection from safe place failed: parcel too heavy", "info_received"),
    ("Collection has failed", "info_received"),
    ("The collection was attempted but not made", "info_received"),
    # Collected from the sender's safe place, retrieved by the courier from the sender: on its way.
    ("Parcel collected from the agreed safe place at the warehouse", "in_transit"),
    ("Our driver has retrieved your parcel from the collection address", "in_transit"),
    # Collected from the collection point, picked up by the recipient: delivered.
    ("Your order was collected from the pickup point", "delivered"),
    ("Parcel picked up by recipient", "delivered"),
    ("Picked up by the consignee", "delivered"),
    # Ready for the recipient's collection: waiting for them.
    ("Your parcel is ready for customer collection at the depot", "available_for_pickup"),
    # A status set on creating a label, shipment data processed, the customer's data, a booking created in a system,
    # advised: only data.
    ("Status set on creating the shipping label; the carrier has received your order", "info_received"),
    ("Data processed", "info_received"),
    ("Collection request rescheduled", "info_received"),
    ("Scheduled collection has been amended", "info_received"),
    ("Sender data received", "info_received"),
    ("Consignment created by portal", "info_received"),
    ("Consignment advised", "info_received"),
    # Moving between depots, a shipment received, in progress: moving with the carrier.
    ("Goods on a trunking vehicle moving between depots, then en route to the customer", "in_transit"),
    ("Package received", "in_transit"),
    ("Shipment in progress", "in_transit"),
    # An address or a recipient not known: the delivery failed.
    ("Addressee not known", "delivery_failed"),
    ("Delivery address is not known", "delivery_failed"),
    # Duty not paid, a reminder to pay it, a parcel retained: held.
    ("Duties and taxes unpaid", "exception"),
    ("Final duty payment reminder", "exception"),
    ("Parcel retention", "exception"),
]

COUNTER_EXAMPLES = [
    # A delivery attempted and not completed fails the delivery.
    ("Delivery was attempted but not completed", "delivery_failed"),
    # At a collection point the parcel waits for its recipient.
    ("Your parcel is at the collection point", "available_for_pickup"),
    # Left in the recipient's safe place: delivered.
    ("Left in your safe place as you asked", "delivered"),
    # Ready for collection with nobody named waits for the recipient.
    ("Your parcel is now ready for collection at the shop", "available_for_pickup"),
    # Goods received by the carrier move on.
    ("The carrier has received the shipment", "in_transit"),
    # Arrived at a hub is a movement.
    ("Arrived at hub", "in_transit"),
    # A duty to pay holds the parcel as well.
    ("Import duty must be paid before we can deliver", "exception"),
    # A parcel processed at a depot moves on.
    ("Parcel processed at depot", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_eleventh_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected


@pytest.mark.parametrize("text", ["Package not picked up by recipient", "Parcel not picked up by the customer",
                                  "Item not collected from the collection point"])
def test_a_collection_the_words_deny_is_no_delivery(text: str) -> None:
    assert read_status(text).status != "delivered"
