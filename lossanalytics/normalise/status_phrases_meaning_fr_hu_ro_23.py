"""Romanian and Hungarian shipment states read by their meaning, twenty-third French, Hungarian, Romanian and Greek pass
(round 121): a parcel coming back to its sender, an order not yet processed, a Hungarian courier's damage to the goods
and its parcel kept in the warehouse, a Hungarian shop's order put in draft, awaiting payment or paid, the courier
collecting a cash-on-delivery payment and a failed delivery whose parcel came back.

The reading follows who holds the parcel (DESIGN §4). Two groups:

- FR_HU_RO_FIRST_STEPS_23 come first of the French, Hungarian, Romanian and Greek first steps
  (status_phrases_before_outcomes.py, before FR_HU_RO_FIRST_STEPS_22), ahead of the outcome and broad words, for texts
  an earlier word misreads: in Hungarian a parcel that came back ("a csomag visszaérkezett") after a failed delivery is
  returned, before "kézbesítés sikertelen" reads the failed attempt (the parcel is on its way back or back, as
  "visszaérkezett a feladóhoz" reads; not back at a depot or the central warehouse, where a next attempt follows and
  movement is read); an order put into the awaiting-payment state ("a rendelés fizetésre váró állapotba kerül") is
  before the carrier, before "fizetésre vár" reads a payment hold (of duties, the whole status "Fizetésre vár" keeps
  that reading); a parcel that stays in the warehouse as the whole status ("Raktárban marad") is held, an exception,
  before "raktárban" reads movement.
- FR_HU_RO_LATE_STEPS_23 come just before the twenty-second pass's late steps (status_phrases_language_late.py) and read
  only texts nothing else reads: in Romanian a parcel coming back as the whole status ("se întoarce", "coletul se
  întoarce") is returned, as "se întoarce la expeditor" reads, and an order not yet processed as the whole status
  ("neprocesat", "comandă neprocesată") is before the carrier; in Hungarian damage to the goods ("árukár") is damaged,
  as "sérült" reads; a depot as the whole stage label ("Depó") is in transit, as "Depot" and "Depóban" read; a draft
  order as the whole status ("Piszkozat") or put into draft is before the carrier, as "Draft" reads; the courier having
  collected the (cash-on-delivery) payment is delivered, the collection happening at the delivery; an order put into the
  paid state ("a rendelés fizetett státuszba kerül") is before the carrier.

Left unread or as read, because the words do not say the state: Hungarian "kiszállított státuszba kerül" (the shop's
shipped; "Kiszállítva" reads delivered, as carriers write it), "Felvétel folyamatban/sikertelen/sikeres" (one label
for a collection under way, failed or done: read from its first words); Romanian "livrare amânată" (a delivery put off:
read as a delay, as "Livrare amanata" is), "ridicare personală" (collection in person: read as waiting for the
collection; the source meant collected), "procesat" (processed: read as movement), "INCHIS ADMIN" (an administrative
closure, as "Administrative closure" stays unread).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_23.py holds the
examples); no table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_FIRST_STEPS_23: tuple[Step, ...] = (
    # The parcel came back (after a failed delivery): returned, before "kézbesítés sikertelen" reads the attempt; not
    # back at the carrier's depot or central warehouse, where a next attempt follows (read as movement).
    ("returned", {
        "hu": (r"\b(?:csomag|kuldemeny)\w* (?:\w+ )?visszaerkez\w*"
               r"(?!.*\b(?:depo\w*|kozponti|raktarba|raktarban|hub\w*|elosztokozpont\w*)\b)",),
    }),
    # Kept in the (central or depot) warehouse, the whole status: held.
    ("exception", {
        "hu": (r"^(?:a )?(?:csomag |kuldemeny )?raktarban marad(?:t)?$",),
    }),
    # An order put into the awaiting-payment state: before the carrier.
    ("info_received", {
        "hu": (r"\brendeles\w* (?:\w+ )?fizetesre var\w* (?:allapot|statusz)\w*",),
    }),
)

FR_HU_RO_LATE_STEPS_23: tuple[Step, ...] = (
    # Coming back, the whole status (as "se întoarce la expeditor" reads).
    ("returned", {
        "ro": (r"^(?:coletul |colet |comanda )?se (?:intoarce|returneaza)$",),
    }),
    # Damage to the goods (as "sérült" reads).
    ("damaged", {
        "hu": (r"\barukar\w*",),
    }),
    # The courier collected the (cash-on-delivery) payment: that happens at the delivery.
    ("delivered", {
        "hu": (r"\bfutar\w* (?:altal )?(?:\w+ )?beszed\w* (?:\w+ )?(?:fizetes|osszeg|utanvet)\w*",),
    }),
    # A depot as the stage label (as "Depot" and "Depóban" read).
    ("in_transit", {
        "hu": (r"^depo$",),
    }),
    # Before the carrier: an order not yet processed; a draft order; an order put into the paid state.
    ("info_received", {
        "ro": (r"^(?:comanda |colet(?:ul)? )?neprocesat(?:a)?$",),
        "hu": (r"^piszkozat$", r"\bpiszkozat (?:allapot|statusz)\w*",
               r"\brendeles\w* (?:\w+ )?fizetett (?:allapot|statusz)\w*"),
    }),
)
