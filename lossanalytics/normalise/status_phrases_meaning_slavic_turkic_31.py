"""Turkish, Czech and Polish shipment states read by their meaning, thirty-first Slavic and Turkic pass (round 102):
a PTT tracking function's movement handed to the delivering postman ("Dağıtıcıya teslim edildi"), a Turkish cargo
model's return completed ("İade tamamlandı"), a Czech Post portal demo's carriage between cities ("Meziměstská
přeprava") and a Polish shop's InPost shipment confirmed before it is posted ("Przesyłka została potwierdzona").

The reading follows who holds the parcel (DESIGN §4). Two groups:

- SLAVIC_TURKIC_FIRST_STEPS_31 come first of the Slavic and Turkic first steps that follow the Vietnamese ones
  (status_phrases_before_outcomes.py, before SLAVIC_TURKIC_FIRST_STEPS_30), ahead of the outcome words: handed to the
  delivering postman or delivery staff ("dağıtıcıya teslim edildi", "dağıtım görevlisine teslim edildi"): the parcel
  is on the delivery round, out for delivery, before "teslim edildi" reads a delivery (as "Dağıtıcıya Verildi" is
  already read).
- SLAVIC_TURKIC_STEPS_31 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
  SLAVIC_TURKIC_STEPS_30) and read only texts nothing else reads: a return completed, as the whole status ("İade
  tamamlandı", "Kargo iadesi tamamlandı"; a money refund, "ücret iadesi tamamlandı", is not this): returned;
  carriage between cities ("meziměstská přeprava"): in transit; a shipment or parcel confirmed, as the whole status
  ("Przesyłka została potwierdzona"): in the system before it is posted, information received (as "Zamówienie
  potwierdzone" is read).

Left alone: "Příprava k doručení" (prepared for delivery: at the delivering depot or office before the round, or the
round's start; the Czech Post's own "Příprava zásilky k doručení" is read either way by tools) and "Забрано" as the
whole status (taken: from the sender by the courier, or from a pickup point by the buyer, not said).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, so "ı" is "i" and "ł" is "l",
punctuation as spaces); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_31.py holds the examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_31: tuple[Step, ...] = (
    # Handed to the delivering postman or delivery staff: on the round.
    ("out_for_delivery", {
        "tr": (r"\b(?:dagiticiya|dagitim (?:gorevlisine|personeline|elemanina)) teslim edil(?:di|mistir|mis)\b",),
    }),
)

SLAVIC_TURKIC_STEPS_31: tuple[Step, ...] = (
    # A return completed, as the whole status (not a money refund): returned.
    ("returned", {
        "tr": (r"^(?:(?:kargo|gonderi|paket|urun) )?iade(?:si)?(?: (?:islemi|sureci))? tamamlan(?:di|mistir)$",),
    }),
    # Carriage between cities: on the way.
    ("in_transit", {
        "cs": (r"\bmezimestsk\w* preprav\w*",),
    }),
    # A shipment or parcel confirmed, as the whole status: before it is posted.
    ("info_received", {
        "pl": (r"^(?:przesylka|paczka)(?: zostala)? potwierdzona$",),
    }),
)
