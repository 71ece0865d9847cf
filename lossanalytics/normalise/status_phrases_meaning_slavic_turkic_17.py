"""Bulgarian and Russian shipment and order states read by their meaning, seventeenth Slavic and Turkic pass (round
57): a broker's bare shipment statuses ("Нова", "Събрана", "Доставяне", "Изключение") and a marketplace's order
states before and beside the carrier ("Ждет отправки", "Оплачен покупателем", "По заказу открыт спор").

SLAVIC_TURKIC_STEPS_17, just before the sixteenth pass's late steps, for texts nothing else reads: a new shipment
(the order made, nothing picked up) and an order waiting to be sent or only paid for by the buyer have not reached the
carrier (DESIGN §4: information received); a shipment collected by the courier is on its way; "доставяне" on its own
(delivering) is the last leg; a bare "изключение" (exception) and a dispute opened over an order hold it, as DESIGN
§4 reads an investigation opened. A dispute closed, a delivery that failed ("неуспешно доставяне") and a return
waiting to be sent are left to the steps that read them.

Folded like the text (lossanalytics.normalise._rules.fold: lower case; Cyrillic kept as written); whole words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_18.py holds the examples,
named one on, past the sixteenth pass's test); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_STEPS_17: tuple[Step, ...] = (
    # A new shipment; an order waiting to be sent or only paid for: not yet with the carrier.
    ("info_received", {
        "bg": (r"^нова(?: пратка| поръчка)?$",),
        "ru": (r"\bжд[её]т отправки\b(?!.*\bвозврат)",
               r"^(?:заказ )?оплачен(?:о|а)?(?: покупателем)?$"),
    }),
    # Collected by the courier: on its way.
    ("in_transit", {
        "bg": (r"^(?:пратката е )?събрана(?: от куриер\w*)?$",),
    }),
    # "Delivering" on its own: the last leg.
    ("out_for_delivery", {
        "bg": (r"^доставяне$",),
    }),
    # A bare exception; a dispute opened over the order: held.
    ("exception", {
        "bg": (r"^изключение$",),
        "ru": (r"\bоткрыт спор\b", r"\bспор (?:был )?открыт\b"),
    }),
)
