"""Russian shipment states read by their meaning, twenty-seventh Slavic and Turkic pass (round 87): a Russian courier
company's client cabinet ("Оприходовано офисом", "Исключительная ситуация!") among the round's Russian marketplace and
courier statuses.

A parcel booked in (оприходовано, оприходована, оприходован) by an office, a warehouse, a terminal or a branch has
been received into that point's stock: the carrier has it and it moves on. An "exceptional situation" (исключительная
ситуация, the Russian for the carriers' "exception") is a problem: exception. Both are read late, after the outcome
words, so that a booking-in of a return ("возврат оприходован") or an exception that names damage or loss is read by
the return, damage and loss words first.

SLAVIC_TURKIC_STEPS_27 come first of the Slavic and Turkic late steps (status_phrases_language_late.py, before
SLAVIC_TURKIC_STEPS_26) and read only texts nothing else reads.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, so "й" is "и", punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_27.py
holds the examples); no courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_STEPS_27: tuple[Step, ...] = (
    # An exceptional situation: a problem.
    ("exception", {
        "ru": (r"\bисключительн\w* ситуаци\w*",),
    }),
    # Booked in at an office, warehouse, terminal or branch: the carrier has it, moving on.
    ("in_transit", {
        "ru": (r"\bоприходован\w*",),
    }),
)
