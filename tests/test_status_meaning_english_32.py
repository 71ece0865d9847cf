"""English read by their meaning (status_phrases_meaning_english_32, round 88): the time before the carrier, the middle of
the journey and the last leg as shipping platforms' status definitions, shops' tracking guides and notifications word
them, in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's
statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Almost out for delivery, a partner delivering it to a hub, a shipping partner's facility: on its way.
    ("Your parcel is nearly out for delivery", "in_transit"),
    ("Our courier partner is delivering it to the local depot", "in_transit"),
    ("Departed shipping partner facility", "in_transit"),
    # Onboard with a driver: the last leg.
    ("Parcel on board with the courier", "out_for_delivery"),
    ("Your order is onboard with a rider today", "out_for_delivery"),
    # A driver who cannot find the address: a failed attempt.
    ("Courier could not find the delivery address", "delivery_failed"),
    # Customs refused the parcel: an exception.
    ("Customs clearance rejected", "exception"),
    # Before the carrier: created, packed, booked, awaiting a drop-off, not yet collected from the sender.
    ("Your order was placed", "info_received"),
    ("Picking and packing order", "info_received"),
    ("Quality check and packing done", "info_received"),
    ("Shipment booked for delivery", "info_received"),
    ("Waiting for drop-off", "info_received"),
    ("Awaiting collection or drop off", "info_received"),
    ("The courier has not yet been assigned; a carrier has not been selected", "info_received"),
    ("Parcel waiting to be collected from the merchant", "info_received"),
    ("No rider: the rider is not available to collect the order", "info_received"),
    ("The parcel has been packed; the parcel will be shipped tomorrow", "info_received"),
]

COUNTER_EXAMPLES = [
    # Out for delivery, said plainly, is the last leg.
    ("Your parcel is out for delivery", "out_for_delivery"),
    # Collected from the sender is the carrier taking it.
    ("Picked up from the sender", "in_transit"),
    # Awaiting pickup alone stays with the steps that read a parcel waiting for the recipient.
    ("Awaiting pickup", "available_for_pickup"),
    # Customs alone, or a customs hold, stays as the earlier steps read it.
    ("Customs", "in_transit"),
    ("Held by customs", "exception"),
    # A parcel the carrier cannot locate is lost, as before.
    ("We cannot locate your parcel", "lost"),
    # Awaiting collection at a collection point stays a parcel waiting for the recipient.
    ("Awaiting collection", "available_for_pickup"),
    # A shipment delivered stays delivered.
    ("Order delivered", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_before_the_carrier_and_on_the_way_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
