"""English tracking texts read by their meaning, tenth pass (round 39): a final-mile carrier's order statuses, a
last-mile service's statuses and failure reasons, a delivery orchestration platform's, a delivery platform's, a tracking
platform's and a dispatch platform's statuses, in other words than the development corpus's rows, written by the team to
DESIGN §4's statuses and labelled by what they say (whose hands the goods are in, what is still to come), never by what
the reader outputs. Counter-examples stand beside them: a delay named, a pickup with nobody named, a return made, an
attempt made, a parcel ready for its recipient, a truck that is not the delivery's, a depot on the way, cash collected,
a pickup completed."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Not yet at the carrier's own hub, not yet fetched from the sender: still with the sender.
    ("Your shipment has not yet reached our delivery depot", "info_received"),
    ("Package not yet collected from the seller", "info_received"),
    ("The goods have not been picked up from the vendor yet", "info_received"),
    # A request for a delivery received, a driver ready to fetch the goods, an order still to be packed.
    ("The delivery request has been received", "info_received"),
    ("Driver ready to collect the order", "info_received"),
    ("Driver ready to pick up your order", "info_received"),
    ("Your order is ready to be packed", "info_received"),
    # A driver on the pickup, sought, unassigned; a pickup under way; an order created, placed with a carrier,
    # released to it, quoted or scheduled for later; no carrier event yet.
    ("The courier is collecting the goods from the store", "info_received"),
    ("Pending to assign a rider", "info_received"),
    ("Job unassigned from the courier", "info_received"),
    ("Pickup underway", "info_received"),
    ("Your shipment was created", "info_received"),
    ("Booking placed with the carrier", "info_received"),
    ("Parcel to be released to the courier", "info_received"),
    ("Shipping estimates have been received", "info_received"),
    ("Order saved and scheduled for future", "info_received"),
    ("We haven't received any tracking events for this parcel yet", "info_received"),
    # Not dispatched, not sent to the carrier, awaiting instructions, late against its date or window: problems.
    ("Shipment was not dispatched successfully", "exception"),
    ("Order could not be transmitted to the courier", "exception"),
    ("Parcel at the depot awaiting final instructions", "exception"),
    ("Your parcel has missed its estimated delivery date", "exception"),
    ("Job not completed within the scheduled time window", "exception"),
    # Loaded on a delivery truck, on the way to delivery, being delivered now, a redelivery being attempted: the round.
    ("Your parcel has been loaded onto the local delivery van", "out_for_delivery"),
    ("On its way to delivery", "out_for_delivery"),
    ("Now delivering to your address", "out_for_delivery"),
    ("Delivery is now being reattempted", "out_for_delivery"),
    # A failed delivery to be retried before a return, nobody at the address, no cash ready, nobody to reach, a later
    # delivery asked for: the delivery failed.
    ("Delivery unsuccessful, we will try again before returning it", "delivery_failed"),
    ("Arrived at recipient location with nobody to receive it", "delivery_failed"),
    ("Buyer has not prepared the payment", "delivery_failed"),
    ("Could not reach", "delivery_failed"),
    ("Receiver requests to deliver later", "delivery_failed"),
    # On the way to return the goods, a successful return: a return.
    ("On the way to return the parcel", "returned"),
    ("Successfully return", "returned"),
    # Completed by the driver: delivered.
    ("Jobs completed by the rider", "delivered"),
    # A tracking source that will look for no more events: it gave up.
    ("We will no longer check for new updates on this shipment", "expired"),
]

COUNTER_EXAMPLES = [
    # Not yet arrived with a delay named, or with no carrier's place named: late.
    ("Your parcel has not yet arrived at our depot due to a delay", "exception"),
    ("Shipment has not yet arrived", "exception"),
    # Not yet picked up with nobody named: the sender's pickup or the recipient's collection, the words do not say.
    ("Not yet picked up", "unknown"),
    # A return to the sender after the attempts is a return.
    ("Returned to sender after 3 delivery attempts", "returned"),
    # A redelivery attempted (done, not under way) failed.
    ("Redelivery attempted", "delivery_failed"),
    # Ready to be picked up with no driver named waits for the recipient.
    ("Your order is ready to pick up", "available_for_pickup"),
    ("Your parcel is ready to collect", "available_for_pickup"),
    # Loaded on a truck that is not the delivery's: moving.
    ("Loaded onto linehaul truck", "in_transit"),
    # On its way to a depot is a movement.
    ("On its way to the delivery depot", "in_transit"),
    # Dispatched successfully moves on.
    ("Order dispatched successfully", "in_transit"),
    # A courier collecting cash collects money, not the parcel.
    ("Courier is collecting the cash on delivery", "unknown"),
    # A pickup completed by the driver has been collected.
    ("Pickup completed by the driver", "in_transit"),
    # Unable to contact a named recipient: a failed delivery, as the bare words are.
    ("Unable to contact recipient", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_tenth_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
