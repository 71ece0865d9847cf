"""Swedish, Danish and Norwegian shipment states read by their meaning, seventh Nordic pass (round 87): a Swedish
shipping app's tracking page for PostNord, DHL and Budbee parcels labels its problem stage "Leveransproblem".

A delivery problem (Swedish "leveransproblem", Danish and Norwegian "leveringsproblem", also in a compound or with an
ending) is a problem with the shipment: exception, as the same page's "Det finns ett problem med leveransen" is
already read. NORDIC_7_LATE_STEPS come just before NORDIC_6_LATE_STEPS (status_phrases.py), after the outcome words,
so that a problem that names a return, damage or loss is read by those words first.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_nordic_7.py holds the examples); no
app's text was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

NORDIC_7_LATE_STEPS: tuple[Step, ...] = (
    # A delivery problem: exception.
    ("exception", {
        "sv": (r"\bleveransproblem\w*",),
        "da": (r"\bleveringsproblem\w*",),
        "nb": (r"\bleveringsproblem\w*",),
    }),
)
