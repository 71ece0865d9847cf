"""Bulgarian, Russian, Czech, Slovak and Polish shipment and order states read by their meaning, seventeenth Slavic and
Turkic pass (round 57): a broker's bare shipment statuses ("Нова", "Събрана", "Доставяне", "Изключение"), a
marketplace's order states before and beside the carrier ("Ждет отправки", "Оплачен покупателем", "По заказу открыт
спор") and shops' order states ("Čekáme na zboží", "Zabaleno, expedujeme", "Platba úspěšná", "Nová objednávka
(dobierka)", "Naskladňuje sa", "Zaslaná zákazníkovi", "Zamówienie potwierdzone", "złożono zamówienie").

SLAVIC_TURKIC_FIRST_STEPS_17, just before status_phrases_east, before the broad "принят" reads a parcel accepted: an
order or a request taken into work ("принят в работу") is not yet moving (information received).

SLAVIC_TURKIC_STEPS_17, just before the sixteenth pass's late steps, for texts nothing else reads: a new shipment (the
order made, nothing picked up) and an order waiting to be sent or only paid for by the buyer have not reached the
carrier (DESIGN §4: information received), nor has a Czech, Slovak or Polish order new, confirmed, placed, paid, its
payment under way or booked, one waiting for its goods, being stocked, complete or packed by the shop; a shipment
collected by the courier or an order sent to the customer ("zaslaná zákazníkovi") is on its way; "доставяне" on its own
(delivering) is the last leg; a Russian order completed ("Заказ выполнен") is delivered; a bare "изключение" (exception)
and a dispute opened over an order hold it, as DESIGN §4 reads an investigation opened, and so does a Czech or Slovak
shop's order whose payment failed ("Platba selhala" on its own: the order is held, as the shop platform that writes it
says and as the German "Zahlung fehlgeschlagen" reads). A dispute closed, a delivery that failed ("неуспешно
доставяне"), a return waiting to be sent or completed, a failed payment with more words (a card's, a refund's, cash on
delivery's: read where they are), an order awaiting payment ("ожидает оплаты": an order's, or duties) and a bare "Přijato" (an order received or a parcel accepted: the word does not say
which) are left alone or to the steps that read them.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation as spaces;
Cyrillic kept as written); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_18.py holds the examples, named one on, past the sixteenth pass's test); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_17: tuple[Step, ...] = (
    # Taken into work (an order or a request): not yet moving, before the broad "принят" reads a parcel accepted.
    ("info_received", {
        "ru": (r"\bпринят[оаы]? в работу\b",),
    }),
)

SLAVIC_TURKIC_STEPS_17: tuple[Step, ...] = (
    # A new shipment; an order waiting to be sent, new, confirmed, placed, paid for, waiting for its goods, being
    # stocked, complete or packed by the shop: not yet with the carrier.
    ("info_received", {
        "bg": (r"^нова(?: пратка| поръчка)?$",),
        "ru": (r"\bжд[её]т отправки\b(?!.*\bвозврат)",
               r"^(?:заказ )?оплачен(?:о|а)?(?: покупателем)?$"),
        "cs": (r"\bcekame na zbozi\b", r"^objednavka je (?:kompletni|zkompletovana)$", r"^zabaleno\b",
               r"^platba (?:probiha|uspesna|prijata)$", r"^zaplaceno$"),
        "sk": (r"^nova objednavka\b", r"^potvrdena(?: objednavka)?(?: dobierka| platba dopredu)?$",
               r"\bnaskladnuje sa\b", r"^zaplatena$"),
        "pl": (r"^zamowienie potwierdzone$", r"\bzlozono zamowienie\b", r"\bplatnosc (?:\w+ ){0,3}zaksiegowana\b"),
    }),
    # An order completed: the customer has it.
    ("delivered", {
        "ru": (r"^(?:заказ )?выполнен$",),
    }),
    # Collected by the courier; sent to the customer: on its way.
    ("in_transit", {
        "bg": (r"^(?:пратката е )?събрана(?: от куриер\w*)?$",),
        "sk": (r"\bzaslan[aeo] zakaznikovi\b",),
    }),
    # "Delivering" on its own: the last leg.
    ("out_for_delivery", {
        "bg": (r"^доставяне$",),
    }),
    # A bare exception; a dispute opened over the order; a shop's order whose payment failed (on its own, as the
    # German "Zahlung fehlgeschlagen"): held.
    ("exception", {
        "bg": (r"^изключение$",),
        "ru": (r"\bоткрыт спор\b", r"\bспор (?:был )?открыт\b"),
        "cs": (r"^platba (?:selhala|se nezdarila)$",),
        "sk": (r"^platba (?:zlyhala|sa nepodarila|neprebehla)$",),
    }),
)
