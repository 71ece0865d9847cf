"""Turkish read by their meaning (status_phrases_meaning_slavic_turkic_28, round 89): a recipient awaited at the branch
or who will collect there, even after a failed attempt; a shipment taken in; an order at its preparation stage or an
item prepared for the carrier; routed to the delivery branch; taken out for delivery; a return process started; in other words than the development corpus's rows, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Awaited at the branch, or collecting from the delivery branch, even after a failed attempt.
    ("Gönderiniz şubede, müşterinin gelmesi bekleniyor", "available_for_pickup"),
    ("Adreste kimse yoktu, teslim edilemedi; şubede alıcımız bekleniyor", "available_for_pickup"),
    ("Alıcının gelmesi bekleniyor şubeye", "available_for_pickup"),
    ("Alıcımız dağıtım şubesinden alacaktır", "available_for_pickup"),
    ("Müşteri şubeden teslim alacak", "available_for_pickup"),
    # A shipment taken in; an order in its preparation process.
    ("Gönderiniz alındı", "in_transit"),
    ("Siparişiniz hazırlanma sürecinde", "info_received"),
    # An item prepared to be given to the carrier; routed to the delivery branch.
    ("Mağaza paketi kargoya vermek için hazırladı", "info_received"),
    ("Paketiniz varış şubesine yönlendiriliyor", "in_transit"),
    # Taken out for delivery; a return process started.
    ("Kargonuz dağıtıma çıkarıldı", "out_for_delivery"),
    ("Dağıtıcı paketi dağıtıma çıkardı", "out_for_delivery"),
    ("Gönderi için iade süreci başlatıldı", "returned"),
]

COUNTER_EXAMPLES = [
    # A failed attempt with nothing said of the branch; a parcel waiting at the branch: as other steps read them.
    ("Teslim edilemedi", "delivery_failed"),
    ("Şubede bekliyor", "available_for_pickup"),
    # Reached the delivery branch, transfer between branches, taken by the recipient: as read.
    ("Teslimat şubesine ulaştı", "in_transit"),
    ("Şubeler arası transfer", "in_transit"),
    ("Gönderi teslim alındı", "in_transit"),
    ("Alıcıya teslim edildi", "delivered"),
    # An order being prepared; a return delivered back: as read.
    ("Siparişiniz hazırlanıyor", "info_received"),
    ("İade sürecinde", "returned"),
    # Handed over at the branch, or to be collected there; delivery awaited (what is awaited, not said): left alone.
    ("Şubeden teslim", "unknown"),
    ("Teslimat bekleniyor", "unknown"),
    # An order set off: on its way, as read.
    ("Sipariş Yola Çıktı", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_28(text: str, expected: str) -> None:
    assert read_status(text).status == expected
