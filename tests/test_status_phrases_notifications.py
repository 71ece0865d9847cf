"""Hard distinctions of the fourteenth round, the wording of shipping notifications: ParcelPanel's
shipment-status e-mails and tracking-page words (github:samnaini/pp) and parcelLab's notification
types, example subject lines and watchlist tickets (docs.parcellab.com, how.parcellab.works). Each
expected status is the source's status key or section (full references in lossanalytics/normalise/known_texts/SOURCES.md,
fourteenth round)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # A notification naming a problem without a reason is no failed attempt.
    ("Your order has a delivery exception", "exception"),
    ("A shipment from order has a delivery exception", "exception"),
    ("Update: your delivery is running late", "exception"),
    ("We have detected a delay in the delivery process.", "exception"),
    ("there is an issue with your order.", "exception"),
    # Waiting for the recipient at a counter or locker.
    ("Pickup Ready", "available_for_pickup"),
    ("Pickup Reminder", "available_for_pickup"),
    # Still to come: a delivery planned or announced.
    ("Delivery scheduled", "in_transit"),
    ("Your parcel will arrive soon", "in_transit"),
    ("Planned delivery with the latest time window.", "in_transit"),
    # Tracking-page words in other languages.
    ("商品尚未发货", "info_received"),
    ("等待运输商更新信息，请稍后", "unknown"),
    ("投递完成", "delivered"),
    ("运输超时", "expired"),
    ("Ces articles n’ont pas encore été expédiés", "info_received"),
    ("Info reçu", "info_received"),
    ("Estos artículos todavía no se han enviado", "info_received"),
    ("Questi articoli non sono ancora stati spediti", "info_received"),
    ("Die Produkte wurden noch nicht versendet", "info_received"),
    ("Deze artikelen zijn nog niet verzonden", "info_received"),
    ("Warte auf Übermittlung der Spediteurs, versuche es spätererneut", "unknown"),
    ("Pendiente de actualización por la compañía de transporte. Por favor, inténtalo de nuevo más tarde", "unknown"),
    ("Abgelaufen", "expired"),
    ("Verlopen", "expired"),
    ("Expiré", "expired"),
    ("Scaduto", "expired"),
    ("Expirado", "expired"),
    ("Mislukte levering", "delivery_failed"),
    ("Tentativo fallito", "delivery_failed"),
    ("Zustellung läuft", "out_for_delivery"),
    ("En entrega", "out_for_delivery"),
]

# Readings that must stay as they were: a reason beside "delivery exception" decides, a
# redelivery scheduled is a failed attempt, a delivery today is on the round, "expédié" alone
# is on its way, a storage period that expired is not the bare "expired".
KEPT = [
    ("Delivery exception: Customer not available or business closed", "delivery_failed"),
    ("Delivery exception: A request was made to change this delivery date.", "exception"),
    ("Redelivery scheduled", "delivery_failed"),
    ("Out for delivery", "out_for_delivery"),
    ("Colis expédié", "in_transit"),
    ("We tried to deliver your parcel today", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_notification_wording(text: str, expected: str) -> None:
    assert read_status(text).status == expected
