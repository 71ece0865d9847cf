"""Hard distinctions of the twenty-first round (b): CDEK's own descriptions of its order statuses,
Russian Post's "operation. attribute" strings and its operator system's operation names, Boxberry's
status names, Nova Poshta's names in Russian, Meest's public-tracking events and Ukrposhta's event
names. Each expected status is the source's code or mapping, or the words where it gives none (full
references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-first round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # CDEK: a dispatch or an arrival registered on the way is no registration of data, a line haul
    # "передан на доставку" no courier round, and a parcel re-received at a warehouse no return.
    ("Зарегистрирована отправка в городе-отправителе. Консолидированный груз передан на доставку "
     "(в аэропорт/загружен машину)", "in_transit"),
    ("Зарегистрирована встреча груза в городе-получателе", "in_transit"),
    ("Повторно оформлен приход в городе-транзите (груз возвращен на склад).", "in_transit"),
    ("Оформлен расход в городе-транзите", "in_transit"),
    ("Оформлен приход на склад города-получателя. Доставка до склада, посылка ожидает забора клиентом - "
     "покупателем ИМ", "available_for_pickup"),
    ("Добавлен в курьерскую карту, выдан курьеру на доставку", "out_for_delivery"),
    ("Оформлен повторный приход на склад в городе-получателе. Доставка не удалась по какой-либо причине, "
     "ожидается очередная попытка доставки.", "delivery_failed"),
    # Russian Post: the operation decides where its attribute alone would not.
    ("Приём. Единичный", "in_transit"),
    ("Возврат. Отказ в выпуске таможней", "returned"),
    ("Невручение. Изъято", "exception"),
    ("Невручение. Решение таможни", "exception"),
    ("Неудачная попытка вручения. Истек срок хранения в почтомате", "delivery_failed"),
    ("Обработка. Передача в кладовую хранения", "available_for_pickup"),
    # A collection notice, even one "вручено" against signature, is not the item handed over.
    ("Вторичное извещение вручено под подпись", "available_for_pickup"),
    ("Выслано первичное извещение", "available_for_pickup"),
    ("Прибыло в ОПС вручения", "available_for_pickup"),
    # Nova Poshta in Russian: at the branch, on the way to the recipient, collected by the sender.
    ("Прибыл в отделение", "available_for_pickup"),
    ("На пути к получателю", "out_for_delivery"),
    ("Забран отправителем", "returned"),
    ("Начисляется оплата за сохранение", "available_for_pickup"),
    ("Изменен адрес", "in_transit"),
    ("Отменяется", "cancelled"),
    # Ukrainian: created but not handed over, being assembled, handed back to the sender.
    ("Відправлення створено, але не передано на доставку", "info_received"),
    ("Нова Пошта комплектує ваше відправлення", "info_received"),
    ("Відправлення вручено: відправнику", "returned"),
    ("Надходження до відділення зв'язку", "available_for_pickup"),
    ("Відправлення до відділеня зв'язку", "in_transit"),
    ("Вручення", "delivered"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize("raw", [
    # A notice of delivery (avis de réception) received is a delivery, not a collection notice.
    "Извещение о вручении получено",
    # Waiting for the courier to collect it from the sender is not waiting for the recipient.
    "Ожидает забора курьером",
    # Arrived at a sorting branch, not at the branch where the recipient collects.
    "Прибыло в отделение сортировки",
])
def test_narrow_phrases_leave_other_wording_alone(raw: str) -> None:
    assert canonical_status(raw) != "available_for_pickup"


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Выслано вторичное извещение") == Reading(
        "available_for_pickup", "вторичное извещение", "text")
