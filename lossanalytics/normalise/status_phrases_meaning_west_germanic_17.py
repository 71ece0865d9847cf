"""German shipment states read by their meaning, seventeenth West Germanic pass (round 125): a parcel kept at customs
("Im Zoll aufbewahrt"), parcel data entered in a carrier's system ("Paket im DPD-System erfasst"), a tracking that no
longer updates ("Keine Aktualisierung"), a shipment that needs attention ("Aufmerksamkeit erforderlich"), shipment
information received ("Sendungsinformation eingegangen"), shipping booked ("Versand gebucht"), a delivery rescheduled
("Zustellung neu geplant") and a proof of delivery as the whole status ("Zustellnachweis").

- WEST_GERMANIC_EARLY_STEPS_17, just before WEST_GERMANIC_EARLY_STEPS_16 (before the outcome words, and before "Zoll"
  reads a parcel in customs clearance and "erfasst" a parcel scanned on its way): a parcel kept, retained or stored at
  customs ("im Zoll aufbewahrt", "beim Zoll einbehalten") is held, an exception, as "beim Zoll zurückgehalten" already
  reads; a parcel or its data entered, registered or created in a carrier's (IT) system as the whole status ("Paket im
  DPD-System erfasst", "Sendung wurde im GLS IT-System angelegt") is known before the carrier has it, information
  received, as "Auftragsdaten erfasst" reads. A scan somewhere else ("Sendung im Paketzentrum erfasst") keeps its
  reading.
- WEST_GERMANIC_LATE_STEPS_17, just before WEST_GERMANIC_LATE_STEPS_16 (for texts nothing earlier reads): no update
  (any more) as the whole status is a tracking source that stopped, expired, as "Keine Aktualisierung seit 30 Tagen"
  reads; attention required, or a shipment that needs attention, is a problem, an exception, as the Dutch "aandacht
  nodig" reads; shipment information received or transmitted and shipping booked as the whole status are before the
  carrier, information received; a delivery rescheduled or set anew ("Zustellung neu geplant") is a delay, an
  exception, as "Zustellung verschoben" reads; a proof of delivery or of the signature as the whole status
  ("Zustellnachweis", "Unterschriftsnachweis") is a delivery, as "Proof of Delivery" reads.

Left unread on purpose: the bare "Empfangen" (received: by the carrier or by the recipient, not said). Left as read:
"Keine Zustellung erfolgt" stays a failed delivery (its source's code says no delivery was attempted, a delay; the
words say only that no delivery took place).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_west_germanic_17.py holds the examples); no
app's text was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

WEST_GERMANIC_EARLY_STEPS_17: tuple[Step, ...] = (
    # Kept, retained or stored at customs: held.
    ("exception", {
        "de": (r"\b(?:im|beim) zoll (?:aufbewahrt|einbehalten|eingelagert|gelagert)\b",),
    }),
    # Entered, registered or created in a carrier's (IT) system, as the whole status: known before it moves.
    ("info_received", {
        "de": (r"^(?:\w+ ){0,3}im (?:\w+ ){0,2}system (?:erfasst|registriert|angelegt)$",),
    }),
)

WEST_GERMANIC_LATE_STEPS_17: tuple[Step, ...] = (
    # No update (any more) as the whole status: the tracking stopped.
    ("expired", {
        "de": (r"^keine (?:aktualisierung|aktualisierungen)(?: mehr)?$",
               r"^(?:die )?(?:sendung|sendungsverfolgung) wird nicht mehr aktualisiert$"),
    }),
    # Attention required, a shipment that needs attention; a delivery rescheduled: a problem.
    ("exception", {
        "de": (r"\baufmerksamkeit (?:erforderlich|notwendig|nötig)\b",
               r"\b(?:sendung|paket|lieferung|bestellung) (?:benötigt|braucht|erfordert) (?:\w+ )?aufmerksamkeit\b",
               r"\bzustellung (?:wurde |ist )?neu (?:geplant|terminiert|angesetzt)\b"),
    }),
    # Shipment information received, shipping booked: known before the carrier has it.
    ("info_received", {
        "de": (r"\bsendungsinformation(?:en)? (?:ist |sind |wurde |wurden )?"
               r"(?:eingegangen|erhalten|empfangen|übermittelt)\b",
               r"^(?:der )?versand (?:wurde |ist )?gebucht$"),
    }),
    # A proof of delivery or of the signature as the whole status: delivered.
    ("delivered", {
        "de": (r"^(?:zustell|liefer|unterschrifts)nachweis(?: (?:erfasst|vorhanden|verfügbar))?$",),
    }),
)
