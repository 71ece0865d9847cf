"""Romanian shipment states read by their meaning, fifteenth French, Hungarian and Romanian pass (round 78): a
Romanian courier's back-office operation names ("Abandonat", "Confiscat", "Expeditie nesosita", "Reavizat",
"Receptie dep. local", "Receptie dp. central", "Spre livrare").

FR_HU_RO_FIRST_STEPS_15 come just before the twelfth pass's first steps, before the outcome words and the Romanian
steps that read "expediere", "colet … in depozit" or "depozit" as movement: a shipment abandoned (the whole status)
is lost, as "Shipment Destroyed or Abandoned"; confiscated is a problem, as Russian Post's "Изъято"; a shipment not
arrived ("nesosit…", missing at the depot that expected it) is a problem; "spre livrare" (towards delivery) as the
whole status is the last leg.

FR_HU_RO_LATE_STEPS_15 come just before the thirteenth pass's late steps and read only texts nothing else reads: a
second notice ("reavizat") is a failed delivery, as "Avizat"; a reception at a local or central depot ("receptie
dep. / dp. / depozit") is movement. Left alone: "Incasat" (cash collected: a payment, not the parcel's state).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_15.py holds the examples);
no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_RO_SHIPMENT = r"(?:(?:colet|coletul|expeditie|expeditia|expediere|expedierea|trimitere|trimiterea) )?"

FR_HU_RO_FIRST_STEPS_15: tuple[Step, ...] = (
    # Abandoned, as the whole status: given up on, lost.
    ("lost", {
        "ro": (r"^" + _RO_SHIPMENT + r"abandonata?$",),
    }),
    # Confiscated; not arrived where it was expected: a problem.
    ("exception", {
        "ro": (r"\bconfiscat[aie]?\b", r"\bnesosit[aei]?\b"),
    }),
    # Towards delivery, the whole status: the last leg.
    ("out_for_delivery", {
        "ro": (r"^" + _RO_SHIPMENT + r"spre livrare$",),
    }),
)

FR_HU_RO_LATE_STEPS_15: tuple[Step, ...] = (
    # A second notice: the delivery failed again.
    ("delivery_failed", {
        "ro": (r"\breavizat[aei]?\b",),
    }),
    # Received at a local or central depot: moving.
    ("in_transit", {
        "ro": (r"\breceptie (?:in |la )?(?:dep|dp|depozit\w*|depou\w*|hub\w*)\b",),
    }),
)
