"""Bulgarian and Russian read by their meaning (status_phrases_meaning_slavic_turkic_17, round 57; this file is named
one on, past the sixteenth pass's test): a broker's bare shipment statuses and a marketplace's order states before and
beside the carrier, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Нова пратка", "info_received"),
    ("Нова поръчка", "info_received"),
    ("Пратката е събрана от куриера", "in_transit"),
    ("Доставяне", "out_for_delivery"),
    ("Изключение", "exception"),
    ("Заказ ждёт отправки", "info_received"),
    ("Заказ оплачен", "info_received"),
    ("Оплачено", "info_received"),
    ("Открыт спор по заказу", "exception"),
    ("Спор открыт", "exception"),
]

COUNTER_EXAMPLES = [
    # A delivery that failed is not the round; a dispute closed says nothing of the parcel.
    ("Неуспешно доставяне", "unknown"),
    ("Спор закрыт", "unknown"),
    # A return waiting to be sent is a return, as the outcome steps read it.
    ("Возврат ждёт отправки", "returned"),
    # Waiting for dispatch in other words is already read.
    ("Ожидает отправки", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_bulgarian_and_russian_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
