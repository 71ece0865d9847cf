"""Turkish status texts read by their meaning, fourteenth Slavic and Turkic pass (round 52): how moto-courier apps
word the time before the courier has the package and the leg after it ("Kurye Bekleniyor", "Kurye Atandı, Paketi
Almaya Gidiyor", "Kurye Kabul Etti", "Paket Alındı, Teslimat Adresine Yolda", "Kurye Teslimat Adresine Ulaştı").

SLAVIC_TURKIC_FIRST_STEPS_14, just before the Turkish steps (which read a handing over to the carrier as done): a
shipment waiting to be handed to the carrier or the courier ("kargo firmasına teslim edilmeyi bekliyor"), waiting to
be collected by the courier, or prepared to be handed to the carrier ("kargoya verilmek üzere") is information
received; waiting for the recipient ("alıcı şubesinde bekliyor") is left to those steps.

SLAVIC_TURKIC_STEPS_14, late, just before the thirteenth pass's late steps, for texts nothing else reads (and before
the first pass's late steps read "ulaştı", arrived, as a movement): a courier awaited, sought, assigned or accepting
the job, a request waiting in the courier pool, a courier going to collect the package are information received; on
the way to, or arrived at, the delivery address is the round; a package taken ("Paket alındı") with nothing after it
has been collected and moves on, as "Kargo alındı" does.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, "ı" as "i", accents off); whole words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_15.py holds the examples,
named one on, as the thirteenth pass's test is); no courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_14: tuple[Step, ...] = (
    # Waiting to be handed to the carrier or the courier, or to be collected by him; prepared to be handed over.
    ("info_received", {
        "tr": (r"\b(?:kargo firmasina|kargo sirketine|kargoya|kuryeye|tasiyiciya) teslim edilmeyi bekliyor\b",
               r"\b(?:kurye|kargo firmasi|kargo sirketi|tasiyici) tarafindan alinmayi bekliyor\b",
               r"\bkargoya verilmek uzere\b"),
    }),
)

SLAVIC_TURKIC_STEPS_14: tuple[Step, ...] = (
    # On the way to, or arrived at, the delivery address: the round.
    ("out_for_delivery", {
        "tr": (r"\bteslimat adres\w* (?:dogru )?yolda\b",
               r"\bkurye (?:\w+ )?teslimat adres\w* (?:ulasti|vardi|geldi)\b"),
    }),
    # A courier awaited, sought, assigned or accepting; a request in the courier pool; going to collect the package.
    ("info_received", {
        "tr": (r"\bkurye (?:bekleniyor|bekliyor|araniyor|atandi|atanmasi bekleniyor|kabul etti)\b",
               r"\bkurye havuzu\w*\b",
               r"\b(?:paketi|kargoyu|gonderiyi|siparisi) (?:almaya|almak icin) (?:gidiyor|geliyor|yolda)\b"),
    }),
    # The package taken, nothing after it: collected, moving on.
    ("in_transit", {
        "tr": (r"^paket alindi$",),
    }),
)
