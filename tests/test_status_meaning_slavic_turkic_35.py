"""Bulgarian, Lithuanian, Latvian, Estonian, Slovak and Turkish read by their meaning
(status_phrases_meaning_slavic_turkic_35, round 132): a parcel in a locker waiting for its recipient or for the
courier, in a carrier's warehouse, transported, on its way to the recipient, going back or to be returned, sent back; a
Baltic shop order awaiting or given its confirmation, shipped, delivered or cancelled; a Turkish parcel refused and
come back, reached its recipient, on the courier. In other words than the development corpus's rows, written by the team
to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # In a locker, waiting for the customer: waiting for collection.
    ("Пратката е в автомат и очаква получаване", "available_for_pickup"),
    ("Чака взимане от получателя", "available_for_pickup"),
    ("Siunta paštomate laukia gavėjo", "available_for_pickup"),
    ("Siunta laukia atsiėmimo", "available_for_pickup"),
    # In a locker, waiting for the courier: the sender's drop-off, before the carrier.
    ("Пратката е в автомата и чака куриер", "info_received"),
    ("Siunta paštomate, laukia kurjerio paėmimo", "info_received"),
    # Going back, to be returned, sent back: returned.
    ("Пратката ще бъде върната на търговеца", "returned"),
    ("Пратката се връща", "returned"),
    ("Не е потърсена и се връща", "returned"),
    ("Zásielka bola poslaná naspäť", "returned"),
    # Transported, in the carrier's warehouse, on its way to the recipient: moving.
    ("Пратката се транспортира", "in_transit"),
    ("Пратката е в склад на куриера", "in_transit"),
    ("Siunta keliauja pas gavėją", "in_transit"),
    # Baltic shop orders: awaiting or given a confirmation, shipped, delivered, cancelled.
    ("Užsakymas laukia apmokėjimo", "info_received"),
    ("Pasūtījums ir apstiprināts", "info_received"),
    ("Tellimus on kinnitatud", "info_received"),
    ("Sūtījums nosūtīts klientam", "in_transit"),
    ("Pakk on saadetud", "in_transit"),
    ("Pakk on kätte toimetatud", "delivered"),
    ("Tellimus on tühistatud", "cancelled"),
    ("Sūtījums atcelts", "cancelled"),
    # Slovak: on the way back, storage expired, a return packet received, created, held, a delivery attempt.
    ("Balík je na ceste späť", "returned"),
    ("Odberná lehota uplynula", "returned"),
    ("Reverse paket prijatý", "returned"),
    ("Balík bol vytvorený", "info_received"),
    ("Zásielka nesplňa podmienky prepravy", "exception"),
    ("Prebieha preverovanie balíka", "exception"),
    ("Druhý pokus o doručenie", "delivery_failed"),
    ("Pokus o doručenie do výdajného boxu", "delivery_failed"),
    # Turkish: refused and sent back, reached the customer, on the courier.
    ("Müşteri kabul etmedi, geri gönderildi", "returned"),
    ("Paket müşteriye ulaştı", "delivered"),
    ("Gönderi kuryenin üzerinde", "out_for_delivery"),
]

COUNTER_EXAMPLES = [
    # A warning of what happens if nobody collects it: waiting for collection, as read before, not a return.
    ("Ако не бъде потърсена, ще бъде върната", "available_for_pickup"),
    # Waiting at an office, returned to the sender, cancelled by the sender: read already.
    ("Очаква получаване в офис", "available_for_pickup"),
    ("Връща се към подател", "returned"),
    ("Отказана от подателя", "cancelled"),
    # Delivered into a locker: read already as waiting there.
    ("Pristatyta į paštomatą", "available_for_pickup"),
    # The merchant's warehouse is not the carrier's.
    ("В склад на търговеца", "unknown"),
    # Not delivered (Estonian): not a delivery.
    ("Pakk ei ole kohale toimetatud", "unknown"),
    # A bare "waits", a bare "confirmed", "at the sender", "is missing": left unread.
    ("Laukia", "unknown"),
    ("Apstiprināts", "unknown"),
    ("Pas siuntėją", "unknown"),
    ("Липсва", "unknown"),
    # Refused, handed to a courier: as read before.
    ("Отказана", "delivery_failed"),
    ("Предадена на куриер", "in_transit"),
    # Slovak: on the way back to the sender (read already), delivered into a Z-BOX, a collection at the depot.
    ("Zásielka je na ceste späť k odosielateľovi", "returned"),
    ("Doručenie do Z-BOXu", "available_for_pickup"),
    ("Zber na depe", "unknown"),
    # Turkish: a refusal alone stays a failed delivery; "to be brought to the recipient" stays movement; "came back"
    # alone stays unread.
    ("Alıcı kabul etmedi", "delivery_failed"),
    ("Alıcıya ulaştırılmak üzere yola çıktı", "in_transit"),
    ("Geri döndü", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_35(text: str, expected: str) -> None:
    assert read_status(text).status == expected
