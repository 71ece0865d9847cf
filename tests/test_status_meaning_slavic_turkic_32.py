"""Russian, Ukrainian, Bulgarian, Slovak and Czech read by their meaning (status_phrases_meaning_slavic_turkic_32,
round 108): a delivery under way; a parcel held at a warehouse until paid for; a new waybill; an order processed,
prepared or created; waiting for the courier; a payment received; loaded onto a line haul; sent by courier. In other
words than the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A delivery to the addressee under way: on the round.
    ("Сейчас идёт вручение получателю", "out_for_delivery"),
    ("Отправление в процессе вручения", "out_for_delivery"),
    # At a warehouse, waiting for the customer's payment: not yet sent on.
    ("Посылка на складе, ожидает оплаты доставки", "info_received"),
    # A new waybill, as the whole status.
    ("Нові накладні", "info_received"),
    ("Новая накладная", "info_received"),
    # A Bulgarian order processed, in preparation, prepared for sending, created; waiting for the courier.
    ("Поръчка обработена", "info_received"),
    ("Поръчката е в подготовка", "info_received"),
    ("Магазинът подготвя пратката за изпращане", "info_received"),
    ("Очаква се предаване на куриер", "info_received"),
    ("Товарителницата е създадена", "info_received"),
    # A Slovak or Czech order received or processed, a payment received.
    ("Objednávka prijatá, čakáme na platbu", "info_received"),
    ("Vaša objednávka bola spracovaná", "info_received"),
    ("Objednávka byla přijata", "info_received"),
    ("Platba prijatá", "info_received"),
    ("Platba byla přijata", "info_received"),
    # Loaded onto a line haul, the parcel being processed, sent by courier: on the way.
    ("Пратката е натоварена на линия за София", "in_transit"),
    ("Пратката се обработва", "in_transit"),
    ("Balík bol odoslaný kuriérskou službou", "in_transit"),
]

COUNTER_EXAMPLES = [
    # Delivered to the addressee; arrived: as read.
    ("Вручение адресату", "delivered"),
    ("Прибыло в сортировочный центр", "in_transit"),
    # An order waiting for its payment: as read; a duty to pay at the warehouse: held, as read.
    ("Заказ ожидает оплаты", "info_received"),
    ("Ожидает оплаты пошлины на складе", "exception"),
    # An order processed and already sent: the sending is read, not the order.
    ("Objednávka bola spracovaná a odoslaná", "in_transit"),
    # Loaded for delivery: on the round, as read.
    ("Пратката е натоварена за доставка", "out_for_delivery"),
    # On its way to you: read as the last leg; another delivery attempt: read as the failed one.
    ("Пратката е на път към вас", "out_for_delivery"),
    ("Ponowna próba doręczenia", "delivery_failed"),
    # Stored at an office (transit or collection, not said): left unread.
    ("Складирана в офис", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_32(text: str, expected: str) -> None:
    assert read_status(text).status == expected
