"""Chinese read by its meaning (status_phrases_meaning_east_asian_8, round 50): a post's words at the end of a parcel's
journey, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses and labelled
by where the parcel is and whose move is awaited. Counter-examples: a return, a delivery, a wait and a movement that
other steps read, and a parcel still waiting to be posted."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Held at a counter, in a locker, left at a post office for the recipient, kept at the office: waiting.
    ("包裹已到達營業所招領中", "available_for_pickup"),
    ("已投入i郵箱", "available_for_pickup"),
    ("派出所寄存送達", "available_for_pickup"),
    ("留局待領", "available_for_pickup"),
    ("待收件人領取", "available_for_pickup"),
    # Collected by the recipient or from a locker: delivered.
    ("收受人已領取", "delivered"),
    ("快遞櫃取件成功", "delivered"),
    # Not delivered by the office, or put off by the recipient to another time: failed.
    ("郵件未投妥", "delivery_failed"),
    ("收件人要求改投遞時間", "delivery_failed"),
    # Sent back: undeliverable and returned, a deposit period over, a batch or a direct return.
    ("無法投遞，退回寄件人", "returned"),
    ("招領期滿，退回", "returned"),
    ("支局批退", "returned"),
    # On its way to be deposited, forwarded to another address, posted, handed over inside the post: moving.
    ("寄存送達派出所轉運中", "in_transit"),
    ("已改寄新地址", "in_transit"),
    ("交寄包裹", "in_transit"),
    ("郵局內部移交", "in_transit"),
    # A collection order taken, a failed collection to be made again: still with the sender.
    ("接單成功", "info_received"),
    ("取件失敗，再收", "info_received"),
]

COUNTER_EXAMPLES = [
    # Back on its way to the sender and held for collection there: a return, read by the outcome step.
    ("退回到達支局招領中", "returned"),
    # Properly delivered, read by the last-leg step.
    ("投遞局妥投", "delivered"),
    # A counter holding the parcel for claim, no "中": read as a wait by an earlier pass.
    ("窗口招領", "available_for_pickup"),
    # Arrived at the branch, no claim or locker named: moving.
    ("到達支局", "in_transit"),
    # Still to be posted: not read as posted.
    ("待交寄", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_end_of_journey_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
