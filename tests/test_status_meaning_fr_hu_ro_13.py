"""Hungarian and Romanian shipment and order states read by meaning (status_phrases_meaning_fr_hu_ro_12, round 66;
this file is named one on, as the eleventh pass's test is): a courier app's and a parcel tracker's states, a shop's
order states and e-mails and a courier integration's common states, in other words than the development corpus's
rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # With the courier on the way to the depot: moving, not out for delivery.
    ("A csomag a futárnál, depóba tart", "in_transit"),
    # Being prepared for shipping, the payment arrived: the shop's, not a parcel arrived.
    ("Fizetése megérkezett", "info_received"),
    ("A fizetés megérkezett, előkészítjük a szállításra", "info_received"),
    # Pre-registered, a collection assigned, paid, registered: not yet with the carrier.
    ("Csomag előjegyezve", "info_received"),
    ("Felvétel futárnak kiosztva", "info_received"),
    ("Rendelés fizetve", "info_received"),
    ("Colet înregistrat", "info_received"),
    # A delivery assigned, handed to the courier or the courier service: on its way.
    ("Kiszállítás futárnak kiosztva", "in_transit"),
    ("Csomag futárnak átadva", "in_transit"),
    ("Futárszolgálatnak átadva", "in_transit"),
]

COUNTER_EXAMPLES = [
    # With the courier with no depot named stays out for delivery; a parcel arrived at a depot stays moving.
    ("A csomag a futárnál", "out_for_delivery"),
    ("A csomag megérkezett a depóba", "in_transit"),
    # Handed over to whom not said is left alone; a payment awaited and a delivery postponed stay what other steps read.
    ("Átadva", "unknown"),
    ("Fizetésre vár a rendelés", "exception"),
    ("Amânat", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_hungarian_and_romanian_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
