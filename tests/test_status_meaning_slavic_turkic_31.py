"""Turkish, Czech and Polish read by their meaning (status_phrases_meaning_slavic_turkic_31, round 102): a parcel
handed to the delivering postman; a return completed; carriage between cities; a shipment confirmed before it is
posted. In other words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Handed to the delivering postman or delivery staff: on the round.
    ("Gönderiniz dağıtıcıya teslim edilmiştir", "out_for_delivery"),
    ("Paket dağıtım görevlisine teslim edildi, bugün adresinize gelecek", "out_for_delivery"),
    # A return completed, as the whole status.
    ("Kargo iadesi tamamlandı", "returned"),
    ("Ürün iade süreci tamamlanmıştır", "returned"),
    # Carriage between cities.
    ("Meziměstská přeprava zásilky", "in_transit"),
    ("Zásilka: meziměstské přepravy", "in_transit"),
    # A shipment or parcel confirmed, as the whole status.
    ("Paczka potwierdzona", "info_received"),
    ("Przesyłka potwierdzona", "info_received"),
]

COUNTER_EXAMPLES = [
    # Delivered to the recipient; handed to the cargo company; given to the postman: as read.
    ("Alıcıya teslim edildi", "delivered"),
    ("Kargoya teslim edildi", "in_transit"),
    ("Dağıtıcıya Verildi", "out_for_delivery"),
    # A return sent back: as read.
    ("Göndericiye iade edildi", "returned"),
    # A money refund completed: not a parcel's return, left unread.
    ("Ücret iadesi tamamlandı", "unknown"),
    # Prepared for delivery, taken (by whom not said): left alone.
    ("Příprava k doručení", "unknown"),
    ("Забрано", "unknown"),
    # An order confirmed: as read.
    ("Zamówienie potwierdzone", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_31(text: str, expected: str) -> None:
    assert read_status(text).status == expected
