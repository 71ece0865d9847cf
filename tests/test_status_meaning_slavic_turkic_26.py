"""Turkish read by their meaning (status_phrases_meaning_slavic_turkic_26, round 83): a return shipment prepared, on
hold or on its way and a return being prepared as returned; an order assigned to the warehouse; a
shipment in progress; at the sender's branch or the dispatch unit; "your cargo is on the way"; in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A return shipment prepared, on hold or on its way; a return being prepared.
    ("İade kargonuz yola çıktı", "returned"),
    ("İade paketi yola çıktı", "returned"),
    ("İade gönderiniz beklemede", "returned"),
    ("İade kargonuz hazırlanıyor", "returned"),
    ("İade süreci hazırlanıyor", "returned"),
    # Assigned to the fulfilment warehouse: before the carrier.
    ("Sipariş depoya atandı", "info_received"),
    # A shipment in progress; at the sender's branch or dispatch unit; your cargo is on the way.
    ("Gönderim devam ediyor", "in_transit"),
    ("Kargonuz çıkış şubesinde", "in_transit"),
    ("Gönderi gönderici biriminde", "in_transit"),
    ("Kargonuz yolda", "in_transit"),
    ("Paketiniz yolda", "in_transit"),
]

COUNTER_EXAMPLES = [
    # The outbound words stay as other steps read them.
    ("Gönderi oluşturuldu", "info_received"),
    ("İade gönderiniz oluşturuldu", "info_received"),
    ("Gönderi beklemede", "exception"),
    ("İade edildi", "returned"),
    ("Gönderiniz yolda", "in_transit"),
    ("Alıcı şubesinde bekliyor", "available_for_pickup"),
    ("Kargo teslim edildi", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_26(text: str, expected: str) -> None:
    assert read_status(text).status == expected
