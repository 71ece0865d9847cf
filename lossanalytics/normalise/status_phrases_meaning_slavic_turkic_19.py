"""Turkish, Ukrainian, Russian and Polish shipment and order states read by their meaning, nineteenth Slavic and Turkic
pass (round 63): a cargo carrier's codes as an order app holds them ("Kabul Bekliyor", "İade Süreci Başlatıldı"), shops'
cargo states ("Kurye paketi teslim aldı", "Teslimat başarılı"), marketplaces' order states ("Нове замовлення", "Відміна.
Клієнт передумав", "Очікує в пункті самовивозу"), forwarders' steps ("Посылка получена в пункте отправки", "Получение
подтверждено") and Polish shops' order and shipment states ("Oczekuje na wysyłkę", "Zamówiono odbiór kuriera", "W drodze
powrotnej do magazynu").

SLAVIC_TURKIC_FIRST_STEPS_19, just after the eighteenth pass's first steps, for texts broader words elsewhere read
otherwise: a parcel received at the dispatch point ("получена в пункте отправки") is with the forwarder, not delivered
(before "посылка получена" reads a delivery); a shipment on its way back ("w drodze powrotnej") is a return, not a
failed delivery; a shipment arrived and waiting for its buyer is at the pickup point, not only moving; an order a
manager is handling has not reached the carrier, whatever the manager's call says ("не вдалося зв'язатися", a call to
the customer, not a failed delivery).

SLAVIC_TURKIC_STEPS_19, just before the eighteenth pass's late steps, for texts nothing else reads, each the whole text
or its opening words: waiting to be accepted by the carrier, a new order, an order paid or waiting for payment,
confirmation or shipment, being processed, prepared, packed, to be shipped, a courier ordered to collect it (DESIGN §4:
information received); the courier took the parcel, the courier posted it, being delivered (on its way); waiting at the
pickup point (available for pickup); the delivery successful and the receipt confirmed (delivered); a return process
started by the carrier, the courier or the branch (a return); an order cancelled ("Відміна.", "Відмінено …") is
cancelled. Left alone: a waiting word alone ("Gönderi bekliyor"), a return asked for by the customer ("İade talebi"), a
bare "Wysyłka" (shipping, or the shipping method), a buyer who did not collect a parcel (not said whether it goes back).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation to spaces,
Cyrillic as written); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_20.py holds the examples, named one on, past the eighteenth pass's test); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_19: tuple[Step, ...] = (
    # Handled by a manager: the shop's, before a failed call reads as a failed delivery.
    ("info_received", {
        "uk": (r"^обробляється менеджером\b",),
    }),
    # Received at the dispatch point: with the forwarder, before "посылка получена" reads a delivery.
    ("in_transit", {
        "ru": (r"\bполучена в пункте отправки\b",),
    }),
    # Arrived and waiting for its buyer: at the pickup point.
    ("available_for_pickup", {
        "uk": (r"\bприбул[аои] чекає (?:покупця|отримувача)\b",),
    }),
    # On the way back: a return.
    ("returned", {
        "pl": (r"\bw drodze powrotnej\b",),
    }),
)

SLAVIC_TURKIC_STEPS_19: tuple[Step, ...] = (
    # Waiting for the carrier to accept it, new, paid or awaiting payment, confirmation or shipment, processed,
    # prepared, packed, a courier ordered to collect it: not yet with the carrier.
    ("info_received", {
        "tr": (r"^kabul bekliyor$",),
        "uk": (r"^нове (?:замовлення|відправлення)$", r"^(?:сплачено|оплачено) покупцем$", r"^чекає відправлення\b"),
        "ru": (r"^(?:новый заказ|новое отправление)$",),
        "pl": (r"^oczekuj\w* na (?:platnosc|potwierdzenie|wysylke)$",
               r"^oczekiwanie na (?:platnosc|potwierdzenie|wysylke)$",
               r"^przetwarzanie zamowienia$", r"^do wysylki$", r"^(?:przygotowane|pakowane|spakowane)$",
               r"^zamowiono (?:odbior )?kuriera\b"),
    }),
    # The courier took it or posted it, being delivered: on its way.
    ("in_transit", {
        "tr": (r"^kurye (?:paketi|gonderiyi|kargoyu) teslim aldi$",),
        "uk": (r"^(?:замовлення |посилка )?доставляється$",),
        "pl": (r"^kurier nadal przesylke\b",),
    }),
    # Waiting at the pickup point.
    ("available_for_pickup", {
        "uk": (r"^(?:посилка |замовлення )?очікує в пункті самовивозу$",),
    }),
    # Delivery successful, receipt confirmed.
    ("delivered", {
        "tr": (r"^teslimat basari(?:li|yla gerceklesti)$",),
        "ru": (r"^получение (?:заказа |посылки )?подтверждено$",),
    }),
    # A return process started by the carrier, the courier or the branch.
    ("returned", {
        "tr": (r"\biade surec(?:i|ini) baslat\w*",),
    }),
    # Cancelled: "Відміна. …" (a cancellation and its reason), cancelled by someone.
    ("cancelled", {
        "uk": (r"^відміна\b", r"^відмінено (?:адміністратором|клієнтом|покупцем|продавцем)$"),
    }),
)
