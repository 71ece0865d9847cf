"""Czech, Slovak and Turkish read by their meaning (status_phrases_meaning_slavic_turkic_34, round 121): a dispatch
awaited, a parcel delivered to a Zásilkovna point, created, handed over by its sender, on its way to the recipient, not
collected at the post office; a merchant handling the order, ready for dispatch; loaded or unloaded, an error at a
centre or branch, a wrong sending, a loss investigation, a return requested or completed, the address differing. In
other words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts
other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A dispatch awaited: before the carrier.
    ("Objednávka čeká na expedici", "info_received"),
    # Delivered to a Zásilkovna / Zásielkovňa point: waiting there.
    ("Zásilka byla doručena do Zásilkovny", "available_for_pickup"),
    ("Zásielka doručená na pobočku Zásielkovne", "available_for_pickup"),
    # Created: before the carrier; handed over by the sender, on its way to the recipient: moving.
    ("Balík byl vytvořen", "info_received"),
    ("Odesílatel předal zásilku", "in_transit"),
    ("Balík jede k příjemci", "in_transit"),
    # Not collected at the post office (the whole status): going back.
    ("Nevyžádána", "returned"),
    # A merchant handling the order, ready for dispatch: before the carrier.
    ("Predajca vybavuje vašu objednávku", "info_received"),
    ("Objednávka je pripravená na odoslanie", "info_received"),
    # Turkish: an error at a centre or branch, a wrong sending, a loss investigation: exceptions.
    ("Transfer Merkezi Hatası", "exception"),
    ("Şube hatası nedeniyle gecikme", "exception"),
    ("Yanlış sevk", "exception"),
    ("Kayıp araştırması başlatıldı", "exception"),
    # A return requested and taken, a return completed: returned.
    ("Gönderi için iade isteği alındı", "returned"),
    ("Gönderinin iadesi sonlandırıldı", "returned"),
    # The address differs: not delivered.
    ("Alıcı adresi farklı", "delivery_failed"),
    # Loaded, unloaded: moving.
    ("Gönderi yüklendi", "in_transit"),
    ("Gönderi indirildi", "in_transit"),
]

COUNTER_EXAMPLES = [
    # At the arrival centre: movement; a loss declared: lost; loaded onto a vehicle: as read.
    ("Varış merkezinde", "in_transit"),
    ("Kayıp", "lost"),
    ("Araca yüklendi", "in_transit"),
    # "Yüklendi" alone (uploaded, loaded: of what?) stays unread.
    ("Dosya yüklendi", "unknown"),
    # Delivered, dispatched: read already.
    ("Zásielka bola doručená", "delivered"),
    ("Vypraveno", "in_transit"),
    # A processed order ready: the processing is read first, as before.
    ("Objednávka bola spracovaná a pripravená na expedíciu", "info_received"),
    # Refused or the reason on a return, arriving soon, at the customer's request: left unread.
    ("Nepřijato", "unknown"),
    ("Zásielka už onedlho príde", "unknown"),
    ("Müşteri İsteği", "unknown"),
    # The reason a delivery failed: read as a failed delivery.
    ("Adresát neznámý", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_34(text: str, expected: str) -> None:
    assert read_status(text).status == expected
