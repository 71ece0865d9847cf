"""Ukrainian and Azerbaijani read by their meaning (status_phrases_meaning_slavic_turkic_16, round 55; this file is
named one on, past the fifteenth pass's test): a shipment planned for dispatch, one at the branch, a national post's
events from the office of exchange to the addressee, in other words than the development corpus's rows, written by the
team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Заплановано до відправлення", "info_received"),
    ("Посилка запланована на відвантаження", "info_received"),
    ("На відділенні", "available_for_pickup"),
    ("На відділенні в місті призначення", "available_for_pickup"),
    ("Bağlama gömrüyündə saxlanılıb", "exception"),
    ("Təyinat ölkəsinin mübadilə məntəqəsindən yola salınıb", "in_transit"),
    ("Bakı çeşidləmə mərkəzinə daxil olub", "in_transit"),
    ("Çatdırma məntəqəsinə daxil olub, Bakı", "in_transit"),
    ("Alıcının özünün gəlib götürməsi üçün poçt şöbəsində saxlanılır", "available_for_pickup"),
    ("Bağlama fiziki çatdırılmaya göndərilib", "out_for_delivery"),
    ("Çatdırma cəhdi uğursuz olub, səbəb: ünvan natamamdır", "delivery_failed"),
    ("Çatdırılıb", "delivered"),
]

COUNTER_EXAMPLES = [
    # The sender's branch is the start of the journey; a parcel arriving at or in the branch is already read.
    ("На відділенні відправника", "unknown"),
    ("У відділенні в місті отримувача", "available_for_pickup"),
    ("Прибуло у відділення", "available_for_pickup"),
    ("Прямує до міста отримувача", "in_transit"),
    # An item presented to import customs is read as a movement by the broad steps; one handed to the courier is already
    # read as the last leg.
    ("Bağlama import gömrüyünə təqdim olunub", "in_transit"),
    ("Kuryerə təhvil verilib, Bakı", "out_for_delivery"),
    # Only an item accepted, nothing after it, is read as accepted.
    ("Qəbul olunub, ödənilib", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_ukrainian_and_azerbaijani_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
