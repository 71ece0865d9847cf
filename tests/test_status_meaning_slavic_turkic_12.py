"""Azerbaijani read by its meaning (status_phrases_meaning_slavic_turkic_11, round 49): a parcel forwarder's statuses,
in other words than the development corpus's rows, written by the team to DESIGN §4's statuses and labelled by where
the goods are and whose move is awaited. Counter-examples: Turkish texts other passes read."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Bağlama geri qaytarıldı", "returned"),
    ("İadə edildi", "returned"),
    ("Gömrük yoxlanışındadır", "exception"),
    ("Gömrükdə saxlanılıb", "exception"),
    ("Kuryerə təhvil verildi", "out_for_delivery"),
    ("Təhvil verildi", "delivered"),
    ("Bəyan edildi", "info_received"),
    ("Bağlama xaricdəki anbara çatıb", "in_transit"),
    ("Uçuşa hazırlanır, Bakıya", "in_transit"),
    ("Yola düşdü", "in_transit"),
    ("Çeşidlənir", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Turkish, read by the earlier passes.
    ("Teslim edildi", "delivered"),
    ("Müşteriye ulaştırılmadı", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_azerbaijani_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
