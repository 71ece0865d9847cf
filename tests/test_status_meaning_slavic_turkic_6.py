"""Russian and Ukrainian event texts read by their meaning, fifth pass (thirty-second round): the words of delivery
aggregators, shop platforms and couriers' apps for data loaded into a system, a delivery handed on in the recipient's
city, a courier who could not deliver, a recipient out of reach and an item still waiting to be sent.

Written by the team to DESIGN §4's statuses, in other words than the development corpus's rows, and labelled by what
they say (whose side a step is on, what has happened to the parcel), never by what the reader outputs. The rules are
status_phrases_meaning_slavic_turkic_5's (test_status_meaning_slavic_turkic_5.py tests the fourth module's Czech).
Counter-examples stand beside them: goods loaded into a vehicle still move, a delivery handed on into the recipient's
city (not yet in it) or with no place named is not the last leg, a message not delivered and a collection from the
sender that failed are no failed delivery, the sender out of reach is no recipient's failure, an item waiting to be
sent to a sorting centre moves.
"""

from __future__ import annotations

import pytest

from lossanalytics.normalise.status_hints import read_known_texts
from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Data loaded into a system, an account or a register: only data.
    ("Заказ загружен в систему службы доставки", "info_received"),
    ("Данные отправления выгружены в личный кабинет", "info_received"),
    ("Накладная загружена в реестр перевозчика", "info_received"),
    ("Загрузка данных в систему курьерской службы", "info_received"),
    ("Інформацію завантажено в кабінет перевізника", "info_received"),
    ("Замовлення вивантажено до системи служби доставки", "info_received"),
    # Handed over for delivery where the recipient is: the last leg.
    ("Заказ передан на доставку в городе получателя", "out_for_delivery"),
    ("Посылка передана на доставку в месте вручения", "out_for_delivery"),
    ("Відправлення передано на доставку в місті одержувача", "out_for_delivery"),
    # The courier could not deliver, the recipient out of reach: a failed delivery.
    ("Водитель не смог вручить посылку", "delivery_failed"),
    ("Курьер не сумел передать заказ", "delivery_failed"),
    ("Кур'єр не зміг вручити посилку", "delivery_failed"),
    ("Получатель был недоступен", "delivery_failed"),
    ("Покупатель недоступен по телефону", "delivery_failed"),
    ("Одержувач недоступний", "delivery_failed"),
    # Waiting to be sent, from nowhere or from the seller's warehouse: only data.
    ("Ожидаем отправления", "info_received"),
    ("Ожидает отправки со склада магазина", "info_received"),
    ("Очікує відправки зі складу продавця", "info_received"),
]

COUNTER_EXAMPLES = [
    # Goods loaded into a vehicle or a container still move.
    ("Груз загружен в автомобиль", "in_transit"),
    ("Посылки загружены в контейнер", "in_transit"),
    # Handed over for delivery into the recipient's city (not in it), or with no place named: still on the way.
    ("Заказ передан на доставку в город получателя", "in_transit"),
    ("Відправлення передано на доставку в місто одержувача", "in_transit"),
    ("Отправление передано на доставку", "in_transit"),
    # Waiting to be sent to a sorting centre: moving between facilities.
    ("Ожидает отправки в сортировочный центр", "in_transit"),
]

# What a text does not say: a message not delivered, a failed collection from the sender, the sender out of reach.
NOT_READ_AS = [
    ("Курьер не смог доставить смс-уведомление", "delivery_failed"),
    ("Курьер не смог забрать посылку у отправителя", "delivery_failed"),
    ("Отправитель недоступен", "delivery_failed"),
    ("Відправник недоступний", "delivery_failed"),
]



@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_fifth_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected


@pytest.mark.parametrize(("text", "wrong"), NOT_READ_AS)
def test_a_text_does_not_read_as_what_it_does_not_say(text: str, wrong: str) -> None:
    assert read_status(text).status != wrong


def test_the_evidence_is_the_carriers_words_as_written() -> None:
    assert read_status("Данные загружены в ЛК перевозчика").evidence == "загружены в ЛК"
    assert read_status("Клиент недоступен").evidence == "Клиент недоступен"


def test_the_examples_are_not_the_development_corpus_rows() -> None:
    corpus = {known.text.casefold() for known in read_known_texts()}
    written = [text for text, _ in EXAMPLES + COUNTER_EXAMPLES + NOT_READ_AS]
    assert [text for text in written if text.casefold() in corpus] == []
