"""Turkish, Ukrainian, Russian and Polish shipment and order states read by their meaning
(status_phrases_meaning_slavic_turkic_19, round 63; this file is named one on, past the eighteenth pass's test): a
carrier's codes as an order app holds them, shops' cargo states, marketplaces' order states, forwarders' steps and
Polish shops' states, in other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Received at the dispatch point, arrived and waiting for its recipient, on the way back, handled by a manager:
    # before broader words read them as delivered, moving, failed or a failed call.
    ("Посылка получена в пункте отправки", "in_transit"),
    ("Посилка прибула, чекає отримувача", "available_for_pickup"),
    ("W drodze powrotnej do nadawcy", "returned"),
    ("Обробляється менеджером, клієнт не відповідає", "info_received"),
    # Not yet with the carrier.
    ("Новое отправление", "info_received"),
    ("Нове відправлення", "info_received"),
    ("Оплачено покупцем", "info_received"),
    ("Чекає відправлення", "info_received"),
    ("Oczekuje na potwierdzenie", "info_received"),
    ("Oczekiwanie na wysyłkę", "info_received"),
    ("Zamówiono kuriera", "info_received"),
    # On its way, waiting at the pickup point, delivered.
    ("Kurye gönderiyi teslim aldı", "in_transit"),
    ("Kurier nadał przesyłkę", "in_transit"),
    ("Посилка доставляється", "in_transit"),
    ("Посилка очікує в пункті самовивозу", "available_for_pickup"),
    ("Teslimat başarıyla gerçekleşti", "delivered"),
    ("Получение посылки подтверждено", "delivered"),
    # A return started by the carrier or a branch; an order cancelled.
    ("Kargo iade sürecini başlattı", "returned"),
    ("Şubeden iade süreci başlatıldı", "returned"),
    ("Відміна. Немає товару", "cancelled"),
    ("Відмінено продавцем", "cancelled"),
]

COUNTER_EXAMPLES = [
    # A parcel received with no dispatch point named stays delivered; one at the pickup point stays there.
    ("Посылка получена", "delivered"),
    ("Посылка получена в пункте выдачи", "available_for_pickup"),
    # Waiting for pickup stays at the pickup point; a failed delivery stays failed.
    ("Oczekuje na odbiór", "available_for_pickup"),
    ("Teslimat başarısız oldu", "delivery_failed"),
    # A bare waiting word, a return the customer asked for, a bare "Wysyłka" and a new order cut short are left alone.
    ("Gönderi bekliyor", "unknown"),
    ("İade talebi oluşturuldu", "unknown"),
    ("Wysyłka", "unknown"),
    ("Нове", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_turkish_ukrainian_russian_and_polish_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
