"""Hungarian and Romanian read by their meaning (status_phrases_meaning_fr_hu_ro_17, round 91): an order called off
as cancelled; a bank transfer being checked and a parcel waiting to be taken over as information received;
undelivered as a failed delivery; a bare warning or alert as an exception; in other words than the development
corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this
pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Called off: cancelled.
    ("A rendelést visszamondták", "cancelled"),
    ("Visszamondva", "cancelled"),
    # A bank transfer being checked: a payment before dispatch.
    ("Banki utalás ellenőrzése folyamatban", "info_received"),
    # Undelivered: a failed delivery.
    ("Kézbesítetlen küldemény", "delivery_failed"),
    # A warning or alert as the whole status: exception.
    ("Figyelmeztetés!", "exception"),
    ("Alertă!", "exception"),
    # Waiting to be taken over by the courier: before the carrier.
    ("Așteaptă preluarea", "info_received"),
]

COUNTER_EXAMPLES = [
    # A parcel check stays a problem; undelivered and sent back is a return.
    ("Csomag ellenőrzése", "exception"),
    ("Kézbesítetlen, visszaküldve a feladónak", "returned"),
    # Expired within a longer text is not the bare status.
    ("Lejárt az átvételi határidő", "unknown"),
    # A handover or a collection by either side: left alone.
    ("Átvétel", "unknown"),
    ("Ridicare", "unknown"),
    ("Coletul așteaptă ridicarea", "unknown"),
    # A cash-on-delivery payment problem stays a problem.
    ("Probleme la plata ramburs", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fr_hu_ro_meaning_17(text: str, expected: str) -> None:
    assert read_status(text).status == expected
