"""English tracking texts read by their meaning, twelfth pass (round 44): ocean carriers' container events and a freight
carrier's shipment statuses, in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses and labelled by what they say (whether the box is empty or loaded, whose hands the cargo is in, who takes it at
the end), never by what the reader outputs. Counter-examples stand beside them: an empty box returned to its shipper, a
delivery to the consignee, goods that are delivered, a dispatched parcel, a box picked up at a terminal with nobody
named, a box waiting for its vessel's berth, a delivery failure."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # An empty box released, dispatched or sent to the shipper, out for a booking, taken by the shipper's haulier: the
    # cargo is not with the carrier yet.
    ("Empty container released to the shipper at the off-dock depot", "info_received"),
    ("Empty equipment dispatched from the depot to merchant", "info_received"),
    ("Empty box sent to customer for stuffing", "info_received"),
    ("Empty to shipper", "info_received"),
    ("Empty released for booking", "info_received"),
    ("Empty container pick up by merchant haulage", "info_received"),
    ("Export empty released", "info_received"),
    # The box back empty from the customer after an import: the cargo was unloaded at the consignee's.
    ("Empty container returned from consignee", "delivered"),
    ("Import empty equipment returned", "delivered"),
    # The consignee withdrew the full box, its own haulier picked it up: the goods are handed over.
    ("Laden box withdrawn by the consignee at the terminal", "delivered"),
    ("Full pickup by merchant haulage", "delivered"),
    # Available to be released, a container available: waiting for the consignee.
    ("Cargo available to be released at the CFS", "available_for_pickup"),
    ("Container available", "available_for_pickup"),
    # Leaving the last yard for delivery to the consignee, a box sent to the consignee: the last leg.
    ("Gate out from import yard for delivery to the consignee", "out_for_delivery"),
    ("Full container dispatched to consignee", "out_for_delivery"),
    # A driver dispatched for the pick-up has collected nothing yet.
    ("Driver dispatched for pickup", "info_received"),
    # A vessel or feeder loading, unloading or berthing, a box received or discharged full, gated in laden, a carrier's
    # release, taken off a train, picked up from the shipper, on board: moving with the carrier.
    ("Feeder berthing at discharge port", "in_transit"),
    ("Barge unloading at inland terminal", "in_transit"),
    ("'MAERSK KOBE 123W' POL Berthing Destination", "in_transit"),
    ("Laden container received", "in_transit"),
    ("Unloaded (LCL)", "in_transit"),
    ("Gate out laden", "in_transit"),
    ("Carrier released", "in_transit"),
    ("De-ramped", "in_transit"),
    ("Proof of pick-up", "in_transit"),
    ("On board", "in_transit"),
    # A day or more late, a service failure: held.
    ("2 days late, carrier fault", "exception"),
    ("Service failure - missed transfer", "exception"),
]

COUNTER_EXAMPLES = [
    # An empty box sent back to the shipper is a return, not a box on its way to be loaded.
    ("Container returned to shipper", "returned"),
    # Delivered to the consignee is a delivery.
    ("Delivered to consignee", "delivered"),
    # Goods available for collection still wait for the recipient.
    ("Available for pickup", "available_for_pickup"),
    # A dispatched parcel is on its way.
    ("Dispatched", "in_transit"),
    # A delivery failure is no hold but a failed delivery.
    ("Delivery failure", "delivery_failed"),
    # Proof of delivery is a delivery.
    ("Proof of delivery", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_twelfth_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize("text", ["Full container not withdrawn by consignee", "Box never withdrawn by the receiver"])
def test_a_withdrawal_the_words_deny_is_no_delivery(text: str) -> None:
    assert read_status(text).status != "delivered"
