"""English read by their meaning (status_phrases_meaning_english_33, round 95): the time before the carrier, the hand-over
to it, the last leg and the delivery as commerce platforms' order states, shops' status pages and order-status guides
word them, in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Confirmed as received, the address reached and the delivery complete: delivered.
    ("Parcel confirmed as delivered by the customer", "delivered"),
    ("Shipped and confirmed as received", "delivered"),
    ("Your parcel reached the delivery address and the delivery is complete", "delivered"),
    # In the possession of a delivery driver, loaded onto a delivery van: the last leg.
    ("The parcel is in the possession of your local courier", "out_for_delivery"),
    ("Loaded on to the delivery van this morning", "out_for_delivery"),
    # A recipient who refused to accept the parcel: a failed delivery.
    ("Dispatched; the recipient refused to accept it", "delivery_failed"),
    # The seller rejected the order: cancelled.
    ("The store has declined your order", "cancelled"),
    # Failed to process, the merchant's attention needed: an exception.
    ("Shipment failed to process", "exception"),
    ("A problem with this order needs the seller's attention", "exception"),
    # The carrier collecting the packed parcel from the seller, a sale now dispatched: on its way.
    ("The courier picks up the parcel from the merchant", "in_transit"),
    ("Your order, which was awaiting pickup, has now been dispatched", "in_transit"),
    # Before the carrier.
    ("Order status: pre-fulfilment", "info_received"),
    ("Your order has entered fulfilment", "info_received"),
    ("Placed, not yet submitted to the merchant", "info_received"),
    ("The shop confirmed your order", "info_received"),
    ("The order enters the store's system", "info_received"),
    ("The merchant's system acknowledges the order", "info_received"),
    ("Order placed but the payment is not yet confirmed", "info_received"),
    ("Order has been placed and confirmed", "info_received"),
    ("Order on hold due to stock availability", "info_received"),
    ("Waiting for COD order verification", "info_received"),
    ("Picking and packing your items", "info_received"),
    ("Items ready for packaging", "info_received"),
    ("Order awaiting dispatch", "info_received"),
]

COUNTER_EXAMPLES = [
    # Shipped and not yet confirmed as received stays on its way.
    ("Shipped but not yet confirmed as received", "in_transit"),
    # Reaching an area or a depot, not the address, stays on its way.
    ("Your parcel has reached the local depot", "in_transit"),
    # A failed attempt said plainly stays a failed attempt.
    ("Delivery attempted, nobody home", "delivery_failed"),
    # A recipient who rejected the parcel at the door stays a failed delivery.
    ("Rejected by recipient", "delivery_failed"),
    # Picked up from the sender stays the carrier taking it.
    ("Picked up from the sender", "in_transit"),
    # Awaiting pickup alone stays a parcel waiting for the recipient.
    ("Awaiting pickup", "available_for_pickup"),
    # A parcel held by customs stays an exception.
    ("Held by customs", "exception"),
    # Out for delivery said plainly stays the last leg.
    ("Your parcel is out for delivery", "out_for_delivery"),
    # A shipment on hold at the carrier stays an exception.
    ("Shipment on hold", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_before_the_carrier_and_at_the_door_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
