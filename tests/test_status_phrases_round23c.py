"""Hard distinctions of the twenty-third round (c): express couriers' English update descriptions (Aramex's),
in wordings the sources do not use word for word. Each expected status is DESIGN §4's reading of the source's
code or words (full references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-third round, c)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # The consignee refusing the parcel or its payment, or out of reach: a failed delivery, though the
    # text also says the parcel is on hold or waits for the shipper's instructions.
    ("Delivery attempted - consignee declined the parcel / awaiting sender instructions", "delivery_failed"),
    ("Payment declined by customer at the door", "delivery_failed"),
    ("On hold - recipient phone cannot be reached", "delivery_failed"),
    ("The courier was unable to contact the recipient", "delivery_failed"),
    ("Driver could not reach the consignee", "delivery_failed"),
    ("Contact number switched off", "delivery_failed"),
    ("No answer from customer", "delivery_failed"),
    ("Consignee contact attempts exhausted", "delivery_failed"),
    # The same reasons with the return named: a return.
    ("Customer contact attempts completed - returned to shipper", "returned"),
    ("Consignee cannot be reached, parcel returned to sender", "returned"),
    # A refusal beside damage is left to the outcome steps; a broker's question is no failed delivery.
    ("Consignee rejected the shipment due to damage", "damaged"),
    ("Unable to Contact Recipient for Broker Information", "exception"),
    # Clearance held on the consignee, the broker or the duties; a sailing put off.
    ("Awaiting customs clearance from importer", "exception"),
    ("Clearance in progress - awaiting duties and taxes payment", "exception"),
    ("Customs clearance pending - consignee instructions required", "exception"),
    ("Flight rescheduled", "exception"),
    # Waiting for the recipient at a locker or drop-off point, or reminded to collect it; a reminder
    # to the driver is no such thing.
    ("Reminder sent to customer to collect the parcel", "available_for_pickup"),
    ("Parcel left by the driver at the pickup point", "available_for_pickup"),
    ("Held at depot for customer collection", "available_for_pickup"),
    # Data or a booking only: the carrier does not have the parcel yet ("received from" alone is a scan).
    ("Shipment record created", "info_received"),
    ("Booking request submitted", "info_received"),
    ("Parcel not yet received from sender", "info_received"),
    ("Pickup booked", "info_received"),
    # Steps on the way: a warehouse, a delivery being arranged, a handover to the line, a port gate.
    ("Entry into bonded warehouse", "in_transit"),
    ("Customer called to arrange delivery", "in_transit"),
    ("Released to airline", "in_transit"),
    ("Container gated out", "in_transit"),
    ("Delivery auto-scheduled for tomorrow", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round23c_phrases(text: str, expected: str) -> None:
    assert read_status(text).status == expected
