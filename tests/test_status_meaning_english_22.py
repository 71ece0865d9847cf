"""English read by its meaning (status_phrases_meaning_english_22, round 59): the checkpoint names of courier management
systems and the statuses of shops, fulfilment platforms and delivery APIs, in other words than the development corpus's
rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The sender not there when the courier came: still with the sender.
    ("Shipper was not present", "info_received"),
    ("Seller was absent at pickup", "info_received"),
    ("Vendor not at home", "info_received"),
    # An order rejected, nobody named as refusing it.
    ("Your order was rejected", "cancelled"),
    ("Order has been rejected", "cancelled"),
    # The consignee away (misspelt), no such firm, an address not located, premises closed, a later delivery or
    # a self-collection the consignee asked for.
    ("Receiver not avaliable", "delivery_failed"),
    ("Customer is not availble", "delivery_failed"),
    ("No such firm", "delivery_failed"),
    ("No such building", "delivery_failed"),
    ("Address is unlocated", "delivery_failed"),
    ("Shop close", "delivery_failed"),
    ("Sunday close", "delivery_failed"),
    ("Later delivery date requested by consignee", "delivery_failed"),
    ("Self collection requested by the consignee", "delivery_failed"),
    ("Return to origine", "returned"),
    ("Short recieved", "exception"),
    ("Mail disruptions", "exception"),
    ("Courier disruption", "exception"),
    ("Cargo by sea", "in_transit"),
    ("On board courier", "in_transit"),
    # Not yet with the carrier.
    ("Pick up error", "info_received"),
    ("Pending to be shipped", "info_received"),
    ("Pending fulfillment", "info_received"),
    ("Your order is in process", "info_received"),
    ("Order under processing", "info_received"),
    ("Cargo ready for pickup", "info_received"),
    ("Label has been produced", "info_received"),
    ("Preshipped", "info_received"),
]

COUNTER_EXAMPLES = [
    # A return named beside the absent sender or recipient is the return.
    ("Returned to sender, recipient not available", "returned"),
    ("Sender not available, return to origin", "returned"),
    # The recipient not present fails the delivery; a refusal by the customer too.
    ("Recipient not present", "delivery_failed"),
    ("Order rejected by customer", "delivery_failed"),
    ("Delivery rejected by the consignee", "delivery_failed"),
    # No such tracking number says nothing of the parcel; a customs office closed is the carrier's side.
    ("No such tracking number", "unknown"),
    ("Customs office closed", "exception"),
    # A return label is not the parcel on its way; a pickup exception stays a problem.
    ("Return label produced", "unknown"),
    ("Pickup exception", "exception"),
    # A short delivery, bare cargo and an office closed for a holiday are not read here.
    ("Short delivery", "unknown"),
    ("Cargo", "unknown"),
    ("Office close for holiday", "unknown"),
    # Late on its own holds the parcel; a late delivery names a service as often as a state, and a parcel delivered
    # late is delivered.
    ("Late delivery", "unknown"),
    ("Delivered late", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_courier_systems_and_shops_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
