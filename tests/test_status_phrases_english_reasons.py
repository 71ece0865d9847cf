"""Hard distinctions of the twelfth round, from UPS's exception texts as an Alibaba 1688
logistics integration groups them (code-index file id 42058393517), recorded UPS / USPS /
DHL eCommerce track responses (code-index 176224940) and CACESA Postal's status names
(code-index 66418589057): a missed transfer against a missed delivery, customs paperwork
against an export scan, a refusal against a cancelled order, a trace against a delivery
attempt, goods discarded against a label discarded. Each expected status is the source's
group or its words (full references in lossanalytics/normalise/known_texts/SOURCES.md, twelfth round)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import canonical_status, read_status

CASES = [
    # F_DELIVERY_5053 (delivery exception): the parcel waits for the next transport.
    ("missed the scheduled transfer time", "exception"),
    ("Your package was cleared after the scheduled transport departure", "exception"),
    ("We are adjusting delivery plans as quickly as possible", "exception"),
    ("We do not currently serve the destination address", "exception"),
    ("The package contains articles that UPS prohibits for international shipping", "exception"),
    ("The C.O.D. amount is missing", "exception"),
    # F_CLEARANCE_5037: customs paperwork holds it, though "export" and "clearance" name a step.
    ("Export documentation is incomplete or missing", "exception"),
    ("Additional documentation is required for clearance", "exception"),
    ("FDA clearance and power of attorney required", "exception"),
    ("Your shipment was not processed by UPS brokerage", "exception"),
    ("Duties or taxes are due on this package", "exception"),
    # A trace, not a delivery attempt ("we're" folds to "we re").
    ("We're attempting to verify the package location", "exception"),
    # F_DELIVERY_5046 (refused): the receiver cancelled the order and refused the delivery.
    ("The receiver has canceled the product order and refused delivery", "delivery_failed"),
    # F_DELIVERY_5045 and F_DELIVERY_5043: the receiver absent, a wrong name or apartment number.
    ("The receiver was not available", "delivery_failed"),
    ("The company or receiver name is incorrect", "delivery_failed"),
    ("Missing or incorrect apartment number", "delivery_failed"),
    # Goods discarded are gone (DESIGN: disposed of is lost).
    ("All merchandise discarded", "lost"),
    # CACESA Postal: ready at the sender, awaited by the carrier, on the round, not delivered.
    ("THE ITEM IS READY TO BE SHIPPED", "info_received"),
    ("SHIPPING PENDING TO RECEIVE", "info_received"),
    ("ON DELIVERY", "out_for_delivery"),
    ("WE WERE UNABLE TO MAKE THE DELIVERY", "delivery_failed"),
    # UPS activity type X (exception) in a recorded UPS response.
    ("DELIVERY HAS BEEN RESCHEDULED DUE TO HOLIDAY CLOSURES. / YOUR DELIVERY HAS BEEN RESCHEDULED FOR THE NEXT "
     "BUSINESS DAY.", "exception"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_reason_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


KEPT = [
    # A re-attempt is still a failed delivery (DESIGN), though "we're attempting" is not one.
    ("Re-attempt scheduled", "delivery_failed"),
    # The receiver asking for another address redirects the parcel (UPS UD, an earlier round).
    ("The receiver requested an alternate delivery address. The request is in progress.", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), KEPT)
def test_other_readings_stay(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_own_words() -> None:
    assert read_status("Export documentation is incomplete or missing").evidence == (
        "Export documentation is incomplete")
