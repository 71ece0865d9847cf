"""Czech, Croatian, Greek and Hebrew order and shipment states read by their meaning, twenty-first Slavic and Turkic
pass (round 66): an escrow service's transaction states ("Vytvořeno", "Částečně zaplaceno", "Platba je kompletně
uhrazena", "Prodávající odeslal zásilku"), a shop's order states ("Pošiljka u pripremi"), a Greek courier platform's
and ordering app's state labels ("Εκκρεμούν", "Επιστραφήκαν", "Προετοιμασία") and Israeli shops' and a delivery app's
states ("הוזמן", "בדרך ללקוח", "בדרך לאיסוף", "הזמנה אושרה"). The Greek and the Hebrew ride in this pass because the
round was given no Greek or Middle-Eastern pass of its own, as the eighteenth pass holds Greek shop states.

SLAVIC_TURKIC_FIRST_STEPS_21 come just before the twelfth Asian and Middle-Eastern pass's first steps (the first of
that family's), before "בדרך" (on the way) reads a movement: an order or a parcel on its way to the customer or the
recipient, the whole text, is out for delivery, as "בדרך למסירה" (on the way to delivery) is; a courier on the way to
collect it ("בדרך לאיסוף") has not taken it yet (DESIGN §4: information received).

SLAVIC_TURKIC_STEPS_21 come just before the nineteenth pass's late steps and read only texts nothing else reads, each
the whole text: created, partly or fully paid, a transaction or order set up, in preparation, pending, ordered,
waiting for approval and an order approved have not reached the carrier (information received); the seller or the
sender sent the parcel is on its way; a plural "were returned" ("επιστραφήκαν") is a return, as the singular the Greek
pass reads. Left alone: a bare "failed" ("Αποτυχημένα", failed at what not said, as the English "Failed"), a bare
"received" ("Ελήφθη": by the shop or by the recipient, not said), "Pošiljka zaprimljena" (received by a shop or taken
in by the post, not said), a delivery scheduled ("מתוזמן") and "in the country" ("בארץ") alone, and waiting for a
pickup ("ממתין לאיסוף": by the courier or by the recipient, not said; other steps read it at the pickup point).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, Greek accents kept,
a final "ς" as "σ", Hebrew final letters as their ordinary forms); whole words, or the whole text for the Greek and
Hebrew. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_22.py holds the
examples, named one on, past the twentieth pass's test); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_21: tuple[Step, ...] = (
    # On the way to the customer or the recipient, the whole text: the last leg, before "בדרך" reads a movement.
    ("out_for_delivery", {
        "he": (r"^(?:(?:ה)?(?:משלוח|הזמנה|חבילה) )?בדרך ל(?:לקוח|לקוחה|נמען|נמענת)$",),
    }),
    # A courier on the way to collect it: not yet taken.
    ("info_received", {
        "he": (r"^(?:(?:ה)?שליח )?בדרך לאיסוף$",),
    }),
)

SLAVIC_TURKIC_STEPS_21: tuple[Step, ...] = (
    # Created, paid in part or in full, set up, in preparation, pending, ordered, waiting for approval, approved: not
    # yet with the carrier.
    ("info_received", {
        "cs": (r"^vytvoren[oa]$", r"^(?:castecne |plne )?zaplaceno$",
               r"^platba (?:je |byla )?(?:kompletne |plne |castecne )?uhrazena$",
               r"^(?:transakce|objednavka) (?:byla )?(?:zalozena|vytvorena)$"),
        "hr": (r"^(?:posiljka|narudzba) (?:je )?u pripremi$",),
        "el": (r"^εκκ?ρεμ(?:ούν|εί|ήσ|ή)$", r"^(?:σε )?προετοιμασία$"),
        "he": (r"^(?:(?:ה)?הזמנה )?הוזמנ(?:ה)?$", r"^ממתינ\S* לאישור$", r"^(?:ה)?הזמנה אושרה$"),
    }),
    # The seller or the sender sent the parcel: on its way.
    ("in_transit", {
        "cs": (r"^(?:prodavajici|odesilatel|obchodnik) odeslal zasilku$",),
    }),
    # Were returned: a return.
    ("returned", {
        "el": (r"^επιστρ(?:άφηκαν|αφήκαν)$",),
    }),
)
