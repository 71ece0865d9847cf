"""Hard distinctions of the thirteenth round (a), from Pickrr's scan-type mappings of Amaze,
ParcelDo and Ekart texts, Pickrr's NDR reasons and Sendle's tracking states: the courier's own
trouble against a failed attempt, an order cancelled at the door against a cancellation, a
manifest scan against a label, a pickup under way against a pickup done. Each expected status is
the source's scan type or its words (full references in lossanalytics/normalise/known_texts/SOURCES.md, thirteenth
round, a)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # Pickrr UD with sub-status SD: no attempt, the courier's problem (DESIGN).
    ("Undelivered-Vehicle Breakdown Could Not Attempt", "exception"),
    ("Undelivered - Shipper Delay", "exception"),
    # Pickrr UD: a failed attempt, though "cancelled", "delay" or "area" stand beside it.
    ("Undelivered-Order Cancelled By Customer", "delivery_failed"),
    ("Customer Delay/Future Delivery", "delivery_failed"),
    ("Residence Closed", "delivery_failed"),
    ("Conignee wants open delivery", "delivery_failed"),
    ("Out of Delivery area", "delivery_failed"),
    ("Address Issue", "delivery_failed"),
    ("Card Left", "delivery_failed"),
    # Scans in the courier's network, not a label made (OT, SHP, PP).
    ("Manifest Scan", "in_transit"),
    ("Inscanned Bags, Awaiting Manifest", "in_transit"),
    ("Bag Created For BRANCH", "in_transit"),
    ("Shipment is picked from seller location.", "in_transit"),
    ("Shipment Picked", "in_transit"),
    # Not yet with the courier (OP, OFP).
    ("Shipment Pickup in Process", "info_received"),
    ("Pickup Initiated", "info_received"),
    ("Shipment is out for pickup.", "info_received"),
    ("Shipment created successfully in system.", "info_received"),
    ("Return Delivered", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_courier_scan_texts(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What the new phrases must leave alone.
    ("Order Manifested", "info_received"),
    ("Not picked from the client", "info_received"),
    ("Delivery rescheduled", "exception"),
    ("Order Cancelled", "cancelled"),
    ("Undelivered", "delivery_failed"),
])
def test_what_stays_as_it_was(text: str, expected: str) -> None:
    assert read_status(text).status == expected
