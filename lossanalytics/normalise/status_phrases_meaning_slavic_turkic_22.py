"""Polish, Czech, Ukrainian and Turkish shipment states read by their meaning, twenty-second Slavic and Turkic pass
(round 73): a Polish parcel-sending app's status matrix ("gotowa do nadania"), a Polish shop's delivery FAQ
("przesyłka została zarejestrowana w systemie przewoźnika i czeka na odbiór", "przesyłka jest u kuriera i zostanie
dostarczona tego samego dnia"), a shipment notification service's Polish messages ("Twoja paczka jest zwracana do
nadawcy"), a Czech shop's order states ("Zahájeno zpracování objednávky"), a Ukrainian shop's order states ("Чекає на
отримання") and a Turkish cargo tracking system's movements ("Gönderi kabulü yapıldı", "Alıcı Yok").

SLAVIC_TURKIC_FIRST_STEPS_22 come just after the nineteenth pass's first steps, before the outcome words and the
broad Polish and Czech steps read "nadania", "czeka na odbiór", "zostanie dostarczona" or "zpracování" as a movement
or a pickup: ready for posting and registered in a system are information received (the carrier does not have the
parcel yet: "czeka na odbiór" there waits for the courier's collection); with the courier, to be delivered the same
day, is the last leg; an order's processing started has not reached the carrier.

SLAVIC_TURKIC_STEPS_22 come just before the twenty-first pass's late steps and read only texts nothing else reads:
being returned to the sender is a return; waiting to be received ("чекає / очікує на отримання", not "from the
sender") waits for its recipient; a shipment's or cargo's acceptance done is a movement; "Alıcı yok" (no recipient,
"at the address" or not) is a failed delivery. Left alone: "Przekazana kurierowi" (handed to the courier: to the carrier or to the last-mile
driver, not said), "Przyjęta do przewozu" (accepted for carriage: registered or taken in, not said) and a bare "В
обробці" (processing: an order's or a sorting centre's).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, Turkish "ı" as
"i", Cyrillic kept); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_23.py holds the examples, named one on, past the twenty-second test); no
platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_22: tuple[Step, ...] = (
    # Ready for posting, registered in a system, an order's processing started: not yet with the carrier.
    ("info_received", {
        "pl": (r"(?<!nie )(?<!nie jest )\bgotow\w* do nadania\b", r"\bzarejestrowan\w* w systemie\b"),
        "cs": (r"\b(?:zahajeno|zacalo|probiha) zpracovani objednavky\b",),
    }),
    # With the courier, to be delivered the same day: the last leg.
    ("out_for_delivery", {
        "pl": (r"\bjest u kuriera\b", r"\bdostarczon[ay] tego samego dnia\b"),
    }),
)

SLAVIC_TURKIC_STEPS_22: tuple[Step, ...] = (
    # Being returned to the sender: a return.
    ("returned", {
        "pl": (r"\bzwracan[aey]? do nadawcy\b",),
    }),
    # Waiting to be received (not from the sender): waiting for its recipient.
    ("available_for_pickup", {
        "uk": (r"\b(?:чекає|очікує) на отримання\b(?! від)",),
    }),
    # A shipment's or cargo's acceptance done: taken in, moving.
    ("in_transit", {
        "tr": (r"\b(?:gonderi|kargo) kabulu yapildi\b",),
    }),
    # No recipient: the delivery failed.
    ("delivery_failed", {
        "tr": (r"^(?:adreste )?alici yok$",),
    }),
)
