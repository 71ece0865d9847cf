"""English read by their meaning (status_phrases_meaning_english_28, round 76): delivery apps', marketplaces' and
shops' messages about the last leg and the time before the carrier, in other words than the development corpus's rows
where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that
this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Rescheduled to the time the recipient asked for: a reschedule asked.
    ("Delivery rescheduled for your preferred date", "delivery_failed"),
    ("Your parcel has been rescheduled to the chosen time slot", "delivery_failed"),
    # A final or last pickup notice: waiting at a pickup point, even when a return is warned of.
    ("Last collection reminder: your parcel will be returned to sender in 2 days", "available_for_pickup"),
    ("Final pick up notice", "available_for_pickup"),
    # Tried to reach the recipient for a delivery and could not: a failed attempt.
    ("Our courier tried to call you about your parcel but got no answer", "delivery_failed"),
    ("We attempted to contact you regarding the delivery and were unable to reach you", "delivery_failed"),
    # No one available to receive or sign: a failed attempt.
    ("No one was available to receive your order", "delivery_failed"),
    ("No one was present to accept the shipment", "delivery_failed"),
    # Unable to complete the delivery: a failed attempt.
    ("Courier was unable to complete the delivery today", "delivery_failed"),
    # A shipment or dispatch pending on its own: before the carrier.
    ("Pending dispatch", "info_received"),
    # A request to confirm or correct the address: an address being corrected.
    ("Please confirm your shipping address", "exception"),
]

COUNTER_EXAMPLES = [
    # Rescheduled on its own stays a delay.
    ("Your delivery has been rescheduled", "exception"),
    # A return that happened after the last notice is a return.
    ("Final pickup notice expired, parcel has been returned to sender", "returned"),
    # Someone available to receive it is no failure: delivered.
    ("Delivered, someone was available to receive the parcel", "delivered"),
    # Pending on its own, or a pickup pending, is left alone.
    ("Pending", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_last_leg_and_before_the_carrier_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
