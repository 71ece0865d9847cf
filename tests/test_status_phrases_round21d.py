"""Hard distinctions of the twenty-first round (d): Indian couriers' non-delivery and pickup-failure names
(Shipway's codes, Blue Dart's status texts) and The Courier Guy's ShipLogic statuses, in wordings the
sources do not use word for word. Each expected status is DESIGN §4's reading of the source's code (full
references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-first round, d)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # A pickup from the seller failed, put off or only registered: still with the seller.
    ("Pickup failed due to seller unavailability", "info_received"),
    ("Pickup has been rescheduled by seller", "info_received"),
    ("Shipment not ready for pickup", "info_received"),
    ("Shipper not ready", "info_received"),
    ("Pickup registered", "info_received"),
    ("Collection unsuccessful - no one home", "info_received"),
    # Delivered to the seller only on the way back.
    ("Seller refused to accept the return", "returned"),
    ("Shipment redirected to the shipper", "returned"),
    ("RTO - Customer not reachable", "returned"),
    # The receiver's side of a failed delivery, in other words.
    ("Customer is unreachable", "delivery_failed"),
    ("Recipient moved, left no address", "delivery_failed"),
    ("Access restricted to the building", "delivery_failed"),
    ("Customer did not show ID", "delivery_failed"),
    ("Undelivered - wrong pincode", "delivery_failed"),
    # ...unless the text states the return that followed.
    ("Returned to sender - addressee moved", "returned"),
    ("Item returned to sender. Wrong postcode", "returned"),
    ("Parcel returned to sender: payment dispute", "returned"),
    # The carrier's trouble and charges to pay hold the parcel; "Delivery exception" alone is a problem.
    ("Network issues", "exception"),
    ("Shipment misplaced in transit", "exception"),
    ("Customs charges pending", "exception"),
    ("Delivery exception", "exception"),
    ("Delivery exception: customer not available", "delivery_failed"),
    # Collected by the recipient at a counter, or waiting in a locker.
    ("In locker", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round21d_wording(text: str, expected: str) -> None:
    assert read_status(text).status == expected


def test_no_pickup_is_the_sellers_only_when_it_leads() -> None:
    # UPS writes "No Pickup" of the recipient who left a parcel at an access point.
    assert read_status("Returned to Shipper - No Pickup from UPS Access Point").status == "returned"
    assert read_status("No Pickup / Shipment Not Ready").status == "info_received"
