"""Bulgarian, Russian, Czech, Slovak and Polish read by their meaning (status_phrases_meaning_slavic_turkic_17, round
57; this file is named one on, past the sixteenth pass's test): a broker's bare shipment statuses, a marketplace's and
shops' order states before and beside the carrier, in other words than the development corpus's rows, written by the
team to DESIGN §4's statuses.
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
    ("Заявка принята в работу", "info_received"),
    ("Заказ выполнен", "delivered"),
    ("Спор открыт", "exception"),
    ("Čekáme na zboží od dodavatele", "info_received"),
    ("Objednávka je zkompletována", "info_received"),
    ("Zabaleno", "info_received"),
    ("Platba přijata", "info_received"),
    ("Zaplaceno", "info_received"),
    ("Nová objednávka", "info_received"),
    ("Potvrdená objednávka", "info_received"),
    ("Zasláno zákazníkovi", "in_transit"),
    ("Złożono zamówienie", "info_received"),
    ("Płatność została zaksięgowana", "info_received"),
]

COUNTER_EXAMPLES = [
    # A delivery that failed is not the round; a dispute closed says nothing of the parcel.
    ("Неуспешно доставяне", "unknown"),
    ("Спор закрыт", "unknown"),
    # A return waiting to be sent is a return, as the outcome steps read it.
    ("Возврат ждёт отправки", "returned"),
    # Waiting for dispatch in other words is already read.
    ("Ожидает отправки", "info_received"),
    # Accepted at a branch is a parcel's movement; a return completed is a return; awaiting payment (an order's, or
    # duties) is left alone.
    ("Принято в отделении", "in_transit"),
    ("Выполнен возврат", "returned"),
    ("Ожидает оплаты", "unknown"),
    # A bare "Přijato" (an order received or a parcel accepted) is left alone; a parcel packed and handed to the carrier
    # is the movement the earlier steps read, as is an order the carrier took in ("przyjęte").
    ("Přijato", "unknown"),
    ("Zásilka zabalena a předána dopravci", "in_transit"),
    ("Zamówienie przyjęte", "in_transit"),
    ("Objednávka vyřízena", "unknown"),
    # A shop's order whose payment failed, on its own, is held (as the German one); with more words it is left to
    # the steps that read them.
    ("Platba selhala", "exception"),
    ("Platba se nezdařila", "exception"),
    ("Platba zlyhala", "exception"),
    ("Platba kartou se nezdařila, zkuste to znovu", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_bulgarian_russian_czech_slovak_and_polish_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
