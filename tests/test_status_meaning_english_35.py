"""English read by their meaning (status_phrases_meaning_english_35, round 110): the exceptions and the failed
deliveries as a South-East Asian courier's states and reasons, an Australian freight platform's statuses and Indian
couriers' non-delivery reasons word them, in other words than the development corpus's rows where the words allow,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A pickup that was futile or failed at the pickup location: still with the sender.
    ("Futile collection - premises closed", "info_received"),
    ("Nobody was home at the pickup address", "info_received"),
    ("Driver unable to find the pickup address", "info_received"),
    ("Goods never ready at the pickup location", "info_received"),
    ("Pallet too heavy to be collected by the courier", "info_received"),
    # A wrong item in the box, a delivery not attempted because of the package: an exception.
    ("Wrong product in the box, shipment on hold", "exception"),
    ("Unattempted - package problems", "exception"),
    # Returned because the merchant cancelled: a return.
    ("Returned to shipper - cancelled by the merchant", "returned"),
    # Imported and integrated from the shop's system: before the carrier.
    ("Imported/Integrated", "info_received"),
    # Futile deliveries, a change of date or place asked by the customer, a wrong address on the label, outside the
    # courier's area, a customer who wants to cancel a sound parcel at the door, no KYC proof, a locked door.
    ("Futile delivery attempts", "delivery_failed"),
    ("Consignee asked for change of delivery day", "delivery_failed"),
    ("Receiver wants change of delivery address", "delivery_failed"),
    ("Address on the waybill was wrong", "delivery_failed"),
    ("Drop-off outside the courier's service zone", "delivery_failed"),
    ("Out of the delivery zone / time window", "delivery_failed"),
    ("Parcel is fine - buyer wanted to cancel", "delivery_failed"),
    ("KYC docs not shown", "delivery_failed"),
    ("DOOR LOCK", "delivery_failed"),
    # A partial delivery as the whole status: delivered.
    ("Partial delivery", "delivered"),
    # Waiting for the customer at a collection point.
    ("Pending collection at the collection point", "available_for_pickup"),
    # A successful pickup as the whole status: with the carrier.
    ("Successful pick-up", "in_transit"),
    # Before the carrier.
    ("In staging", "info_received"),
    ("Ready to be booked", "info_received"),
    ("ORDERED", "info_received"),
    ("Pick up fail", "info_received"),
]

COUNTER_EXAMPLES = [
    # No one present at the delivery address stays a failed delivery.
    ("No one present at the delivery address", "delivery_failed"),
    # Waiting at the pickup point for its recipient stays waiting for pickup.
    ("Your parcel is available at the pickup location", "available_for_pickup"),
    # Picked up from the sender stays the carrier taking it.
    ("Picked up from the sender", "in_transit"),
    # A damaged, defective parcel stays damaged.
    ("Package is defective - damaged", "damaged"),
    # A return to the sender called off stays a parcel moving on.
    ("Return to sender cancelled", "in_transit"),
    # Out of the delivery area as the whole status stays a failed delivery.
    ("ODA out of the delivery area", "delivery_failed"),
    # Partially delivered stays delivered.
    ("Partially delivered", "delivered"),
    # Awaiting pickup by the courier alone stays before the carrier.
    ("Pending pickup by the courier", "info_received"),
    # Left unread: a bare "Entered", pickup-or-delivery reasons without their state, "Other".
    ("Entered", "unknown"),
    ("Parcel Too Bulky", "unknown"),
    ("Inaccurate Address", "unknown"),
    ("Other", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_exceptions_and_failed_deliveries_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
