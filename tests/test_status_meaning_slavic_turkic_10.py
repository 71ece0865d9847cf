"""Turkish read by its meaning, ninth pass (status_phrases_meaning_slavic_turkic_9, round 46): a marketplace's package
statuses in its sellers' panels, in other words than the development corpus's rows, written by the team to DESIGN §4's
statuses and labelled by what they say, never by what the reader outputs. Counter-examples stand beside them: a parcel
brought to the recipient, a parcel given to the cargo company, a parcel delivered at a delivery point."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Not brought to the recipient and back again: a return.
    ("Alıcıya ulaştırılamadı ve geri döndü", "returned"),
    ("Ulaştırılamadı ve iade döndü", "returned"),
    # Not brought to the customer or recipient: the delivery failed.
    ("Alıcıya ulaştırılamadı", "delivery_failed"),
    ("Adrese ulaştırılmadı", "delivery_failed"),
    # At a pick-up/drop-off point: waiting for the recipient.
    ("Pudo noktasında", "available_for_pickup"),
    # Ready for dispatch, being prepared: still with the seller.
    ("Gönderime hazır", "info_received"),
    ("Sipariş hazırlanıyor", "info_received"),
    ("Ürün hazırlanıyor", "info_received"),
]

COUNTER_EXAMPLES = [
    # Brought to the recipient is a delivery.
    ("Teslim edildi", "delivered"),
    # Given to the cargo company: on its way.
    ("Kargoya verildi", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_ninth_turkish_pass_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
