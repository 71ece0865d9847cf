"""Russian event texts read by their meaning, seventh pass (round 40): the calling round before a delivery, a parcel
in or on its way to a parcel locker, a refusal with its reason, a delivery agreed or still to be agreed, in other
words than the development corpus's rows.

Written by the team to DESIGN §4's statuses and labelled by what they say (whose side a step is on, where the
parcel is), never by what the reader outputs. The rules are status_phrases_meaning_slavic_turkic_7's. Counter-examples
stand beside them: a failed delivery attempt at the door is no failed call, a parcel delivered into a locker waits
there, a parcel returned to the sender is a return, a parcel processed at a sorting centre moves, a delivery agreed
is no problem, a courier who has collected the parcel has it.
"""

from __future__ import annotations

import pytest

from lossanalytics.normalise.status_hints import read_known_texts
from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The calling round that did not get through, an attempt to reach the recipient by phone, a date not agreed:
    # a problem before any attempt.
    ("Прозвон клиента: абонент недоступен", "exception"),
    ("Прозвон покупателя - не отвечает", "exception"),
    ("Прозвон получателя: номер выключен", "exception"),
    ("Неудачная попытка дозвониться до покупателя", "exception"),
    ("Время доставки не согласовано с клиентом", "exception"),
    ("Не согласована дата доставки", "exception"),
    # In a parcel locker: waiting for the recipient.
    ("Посылка находится в почтомате", "available_for_pickup"),
    ("Заказ хранится в пакетомате", "available_for_pickup"),
    # On its way to a parcel locker or a pickup point: still moving.
    ("Посылка в процессе доставки в почтомат", "in_transit"),
    ("Заказ в ходе доставки в пункт выдачи", "in_transit"),
    # A refusal of the parcel, whatever its reason; no return paperwork, no room in the locker: a failed delivery.
    ("Отказ клиента от посылки: передумал", "delivery_failed"),
    ("Отказ от груза. Комплектация заказа неполная", "delivery_failed"),
    ("Посылка не доставлена: нет возвратной накладной", "delivery_failed"),
    ("Заказ не доставлен, в почтомате нет свободных ячеек", "delivery_failed"),
    # Created and being processed: only data.
    ("Заказ создан и обрабатывается", "info_received"),
    # Ready to be handed over at an office or a point: waiting for the recipient.
    ("Заказ готов к выдаче в отделении", "available_for_pickup"),
    # A delivery agreed or still to be agreed, ready for delivery, sent on to a country: still on its way.
    ("Доставка согласована с получателем", "in_transit"),
    ("Согласована дата и время доставки", "in_transit"),
    ("Ожидает согласования времени доставки", "in_transit"),
    ("Посылка готова к доставке", "in_transit"),
    ("Груз выслан в Казахстан", "in_transit"),
    # A planned dispatch, a courier collecting or on the way to collect: nothing handed over yet.
    ("Планируемая отгрузка со склада", "info_received"),
    ("Курьер едет за посылкой", "info_received"),
]

COUNTER_EXAMPLES = [
    # A failed attempt at the door, a recipient who did not answer the courier: a failed delivery.
    ("Неудачная попытка вручения посылки адресату", "delivery_failed"),
    # Delivered into a parcel locker: waiting there.
    ("Доставлено в постамат", "available_for_pickup"),
    # Returned to the sender when the storage time ran out: a return.
    ("Возвращено отправителю по истечении срока", "returned"),
    # Processed at a sorting centre: moving on.
    ("Обработка в сортировочном центре", "in_transit"),
]

# What a text does not say: a courier who already collected the parcel, a code sent to the recipient, a delivery
# agreed with the recipient read as a problem.
NOT_READ_AS = [
    ("Курьер забрал посылку у отправителя", "info_received"),
    ("Код подтверждения выслан получателю", "in_transit"),
    ("Согласована доставка на завтра", "exception"),
]



@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_seventh_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "wrong"), NOT_READ_AS)
def test_a_text_does_not_read_as_what_it_does_not_say(text: str, wrong: str) -> None:
    assert read_status(text).status != wrong


def test_the_evidence_is_the_carriers_words_as_written() -> None:
    assert read_status("Прозвон получателя: Занято").evidence == "Прозвон получателя: Занято"
    assert read_status("Посылка находится в почтомате").evidence == "находится в почтомате"


def test_the_examples_are_not_the_development_corpus_rows() -> None:
    corpus = {known.text.casefold() for known in read_known_texts()}
    written = [text for text, _ in EXAMPLES + COUNTER_EXAMPLES + NOT_READ_AS]
    assert [text for text in written if text.casefold() in corpus] == []
