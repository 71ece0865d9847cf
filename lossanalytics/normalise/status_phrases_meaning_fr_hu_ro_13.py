"""Hungarian and Romanian shipment and order states read by their meaning, thirteenth French, Hungarian and Romanian
pass (round 73): a Hungarian gift-claim admin's shipping states ("Nincs előkészítve", "Csomagolásra vár",
"Csomagolva"), a Romanian delivery app's push notifications ("Livrarea a eșuat. Vei fi contactat de curier") and a
Romanian e-commerce ERP's order states ("Comandă nouă, nevalidată", "În proces de picking", "Așteaptă AWB").

FR_HU_RO_LATE_STEPS_13 come just before the twelfth pass's late steps and read only texts nothing else reads: not yet
prepared, waiting to be packed and packed, a new order, picking, packing or preparing in progress and waiting for the
waybill (AWB) are information received (the carrier does not have the parcel yet); the delivery failed is a failed
delivery. Left alone: "În curs de livrare" (in course of delivery) and "Futárnak átadva" (handed to the courier),
which other steps read already.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_14.py holds the examples,
named one on, past the thirteenth test); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_LATE_STEPS_13: tuple[Step, ...] = (
    # Not yet prepared, waiting to be packed, packed; a new order, picking or packing in progress, waiting for the
    # waybill: not yet with the carrier.
    ("info_received", {
        "hu": (r"^(?:meg )?nincs (?:meg )?elokeszitve$", r"\bcsomagolasra var\b", r"^(?:be)?csomagolva$"),
        "ro": (r"^comanda noua\b", r"\bin (?:proces|curs) de (?:picking|ambalare|impachetare)\b", r"\basteapta awb\b"),
    }),
    # The delivery failed: a failed delivery.
    ("delivery_failed", {
        "ro": (r"\blivrarea a esuat\b",),
    }),
)
