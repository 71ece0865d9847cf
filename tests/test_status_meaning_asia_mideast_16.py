"""Hebrew read by its meaning (status_phrases_meaning_asia_mideast_16, round 75): a courier dispatch platform's steps
and job states and a forwarder's shipment events, in other words than the development corpus's rows where the words
allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass
leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The courier at the pickup point (to collect from the sender); a job sent to couriers: nothing handed over.
    ("השליח הגיע לאיסוף", "info_received"),
    ("השליח הגיע לנקודת האיסוף שלך", "info_received"),
    ("ההזמנה נשלחה לשליחים", "info_received"),
    # Arrived at the pickup, said by the courier; waiting for replies; couriers who accepted; a courier chosen.
    ("הגעתי לנקודת האיסוף", "info_received"),
    ("ממתין לתגובות", "info_received"),
    ("ממתינה לתגובת שליחים", "info_received"),
    ("שני שליחים שאישרו", "info_received"),
    ("נבחר השליח", "info_received"),
    ("השליח אישר את המשלוח", "info_received"),
    # Collected, said by the courier; a customs release in progress or done; a shipment received alone: moving on.
    ("אספתי", "in_transit"),
    ("שחרור מכס בתהליך במשרדי הסוכן", "in_transit"),
    ("שחרור המכס הושלם", "in_transit"),
    ("משלוח התקבל", "in_transit"),
]

COUNTER_EXAMPLES = [
    # The parcel (not the courier) at the pickup point waits for its recipient.
    ("החבילה הגיעה לנקודת האיסוף", "available_for_pickup"),
    # Dispatched to the customer: moving, not a job offer.
    ("ההזמנה נשלחה", "in_transit"),
    # Held at customs stays an exception.
    ("עיכוב במכס", "exception"),
    # Delivered stays delivered.
    ("המשלוח נמסר בהצלחה לנמען", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_hebrew_meaning_16(text: str, expected: str) -> None:
    assert read_status(text).status == expected
