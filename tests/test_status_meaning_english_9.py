"""English tracking texts read by their meaning, ninth pass (round 37): a shipping platform's parcel statuses,
Australian, Pakistani and Saudi couriers' status names, a cargo platform's e-commerce events and a parcel network's
order states, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses and
labelled by what they say (whose side the parcel is on, what happened to it), never by what the reader outputs.
Counter-examples stand beside them: an attempt at the door, a cash collection, a sorting that went well, a parcel
leaving for another depot, a drop-off at the recipient's chosen point, a request only, an outcome nobody names."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # An attempt to fetch the parcel from the sender that failed: still with the sender.
    ("The courier attempted to collect your parcel but nobody was there", "info_received"),
    ("Driver attempted to pick up the shipment, sender closed", "info_received"),
    # Still with the sender: ready to send, a pickup or drop-off scheduled, a courier on his way to fetch it.
    ("Parcel ready to send", "info_received"),
    ("Order ready to dispatch", "info_received"),
    ("Your parcel is scheduled for collection", "info_received"),
    ("Parcel is scheduled for drop-off", "info_received"),
    ("Driver en route to pickup", "info_received"),
    ("Error while collecting", "info_received"),
    # Handed in by the sender at one of the carrier's own counters.
    ("Shipment dropped off at one of our collection centres", "in_transit"),
    ("Dropped off at express centre", "in_transit"),
    # A booking or an announcement that failed, a parcel not sorted, a misroute however spelt: problems.
    ("Pre-advice failed", "exception"),
    ("Booking has failed", "exception"),
    ("Shipment could not be booked", "exception"),
    ("Parcel could not be sorted", "exception"),
    ("Item not sorted at hub", "exception"),
    ("Missrouted", "exception"),
    ("Miss route", "exception"),
    # Recovered at a facility, a delivery option changed: moving on.
    ("Freight recovered at the destination airport", "in_transit"),
    ("Delivery option has been changed", "in_transit"),
    # Taken back to the sort facility after an attempt, or back to the depot: a failed delivery.
    ("Returned to the sorting centre after a failed delivery attempt", "delivery_failed"),
    ("Return to the delivery depot", "delivery_failed"),
    # Gone or left for the recipient's door, on board with the driver, on route to the drop-off: the round.
    ("Your parcel has left the depot for the recipient's address", "out_for_delivery"),
    ("Consignment has departed for the consignee's premises", "out_for_delivery"),
    ("Gone out for delivery", "out_for_delivery"),
    ("Onboard with courier", "out_for_delivery"),
    ("En route to drop-off", "out_for_delivery"),
    # Available at a pickup place, whatever redirected it: waiting there.
    ("Redirected by the carrier. Available for collection at your chosen parcel shop", "available_for_pickup"),
    # Picked up at a service point, nobody of the carrier's named: the recipient has it.
    ("Collected at the service point", "delivered"),
    # A return in process, "being return": a return.
    ("Parcel return in process", "returned"),
    ("Shipment being return", "returned"),
]

COUNTER_EXAMPLES = [
    # An attempt at the door, or to collect cash there, is a failed delivery, not a failed collection.
    ("We attempted to deliver your parcel", "delivery_failed"),
    ("Courier attempted to collect the cash on delivery amount", "delivery_failed"),
    # A collection error about money says nothing of the parcel.
    ("Error collecting payment", "unknown"),
    # Sorted, leaving for another depot, redirected to an address: moving on.
    ("Sorted at the hub", "in_transit"),
    ("Left the sorting hub for the delivery depot", "in_transit"),
    ("Redirected to a new address", "in_transit"),
    # A delivery scheduled is no pickup scheduled; a booking confirmed is data only.
    ("Scheduled for delivery", "in_transit"),
    ("Booking confirmed", "info_received"),
    # Dropped off at the recipient's chosen collection point: waiting there.
    ("Dropped off at your chosen collection point", "available_for_pickup"),
    # On board an aircraft is a movement, not the round.
    ("On board the aircraft", "in_transit"),
    # A change only requested, a parcel that could not be recovered: nothing the words settle.
    ("Delivery method change requested", "unknown"),
    ("Package could not be recovered", "unknown"),
    # Ready to go back to the sender is a return.
    ("Ready to send back to the sender", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_ninth_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
