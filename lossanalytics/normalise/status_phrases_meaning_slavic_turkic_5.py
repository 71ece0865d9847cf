"""Russian and Ukrainian event texts read by their meaning, fifth pass (thirty-second round): the words delivery
aggregators and shop platforms use for their carriers' steps ("Информация успешно загружена в систему перевозчика",
"Передан на доставку в пункте назначения", "Курьер не смог доставить", "Клиент недоступен"), in two groups beside
status_phrases_meaning_slavic_turkic's and its _2, _3 and _4 modules'.

SLAVIC_TURKIC_FIRST_STEPS_5 come just before SLAVIC_TURKIC_FIRST_STEPS_4, before the Russian and Ukrainian steps
that read "загружен" (loaded onto a vehicle) and "передан" (handed on) as movement:
- an order's data loaded into a system, an account or a register ("Загружен в ЛК перевозчика", "Загрузка информации
  в систему перевозчика", "Дані завантажено в систему перевізника") is only data, while goods loaded into a vehicle
  or a container ("Загружен в машину") still move;
- a parcel handed over for delivery in the destination city or at the destination point ("Передан на доставку в
  городе получателя") has begun its last leg, while one handed over for delivery into that city, to a pickup point
  or with no place named ("Передан на доставку в город получателя", "Передан на доставку до пункта выдачи", "Заказ
  передан на доставку") still moves.

SLAVIC_TURKIC_STEPS_5 come just before SLAVIC_TURKIC_STEPS_4 and read only texts nothing else reads:
- a courier who could not deliver or hand over the parcel ("Курьер не смог доставить", "Кур'єр не зміг доставити")
  failed the delivery, unless what was not delivered is a message; a courier who could not collect it from the
  sender has no parcel yet and is left to other steps;
- the recipient, customer or addressee unavailable ("Клиент недоступен", "Клієнт недоступний") failed the
  delivery; the sender unavailable is no failed delivery;
- an item waiting to be sent, with no place named or from the seller's warehouse ("Ожидает отправления",
  "Ожидаем отправки со склада продавца"), is only data; one waiting to be sent to a sorting centre or a city is
  read as movement by earlier steps.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, Cyrillic letters kept, apostrophes as
spaces); whole words. Written by the team from DESIGN §4's statuses and how aggregators, shop platforms and
couriers word their steps, not taken from a publisher (tests/test_status_meaning_slavic_turkic_6.py holds the
examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Where an order's data is loaded: a system, a personal account (ЛК), an information system (ИС), a register.
_RU_DATA_PLACE = r"(?:систем\w*|лк|личн\w* кабинет\w*|ис|баз\w* данных|реестр\w*)"
_UK_DATA_PLACE = r"(?:систем\w*|кабінет\w*|реєстр\w*|баз\w* даних)"
# Who receives the parcel (not the sender).
_RU_RECIPIENT = r"(?:клиент|получател|адресат|покупател)\w*"
_UK_RECIPIENT = r"(?:клієнт|отримувач|одержувач|адресат|покупц)\w*"
# What a courier may fail to deliver that is not the parcel.
_NOT_PARCEL = r"(?! (?:\w+ )?(?:смс|sms|сообщени\w*|повідомленн\w*|уведомлени\w*|письм\w*|лист\w*)\b)"

SLAVIC_TURKIC_FIRST_STEPS_5: tuple[Step, ...] = (
    # Data loaded into a system or an account: no parcel handed over yet.
    ("info_received", {
        "ru": (r"(?:за|вы)гру[зж]\w* (?:\w+ ){0,2}(?:в|во) (?:\w+ )?" + _RU_DATA_PLACE,),
        "uk": (r"(?:за|ви)вантаж\w* (?:\w+ ){0,2}(?:в|у|до) (?:\w+ )?" + _UK_DATA_PLACE,),
    }),
    # Handed over for delivery where the recipient is: the last leg.
    ("out_for_delivery", {
        "ru": (r"передан\w* на доставку (?:в|по) (?:пункте|городе|населенном пункте|месте) (?:назначения|получателя|вручения)",),
        "uk": (r"передан\w* на доставку (?:в|у|по) (?:пункті|місті|населеному пункті) (?:призначення|отримувача|одержувача)",),
    }),
)

SLAVIC_TURKIC_STEPS_5: tuple[Step, ...] = (
    # The courier could not deliver the parcel, the recipient could not be reached.
    ("delivery_failed", {
        "ru": (r"не (?:смог|смогла|смогли|сумел\w*) (?:\w+ )?(?:доставить|вручить|передать)" + _NOT_PARCEL,
               _RU_RECIPIENT + r" (?:был\w* )?недоступ\w*"),
        "uk": (r"не (?:зміг|змогла|змогли|вдалося) (?:\w+ )?(?:доставити|вручити|передати)" + _NOT_PARCEL,
               _UK_RECIPIENT + r" (?:бу[вл]\w* )?недоступн\w*"),
    }),
    # Waiting to be sent, from nowhere or from the seller's own warehouse: only data.
    ("info_received", {
        "ru": (r"^ожида\w* (?:отправлени|отправк)\w*(?: (?:со|с) склад\w* (?:продавц|отправител|магазин)\w*)?$",),
        "uk": (r"^оч[іи]ку\w* (?:відправленн|відправк)\w*(?: (?:зі|з) склад\w* (?:продавц|відправник|магазин)\w*)?$",),
    }),
)
