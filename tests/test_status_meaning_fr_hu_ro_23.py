"""Romanian and Hungarian read by their meaning (status_phrases_meaning_fr_hu_ro_23, round 121): a parcel that came
back, kept in the warehouse, damage to the goods, a depot as the stage, a parcel coming back, an order not processed,
put in draft, awaiting payment or paid, the courier collecting the cash-on-delivery payment. In other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The parcel came back (to the shop), also after a failed delivery: returned.
    ("A küldemény visszaérkezett hozzánk", "returned"),
    ("Sikertelen kézbesítés után a csomag visszaérkezett a raktárunkba", "returned"),
    # Kept in the warehouse, the whole status: held.
    ("Csomag raktárban maradt", "exception"),
    # An order awaiting payment, in draft, paid: before the carrier.
    ("A rendelésed fizetésre váró állapotban van", "info_received"),
    ("PISZKOZAT", "info_received"),
    ("A rendelés piszkozat státuszban van", "info_received"),
    ("Rendelés fizetett állapotban", "info_received"),
    # The courier collected the cash-on-delivery amount: that happens at the delivery.
    ("A futár beszedte az utánvét összegét", "delivered"),
    # Damage to the goods; a depot as the stage label.
    ("Árukárt jelentett a futár", "damaged"),
    ("DEPÓ", "in_transit"),
    # Romanian: coming back, the whole status; an order not processed.
    ("Se returnează", "returned"),
    ("Coletul se întoarce", "returned"),
    ("Comandă neprocesată", "info_received"),
]

COUNTER_EXAMPLES = [
    # Back at the carrier's depot or central warehouse: a next attempt follows, movement as read.
    ("A küldemény visszaérkezett a depóba, újrakézbesítés holnap", "in_transit"),
    ("A csomag visszaérkezett a központi raktárba", "in_transit"),
    # "Fizetésre vár" alone keeps its reading (a payment hold); a failed delivery; in the warehouse; delivered.
    ("Fizetésre vár", "exception"),
    ("A csomag kézbesítése sikertelen", "delivery_failed"),
    ("Raktárban", "in_transit"),
    ("Kiszállítva", "delivered"),
    # A delivery put off reads a delay; collection in person reads waiting for it; processed reads movement;
    # an administrative closure stays unread.
    ("Livrare amânată", "exception"),
    ("Ridicare personală", "available_for_pickup"),
    ("Comanda procesată", "in_transit"),
    ("INCHIS ADMIN", "unknown"),
    # Coming back to the sender: read already.
    ("Se întoarce la expeditor", "returned"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fr_hu_ro_meaning_23(text: str, expected: str) -> None:
    assert read_status(text).status == expected
