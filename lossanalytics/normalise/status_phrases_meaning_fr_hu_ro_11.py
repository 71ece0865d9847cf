"""Hungarian and Romanian order and shipment states read by their meaning, eleventh pass of the French, Hungarian and
Romanian family (round 60): the bare states shopping carts and commerce platforms print ("Új", "Szállításra vár",
"Szállítva", "Nou", "Neconfirmat", "Gata de onorat", "comandă în afara stocului").

FR_HU_RO_LATE_STEPS_11 come just before the seventh pass's Romanian late steps (first of the family's late steps) and
read only texts nothing else reads, each the whole text: an order new, unconfirmed, ready to be fulfilled or shipped, out of stock, or
waiting for transport has not reached the carrier (DESIGN §4: information received); a bare "szállítva" (transported)
is on its way. "Kiszállítva" (delivered out) is another word and stays to the steps that read it; a bare
"Feldolgozás" and "Procesare" (processing: a shop's order or a carrier's depot, not said) and "Livrare în așteptare"
(a delivery pending, which the earlier steps read as held) are left alone.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off); whole words. Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_12.py holds the examples, named one on, as the tenth
pass's test is); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_LATE_STEPS_11: tuple[Step, ...] = (
    # New, unconfirmed, ready to be fulfilled or shipped, out of stock, waiting for transport: not yet with the carrier.
    ("info_received", {
        "hu": (r"^uj$", r"^szallitasra var$"),
        "ro": (r"^noua?$", r"^neconfirmata?$", r"^gata de (?:onorat|expediere)$", r"\bin afara stocului\b"),
    }),
    # Transported: on its way.
    ("in_transit", {
        "hu": (r"^szallitva$",),
    }),
)
