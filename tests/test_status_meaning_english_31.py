"""English read by their meaning (status_phrases_meaning_english_31, round 84): the middle of the journey, the time
before the carrier and the problems on the way as couriers' MIS reports, webhooks, tracking stages and recorded postal
traces word them, in other words than the development corpus's rows where the words allow, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A return undelivered: still on its way back.
    ("RTO shipment undelivered", "returned"),
    ("Return to origin is undelivered", "returned"),
    # Loaded into the delivery van, assigned to a route, routed to the courier: the last leg.
    ("Parcel loaded into the van", "out_for_delivery"),
    ("Shipment has been assigned to a round", "out_for_delivery"),
    ("Package routed to the rider", "out_for_delivery"),
    # The parcel processed for delivery, as the text opens: the round.
    ("The parcel has been processed for delivery", "out_for_delivery"),
    # A delivery run sheet created: the round being planned, the parcel still on its way.
    ("Delivery runsheet generated", "in_transit"),
    # Forward on a line haul, waiting for the connection, a pickup done, a high-value handling scan: on its way.
    ("Surface forward in transit", "in_transit"),
    ("Linehaul pending", "in_transit"),
    ("Pick up done", "in_transit"),
    ("Shipment flagged as a high value item at the depot", "in_transit"),
    # A pickup generated, a waybill captured: before the carrier.
    ("Pickup generated", "info_received"),
    ("Waybill details captured", "info_received"),
    ("Captured by operations", "info_received"),
    # A route the parcel should not have taken, a line haul running late: an exception.
    ("Parcel missrouted to wrong hub", "exception"),
    ("Late linehaul", "exception"),
    # Another time asked for, a failed verification, outside the delivery area, an NDR call: a failed attempt.
    ("Consignee requested weekend delivery", "delivery_failed"),
    ("Recipient OTP verification failed", "delivery_failed"),
    ("Out of the delivery area", "delivery_failed"),
    ("NDR raised by field executive", "delivery_failed"),
    # Proof of delivery sent by SMS: delivered.
    ("SMS proof of delivery", "delivered"),
]

COUNTER_EXAMPLES = [
    # An undelivered parcel, no return named, is a failed attempt.
    ("Shipment undelivered", "delivery_failed"),
    # Loaded onto a truck or a flight is a parcel moving between facilities.
    ("Loaded onto truck", "in_transit"),
    # A forward leg named after a return is read by the return steps.
    ("RTO in transit", "returned"),
    # A pickup failed or a collection cancelled is no collection to come.
    ("Pickup cancelled", "cancelled"),
    # Delivery delayed, said on its own, stays an exception read by earlier steps.
    ("Delivery delayed", "exception"),
    # A payment captured is no parcel state.
    ("Payment captured", "unknown"),
    # Delivered with a proof of delivery is read by the delivery steps.
    ("Delivered - proof of delivery captured", "delivered"),
    # The customer wanting a future delivery is read by earlier steps as a failed attempt.
    ("Customer wants future delivery", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_middle_of_the_journey_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
