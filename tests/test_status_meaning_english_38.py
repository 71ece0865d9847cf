"""English read by their meaning (status_phrases_meaning_english_38, round 127): the states before the carrier, the
failed deliveries and the notices around them as a USPS provider's event labels, FedEx's tracking and webhook status
tables and EasyParcel's status codes word them, in other words than the development corpus's rows where the words
allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # R.T.S (return to sender) with its reason: a return.
    ("R.T.S. - Refused by addressee", "returned"),
    ("RTS: insufficient postage", "returned"),
    # A forwarding order expired, a receptacle full or blocked: failed deliveries.
    ("Forwarding order expired", "delivery_failed"),
    ("Letter box full", "delivery_failed"),
    ("Letterbox blocked - item too large", "delivery_failed"),
    # Customs refusing an item entry; a local delivery restriction: held up.
    ("Refused entry by the customs authorities", "exception"),
    ("Local delivery restrictions apply", "exception"),
    # A vehicle sent for the pickup; a parcel to be picked up by the driver: not with the carrier yet.
    ("Pickup vehicle dispatched", "info_received"),
    ("Parcel to be picked up by our courier", "info_received"),
    # To be collected at a counter: waits for its recipient.
    ("Item to be collected at your local branch", "available_for_pickup"),
    # A request to hold the parcel somewhere: on its way there.
    ("Hold at FedEx location request received", "in_transit"),
    # Delivery options and return labels name no state of the parcel.
    ("Customer delivery option changed", "unknown"),
    ("Return label sent", "unknown"),
    ("Return label cancelled", "unknown"),
    # A parcel "to be collected" with nobody named: left unread.
    ("To be collected", "unknown"),
    # Delivered to an authorised agent, as the whole text.
    ("The authorised agent", "delivered"),
    # Unsafe or hazardous delivery conditions: the delivery failed.
    ("Unsafe delivery location", "delivery_failed"),
    # Ready for the recipient's collection.
    ("Ready for consignee pickup", "available_for_pickup"),
    # On the way: landed, at an airport or a destination, a changed location or address, a customs release, a new date.
    ("Aircraft has landed", "in_transit"),
    ("At the destination airport", "in_transit"),
    ("At carrier destination", "in_transit"),
    ("Delivery location has been changed", "in_transit"),
    ("Address change completed", "in_transit"),
    ("Scheduled delivery date was updated", "in_transit"),
    # Before the carrier: a pickup being arranged.
    ("Pickup scheduling in arrangement", "info_received"),
]

COUNTER_EXAMPLES = [
    # A tracking source that gave up stays expired; a plain return to sender stays a return.
    ("Tracking expired", "expired"),
    ("Returned to sender", "returned"),
    # Refused by customs with the item sent back stays a return; a refusal at the door stays a failed delivery.
    ("Refused by Customs. Unacceptable sender info. Item being returned to sender", "returned"),
    ("Refused by recipient", "delivery_failed"),
    # An oversized parcel without a receptacle named stays a problem.
    ("Item oversized", "exception"),
    # A shipment cancelled stays cancelled; a parcel held at a location stays waiting there.
    ("Shipment cancelled", "cancelled"),
    ("Hold at location", "available_for_pickup"),
    # A dispatched parcel stays moving; so does a parcel collected by the courier.
    ("Dispatched", "in_transit"),
    ("Shipment collected by courier", "in_transit"),
    # A delay with a new date stays a delay.
    ("Delayed. Delivery date updated.", "exception"),
    # Left unread: the courier at a pickup, a vehicle not used.
    ("At Pickup", "unknown"),
    ("Vehicle furnished but not used", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_states_before_the_carrier_and_failed_deliveries_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
