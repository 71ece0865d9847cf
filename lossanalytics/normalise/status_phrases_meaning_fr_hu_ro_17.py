"""Hungarian and Romanian shipment states read by their meaning, seventeenth French, Hungarian and Romanian pass
(round 91): 17TRACK's Hungarian and Romanian status names (expired, undelivered, alert), a Hungarian webshop's order
states ("Visszamondott", "Utalás ellenőrzése") and a Romanian courier back-office's first status ("Coletul așteaptă
preluarea").

FR_HU_RO_LATE_STEPS_17 come just before the sixteenth pass's late steps (status_phrases_language_late.py), after the
outcome words, so that a text naming a return, damage or loss is read by those words first. In Hungarian an order
called off ("visszamondott", "visszamondva") is cancelled; a bank transfer being checked ("utalás ellenőrzése", a
payment before dispatch) is information received, before "ellenőrzés" reads a check as a problem; undelivered
("kézbesítetlen") is a failed delivery; "Lejárt" (expired) and "Figyelmeztetés" (a warning), as the whole status, are
17TRACK's Expired and Alert. In Romanian "Expirat" and "Alertă", as the whole status, are the same two; a parcel
waiting to be taken over ("Coletul așteaptă preluarea", by the courier) has not reached the carrier: information
received.

Left alone: "Átvétel" and "Ridicare" (17TRACK's words for its Pick Up, but a handover or a collection by either side in
other words) and "Probleme la plata ramburs" (a cash-on-delivery payment problem: at the door or in the sender's
account, the words do not say).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_17.py holds the examples);
no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

FR_HU_RO_LATE_STEPS_17: tuple[Step, ...] = (
    # Called off: cancelled.
    ("cancelled", {
        "hu": (r"\bvisszamond\w*",),
    }),
    # A bank transfer being checked, or a parcel waiting to be taken over by the courier: before the carrier.
    ("info_received", {
        "hu": (r"\butalas\w* ellenorzes\w*",),
        "ro": (r"^(?:coletul )?asteapta preluarea(?: de (?:catre )?curier)?$",),
    }),
    # Undelivered: a failed delivery.
    ("delivery_failed", {
        "hu": (r"\bkezbesitetlen\w*",),
    }),
    # Expired, as the whole status: no update for a long time.
    ("expired", {
        "hu": (r"^lejart$",),
        "ro": (r"^expirat$",),
    }),
    # A warning or alert, as the whole status: exception.
    ("exception", {
        "hu": (r"^figyelmeztetes$",),
        "ro": (r"^alerta$",),
    }),
)
