"""Russian order states read by their meaning, twentieth Slavic and Turkic pass (round 65): a shop app's and a
fulfilment hub's states before the carrier has the order ("Заказ ожидает оплаты", "Заказ собран", "Упакован", "Ожидает
приёмки") and the courier taking it ("Заказ забрал курьер").

SLAVIC_TURKIC_STEPS_20, just before the nineteenth pass's late steps, for texts nothing else reads, each the whole
text: an order waiting for its payment, an order, a parcel or a shipment assembled or packed, a shipment waiting to be
accepted (at a hub or by the carrier) have not reached the carrier (DESIGN §4: information received);
the courier took the order, the parcel or the shipment (on its way). Left alone: a waiting for payment with no order
named (duties or cash on delivery), an order sent "в магазин" (to the shop for its assembly, or to a store for
collection: not said).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, punctuation to spaces, Cyrillic as written);
whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_21.py holds the
examples, named one on, past the nineteenth pass's test); no shop's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_STEPS_20: tuple[Step, ...] = (
    # An order waiting for payment, assembled or packed, a shipment waiting to be accepted: not yet with the carrier.
    ("info_received", {
        "ru": (r"^заказ ожидает оплаты$",
               r"^(?:заказ |посылка |отправление |товар )?(?:собран|упакован)[аоы]?$",
               r"^ожида(?:ет|ют) при[её]м(?:ки|а)$"),
    }),
    # The courier took it: on its way.
    ("in_transit", {
        "ru": (r"^(?:заказ|посылку|отправление) забрал курьер$",
               r"^курьер забрал (?:заказ|посылку|отправление)$"),
    }),
)
