"""English read by their meaning (status_phrases_meaning_english_37, round 124): the exceptions and failed deliveries
as a Canadian courier's EDI status codes, a Nigerian courier's status options, a last-mile driver app's undeliverable
reason codes and an Indian shipping app's non-delivery reasons word them, in other words than the development corpus's
rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A delivery the carrier did not attempt: a hold-up on the carrier's side.
    ("No real delivery attempt", "exception"),
    ("Office closed, no attempt was made", "exception"),
    ("Premises closed - no delivery attempt today", "exception"),
    # A delivery window that ran out before the driver came: a delay, not a tracking source that gave up.
    ("Delivery time window has passed", "exception"),
    # Held for the recipient to collect.
    ("Holding for customer collection", "available_for_pickup"),
    # The truck at the consignee's premises.
    ("Arrived at consignee's premises", "out_for_delivery"),
    # A subscription to every scan names no state.
    ("All tracking scans", "unknown"),
    # Misdirected, OS&D, the driver out of time on the route, a holiday: a problem or a delay.
    ("Misdirected parcel", "exception"),
    ("OS&D", "exception"),
    ("Over, short & damaged", "exception"),
    ("Driver had no time left on the route", "exception"),
    ("Bank holiday", "exception"),
    # A door knocker left, a delivery asked for at another time of day, an address that does not match: failed.
    ("Door-knocker card left", "delivery_failed"),
    ("Recipient requested evening delivery", "delivery_failed"),
    ("Address mismatched", "delivery_failed"),
    # Scheduled for a later run, readdressed at the recipient's request: on its way.
    ("Scheduled for morning delivery", "in_transit"),
    ("Re-addressed at the recipient's request", "in_transit"),
]

COUNTER_EXAMPLES = [
    # An attempt made stays a failed delivery; a closed business at an attempt stays one too.
    ("Delivery attempt made - nobody home", "delivery_failed"),
    ("Business closed", "delivery_failed"),
    # A hold without a pickup stays an exception; a parcel held for pickup at a facility is waiting there already.
    ("Shipment on hold", "exception"),
    ("Held for pickup at the local facility.", "available_for_pickup"),
    # Arrived at a facility stays movement.
    ("Arrived at delivery facility", "in_transit"),
    # A tracking source that gave up stays expired.
    ("Tracking expired", "expired"),
    # A holiday delay keeps its own reading.
    ("Holiday delay", "exception"),
    # Readdressed back to the sender stays a return.
    ("Readdressed - returned to sender", "returned"),
    # Left unread: a bump (left off a run, or a knock) and an abbreviation the texts do not spell out.
    ("Bump", "unknown"),
    ("LTA/Next Day Delivery", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_exceptions_and_failures_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
