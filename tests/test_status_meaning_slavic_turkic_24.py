"""Polish and Russian read by their meaning (status_phrases_meaning_slavic_turkic_24, round 78): delivered
by the carrier, in transport after storage, handed over to a point or locker, not handed over, a closed point, a
parcel under verification, liquidation, in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves
alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Посылка доставлена перевозчиком", "delivered"),
    ("Заказ доставлен перевозчиком", "delivered"),
    ("W transporcie po sortowaniu", "in_transit"),
    ("Paczka przekazana do paczkomatu", "available_for_pickup"),
    ("Przekazano do punktu odbioru", "available_for_pickup"),
    ("Paczka nie została przekazana do automatu", "exception"),
    ("Nie wydano kurierowi", "exception"),
    ("Paczkomat jest nieczynny", "exception"),
    ("Punkt odbioru czasowo nieczynny", "exception"),
    ("Placówka nieczynna", "exception"),
    ("Paczka w trakcie weryfikacji", "exception"),
    ("Likwidacja przesyłki", "lost"),
]

COUNTER_EXAMPLES = [
    # Delivered TO the carrier (dative) is a handover, still moving.
    ("Доставлено перевозчику", "in_transit"),
    # Handed to the sorting centre or to the posting point: not a pickup point reached.
    ("Paczka przekazana do sortowni", "in_transit"),
    ("Przesyłka przekazana do punktu nadania", "in_transit"),
    # Not delivered keeps the failed delivery.
    ("Przesyłka nie została doręczona", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_polish_and_russian_exceptions_and_failures_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
