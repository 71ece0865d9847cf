"""Russian, Ukrainian, Bulgarian and Slovak shipment states read by their meaning, thirty-second Slavic and Turkic
pass (round 108): a forwarder's parcel held at its warehouse until it is paid for, a delivery to the addressee under
way, a new waybill, a Bulgarian order processed or prepared for sending, a parcel waiting to be handed to the courier,
a parcel loaded onto a line haul, a Slovak order received or processed and a payment received, a parcel sent by
courier.

The reading follows who holds the parcel (DESIGN §4). Two groups:

- SLAVIC_TURKIC_FIRST_STEPS_32 come just before the eastern steps (status_phrases_before_outcomes.py, after
  SLAVIC_TURKIC_FIRST_STEPS_24, before EAST_STEPS, whose Russian words read "вручение адресату" as a delivery and
  "прибыла" as movement), ahead of the outcome words:
  a delivery to the addressee under way ("идёт вручение", "в процессе вручения"): out for delivery, before
  "вручение адресату" reads a delivery; a parcel at a (forwarder's) warehouse waiting for its payment ("на складе,
  ожидает оплаты"; not a customs duty or tax): not yet sent on, information received, before "прибыла" reads
  movement (as "Заказ ожидает оплаты" is read).
- SLAVIC_TURKIC_STEPS_32 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
  SLAVIC_TURKIC_STEPS_31) and read only texts nothing else reads: a new waybill as the whole status ("Нова
  накладна", "Новая накладная"), a Bulgarian order processed or in preparation as the whole status ("Поръчката е
  обработена", "В подготовка"), an order being prepared for sending ("подготвя за изпращане"), a parcel waiting to be
  handed to the courier ("очаква предаване към куриера"), a parcel, waybill or order created as the whole status
  ("Създадена"), a Slovak or Czech order received or processed ("objednávka bola prijatá / spracovaná", unless the
  text goes on to its sending or delivery) and a payment received as the whole status ("Platba bola prijatá"): before
  the carrier, information received; a parcel loaded onto a line haul ("натоварена на линия"; loaded for delivery is
  read out for delivery earlier), the parcel (not the order) being processed as the whole status ("Пратката се
  обработва") and a parcel sent by courier ("odoslaná kuriérom"): in transit.

Left as read: "Ponowna próba doręczenia" (another delivery attempt: announced after a failed one, read as the failed
attempt), "Пратката е на път към вас" (on its way to you: read out for delivery, as Bulgarian shops mean it for the
last leg). Left unread: "Складирана в офис" (stored at an office: a transit office, or the office where the buyer
collects it, not said).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_32.py
holds the examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_32: tuple[Step, ...] = (
    # A delivery to the addressee under way: on the round.
    ("out_for_delivery", {
        "ru": (r"\b(?:ид[её]т|происходит|осуществляется|в процессе) вручени\w*",),
    }),
    # At a warehouse, waiting for the customer's payment (not a duty or tax): not yet sent on.
    ("info_received", {
        "ru": (r"\bсклад\w* (?:\w+ )?ожида\w* оплат\w*(?! (?:\w+ )?(?:пошлин|таможен|налог|сбор))",),
    }),
)

SLAVIC_TURKIC_STEPS_32: tuple[Step, ...] = (
    # A new waybill, an order processed, prepared or created, waiting for the courier, a payment received: before
    # the carrier.
    ("info_received", {
        "uk": (r"^нов[аі] накладн[аі]$",),
        "ru": (r"^нов(?:ая|ые) накладн(?:ая|ые)$",),
        "bg": (r"^поръчка(?:та)? (?:е )?обработена$", r"^(?:поръчката )?(?:е )?в подготовка$",
               r"\bподготвя\w* (?:\w+ )?за изпращане", r"\bочаква\w* (?:\w+ )?предаване (?:към|на) куриер\w*",
               r"^(?:(?:пратката|товарителницата|поръчката) )?(?:е )?създаден[аио]?$"),
        "sk": (r"^(?!.*\b(?:odoslan(?!ie\b)|expedovan|dorucen|odovzdan|na ceste|zrusen|storn))"
               r".*\bobjednavk\w* (?:\w+ ){0,2}(?:prijat\w*|spracovan\w*)",
               r"^platba (?:bola )?prijat\w*$"),
        "cs": (r"^(?!.*\b(?:odeslan(?!i\b)|expedovan|dorucen|predan|na ceste|zrusen|storn))"
               r".*\bobjednavk\w* (?:\w+ ){0,2}(?:prijat\w*|zpracovan\w*)",
               r"^platba (?:byla )?prijat\w*$"),
    }),
    # Loaded onto a line haul, the parcel being processed, sent by courier: on the way.
    ("in_transit", {
        "bg": (r"\bнатоварен\w* на линия", r"^пратката се обработва$"),
        "sk": (r"\bodoslan\w* kurier\w*",),
    }),
)
