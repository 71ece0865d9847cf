"""Hard distinctions of the twentieth round (b): last-mile delivery apps (Walmart's driver statuses,
Deliverect, Bringg, Uber Direct, Just Eat, DoorDash, Grubhub, Otter, Onfleet), DPD's push texts, GLS's
parcel-shop lines and a Russian pickup point. Each expected status is the source's own code, or
DESIGN §4 where it is narrower (full references in lossanalytics/normalise/known_texts/SOURCES.md, twentieth round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A driver on the way to, or at, the seller's pickup location has collected nothing yet.
    ("Driver is heading to the pickup location.", "info_received"),
    ("Courier has arrived at the pickup location", "info_received"),
    ("Courier is assigned and is en route to pick up the items", "info_received"),
    ("Driver at restaurant", "info_received"),
    ("DRIVER_EN_ROUTE_TO_PICKUP", "info_received"),
    ("DASHER_CONFIRMED_PICKUP_ARRIVAL", "info_received"),
    ("Delivery has been accepted but does not yet have a courier assigned", "info_received"),
    ("Order was accepted by a driver.", "info_received"),
    ("Auftragsdaten erfasst", "info_received"),
    # On the way to, or at, the drop-off: the last leg, not yet delivered.
    ("Courier approaching the drop-off location", "out_for_delivery"),
    ("Courier is moving towards the dropoff", "out_for_delivery"),
    ("Driver reached the drop\u2011off location.", "out_for_delivery"),
    ("Driver at delivery address", "out_for_delivery"),
    ("Driver departed pickup with order.", "out_for_delivery"),
    ("ENROUTE_TO_DROPOFF", "out_for_delivery"),
    ("ARRIVED_AT_DROP_OFF", "out_for_delivery"),
    ("dasher_at_customer", "out_for_delivery"),
    # The dropoff done, the recipient's collection from the shop.
    ("Courier has completed the dropoff", "delivered"),
    ("DASHER_DROPPED_OFF", "delivered"),
    ("Im Pickup-Paketshop abgeholt", "delivered"),
    # Delivered to a parcel agent or arrived at a pickup point: waiting for the recipient.
    ("Paketet är levererat till ett GLS paketombud.", "available_for_pickup"),
    ("Прибыло в ПВЗ (служба доставки)", "available_for_pickup"),
    # Undelivered items going back, a delivery replaced by one back to the sender.
    ("Driver is returning undelivered items.", "returned"),
    ("ENROUTE_TO_RETURN", "returned"),
    ("The delivery was canceled and a new delivery created to return items to the sender.", "returned"),
    ("Im Pickup-Paketshop nicht abgeholt", "exception"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Courier has arrived at the pickup location") == Reading(
        "info_received", "Courier has arrived at the pickup location", "text")
    assert read_status("Прибыло в ПВЗ (служба доставки)") == Reading("available_for_pickup", "Прибыло в ПВЗ", "text")


# The narrow phrases stay narrow: a pickup point without a driver, a return or an outcome named beside
# them, and the courier's own collection from a shop keep their reading.
NOT_WIDENED = [
    ("Arrived at the pickup location", "available_for_pickup"),
    ("The courier has arrived at the pickup point", "available_for_pickup"),
    ("Driver at delivery address - recipient not available", "delivery_failed"),
    ("Abholung von Pickup Paketshop durch DPD Zusteller.", "in_transit"),
    ("Возврат: прибыло в ПВЗ отправителя", "returned"),
    ("Заказ прибыл в ПВЗ, срок хранения истек", "returned"),
    ("Auftragsdaten erfasst, Sendung zugestellt", "delivered"),
    ("The delivery was canceled", "cancelled"),
    ("Courier is on the way to the customer", "out_for_delivery"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


# An order or shipment created, and nothing more ("Order was created"), is information received by meaning
# (status_phrases_meaning_english_10), not by these phrases: it is not among these texts.
@pytest.mark.parametrize("raw", ["In transit to customer.", "Order completed.", "Выкуплен (служба доставки)",
                                 "Im Pickup Paketshop abgeholt durch DPD Zusteller"])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) not in {"delivered", "out_for_delivery", "info_received"}
