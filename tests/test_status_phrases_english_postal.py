"""Hard distinctions of the eighteenth round (a): India Post's event types and non-delivery reasons,
the UPU and IPS event names national posts print, Uzbekistan Post's statuses, Thailand Post's and
Hongkong Post's status names, Direct Link's status names. Each expected status is the source's code or meaning (full references in
lossanalytics/normalise/known_texts/SOURCES.md, eighteenth round, a); the last cases are the phrases' limits: where the same
words say something else, they are not read this round's way."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Customs handing the item back to the post: still on the way, nothing went back to the sender.
    ("Item returned from export customs/security", "in_transit"),
    ("Item returned from customs (import)", "in_transit"),
    ("Return item from customs (Otb)", "in_transit"),
    # A hold at an office of exchange is no parcel waiting for the recipient.
    ("Item held at outward office of exchange", "exception"),
    ("Held at inward office of exchange", "exception"),
    ("Miss Sorted", "exception"),
    # The addressee, not the parcel, cannot be located or left; a notice left after the attempt.
    ("Addressee cannot be located", "delivery_failed"),
    ("Addressee Left without instructions", "delivery_failed"),
    ("Intimation Delivered", "delivery_failed"),
    ("Door Locked", "delivery_failed"),
    ("Unsuccessful (physical) delivery", "delivery_failed"),
    # Waiting for the recipient's collection.
    ("Item arrival at collection point for pick-up (by recipient)", "available_for_pickup"),
    ("Receive item at collection point for pick-up (Inb)", "available_for_pickup"),
    ("Poste Restante", "available_for_pickup"),
    # The postman's beat; the IPS steps of the journey and its end.
    ("Beat Dispatch", "out_for_delivery"),
    ("Receive item at office of exchange (Inb)", "in_transit"),
    ("Insert item into bag (Otb) and Send item abroad", "in_transit"),
    ("Prepare transit", "in_transit"),
    ("Order received into final destination country", "in_transit"),
    ("Deliver item (Inb)", "delivered"),
    # Limits: a return to the sender after customs is a return; a parcel that cannot be located is
    # lost; a longer text holding "door locked" or "item received" is not read by these anchors.
    ("Returned from customs to sender", "returned"),
    ("Item cannot be located", "lost"),
    ("Item received by recipient", "delivered"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_a_single_word_is_left_unread() -> None:
    # Thailand Post's "Preload" (data before acceptance) is one word: no phrase reads it.
    assert canonical_status("Preload") == "unknown"


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Addressee cannot be located") == Reading(
        "delivery_failed", "Addressee cannot be located", "text")
