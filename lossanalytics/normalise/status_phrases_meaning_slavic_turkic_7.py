"""Russian event texts read by their meaning, seventh pass (round 40): how an express courier's event table and a
delivery aggregator word the calling round before a delivery, a parcel in or on its way to a parcel locker, a
refusal with its reason, a delivery agreed or still to be agreed ("Прозвон получателя: Занято.", "Отправление
находится в постамате.", "Отправление в процессе доставки в постамат.", "Отказ от отправления. Неполная
комплектация заказа.", "Согласована доставка.", "Курьер забирает").

SLAVIC_TURKIC_FIRST_STEPS_7 come just before SLAVIC_TURKIC_FIRST_STEPS_5, before the Russian steps that read
"неудачная попытка" and "не отвечает на звонок" as a failed delivery, "отправление … в постамате" as movement,
"постамат" as a parcel waiting in one, "комплектация заказа" as an order being packed, "возврат…" as a return
and "обработка" as movement:
- the calling round before a delivery that did not get through (the recipient not answering, the line busy or
  switched off, the number wrong) and a date or time not agreed are a problem before any attempt, not a failed
  delivery; so is an attempt to reach the recipient by phone;
- a parcel that is in a parcel locker (the locative, "в постамате") waits for the recipient, one on its way to a
  locker (the accusative, "в постамат", after "доставки" or "в пути") still moves;
- a recipient's refusal of the parcel, whatever reason follows, fails the delivery, unless the refusal is the
  sender's request; a parcel not delivered for want of return paperwork ("возвратные документы") or of room in
  the locker fails the delivery, the return documents being paperwork and not the parcel going back;
- an order created and being processed is only data.

SLAVIC_TURKIC_STEPS_7 come just before SLAVIC_TURKIC_STEPS_6 and read only texts nothing else reads: a parcel
ready to be handed over at an office waits for the recipient; a delivery agreed with the recipient, a delivery
date still to be agreed, a parcel ready for delivery or sent on to a country still move; a planned dispatch and a
courier collecting from the sender are only data.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Cyrillic letters kept, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_8.py
holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A parcel locker, by the names Russian carriers give it.
_RU_LOCKER = r"(?:постамат|почтомат|пакетомат)"
# The parcel as what a recipient refuses or a sender sends (not an order, which a buyer may cancel before dispatch).
_RU_PARCEL = r"(?:отправлени|посылк|груз|товар)\w*"
# What a failed call to the recipient hears: no answer, unreachable, switched off or blocked, busy, no such number,
# or a problem named as such.
_RU_CALL_FAILED = (r"(?:не (?:доступ\w*|отвеча\w*|бер[её]т)|недоступ\w*|выключ\w*|заблокир\w*|занято|неудачн\w*"
                   r"|проблем\w*|номер\w* не существ\w*)")

SLAVIC_TURKIC_FIRST_STEPS_7: tuple[Step, ...] = (
    # The calling round before a delivery that did not get through, an attempt to reach the recipient by phone, a
    # date or time not agreed: a problem before any attempt, before "неудачная попытка" and "не отвечает на
    # звонок" read a failed delivery.
    ("exception", {
        "ru": (r"прозвон\w* (?:\w+ ){0,2}?" + _RU_CALL_FAILED,
               r"неудачн\w* попытк\w* (?:связаться|дозвониться|созвониться)",
               r"(?:дат\w*|врем\w*|доставк\w*) (?:и (?:дат\w*|врем\w*) )?не согласован\w*",
               r"не согласован\w* (?:дат\w*|врем\w*|доставк\w*)"),
    }),
    # In a parcel locker (the locative): waiting for the recipient, before "отправление … в постамате" reads
    # movement.
    ("available_for_pickup", {
        "ru": (r"(?:находит\w*|лежит|хранит\w*) (?:\w+ )?в " + _RU_LOCKER + r"е\b",),
    }),
    # On its way to a parcel locker or a pickup point (the accusative): still moving, before "постамат" reads a
    # parcel waiting in one.
    ("in_transit", {
        "ru": (r"(?:процесс\w*|ход\w*) доставки в (?:" + _RU_LOCKER + r"|пункт выдачи|пвз)\b",),
    }),
    # A refusal of the parcel, whatever reason follows; a delivery that failed for want of return paperwork or of
    # room in the locker: before "комплектация заказа", "возврат…" and "отправление … в постамате" read otherwise.
    ("delivery_failed", {
        "ru": (r"^отказ\w* (?:получател\w* |клиент\w* |покупател\w* )?от " + _RU_PARCEL
               + r"(?! (?:\w+ ){0,3}отправител)",
               r"не доставлен\w* (?:\w+ ){0,3}возвратн\w* (?:документ|накладн|акт)\w*",
               r"не доставлен\w* (?:\w+ ){0,2}в " + _RU_LOCKER + r"е нет (?:свободн\w* )?(?:мест\w*|яче\w*)"),
    }),
    # Created and being processed: only data, before "обработка" reads movement.
    ("info_received", {
        "ru": (r"^(?:\w+ )?создан\w* (?:и |идет |ид[её]т )?(?:обработк\w*|обрабатыва\w*)",),
    }),
)

SLAVIC_TURKIC_STEPS_7: tuple[Step, ...] = (
    # Ready to be handed over at an office or a point: waiting for the recipient.
    ("available_for_pickup", {
        "ru": (r"готов\w* к (?:вручению|выдаче) (?:в|на) (?:офисе|пункте|отделении|терминале|пвз|складе)",),
    }),
    # A delivery agreed with the recipient or still to be agreed, a parcel ready for delivery or sent on to a
    # country: still on its way.
    ("in_transit", {
        "ru": (r"(?<!не )согласован\w* (?:дат\w* (?:и врем\w* )?)?доставк\w*",
               r"доставк\w* согласован\w*",
               r"ожида\w* согласовани\w* (?:дат\w*|врем\w*|доставк\w*)",
               r"готов\w* к доставке\b",
               _RU_PARCEL + r" (?:был\w* )?выслан\w* (?:в|во) \w+"),
    }),
    # A planned dispatch, a courier on the way to collect or collecting from the sender: nothing handed over yet.
    ("info_received", {
        "ru": (r"планируем\w* (?:отправк|отгрузк)\w*",
               r"^курьер\w* (?:забира\w*|ед[её]т за|выехал\w* за)(?! (?:\w+ ){0,2}возврат)"),
    }),
)
