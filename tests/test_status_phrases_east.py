"""Hard distinctions in Russian, Ukrainian and Romanian, and in notification e-mail
headings: the same words in another construction mean another step. Each case is a published text labelled from its
publisher's code or meaning (sources in lossanalytics/normalise/known_texts/SOURCES.md)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Russian Post attributes: handed to the addressee, handed back to the sender.
    ("Вручение адресату", "delivered"),
    ("Вручение отправителю", "returned"),
    ("Выдано адресату через почтомат", "delivered"),
    ("Выдано отправителю через почтомат", "returned"),
    # In the locker, its storage ending (a final notice), storage expired (returned).
    ("Прибыло в почтомат", "available_for_pickup"),
    ("Истекает срок хранения в почтомате", "available_for_pickup"),
    ("Истек срок хранения", "returned"),
    # A failed attempt, a refusal and a bad address fail the delivery; a loss and a
    # destruction are lost; a customs refusal and a missent item are exceptions.
    ("Неудачная попытка вручения", "delivery_failed"),
    ("Временное отсутствие адресата", "delivery_failed"),
    ("Отказ адресата", "delivery_failed"),
    ("Неверный адрес", "delivery_failed"),
    ("Уничтожение", "lost"),
    ("Утрата зарегистрирована", "lost"),
    ("Отказ в выпуске", "exception"),
    ("Засыл отправления", "exception"),
    ("Выпущено таможней", "in_transit"),
    # Boxberry: on its way to the pickup point, then at it; PEK: issued for delivery vs at the warehouse.
    ("Передан на доставку до пункта выдачи", "in_transit"),
    ("Поступило в пункт выдачи", "available_for_pickup"),
    ("Выдан на доставку", "out_for_delivery"),
    ("Выдан на складе", "delivered"),
    # Yandex Delivery: attempt failed vs cannot be delivered vs returned; postponed by the carrier.
    ("Неудачная попытка вручения заказа.", "delivery_failed"),
    ("Заказ возвращен в магазин.", "returned"),
    ("Доставка перенесена службой доставки.", "exception"),
    # Nova Poshta: refused by the recipient vs a return order created by the sender.
    ("Відмова одержувача (отримувач відмовився від відправлення)", "delivery_failed"),
    ("Відмова від отримання (Відправником створено замовлення на повернення)", "returned"),
    ("Відправлення отримано", "delivered"),
    # Ukrposhta: at the office, moved to storage (still waiting), going back.
    ("Прибуло до Відділення", "available_for_pickup"),
    ("Передано на зберігання", "available_for_pickup"),
    ("Повернення за зворотною адресою", "returned"),
    # FAN Courier and Urgent Cargus: notified, refused, returned, destroyed, carrier-side delay.
    ("Avizat", "delivery_failed"),
    ("Refuz primire", "delivery_failed"),
    ("Retur la termen", "returned"),
    ("Livrat", "delivered"),
    ("Expediere nelivrata: Vreme nefavorabila", "exception"),
    ("Expediere nelivrata: Fara acces", "delivery_failed"),
    ("Expediere distrusa: Expediere abandonata cu acordul expeditorului", "lost"),
    ("Se asteapta ridicarea coletului de la sediu: Destinatar contactat", "available_for_pickup"),
    # Shopify shipping-update e-mails.
    ("Your order is out for delivery.", "out_for_delivery"),
    ("Some items in your order have been delivered", "delivered"),
    # TrackShip's e-mail headings: a bare "on hold" is a problem, "awaiting delivery" or
    # "awaiting customs clearance" (Colissimo, Poste Italiane) are not; on the way to the
    # recipient is out for delivery, on the way is transit; before transit is announced.
    ("En attente", "exception"),
    ("En attente de livraison", "in_transit"),
    ("In attesa", "exception"),
    ("in attesa di sdoganamento", "in_transit"),
    ("Zur Zustellung unterwegs", "out_for_delivery"),
    ("Unterwegs", "in_transit"),
    ("W drodze do odbiorcy", "out_for_delivery"),
    ("W tranzycie", "in_transit"),
    ("Pre-transito", "info_received"),
    ("Før transitt", "info_received"),
    ("Terugsturen naar afzender", "returned"),
    ("Falha de entrega", "delivery_failed"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_cyrillic_phrases_are_whole_words() -> None:
    # "вручено" inside "не вручено" does not read as delivered; the noun "отправление"
    # ("shipment") is not "отправлено" (sent).
    assert read_status("Не вручено") == Reading("delivery_failed", "Не вручено", "text")
    assert read_status("Отправление") == Reading("unknown", None, "none")


def test_yo_and_ye_read_alike() -> None:
    # Carriers print "ё" and "е" for the same letter.
    assert canonical_status("Заказ возвращён в магазин.") == "returned"
    assert canonical_status("Истёк срок хранения") == "returned"
