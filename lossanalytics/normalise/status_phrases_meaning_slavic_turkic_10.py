"""Russian read by its meaning, tenth pass (round 48): how a shop platform's status model, a marketplace's seller
cabinet and a retailer's own delivery word the time before the carrier has the parcel and the return named first
("Накладная создана в плагине, но ещё не отправлена перевозчику.", "Ожидает передачи курьеру", "Упаковка",
"Доставляется до клиента (на складе отгрузки)", "Возврат (получатель отказался, невозможно доставить).",
"Отменены при доставке").

SLAVIC_TURKIC_FIRST_STEPS_10 come just after the customs and dispatch first steps, before the Bulgarian steps and the
Russian ones that read "получатель отказался" as a failed delivery, "отменены" as a cancellation and "отправлена" and
"доставляется" as movement:
- a parcel not yet sent or handed over to the carrier or the courier, one waiting for that hand-over and one still
  at the shipping warehouse are only data: the carrier has nothing yet;
- a return named first, with the reason it came to one after it (the recipient refused, it could not be
  delivered), is a return: the reason does not undo it;
- an order cancelled while it was being delivered goes back to the seller: a return, not a cancellation before
  dispatch.

SLAVIC_TURKIC_STEPS_10 come just before SLAVIC_TURKIC_STEPS_9 and read only texts nothing else reads: an order being
packed or assembled, one at the hand-over to the courier ("Передача" as the whole status) and a consignment drawn up
("Оформлена") are only data.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Cyrillic letters kept, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_11.py
holds the examples); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Who takes the parcel from the sender: the carrier, its courier, the delivery service.
_RU_CARRIER = r"(?:перевозчику|курьеру|в (?:службу )?доставк\w*|в транспортную компанию)"
# Why a parcel came back, told as what happened: the recipient refused it, it could not be delivered, nobody
# collected it.
_RU_RETURN_REASON = r"(?:\w+ )?(?:отказал\w*|невозможно доставить|не удалось доставить|невостребован\w*)"

SLAVIC_TURKIC_FIRST_STEPS_10: tuple[Step, ...] = (
    # Not yet sent or handed over to the carrier, waiting for that hand-over, still at the shipping warehouse: the
    # carrier has nothing yet, before "отправлена" and "доставляется" read movement.
    ("info_received", {
        "ru": (r"\b(?:ещ[её] )?не (?:был[аои]? )?(?:отправлен|передан|сдан)\w* " + _RU_CARRIER,
               r"\bожида\w* передачи " + _RU_CARRIER,
               r"\bна складе отгрузки\b"),
    }),
    # A return named first, its reason after it: a return, before "получатель отказался" reads a failed delivery.
    ("returned", {
        "ru": (r"^возврат\w* " + _RU_RETURN_REASON,),
    }),
    # Cancelled while being delivered: the goods go back, before "отменен" reads a cancellation.
    ("returned", {
        "ru": (r"\bотмен\w* (?:при|во время|в ходе|в процессе) доставк\w*",),
    }),
)

SLAVIC_TURKIC_STEPS_10: tuple[Step, ...] = (
    # Being packed or assembled, at the hand-over to the courier, a consignment drawn up: still with the sender.
    ("info_received", {
        "ru": (r"^(?:упаковка|на упаковке|упаковывается|сборка|на сборке|собирается|передача)$",
               r"^оформлен[аоы]?$"),
    }),
)
