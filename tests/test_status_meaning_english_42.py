"""English read by their meaning (status_phrases_meaning_english_42, round 140): holds, returns, failed deliveries and
the states before the carrier as a post's event table, a last-mile courier's API states and remarks, a freight
forwarder's cargo states and Indian couriers' non-delivery reasons word them, in other words than the development
corpus's rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps
read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Marked for return for a reason, sent to the national returns centre, accepted for return: going back.
    ("Parcel marked for return - addressee unknown", "returned"),
    ("Item marked for return: refused", "returned"),
    ("Return to NRC - Gone Away", "returned"),
    ("Refused - forwarded to the National Returns Center", "returned"),
    ("Undelivered parcel accepted for return at the Post Office", "returned"),
    # A Local Collect item at a post office waits there; one collected from a Customer Service Point is delivered.
    ("Local Collect item arrived at the Post Office", "available_for_pickup"),
    ("Local Collect - Signature (Delivered to POL)", "available_for_pickup"),
    ("Item collected by the addressee from the Customer Service Point", "delivered"),
    # An export stopped for charges or an unreachable customer, an item that cannot be exported: held.
    ("Export cancellation due to awaiting the payment of charges", "exception"),
    ("Export Cancellation due to Impossible to Contact Customer", "exception"),
    ("We are unable to export this parcel at the moment.", "exception"),
    # Dangerous or prohibited goods disposed of: lost.
    ("Prohibited items found and destroyed", "lost"),
    ("Dangerous goods confirmed - item disposed of", "lost"),
    # Forwarded because the address was wrong: moving.
    ("Forwarded due to incorrect address", "in_transit"),
    # Before the carrier: a delay the seller started, a customer wanting the pickup made from somewhere.
    ("Shipper Initiated Delay", "info_received"),
    ("Customer wants pickup from a different address", "info_received"),
    # A delivery put off at the customer's request: a failed delivery; a booking rejected: cancelled.
    ("Consignee requested later delivery", "delivery_failed"),
    ("Booking was declined", "cancelled"),
    # An amount to pay not ready: a failed delivery; an e-way bill missing: a hold.
    ("COD amount is not ready", "delivery_failed"),
    ("E-way bill missing", "exception"),
    # Read only where nothing else reads them.
    ("Your item is leaving the United Kingdom", "in_transit"),
    ("Parcel booked for redelivery", "delivery_failed"),
    ("Merchant unreachable", "info_received"),
    ("Seller wants pickup on another date", "info_received"),
    ("Consignment was not picked", "info_received"),
    ("Not able to pick up within the scheduled slot", "info_received"),
    ("Consignee wants delivery after the cut-off date", "delivery_failed"),
    ("Delivery address is gibberish", "delivery_failed"),
    ("No such consignee at the address", "delivery_failed"),
    ("Inward closed", "delivery_failed"),
    ("Parcel inducted", "in_transit"),
    ("Under customs inspection", "in_transit"),
    ("Return confirmed", "returned"),
    ("Awaiting customs duty payment", "exception"),
    ("Delivery delayed due to flooding in the area", "exception"),
]

COUNTER_EXAMPLES = [
    # Marked for return to origin keeps the earlier reading (returned, by "return to origin").
    ("Marked for return to origin", "returned"),
    # A refusal alone stays a failed delivery; an undelivered item alone too.
    ("Refused", "delivery_failed"),
    # A Local Collect item going back to its sender stays a return.
    ("Local Collect waiting at Post Office for return to sender", "returned"),
    # An export cancelled at the sender's request is not read as a hold by this pass.
    ("Export Cancellation At Sender's Request", "cancelled"),
    # Only part of the goods disposed of is no loss.
    ("Confirmed mixed goods - dangerous goods disposed of and remaining items allowed to continue", "exception"),
    # A wrong address alone stays a failed delivery.
    ("Wrong Address", "delivery_failed"),
    # A delay alone stays a problem.
    ("Shipment delayed", "exception"),
    # "Try again later" says nothing of the parcel.
    ("Status as yet unknown. Try again later.", "unknown"),
    # Ready for delivery after the indoor sorting is left as read (movement).
    ("Indoor Sorting - Ready For Delivery", "in_transit"),
    # Not picked up stays unread (the recipient's collection or the carrier's), as the tenth pass leaves it.
    ("Order not yet picked up", "unknown"),
    # A bare place name is no state.
    ("AT SILA", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_post_courier_and_forwarder_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
