"""English tracking texts read by their meaning, sixth pass (round 31): the wording of regional and cash-on-delivery
couriers and their merchants' panels (Taiwan, Nigeria, Bangladesh, Singapore, South Africa) in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses and labelled by what they say (who acts on whom,
whose side the problem is on), never by what the reader outputs. Counter-examples stand beside them: the sender's
pickup beside the recipient's, an address changed (the corpus files it
as a move), a refusal by the recipient beside a rejection by the network's own warehouse."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Delivered, only the courier's bookkeeping open.
    ("Parcel is delivered but pending merchant approval", "delivered"),
    ("Order was delivered and waiting for approval", "delivered"),
    # Refusals by the recipient, whatever the reason.
    ("Refused by recipient due to damaged goods", "delivery_failed"),
    ("Rejected by customer because of wrong item", "delivery_failed"),
    ("Refused due to incomplete shipment", "delivery_failed"),
    # The network turning a parcel away, pieces missing: problems.
    ("Rejected by sorting hub", "exception"),
    ("Parcel rejected by the warehouse", "exception"),
    ("Some items are missing", "exception"),
    ("Partial shipment missing", "exception"),
    # The recipient slow to collect at the terminal: still waiting.
    ("Delayed pickup by consignee", "available_for_pickup"),
    # The sender's side.
    ("Delayed collection", "info_received"),
    ("Rider assigned for pickup", "info_received"),
    ("Courier en route to pickup", "info_received"),
    ("Driver on the way to collect your parcel", "info_received"),
    # The last leg.
    ("Parcel assigned for delivery", "out_for_delivery"),
    ("Order enroute delivery", "out_for_delivery"),
    ("Rider is on the way to deliver your order", "out_for_delivery"),
    ("Package picked up for delivery", "out_for_delivery"),
    ("Your order is in the delivery process", "out_for_delivery"),
    # On the way back.
    ("Parcel en route return", "returned"),
    # Waiting at a store for the recipient.
    ("Parcel delivered to 7-Eleven's convenience store", "available_for_pickup"),
    ("Ready for the recipient to collect", "available_for_pickup"),
    # Collected at a station.
    ("Recipient collected the parcel at the branch", "delivered"),
    ("Customer picked up at the counter", "delivered"),
    # An address changed redirects the parcel.
    ("Recipient address change", "in_transit"),
    # Problems: held for an answer, not found in a scan, a holiday, a seizure, no label.
    ("Held at depot, waiting for shipper's instructions", "exception"),
    ("Waiting for the consignee confirmation", "exception"),
    ("Parcel not found during inbound scan", "exception"),
    ("Delivery will resume after the public holiday", "exception"),
    ("Goods seized by customs", "exception"),
    ("Package confiscated by the authorities", "exception"),
    ("Missing shipping label", "exception"),
    ("No invoice number", "exception"),
    # The delivery failed.
    ("Wrong recipient", "delivery_failed"),
    ("Unknown addressee", "delivery_failed"),
    ("Business closed down", "delivery_failed"),
    ("Receiver went out of business", "delivery_failed"),
    # Moving on.
    ("Changed to another depot", "in_transit"),
    ("Kept at the partner's branch for onward delivery", "in_transit"),
    ("Parcel picked up by courier", "in_transit"),
    ("Re-arrange delivery", "in_transit"),
    ("Delivery successful", "delivered"),
    # Data only.
    ("New shipment", "info_received"),
    ("Shipment entered into carrier system", "info_received"),
    ("Your order is waiting to be reviewed", "info_received"),
]

COUNTER_EXAMPLES = [
    # The sender's courier collects at the sender's, the recipient at the station.
    ("Consignee picked up at the station", "delivered"),
    # Refused by the recipient, not the network.
    ("Rejected by consignee due to cargo damage", "delivery_failed"),
    # Returned to the sender stays a return, whatever follows.
    ("Returned to sender - no one home", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_sixth_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
