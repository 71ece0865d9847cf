"""Hungarian shipment states read by their meaning, sixteenth French, Hungarian and Romanian pass (round 83): a
webshop's "where is my parcel" replies ("Kézbesítési akadály", the reason given when a delivery failed) and a
marketplace's shipping steps ("Úton (futár)").

FR_HU_RO_FIRST_STEPS_16 come just before the fifteenth pass's first steps, before the outcome words that read
"akadály" (an obstacle) as a problem: a delivery obstacle ("kézbesítési akadály") is what stopped the courier at the
door, a failed delivery, as "Sikertelen kézbesítés".

FR_HU_RO_LATE_STEPS_16 come just before the fifteenth pass's late steps and read only texts nothing else reads: on the
way with the courier or courier service ("úton (futár)", "úton a futárszolgálattal") is movement, as "Úton" alone.
Left alone: "Sikeres csomagfeladás" and "Csomagot adtak fel Önnek" (the source files them under the shipment's
creation, while "Feladva" reads the parcel handed in and moving; the words do not tell the two apart) and "Sikeresen
átvéve" (received by the buyer, or taken over from the sender: the words say neither).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_16.py holds the examples);
no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_FIRST_STEPS_16: tuple[Step, ...] = (
    # A delivery obstacle: what stopped the delivery at the door, a failed delivery.
    ("delivery_failed", {
        "hu": (r"^(?:a )?kezbesitesi akadaly(?: miatt)?$",),
    }),
)

FR_HU_RO_LATE_STEPS_16: tuple[Step, ...] = (
    # On the way with the courier or courier service: moving on.
    ("in_transit", {
        "hu": (r"^(?:a csomag )?uton (?:a )?(?:futar|futarszolgalat|futarszolgalattal)$",),
    }),
)
