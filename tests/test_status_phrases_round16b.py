"""Hard distinctions of the sixteenth round (b): a shop plugin's Yandex Delivery status map,
PickPoint's and Dellin's status names, a shop plugin's explanations of Nova Poshta's status codes
and recorded Česká pošta B2B events. Each expected status is the source's mapping or status code,
or the words where it gives none (full references in lossanalytics/normalise/known_texts/SOURCES.md, sixteenth round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # The documents go back, the cargo was handed over.
    ("Груз выдан. Возврат СД", "delivered"),
    # The storage period is over and the plugin files it as on its way back.
    ("Срок хранения заказа в точке выдачи истёк", "returned"),
    # Delivered to the sender's point, or ready for the shop: a return, not a delivery.
    ("Заказ доставлен в пункт отправителя", "returned"),
    ("Заказ готов к отправке отправителю", "returned"),
    ("Заказ готов для передачи магазину", "returned"),
    # Created or being created at the sorting centre: data only, not yet moving.
    ("Заказ создаётся в сортировочном центре", "info_received"),
    ("Заказ подтверждён в сортировочном центре", "info_received"),
    ("Заявка находится на проверке", "info_received"),
    ("Ожидает сдачи на терминал", "info_received"),
    ("Забор груза от адреса", "info_received"),
    ("Сформирован для передачи Логисту", "info_received"),
    # On its way to the destination point, not waiting at it.
    ("Заказ выехал в пункт назначения", "in_transit"),
    ("Заказ находится в городе получателя и готовится к последней миле", "in_transit"),
    ("Время доставки изменено", "in_transit"),
    # At the pickup terminal (ПТ): waits for the recipient.
    ("Доставлено в ПТ", "available_for_pickup"),
    ("Принято в ПТ", "available_for_pickup"),
    # Being brought to the customer or the address.
    ("Заказ доставляется клиенту", "out_for_delivery"),
    ("Доставка груза до адреса", "out_for_delivery"),
    # Ukrainian: handed to the courier is not handed to the recipient; a return waybill is a return.
    ("Посилку видано кур'єру, прямує за адресою одержувача.", "out_for_delivery"),
    ("Клієнт відмовився, Нова Пошта сформувала зворотну накладну до відправника.", "returned"),
    ("Відправлення прийнято у відділенні або терміналі в місті відправника.", "in_transit"),
    ("Адресу доставки або відділення було змінено.", "in_transit"),
    ("Кур’єру не вдалося вручити посилку (клієнт не відповідав або був відсутній).", "delivery_failed"),
    ("ТТН зареєстровано в системі, Нова пошта очікує фактичного надходження посилки від відправника.",
     "info_received"),
    # Czech: leaving the sorting centre and sent abroad are transit.
    ("Výstup zásilky z SPU.", "in_transit"),
    ("Odeslání zásilky do země určení.", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Доставлено в ПТ") == Reading("available_for_pickup", "Доставлено в ПТ", "text")


def test_a_plain_return_still_reads_returned() -> None:
    # "Возврат" alone, without a handed-over cargo before it, stays a return.
    assert canonical_status("Сформирован возврат") == "returned"
    assert canonical_status("Возврат доставлен в ПТ") == "returned"
