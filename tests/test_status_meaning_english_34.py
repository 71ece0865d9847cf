"""English read by their meaning (status_phrases_meaning_english_34, round 100): the time before the carrier and the
exceptions as shipment event classifications, tracking enums, sub-status lists and tracking tools' help pages word them,
in other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # An address that cannot be found, the recipient's absence, no safe spot: a failed delivery.
    ("Delivery address could not be verified and cannot be found", "delivery_failed"),
    ("Recipient absence at time of delivery", "delivery_failed"),
    ("No safe spot to leave the parcel", "delivery_failed"),
    # Data missing, waiting for the recipient's action, behind the estimated date, a problem occurred, too bulky,
    # missing pieces: an exception.
    ("Consignment data incomplete, processing paused", "exception"),
    ("Parcel waiting for your action", "exception"),
    ("Your parcel is behind its estimated delivery date", "exception"),
    ("A problem has occurred with this shipment", "exception"),
    ("Item too bulky for home delivery", "exception"),
    ("Consignment missing pieces", "exception"),
    # Arriving at a hub, handed over at a drop-off point for onward carriage: on its way.
    ("Arrival of the parcel at the hub, not yet delivered", "in_transit"),
    ("Handed over at the parcel shop for onward carriage", "in_transit"),
    # Before the carrier.
    ("Shipment booking created", "info_received"),
    ("Booking with the carrier was made", "info_received"),
    ("Your order was booked with a carrier", "info_received"),
    ("Transport was requested from the haulier", "info_received"),
    ("Box packed and ready for dispatch", "info_received"),
    ("Parcel information has been received by the carrier", "info_received"),
    ("The physical parcel has not yet been received", "info_received"),
    ("A label exists for this parcel", "info_received"),
    ("The carrier has not yet collected your parcel", "info_received"),
    ("Your parcel is still with the merchant", "info_received"),
    ("The retailer still has the parcel", "info_received"),
    ("Tracking added, no events recorded yet", "info_received"),
]

COUNTER_EXAMPLES = [
    # A parcel declared lost stays lost.
    ("Parcel cannot be located and is declared lost", "lost"),
    # A delivery attempt with nobody home stays a failed delivery.
    ("Delivery attempted, nobody home", "delivery_failed"),
    # Delivered plainly stays delivered.
    ("Delivered to the recipient", "delivered"),
    # Awaiting collection at a parcel shop stays waiting for the recipient.
    ("Awaiting collection at the parcel shop", "available_for_pickup"),
    # Picked up from the sender stays the carrier taking it.
    ("Picked up from the sender", "in_transit"),
    # Held by customs stays an exception.
    ("Held by customs", "exception"),
    # Out for delivery said plainly stays the last leg.
    ("Your parcel is out for delivery", "out_for_delivery"),
    # A bare "Waiting for Customer" is left unread (the customer's action or the customer's collection).
    ("Waiting for Customer", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_before_the_carrier_and_exceptions_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
