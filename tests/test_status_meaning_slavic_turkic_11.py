"""Russian read by its meaning, tenth pass (status_phrases_meaning_slavic_turkic_10, round 48): the time before the
carrier has the parcel, a return named before its reason and an order cancelled while being delivered, in other
words than the development corpus's rows, written by the team to DESIGN §4's statuses and labelled by what they say,
never by what the reader outputs. Counter-examples stand beside them: a parcel handed to the courier, one sent, a
refusal with no return named, a return refused by customs, an order cancelled before dispatch."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Not yet sent or handed over to the carrier, waiting for that hand-over, still at the shipping warehouse.
    ("Заказ оформлен, но ещё не передан в службу доставки", "info_received"),
    ("Посылка пока не отправлена перевозчику", "info_received"),
    ("Товар ожидает передачи перевозчику", "info_received"),
    ("Заказ находится на складе отгрузки", "info_received"),
    # A return named first, its reason after it.
    ("Возврат: адресат отказался от посылки", "returned"),
    ("Возврат — не удалось доставить", "returned"),
    # Cancelled while being delivered: the goods go back.
    ("Заказ отменён во время доставки", "returned"),
    # Being packed or assembled, at the hand-over, a consignment drawn up: only data.
    ("На упаковке", "info_received"),
    ("Собирается", "info_received"),
    ("Оформлено", "info_received"),
]

COUNTER_EXAMPLES = [
    # Handed to the courier for delivery: the last leg.
    ("Передан курьеру для доставки получателю", "out_for_delivery"),
    # Sent to the recipient's city: moving.
    ("Отправлено в город получателя", "in_transit"),
    # A refusal with no return named fails the delivery.
    ("Получатель отказался от заказа", "delivery_failed"),
    # A return whose words go on to a refusal noun keeps its earlier reading.
    ("Возврат. Отказ получателя от посылки", "returned"),
    # Cancelled with no delivery under way: a cancellation.
    ("Заказ отменён", "cancelled"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_tenth_russian_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
